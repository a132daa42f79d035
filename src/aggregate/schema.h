// aggregate/schema.h — the store's tables and the migrations between schema versions.
//
// The schema version lives in PRAGMA user_version. Migration i takes a store from
// version i to i + 1; Migrate() applies the missing ones in one transaction, so a store
// is always at exactly one version. docs/store.md documents every table.
#ifndef PARLEY_AGGREGATE_SCHEMA_H_
#define PARLEY_AGGREGATE_SCHEMA_H_

#include "aggregate/sqlite_db.h"

namespace parley {

// The version this build writes and reads.
inline constexpr int kStoreSchemaVersion = 1;

// Brings `db` to kStoreSchemaVersion. A store written by a newer Parley (higher
// version) is refused with Unsupported and left untouched.
Status MigrateStore(sql::Db* db);

// The secondary indexes that only queries use (the write path seeks articles by hash,
// events by events_dyad and mentions by mentions_event). A bulk load into an empty store
// drops them and builds them once at the end (DeferQueryIndexes, then
// CreateQueryIndexes), which is cheaper than maintaining them row by row. Both are
// idempotent; a writable open of a non-empty store creates any that are missing (after a
// run was killed mid-load).
Status DeferQueryIndexes(sql::Db* db);
Status CreateQueryIndexes(sql::Db* db);

}  // namespace parley

#endif  // PARLEY_AGGREGATE_SCHEMA_H_
