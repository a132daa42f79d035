#include "aggregate/schema.h"

#include <string>
#include <utility>

namespace parley {

namespace {

// Version 0 -> 1: the first schema.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  ext_id TEXT NOT NULL,
  hash INTEGER NOT NULL UNIQUE,
  url TEXT NOT NULL DEFAULT '',
  feed TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL DEFAULT '',
  day INTEGER,
  dateline TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT '',
  length INTEGER NOT NULL DEFAULT 0,
  terms TEXT NOT NULL DEFAULT '',
  story INTEGER);
CREATE INDEX articles_ext ON articles(ext_id);
CREATE INDEX articles_story ON articles(story, day);
CREATE TABLE sentences(
  id INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  start INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE(article, idx));
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
CREATE TABLE actors(code TEXT PRIMARY KEY, name TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  day INTEGER,
  source TEXT NOT NULL,
  target TEXT NOT NULL,
  sroot TEXT NOT NULL,
  troot TEXT NOT NULL,
  cameo TEXT NOT NULL,
  quad INTEGER NOT NULL,
  goldstein REAL NOT NULL,
  plover TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  first_article INTEGER NOT NULL REFERENCES articles(id),
  first_sentence INTEGER NOT NULL REFERENCES sentences(id),
  is_root INTEGER NOT NULL DEFAULT 0,
  added TEXT NOT NULL);
CREATE INDEX events_dyad ON events(sroot, troot, day, quad, goldstein);
CREATE INDEX events_sroot ON events(sroot, day, cameo);
CREATE INDEX events_troot ON events(troot, day, cameo);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_cameo ON events(cameo, day);
CREATE TABLE mentions(
  id INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events(id),
  article INTEGER NOT NULL REFERENCES articles(id),
  sentence INTEGER NOT NULL REFERENCES sentences(id),
  cameo TEXT NOT NULL,
  feed TEXT NOT NULL,
  source_text TEXT NOT NULL,
  target_text TEXT NOT NULL,
  source_offset INTEGER NOT NULL,
  target_offset INTEGER NOT NULL,
  action_offset INTEGER NOT NULL,
  confidence REAL NOT NULL);
CREATE INDEX mentions_event ON mentions(event, feed);
CREATE INDEX mentions_article ON mentions(article);
CREATE INDEX mentions_sentence ON mentions(sentence);
CREATE TABLE stories(
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  first TEXT NOT NULL,
  last TEXT NOT NULL,
  articles INTEGER NOT NULL);
)sql";

constexpr const char* kMigrations[] = {kSchemaV1};
static_assert(std::size(kMigrations) == kStoreSchemaVersion);

// Indexes of kSchemaV1 that the write path never reads: name and definition.
constexpr std::pair<const char*, const char*> kQueryIndexes[] = {
    {"articles_ext", "articles(ext_id)"},
    {"articles_story", "articles(story, day)"},
    {"events_sroot", "events(sroot, day, cameo)"},
    {"events_troot", "events(troot, day, cameo)"},
    {"events_day", "events(day)"},
    {"events_cameo", "events(cameo, day)"},
    {"mentions_article", "mentions(article)"},
    {"mentions_sentence", "mentions(sentence)"},
};

}  // namespace

Status DeferQueryIndexes(sql::Db* db) {
  std::string sql;
  for (const auto& [name, on] : kQueryIndexes) sql += std::string("DROP INDEX IF EXISTS ") + name + ";";
  return db->Exec(sql);
}

Status CreateQueryIndexes(sql::Db* db) {
  std::string sql;
  for (const auto& [name, on] : kQueryIndexes) {
    sql += std::string("CREATE INDEX IF NOT EXISTS ") + name + " ON " + on + ";";
  }
  sql::Transaction txn(db);
  if (Status s = txn.Begin(); !s.ok()) return s;
  if (Status s = db->Exec(sql); !s.ok()) return s;
  return txn.Commit();
}

Status MigrateStore(sql::Db* db) {
  auto version = db->QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status();
  if (version.value() > kStoreSchemaVersion) {
    return Status::Unsupported("store schema version " + std::to_string(version.value()) +
                               " is newer than this Parley (" +
                               std::to_string(kStoreSchemaVersion) + ")");
  }
  if (version.value() == kStoreSchemaVersion) return Status::Ok();
  sql::Transaction txn(db);
  if (Status s = txn.Begin(); !s.ok()) return s;
  for (int64_t v = version.value(); v < kStoreSchemaVersion; ++v) {
    if (Status s = db->Exec(kMigrations[v]); !s.ok()) return s;
  }
  if (Status s = db->Exec("PRAGMA user_version = " + std::to_string(kStoreSchemaVersion));
      !s.ok()) {
    return s;
  }
  return txn.Commit();
}

}  // namespace parley
