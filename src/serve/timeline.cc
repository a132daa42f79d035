// Store::Timeline — events of a dyad per day, week or month: counts per quad class and
// mean Goldstein. SQL groups by day (an index-only scan of events_dyad for 3-letter
// dyads); days are folded into weeks or months here.
#include <map>

#include "aggregate/sqlite_store.h"
#include "serve/filter_sql.h"

namespace parley {

namespace {

// Howard Hinnant's civil_from_days.
Date FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int64_t y = static_cast<int64_t>(yoe) + era * 400 + (m <= 2);
  return Date{static_cast<int16_t>(y), static_cast<int8_t>(m), static_cast<int8_t>(d),
              Date::Precision::kDay};
}

std::string Period(int64_t day, TimeBucket bucket) {
  if (bucket == TimeBucket::kWeek) day -= ((day % 7) + 7 + 3) % 7;  // back to Monday
  Date d = FromDays(day);
  if (bucket == TimeBucket::kMonth) d.precision = Date::Precision::kMonth;
  return d.ToString();
}

}  // namespace

Result<std::vector<TimelinePoint>> SqliteStore::Timeline(const EventFilter& filter,
                                                         TimeBucket bucket) {
  if (!filter.text.empty()) {
    if (Status s = CatchUpTextIndex(); !s.ok()) return s;
  }
  const FilterSql where = BuildFilterSql(filter);
  const std::string text = "SELECT e.day, e.quad, count(*), sum(e.goldstein) FROM events e" +
                           where.where + (where.where.empty() ? " WHERE" : " AND") +
                           " e.day IS NOT NULL GROUP BY e.day, e.quad";
  auto stmt = db_->Prepare(text);
  if (!stmt.ok()) return stmt.status();
  where.BindTo(stmt.value().get());
  std::map<std::string, std::pair<TimelinePoint, double>> points;  // period -> (point, sum)
  Status status;
  for (sql::Stmt& s = *stmt.value(); s.Step(&status);) {
    auto& [point, sum] = points[Period(s.Int(0), bucket)];
    const int64_t quad = s.Int(1);
    point.by_quad[quad >= 0 && quad <= 4 ? quad : 0] += s.Int(2);
    point.events += s.Int(2);
    sum += s.Real(3);
  }
  if (!status.ok()) return status;
  std::vector<TimelinePoint> out;
  for (auto& [period, entry] : points) {
    entry.first.period = period;
    entry.first.mean_goldstein = entry.second / static_cast<double>(entry.first.events);
    out.push_back(entry.first);
  }
  return out;
}

}  // namespace parley
