// Opening a store, its pragmas, and the batch transactions of the write path.
#include <ctime>

#include "aggregate/schema.h"
#include "aggregate/store_statements.h"

#include "util/strings.h"

namespace parley {

namespace {

// WAL: readers never block the writer, and a killed writer loses only its open
// transaction. synchronous=NORMAL is durable at each checkpoint and never corrupts (a
// power loss may undo the commits since the last checkpoint; a killed process loses
// nothing committed). Checkpoints (copying the WAL into the database, with an fsync) run
// when the WAL reaches 8,192 pages (32 MiB) rather than SQLite's 1,000: a bulk load
// rewrites its hot pages into the database less often.
constexpr const char* kPragmas =
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; "
    "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; "
    "PRAGMA wal_autocheckpoint = 8192; PRAGMA journal_size_limit = 67108864;";

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  auto db = sql::Db::Open(path, !options.read_only);
  if (!db.ok()) return db.status();
  auto store = std::make_unique<SqliteStore>(std::move(db).value(), options);
  if (Status s = store->Prepare(); !s.ok()) {
    if (s.code() == Status::Code::kUnsupported) return Status::Unsupported(path + ": " + s.message());
    return Status::IOError(path + ": " + s.message());
  }
  return std::unique_ptr<Store>(std::move(store));
}

SqliteStore::SqliteStore(std::unique_ptr<sql::Db> db, const StoreOptions& options)
    : db_(std::move(db)), options_(options), date_added_(UtcTimestamp()) {}

SqliteStore::~SqliteStore() {
  stmts_.reset();  // statements die before the connection
  if (batch_ && batch_->open()) (void)batch_->Commit();
  if (indexes_deferred_) (void)CreateQueryIndexes(db_.get());
}

Status SqliteStore::Prepare() {
  if (Status s = db_->Exec(kPragmas); !s.ok()) return s;
  if (Status s = PrepareSchema(); !s.ok()) return s;
  auto stale = db_->QueryInt("SELECT count(*) FROM meta WHERE key = 'stories_stale'");
  if (!stale.ok()) return stale.status();
  stories_stale_ = stale.value() > 0;
  return Status::Ok();
}

Status SqliteStore::PrepareSchema() {
  if (options_.read_only) {
    auto v = db_->QueryInt("PRAGMA user_version");
    if (!v.ok()) return v.status();
    if (v.value() != kStoreSchemaVersion) {
      return Status::Unsupported("not a Parley store of schema version " +
                                 std::to_string(kStoreSchemaVersion));
    }
    return Status::Ok();
  }
  if (Status s = MigrateStore(db_.get()); !s.ok()) return s;
  // An empty store is bulk-loaded: the query-only indexes are built once by Finish().
  // Otherwise any missing ones (a bulk load was killed) are built now.
  auto any = db_->QueryInt("SELECT EXISTS(SELECT 1 FROM articles)");
  if (!any.ok()) return any.status();
  indexes_deferred_ = any.value() == 0;
  if (Status s = indexes_deferred_ ? DeferQueryIndexes(db_.get()) : CreateQueryIndexes(db_.get());
      !s.ok()) {
    return s;
  }
  stmts_ = std::make_unique<Statements>();
  return stmts_->Prepare(db_.get());
}

Status SqliteStore::BeginBatchIfNeeded() {
  if (batch_ && batch_->open()) return Status::Ok();
  batch_ = std::make_unique<sql::Transaction>(db_.get());
  batch_size_ = 0;
  return batch_->Begin();
}

Status SqliteStore::EndBatchIfFull() {
  if (++batch_size_ < options_.batch_articles) return Status::Ok();
  return batch_->Commit();
}

// Stories are derived data: they are rebuilt on the next Stories() (or BuildStories()),
// not here, so a coding run does not pay for regrouping the whole store.
Status SqliteStore::Finish() {
  if (batch_ && batch_->open()) {
    if (Status s = batch_->Commit(); !s.ok()) return s;
  }
  if (indexes_deferred_) {
    if (Status s = CreateQueryIndexes(db_.get()); !s.ok()) return s;
    indexes_deferred_ = false;
  }
  if (!stories_stale_) return Status::Ok();
  // Sampled statistics (cheap at any size) so the planner picks the right index.
  return db_->Exec("PRAGMA analysis_limit = 1000; ANALYZE;");
}

}  // namespace parley
