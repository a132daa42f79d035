#include "util/line_reader.h"

#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>

namespace parley {

namespace {
constexpr size_t kBufferSize = 256 * 1024;
}

LineReader::~LineReader() {
  if (file_ != nullptr) gzclose(static_cast<gzFile>(file_));
}

Result<std::unique_ptr<LineReader>> LineReader::Open(const std::string& path,
                                                     size_t max_line_bytes) {
  gzFile f = path == "-" ? gzdopen(dup(0), "rb") : gzopen(path.c_str(), "rb");
  if (f == nullptr) {
    return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  }
  gzbuffer(f, kBufferSize);
  std::unique_ptr<LineReader> r(new LineReader());
  r->file_ = f;
  r->path_ = path;
  r->max_ = max_line_bytes;
  r->buffer_ = std::make_unique<char[]>(kBufferSize);
  return r;
}

bool LineReader::Fill() {
  if (eof_) return false;
  const int n = gzread(static_cast<gzFile>(file_), buffer_.get(), kBufferSize);
  if (n < 0) {
    int err = 0;
    const char* msg = gzerror(static_cast<gzFile>(file_), &err);
    status_ = Status::IOError(path_ + ": read error: " + (msg ? msg : "unknown"));
    eof_ = true;
    return false;
  }
  if (n == 0) {
    // zlib reports a truncated gzip stream as end of data with Z_BUF_ERROR.
    int err = 0;
    const char* msg = gzerror(static_cast<gzFile>(file_), &err);
    if (err != Z_OK && err != Z_STREAM_END) {
      status_ = Status::Corruption(path_ + ": " + (msg ? msg : "truncated input"));
    }
    eof_ = true;
    return false;
  }
  pos_ = 0;
  len_ = static_cast<size_t>(n);
  return true;
}

bool LineReader::Next(std::string* line, bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;
  for (;;) {
    if (pos_ == len_ && !Fill()) break;
    any = true;
    const char* start = buffer_.get() + pos_;
    const void* nl = std::memchr(start, '\n', len_ - pos_);
    const size_t take = nl ? static_cast<const char*>(nl) - start : len_ - pos_;
    if (!*too_long && line->size() + take <= max_) {
      line->append(start, take);
    } else if (!*too_long) {
      *too_long = true;
      line->clear();
      line->shrink_to_fit();
    }
    pos_ += take;
    if (nl) {
      ++pos_;
      ++line_number_;
      return true;
    }
  }
  if (!any) return false;
  ++line_number_;  // last line without a newline
  return true;
}

bool LineReader::ReadAll(std::string* text, bool* too_large) {
  text->clear();
  *too_large = false;
  for (;;) {
    if (pos_ == len_ && !Fill()) break;
    const size_t take = len_ - pos_;
    if (!*too_large && text->size() + take <= max_) {
      text->append(buffer_.get() + pos_, take);
    } else if (!*too_large) {
      *too_large = true;
      text->clear();
      text->shrink_to_fit();
    }
    pos_ = len_;
  }
  return status_.ok();
}

}  // namespace parley
