// parley/output.h — writing coded events: JSONL, TSV, GDELT 2.0 Events, terminal table.
//
// Field names and column orders are documented in docs/output.md and are stable.
#ifndef PARLEY_OUTPUT_H_
#define PARLEY_OUTPUT_H_

#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/article.h"
#include "parley/event.h"
#include "parley/status.h"

namespace parley {

// Returns the CAMEO name of an event code ("036" -> "Express intent to meet or negotiate").
using EventNameFn = std::function<std::string_view(std::string_view code)>;

// The names of the CAMEO table in `data_dir` (empty: $PARLEY_DATA, else the data folder of
// the source tree), without the rest of the pipeline: for tools that only read stored
// events. The returned function owns the table.
Result<EventNameFn> LoadEventNames(const std::string& data_dir = "");

class EventWriter {
 public:
  virtual ~EventWriter() = default;
  // Formats: "jsonl", "tsv", "csv", "gdelt" (GDELT 2.0 Events, 61 tab-separated columns),
  // "table" (aligned columns for a terminal). `out` is not owned and must outlive the writer.
  static Result<std::unique_ptr<EventWriter>> Create(std::string_view format, std::FILE* out,
                                                     EventNameFn event_name);
  // Writes the events of one article (in order). Not thread-safe.
  virtual void Write(const Article& article, const std::vector<Event>& events) = 0;
  // Flushes; returns an IOError if any write failed.
  virtual Status Finish() = 0;
};

}  // namespace parley

#endif  // PARLEY_OUTPUT_H_
