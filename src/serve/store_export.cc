// ExportEvents: stored events as JSONL, CSV/TSV, a terminal table, or GDELT 2.0 Events
// and Mentions rows (output/gdelt_rows.h, shared with `parley code -f gdelt`).
#include <cerrno>
#include <cstring>

#include "output/gdelt_rows.h"
#include "output/text_escape.h"
#include "parley/store.h"
#include "util/utf8.h"

namespace parley {

namespace {

constexpr const char* kColumns[] = {
    "id", "date", "source_code", "source_name", "target_code", "target_name", "cameo",
    "cameo_name", "goldstein", "quad_class", "plover", "place", "num_mentions",
    "num_sources", "num_articles", "article_id", "sentence", "url", "text"};

std::string Num(double v, const char* fmt) {
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

void AppendJsonActor(const char* key, const Actor& a, std::string* out) {
  *out += ",\"";
  *out += key;
  *out += "\":{\"code\":";
  AppendJsonString(a.code, out);
  *out += ",\"name\":";
  AppendJsonString(a.name, out);
  *out += "}";
}

void AppendJson(const StoredEvent& r, const EventNameFn& names, std::string* out) {
  const Event& e = r.event;
  *out += "{\"id\":" + std::to_string(r.id) + ",\"date\":";
  AppendJsonString(e.date.ToString(), out);
  AppendJsonActor("source", e.source, out);
  AppendJsonActor("target", e.target, out);
  *out += ",\"cameo\":";
  AppendJsonString(e.cameo, out);
  *out += ",\"cameo_name\":";
  AppendJsonString(names ? names(e.cameo) : "", out);
  *out += ",\"goldstein\":" + Num(e.goldstein, "%.1f");
  *out += ",\"quad_class\":" + std::to_string(static_cast<int>(e.quad_class)) + ",\"plover\":";
  AppendJsonString(e.plover, out);
  *out += ",\"place\":";
  AppendJsonString(r.place, out);
  *out += ",\"num_mentions\":" + std::to_string(r.num_mentions) +
          ",\"num_sources\":" + std::to_string(r.num_sources) +
          ",\"num_articles\":" + std::to_string(r.num_articles) + ",\"article_id\":";
  AppendJsonString(e.article_id, out);
  *out += ",\"sentence\":" + std::to_string(e.sentence) + ",\"url\":";
  AppendJsonString(r.url, out);
  *out += ",\"text\":";
  AppendJsonString(e.text, out);
  *out += "}\n";
}

void AppendDelimited(const StoredEvent& r, const EventNameFn& names, char sep,
                     std::string* out) {
  const Event& e = r.event;
  const std::string fields[] = {
      std::to_string(r.id), e.date.ToString(), e.source.code, e.source.name, e.target.code,
      e.target.name, e.cameo, std::string(names ? names(e.cameo) : ""), Num(e.goldstein, "%.1f"),
      std::to_string(static_cast<int>(e.quad_class)), e.plover, r.place,
      std::to_string(r.num_mentions), std::to_string(r.num_sources),
      std::to_string(r.num_articles), e.article_id, std::to_string(e.sentence), r.url, e.text};
  for (const std::string& f : fields) {
    if (sep == ',') AppendCsvField(f, out);
    else AppendTsvField(f, out);
    out->push_back(sep);
  }
  out->back() = '\n';
}

void AppendHeader(char sep, std::string* out) {
  for (const char* c : kColumns) {
    *out += c;
    out->push_back(sep);
  }
  out->back() = '\n';
}

// Cuts `s` to at most `width` characters, flattening line breaks.
std::string Cut(std::string_view s, size_t width) {
  std::string out;
  size_t i = 0;
  for (size_t chars = 0; i < s.size() && chars < width; ++chars) {
    char32_t cp;
    const size_t n = DecodeUtf8(s, i, &cp);
    i += n ? n : 1;
  }
  out.assign(s.substr(0, i));
  for (char& c : out) if (c == '\n' || c == '\t') c = ' ';
  return out;
}

void AppendTableRow(const StoredEvent& r, std::string* out) {
  const Event& e = r.event;
  char line[160];
  std::snprintf(line, sizeof line, "%-8lld %-10s %-12s %-5s %-12s %4d %4d %4d  ",
                static_cast<long long>(r.id), e.date.known() ? e.date.ToString().c_str() : "?",
                e.source.empty() ? "-" : e.source.code.c_str(), e.cameo.c_str(),
                e.target.empty() ? "-" : e.target.code.c_str(), r.num_mentions,
                r.num_sources, r.num_articles);
  *out += line + Cut(e.text, 70) + "\n";
}

class Sink {
 public:
  explicit Sink(std::FILE* out) : out_(out) {}
  std::string& buf() { return buf_; }
  void FlushIfBig() { if (buf_.size() > (1u << 16)) Flush(); }
  Status Finish() {
    Flush();
    if (std::fflush(out_) != 0 && error_.ok()) error_ = Status::IOError(std::strerror(errno));
    return error_;
  }

 private:
  void Flush() {
    if (std::fwrite(buf_.data(), 1, buf_.size(), out_) != buf_.size() && error_.ok()) {
      error_ = Status::IOError(std::string("write failed: ") + std::strerror(errno));
    }
    buf_.clear();
  }
  std::FILE* out_;
  std::string buf_;
  Status error_;
};

Status ExportMentions(Store& store, const EventFilter& filter, Sink* sink) {
  const std::string now = GdeltTimestampNow();
  return store.QueryMentions(filter, [&](const StoredMention& m) {
    AppendGdeltMentionRow(m, now, &sink->buf());
    sink->FlushIfBig();
  });
}

bool KnownFormat(std::string_view f) {
  return f == "jsonl" || f == "csv" || f == "tsv" || f == "table" || f == "gdelt-events" ||
         f == "gdelt-mentions";
}

}  // namespace

Status ExportEvents(Store& store, const EventFilter& filter, std::string_view format,
                    std::FILE* out, const EventNameFn& names) {
  if (!KnownFormat(format)) {
    return Status::InvalidArgument("unknown format \"" + std::string(format) +
                                   "\" (jsonl, csv, tsv, table, gdelt-events, gdelt-mentions)");
  }
  Sink sink(out);
  Status s;
  if (format == "gdelt-mentions") {
    s = ExportMentions(store, filter, &sink);
  } else {
    if (format == "csv" || format == "tsv") AppendHeader(format == "csv" ? ',' : '\t', &sink.buf());
    if (format == "table") {
      sink.buf() += "ID       DATE       SOURCE       CODE  TARGET       MENT SRCS ARTS  SENTENCE\n";
    }
    s = store.Query(filter, [&](const StoredEvent& r) {
      std::string& b = sink.buf();
      if (format == "jsonl") AppendJson(r, names, &b);
      else if (format == "csv") AppendDelimited(r, names, ',', &b);
      else if (format == "tsv") AppendDelimited(r, names, '\t', &b);
      else if (format == "table") AppendTableRow(r, &b);
      else AppendGdeltEventRow(r.id, r.event, {r.num_mentions, r.num_sources, r.num_articles},
                               r.date_added, r.url.empty() ? r.event.article_id : r.url, &b);
      sink.FlushIfBig();
    });
  }
  const Status written = sink.Finish();
  return s.ok() ? written : s;
}

}  // namespace parley
