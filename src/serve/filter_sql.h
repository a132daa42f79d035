// serve/filter_sql.h — an EventFilter as an SQL WHERE clause over `events e`.
//
// Every value is a bound parameter (never spliced into the text). Actor and code prefixes
// become index-friendly ranges ("RUSGOV" -> source >= 'RUSGOV' AND source < 'RUSGOW').
#ifndef PARLEY_SERVE_FILTER_SQL_H_
#define PARLEY_SERVE_FILTER_SQL_H_

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "aggregate/sqlite_db.h"
#include "parley/store.h"

namespace parley {

struct FilterSql {
  std::string where;  // " WHERE ..." or ""
  std::vector<std::variant<int64_t, std::string>> params;

  // Binds the params as ?1..?n; returns the next free index.
  int BindTo(sql::Stmt* stmt) const;
};

FilterSql BuildFilterSql(const EventFilter& filter);

// "SELECT id, day FROM ..." of the matching events, ordered by (day, id), limited by
// filter.limit, in `where`. An --actor filter (either side) becomes two ordered index
// scans merged by UNION ALL, so a limited query stops early instead of sorting every match.
FilterSql BuildEventIdsSql(const EventFilter& filter);

}  // namespace parley

#endif  // PARLEY_SERVE_FILTER_SQL_H_
