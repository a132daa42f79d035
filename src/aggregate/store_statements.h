// aggregate/store_statements.h — the prepared statements of the store's write path.
#ifndef PARLEY_AGGREGATE_STORE_STATEMENTS_H_
#define PARLEY_AGGREGATE_STORE_STATEMENTS_H_

#include <memory>

#include "aggregate/sqlite_store.h"

namespace parley {

struct SqliteStore::Statements {
  std::unique_ptr<sql::Stmt> find_article, insert_article;
  std::unique_ptr<sql::Stmt> insert_sentence;
  std::unique_ptr<sql::Stmt> insert_actor;
  std::unique_ptr<sql::Stmt> find_events_dated, find_events_undated, insert_event;
  std::unique_ptr<sql::Stmt> has_article_mention, has_feed_mention, count_mention, refine_event;
  std::unique_ptr<sql::Stmt> insert_mention;
  std::unique_ptr<sql::Stmt> savepoint, release, rollback_to;  // one article's unit
  std::unique_ptr<sql::Stmt> mark_stories_stale;

  // Prepares every statement on `db`.
  Status Prepare(sql::Db* db);
};

}  // namespace parley

#endif  // PARLEY_AGGREGATE_STORE_STATEMENTS_H_
