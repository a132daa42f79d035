#include "ingest/web_archive.h"

#include <zlib.h>

#include <cctype>
#include <cstring>

#include "util/sha1.h"

namespace parley {

namespace {

constexpr size_t kMaxLine = 64 * 1024;
constexpr size_t kMaxHeaders = 256;
constexpr size_t kMaxStrayLines = 4096;

gzFile Gz(void* f) { return static_cast<gzFile>(f); }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' ||
                        s.back() == '\n')) {
    s.remove_suffix(1);
  }
  return s;
}

// Non-negative decimal, or -1.
int64_t ParseLength(std::string_view s) {
  s = Trim(s);
  if (s.empty() || s.size() > 15) return -1;
  int64_t v = 0;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

struct WarcHeaders {
  std::string type, url, date, content_type, block_digest;
  int64_t length = -1;
};

void ReadWarcHeader(std::string_view line, WarcHeaders* h) {
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return;
  const std::string name = Lower(Trim(line.substr(0, colon)));
  std::string_view value = Trim(line.substr(colon + 1));
  if (name == "warc-type") h->type = Lower(value);
  else if (name == "warc-target-uri") {
    if (value.size() >= 2 && value.front() == '<' && value.back() == '>') {
      value = value.substr(1, value.size() - 2);
    }
    h->url = std::string(value);
  } else if (name == "warc-date") h->date = std::string(value);
  else if (name == "content-type") h->content_type = std::string(value);
  else if (name == "content-length") h->length = ParseLength(value);
  else if (name == "warc-block-digest") h->block_digest = std::string(value);
}

// "sha1:BASE32" digests are checked; other algorithms are trusted.
bool DigestMatches(std::string_view digest, std::string_view block) {
  if (Lower(digest.substr(0, 5)) != "sha1:") return true;
  const std::string_view want = digest.substr(5);
  if (want.size() != 32) return true;  // base16 or other forms: not checked
  return Sha1Base32(block) == want;
}

}  // namespace

ArchiveReader::~ArchiveReader() {
  if (file_) gzclose(Gz(file_));
}

Result<std::unique_ptr<ArchiveReader>> ArchiveReader::Open(const std::string& path,
                                                           size_t max_record_bytes) {
  gzFile f = path == "-" ? gzdopen(0, "rb") : gzopen(path.c_str(), "rb");
  if (!f) return Status::IOError(path + ": cannot open: " + std::strerror(errno));
  gzbuffer(f, 1 << 16);
  std::unique_ptr<ArchiveReader> r(new ArchiveReader());
  r->file_ = f;
  r->path_ = path;
  r->max_ = max_record_bytes;
  return r;
}

ArchiveReader::Outcome ArchiveReader::Fail(Status status) {
  if (status_.ok()) status_ = std::move(status);
  return Outcome::kEnd;
}

bool ArchiveReader::ReadLine(std::string* line) {
  if (has_pending_) {
    has_pending_ = false;
    line->swap(pending_);
    return true;
  }
  line->clear();
  char buf[4096];
  while (line->size() < kMaxLine) {
    if (gzgets(Gz(file_), buf, sizeof(buf)) == nullptr) return !line->empty();
    line->append(buf);
    if (!line->empty() && line->back() == '\n') return true;
  }
  return true;  // overlong line: returned cut; callers treat it as garbage
}

bool ArchiveReader::ReadBlock(uint64_t length, std::string* block) {
  block->resize(length);
  size_t got = 0;
  while (got < length) {
    const int n = gzread(Gz(file_), block->data() + got,
                         static_cast<unsigned>(std::min<uint64_t>(length - got, 1 << 20)));
    if (n <= 0) break;
    got += n;
  }
  block->resize(got);
  return got == length;
}

bool ArchiveReader::SkipBytes(uint64_t length) {
  char buf[1 << 15];
  while (length > 0) {
    const int n = gzread(Gz(file_), buf, static_cast<unsigned>(std::min<uint64_t>(length, sizeof(buf))));
    if (n <= 0) return false;
    length -= n;
  }
  return true;
}

bool ArchiveReader::DetectFormat() {
  if (!ReadLine(&pending_)) return false;
  has_pending_ = true;
  if (pending_.rfind("WARC/", 0) == 0) format_ = Format::kWarc;
  else if (pending_.rfind("filedesc://", 0) == 0) format_ = Format::kArc;
  return true;
}

ArchiveReader::Outcome ArchiveReader::Next(ArchiveRecord* record, std::string* reason) {
  if (!status_.ok()) return Outcome::kEnd;
  if (format_ == Format::kUnknown) {
    if (!DetectFormat()) return Outcome::kEnd;  // empty file
    if (format_ == Format::kUnknown) {
      const bool lz4 = pending_.size() >= 4 && pending_.compare(0, 4, "\x04\x22\x4D\x18") == 0;
      return Fail(Status::Unsupported(lz4 ? "LZ4-compressed archives are not supported"
                                          : "not a WARC or ARC file (no WARC/ or filedesc:// "
                                            "line at the start)"));
    }
  }
  return format_ == Format::kWarc ? NextWarc(record, reason) : NextArc(record, reason);
}

// Skips blank lines, and stray lines (counted) up to a bound, to the next "WARC/" line.
bool ArchiveReader::FindRecordStart(std::string* line, size_t* stray_lines) {
  *stray_lines = 0;
  while (ReadLine(line)) {
    if (line->rfind("WARC/", 0) == 0) return true;
    if (!Trim(*line).empty() && ++*stray_lines > kMaxStrayLines) return false;
  }
  return false;
}

ArchiveReader::Outcome ArchiveReader::NextWarc(ArchiveRecord* record, std::string* reason) {
  std::string line;
  size_t stray = 0;
  if (!FindRecordStart(&line, &stray)) {
    int err = Z_OK;
    const char* msg = gzerror(Gz(file_), &err);
    if (err != Z_OK && err != Z_STREAM_END) {
      return Fail(Status::Corruption(std::string("gzip stream damaged or truncated: ") + msg));
    }
    if (stray > 0) return Fail(Status::Corruption("stray bytes at the end, no WARC record"));
    return Outcome::kEnd;
  }
  *record = ArchiveRecord();
  record->offset = static_cast<uint64_t>(gztell(Gz(file_))) - line.size();
  WarcHeaders h;
  size_t headers = 0;
  for (;;) {
    if (!ReadLine(&line)) return Fail(Status::Corruption("truncated record: headers end early"));
    if (Trim(line).empty()) break;
    if (++headers > kMaxHeaders) return Fail(Status::Corruption("record with too many headers"));
    ReadWarcHeader(line, &h);
  }
  if (h.length < 0) {
    *reason = "WARC record without a valid Content-Length, skipped";
    return Outcome::kSkipped;
  }
  if (static_cast<uint64_t>(h.length) > max_) {
    if (!SkipBytes(h.length)) return Fail(Status::Corruption("truncated record"));
    *reason = "record of " + std::to_string(h.length) + " bytes exceeds the limit, skipped";
    return Outcome::kSkipped;
  }
  if (!ReadBlock(h.length, &record->block)) {
    return Fail(Status::Corruption("truncated record: expected " + std::to_string(h.length) +
                                   " bytes, got " + std::to_string(record->block.size())));
  }
  if (!h.block_digest.empty() && !DigestMatches(h.block_digest, record->block)) {
    *reason = "WARC-Block-Digest does not match the record, skipped";
    return Outcome::kSkipped;
  }
  record->type = std::move(h.type);
  record->url = std::move(h.url);
  record->date = std::move(h.date);
  record->content_type = std::move(h.content_type);
  return Outcome::kRecord;
}

ArchiveReader::Outcome ArchiveReader::NextArc(ArchiveRecord* record, std::string* reason) {
  std::string line;
  do {
    if (!ReadLine(&line)) return Outcome::kEnd;
  } while (Trim(line).empty());
  *record = ArchiveRecord();
  // "URL IP-address archive-date content-type length"; URLs may hold spaces, so the
  // fields are taken from the right.
  std::string_view rest = Trim(line);
  std::string_view fields[4];
  for (int i = 3; i >= 0; --i) {
    const size_t sp = rest.rfind(' ');
    if (sp == std::string_view::npos) {
      return Fail(Status::Corruption("bad ARC record header '" + std::string(rest.substr(0, 60)) + "'"));
    }
    fields[i] = rest.substr(sp + 1);
    rest = Trim(rest.substr(0, sp));
  }
  const int64_t length = ParseLength(fields[3]);
  if (length < 0) {
    return Fail(Status::Corruption("invalid ARC record length '" + std::string(fields[3]) + "'"));
  }
  if (static_cast<uint64_t>(length) > max_) {
    if (!SkipBytes(length)) return Fail(Status::Corruption("truncated record"));
    *reason = "record of " + std::to_string(length) + " bytes exceeds the limit, skipped";
    return Outcome::kSkipped;
  }
  if (!ReadBlock(length, &record->block)) {
    return Fail(Status::Corruption("truncated ARC record: expected " + std::to_string(length) +
                                   " bytes, got " + std::to_string(record->block.size())));
  }
  const bool file_header = !arc_header_done_;
  arc_header_done_ = true;
  if (file_header) return NextArc(record, reason);  // the filedesc:// version block
  record->type = "arc";
  record->url = std::string(rest);
  record->date = std::string(fields[1]);
  record->content_type = std::string(fields[2]);
  return Outcome::kRecord;
}

}  // namespace parley
