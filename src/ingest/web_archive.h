// ingest/web_archive.h — streaming reader of WARC (1.0, 1.1, 0.17/0.18) and ARC files.
//
// Plain or gzip-compressed (one member per record or one for the whole file; zlib reads
// across members). Memory per record is bounded by `max_record_bytes`: larger records
// are skipped by reading past them. Every record that cannot be used is reported with a
// reason (damaged digest, too large, stray bytes); a file that cannot be read on is
// ended with a Status saying why (truncated record, damaged gzip, not an archive).
#ifndef PARLEY_INGEST_WEB_ARCHIVE_H_
#define PARLEY_INGEST_WEB_ARCHIVE_H_

#include <cstdint>
#include <memory>
#include <string>

#include "parley/status.h"

namespace parley {

struct ArchiveRecord {
  std::string type;          // WARC-Type ("response", "resource", "conversion"...); "arc"
  std::string url;           // WARC-Target-URI or the ARC URL
  std::string date;          // WARC-Date or ARC archive date, as written (crawl time)
  std::string content_type;  // the record's Content-Type
  std::string block;         // the content block
  uint64_t offset = 0;       // uncompressed byte offset of the record's first line
};

class ArchiveReader {
 public:
  enum class Outcome { kRecord, kSkipped, kEnd };

  ~ArchiveReader();
  // Opens `path` ("-" for stdin). Fails when it cannot be opened.
  static Result<std::unique_ptr<ArchiveReader>> Open(const std::string& path,
                                                     size_t max_record_bytes);
  // kRecord: *record holds the next record. kSkipped: a record was passed over, *reason
  // says why, reading goes on. kEnd: nothing more; status() is OK at a clean end of file.
  Outcome Next(ArchiveRecord* record, std::string* reason);
  const Status& status() const { return status_; }

 private:
  ArchiveReader() = default;
  Outcome NextWarc(ArchiveRecord* record, std::string* reason);
  Outcome NextArc(ArchiveRecord* record, std::string* reason);
  bool DetectFormat();
  bool ReadLine(std::string* line);
  bool ReadBlock(uint64_t length, std::string* block);
  bool SkipBytes(uint64_t length);
  Outcome Fail(Status status);
  bool FindRecordStart(std::string* line, size_t* stray_lines);

  void* file_ = nullptr;  // gzFile
  std::string path_;
  size_t max_ = 0;
  enum class Format { kUnknown, kWarc, kArc } format_ = Format::kUnknown;
  std::string pending_;      // first line, read to detect the format
  bool has_pending_ = false;
  bool arc_header_done_ = false;
  Status status_;
};

}  // namespace parley

#endif  // PARLEY_INGEST_WEB_ARCHIVE_H_
