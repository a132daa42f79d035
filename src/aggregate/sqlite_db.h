// aggregate/sqlite_db.h — a thin RAII layer over the SQLite C API (internal).
//
// Db owns a connection, Stmt owns a prepared statement. Errors come back as Status with
// SQLite's message; nothing throws. Neither class is thread-safe: one thread at a time.
#ifndef PARLEY_AGGREGATE_SQLITE_DB_H_
#define PARLEY_AGGREGATE_SQLITE_DB_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "parley/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace parley::sql {

class Stmt;

class Db {
 public:
  // Opens (creating when `create`) the database file at `path`.
  static Result<std::unique_ptr<Db>> Open(const std::string& path, bool create);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  Result<std::unique_ptr<Stmt>> Prepare(std::string_view sql);
  // Value of the first column of the first row of `sql` (0 when no row).
  Result<int64_t> QueryInt(std::string_view sql);
  int64_t LastInsertId() const;
  Status Error(std::string_view what) const;
  sqlite3* handle() { return db_; }

 private:
  explicit Db(sqlite3* db) : db_(db) {}
  sqlite3* db_;
};

class Stmt {
 public:
  Stmt(Db* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  // Binders take 1-based parameter indexes and return *this for chaining.
  Stmt& Bind(int i, int64_t v);
  Stmt& Bind(int i, int v) { return Bind(i, static_cast<int64_t>(v)); }
  Stmt& Bind(int i, double v);
  Stmt& Bind(int i, std::string_view v);  // copied by SQLite (SQLITE_TRANSIENT)
  Stmt& BindNull(int i);
  // Steps once: true with a row ready, false when done (then *status holds any error).
  bool Step(Status* status);
  // Runs a statement that returns no rows, then resets it.
  Status Run();
  // Resets the statement and clears its bindings, ready for the next use.
  void Reset();

  int64_t Int(int col) const;
  double Real(int col) const;
  std::string_view Text(int col) const;  // valid until the next Step/Reset
  bool IsNull(int col) const;

 private:
  Db* db_;
  sqlite3_stmt* stmt_;
};

// Runs `sql` inside BEGIN/COMMIT on `db`, rolling back on failure.
class Transaction {
 public:
  explicit Transaction(Db* db) : db_(db) {}
  ~Transaction();
  Status Begin();
  Status Commit();
  bool open() const { return open_; }

 private:
  Db* db_;
  bool open_ = false;
};

}  // namespace parley::sql

#endif  // PARLEY_AGGREGATE_SQLITE_DB_H_
