// parley/ingest.h — reading articles from files, folders and stdin.
//
// An ArticleReader walks its inputs in order (folders recursively, sorted by name) and
// yields one Article at a time. A record that cannot be read is skipped: the reader calls
// `on_problem` with "file:line: reason", counts it, and goes on with the next record.
// Memory is bounded by `max_record_bytes` whatever the input.
#ifndef PARLEY_INGEST_H_
#define PARLEY_INGEST_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "parley/article.h"
#include "parley/status.h"

namespace parley {

enum class InputFormat { kAuto, kText, kJsonl, kHtml, kWarc };

struct InputOptions {
  // kAuto picks by extension (each optionally .gz): .jsonl/.ndjson -> JSONL,
  // .html/.htm/.xhtml -> HTML page, .warc/.arc -> web archive (WARC or ARC: response and
  // resource records holding HTML become articles, other records are passed over),
  // anything else -> text. stdin ("-") is read as JSONL when its first byte is '{', else
  // as one text article. Folder walks pick up all of these extensions.
  InputFormat format = InputFormat::kAuto;
  // Publication date for articles whose input carries none (default: unknown).
  Date default_date;
  // Records (a JSONL line, a text or HTML file, an archive record) larger than this are
  // skipped. Default 16 MiB.
  size_t max_record_bytes = size_t{16} << 20;
  // Called for every skipped or repaired record with "file:line: reason". May be empty.
  std::function<void(const std::string&)> on_problem;
};

struct IngestCounts {
  uint64_t articles = 0;  // articles yielded
  uint64_t skipped = 0;   // records skipped (bad JSON, binary, too large, unreadable path...)
  uint64_t repaired = 0;  // records coded after a repair (invalid UTF-8 replaced)
};

class ArticleReader {
 public:
  virtual ~ArticleReader() = default;
  // `inputs` are file paths, folder paths or "-" for stdin. Paths are checked lazily:
  // a missing path is reported through on_problem and skipped.
  static std::unique_ptr<ArticleReader> Open(std::vector<std::string> inputs,
                                             InputOptions options);
  // Fills *article with the next article; returns false when the inputs are exhausted.
  virtual bool Next(Article* article) = 0;
  virtual const IngestCounts& counts() const = 0;
};

}  // namespace parley

#endif  // PARLEY_INGEST_H_
