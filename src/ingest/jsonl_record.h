// ingest/jsonl_record.h — one JSONL input line -> Article.
#ifndef PARLEY_INGEST_JSONL_RECORD_H_
#define PARLEY_INGEST_JSONL_RECORD_H_

#include <memory>
#include <string>
#include <string_view>

#include "parley/article.h"
#include "parley/status.h"

namespace parley {

// Parses JSON objects {"id", "text", "date"?, "title"?, "url"?, "source"?}. "id" may be a
// string or an integer; unknown fields are ignored. Not thread-safe; reuse one per reader.
class JsonlRecordParser {
 public:
  JsonlRecordParser();
  ~JsonlRecordParser();
  // On failure returns a Status whose message is the reason (no file:line prefix).
  // *bad_date is set when "date" is present but not a date (the article is kept).
  Status Parse(std::string_view line, Article* article, bool* bad_date);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace parley

#endif  // PARLEY_INGEST_JSONL_RECORD_H_
