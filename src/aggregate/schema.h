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

}  // namespace parley

#endif  // PARLEY_AGGREGATE_SCHEMA_H_
