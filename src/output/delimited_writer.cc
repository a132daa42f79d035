// TSV and CSV events: a header row, then one row per event (docs/output.md).
#include "output/text_escape.h"
#include "output/writers.h"

namespace parley {

namespace {

constexpr const char* kColumns[] = {
    "article_id", "sentence", "date", "source_code", "source_name", "source_text",
    "target_code", "target_name", "target_text", "cameo", "cameo_name", "goldstein",
    "quad_class", "plover", "confidence", "text"};

class DelimitedWriter final : public BufferedWriter {
 public:
  DelimitedWriter(std::FILE* out, EventNameFn names, char sep)
      : BufferedWriter(out, std::move(names)), sep_(sep) {}

  void Write(const Article&, const std::vector<Event>& events) override {
    if (!header_done_) WriteHeader();
    for (const Event& e : events) WriteRow(e);
    Flush();
  }

 private:
  void Field(std::string_view v) {
    if (sep_ == ',') AppendCsvField(v, &buf_);
    else AppendTsvField(v, &buf_);
    buf_.push_back(sep_);
  }
  void WriteHeader() {
    for (const char* c : kColumns) Field(c);
    buf_.back() = '\n';
    header_done_ = true;
  }
  void WriteRow(const Event& e) {
    char num[32];
    Field(e.article_id);
    Field(std::to_string(e.sentence));
    Field(e.date.ToString());
    Field(e.source.code);
    Field(e.source.name);
    Field(e.source.text);
    Field(e.target.code);
    Field(e.target.name);
    Field(e.target.text);
    Field(e.cameo);
    Field(Name(e.cameo));
    std::snprintf(num, sizeof num, "%.1f", e.goldstein);
    Field(num);
    Field(std::to_string(static_cast<int>(e.quad_class)));
    Field(e.plover);
    std::snprintf(num, sizeof num, "%.2f", e.confidence);
    Field(num);
    Field(e.text);
    buf_.back() = '\n';
  }

  char sep_;
  bool header_done_ = false;
};

}  // namespace

std::unique_ptr<EventWriter> NewDelimitedWriter(std::FILE* out, EventNameFn names, char sep) {
  return std::make_unique<DelimitedWriter>(out, std::move(names), sep);
}

}  // namespace parley
