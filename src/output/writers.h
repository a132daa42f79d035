// output/writers.h — the concrete EventWriters (internal) and what they share.
#ifndef PARLEY_OUTPUT_WRITERS_H_
#define PARLEY_OUTPUT_WRITERS_H_

#include <cerrno>
#include <cstring>

#include "parley/output.h"

namespace parley {

std::unique_ptr<EventWriter> NewJsonlWriter(std::FILE* out, EventNameFn names);
std::unique_ptr<EventWriter> NewDelimitedWriter(std::FILE* out, EventNameFn names, char sep);
std::unique_ptr<EventWriter> NewGdeltWriter(std::FILE* out, EventNameFn names);
std::unique_ptr<EventWriter> NewTableWriter(std::FILE* out, EventNameFn names);

// Base: a reusable line buffer written with fwrite, remembering the first error.
class BufferedWriter : public EventWriter {
 public:
  BufferedWriter(std::FILE* out, EventNameFn names) : out_(out), names_(std::move(names)) {}
  Status Finish() override {
    Flush();
    if (std::fflush(out_) != 0 && error_.ok()) error_ = Status::IOError(std::strerror(errno));
    return error_;
  }

 protected:
  void Flush() {
    if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), out_) != buf_.size() &&
        error_.ok()) {
      error_ = Status::IOError(std::string("write failed: ") + std::strerror(errno));
    }
    buf_.clear();
  }
  std::string_view Name(std::string_view code) const { return names_ ? names_(code) : ""; }

  std::FILE* out_;
  EventNameFn names_;
  std::string buf_;
  Status error_;
};

// Code-point offset of byte `byte` in `text` (JSON and CSV consumers index by characters).
size_t CharOffset(std::string_view text, size_t byte);

}  // namespace parley

#endif  // PARLEY_OUTPUT_WRITERS_H_
