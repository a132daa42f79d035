// output/gdelt_rows.h — GDELT 2.0 rows, shared by `parley code -f gdelt` (one event per
// mention, counts 1) and the store's exports (merged events with their counts).
#ifndef PARLEY_OUTPUT_GDELT_ROWS_H_
#define PARLEY_OUTPUT_GDELT_ROWS_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "parley/event.h"
#include "parley/store.h"

namespace parley {

inline constexpr int kGdeltEventColumns = 61;
inline constexpr int kGdeltMentionColumns = 16;

struct GdeltEventCounts {
  int mentions = 1, sources = 1, articles = 1;  // NumMentions, NumSources, NumArticles
};

// Appends one Events row: 61 tab-separated columns in GDELT's order, then '\n'. Columns
// Parley has no value for (tone, geography, ethnic and religion codes) are empty.
void AppendGdeltEventRow(uint64_t id, const Event& e, const GdeltEventCounts& counts,
                         std::string_view date_added, std::string_view source_url,
                         std::string* out);

// Appends one Mentions row: 16 tab-separated columns, then '\n'. `mention_time` is the
// MentionTimeDate (YYYYMMDDHHMMSS).
void AppendGdeltMentionRow(const StoredMention& m, std::string_view mention_time,
                           std::string* out);

// "YYYYMMDDHHMMSS" for now, UTC.
std::string GdeltTimestampNow();

}  // namespace parley

#endif  // PARLEY_OUTPUT_GDELT_ROWS_H_
