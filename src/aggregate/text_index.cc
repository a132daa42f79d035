// The full-text index over reporting sentences is filled on demand: the write path only
// stores sentences, and the first text query after new ones indexes them (sentences with
// ids above the `fts_indexed` mark in meta), in one transaction with the new mark. Coding
// runs stay cheap; the work is the same, done once, when someone searches.
#include "aggregate/sqlite_store.h"

namespace parley {

namespace {

constexpr const char* kMark = "SELECT coalesce(max(value + 0), 0) FROM meta WHERE key = 'fts_indexed'";
constexpr const char* kCatchUp =
    "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id > ?1";
constexpr const char* kSetMark =
    "INSERT OR REPLACE INTO meta(key, value) VALUES('fts_indexed', ?1)";

}  // namespace

Status SqliteStore::CatchUpTextIndex() {
  auto last = db_->QueryInt("SELECT coalesce(max(id), 0) FROM sentences");
  auto mark = db_->QueryInt(kMark);
  if (!last.ok()) return last.status();
  if (!mark.ok()) return mark.status();
  if (mark.value() >= last.value()) return Status::Ok();
  sql::Transaction txn(db_.get());
  if (Status s = txn.Begin(); !s.ok()) return s;
  auto insert = db_->Prepare(kCatchUp);
  auto set = db_->Prepare(kSetMark);
  if (!insert.ok()) return insert.status();
  if (!set.ok()) return set.status();
  if (Status s = insert.value()->Bind(1, mark.value()).Run(); !s.ok()) return s;
  if (Status s = set.value()->Bind(1, std::to_string(last.value())).Run(); !s.ok()) return s;
  return txn.Commit();
}

}  // namespace parley
