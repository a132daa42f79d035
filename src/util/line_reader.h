// util/line_reader.h — bounded-memory reading of plain or gzip-compressed files.
#ifndef PARLEY_UTIL_LINE_READER_H_
#define PARLEY_UTIL_LINE_READER_H_

#include <cstdint>
#include <memory>
#include <string>

#include "parley/status.h"

namespace parley {

// Reads a file (or stdin for "-") line by line, decompressing gzip transparently (zlib
// detects it; multi-member files are read through). Lines longer than `max_line_bytes`
// are not buffered: Next() reports them with *too_long set and an empty line, having
// skipped to the next newline, so memory stays bounded by max_line_bytes.
class LineReader {
 public:
  ~LineReader();
  static Result<std::unique_ptr<LineReader>> Open(const std::string& path,
                                                  size_t max_line_bytes);
  // Reads the next line without its '\n'. Returns false at end of input or on a read
  // error (then status() says which). line_number() is the 1-based number of that line.
  bool Next(std::string* line, bool* too_long);
  uint64_t line_number() const { return line_number_; }
  const Status& status() const { return status_; }

  // Reads everything that is left, up to max_line_bytes; *too_large is set (and the
  // rest drained) when there is more.
  bool ReadAll(std::string* text, bool* too_large);

 private:
  LineReader() = default;
  bool Fill();  // refills buffer_; false at end or error

  void* file_ = nullptr;  // gzFile
  std::string path_;
  size_t max_ = 0;
  std::unique_ptr<char[]> buffer_;
  size_t pos_ = 0, len_ = 0;
  bool eof_ = false;
  uint64_t line_number_ = 0;
  Status status_;
};

}  // namespace parley

#endif  // PARLEY_UTIL_LINE_READER_H_
