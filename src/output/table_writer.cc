// Aligned columns for a person at a terminal: date, source, CAMEO code and name, target,
// and an excerpt of the sentence. Long cells are cut with an ellipsis.
#include "output/writers.h"
#include "util/utf8.h"

namespace parley {

namespace {

constexpr size_t kDate = 10, kActor = 16, kCode = 40, kExcerpt = 70;

// Appends `s` cut or padded to exactly `width` characters (code points).
void Cell(std::string_view s, size_t width, std::string* out) {
  size_t chars = 0, i = 0;
  while (i < s.size() && chars < width) {
    char32_t cp;
    const size_t n = DecodeUtf8(s, i, &cp);
    i += n ? n : 1;
    ++chars;
  }
  if (i < s.size() && width > 0) {
    // Cut: drop the last character and put an ellipsis in its place.
    size_t j = i;
    do { --j; } while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80);
    out->append(s.substr(0, j));
    out->append("\xE2\x80\xA6");
  } else {
    out->append(s.substr(0, i));
    out->append(width - chars, ' ');
  }
  out->append("  ");
}

std::string ActorLabel(const Actor& a) {
  if (a.empty()) return "-";
  return a.code;
}

}  // namespace

class TableWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;

  void Write(const Article&, const std::vector<Event>& events) override {
    if (!header_done_) Header();
    for (const Event& e : events) Row(e);
    Flush();
  }

 private:
  void Header() {
    Cell("DATE", kDate, &buf_);
    Cell("SOURCE", kActor, &buf_);
    Cell("EVENT", kCode, &buf_);
    Cell("TARGET", kActor, &buf_);
    buf_.append("SENTENCE\n");
    header_done_ = true;
  }
  void Row(const Event& e) {
    const std::string date = e.date.known() ? e.date.ToString() : "?";
    Cell(date, kDate, &buf_);
    Cell(ActorLabel(e.source), kActor, &buf_);
    Cell(e.cameo + " " + std::string(Name(e.cameo)), kCode, &buf_);
    Cell(ActorLabel(e.target), kActor, &buf_);
    std::string excerpt = e.text;
    for (char& c : excerpt) if (c == '\n' || c == '\t') c = ' ';
    Cell(excerpt, kExcerpt, &buf_);
    while (!buf_.empty() && buf_.back() == ' ') buf_.pop_back();
    buf_.push_back('\n');
  }

  bool header_done_ = false;
};

std::unique_ptr<EventWriter> NewTableWriter(std::FILE* out, EventNameFn names) {
  return std::make_unique<TableWriter>(out, std::move(names));
}

}  // namespace parley
