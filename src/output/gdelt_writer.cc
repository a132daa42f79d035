// GDELT 2.0 Events export: 61 tab-separated columns in GDELT's order, no header, empty
// where Parley has no value (geography, tone, ethnic and religion codes).
#include <ctime>

#include "output/text_escape.h"
#include "output/writers.h"

namespace parley {

namespace {

constexpr int kColumns = 61;

// Splits a CAMEO actor code into country, known group and up to three type codes.
struct ActorParts {
  std::string country, group, types[3];
};

bool IsGroupPrefix(std::string_view p) {
  return p == "IGO" || p == "NGO" || p == "IMG" || p == "MNC";
}

ActorParts SplitActor(const std::string& code) {
  ActorParts parts;
  if (code.size() < 3) return parts;
  const std::string first = code.substr(0, 3);
  size_t i = 3;
  if (IsGroupPrefix(first)) {
    parts.group = code.size() >= 6 ? code.substr(3, 3) : first;
    if (code.size() >= 6) i = 6;
  } else {
    parts.country = first;
  }
  for (size_t t = 0; i + 3 <= code.size() && t < 3; i += 3) parts.types[t++] = code.substr(i, 3);
  return parts;
}

std::string Upper(std::string s) {
  for (char& c : s) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  return s;
}

class GdeltWriter final : public BufferedWriter {
 public:
  GdeltWriter(std::FILE* out, EventNameFn names) : BufferedWriter(out, std::move(names)) {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    std::strftime(date_added_, sizeof date_added_, "%Y%m%d%H%M%S", &tm);
  }

  void Write(const Article& a, const std::vector<Event>& events) override {
    for (const Event& e : events) WriteRow(a, e);
    Flush();
  }

 private:
  void Field(std::string_view v) {
    AppendTsvField(v, &buf_);
    buf_.push_back('\t');
    ++columns_;
  }
  void Actor(const parley::Actor& actor) {  // 10 columns
    const ActorParts p = SplitActor(actor.code);
    Field(actor.code);
    Field(Upper(actor.name));
    Field(p.country);
    Field(p.group);
    Field("");  // ethnic
    Field("");  // religion 1
    Field("");  // religion 2
    for (const auto& t : p.types) Field(t);
  }
  void Dates(const Date& d) {  // 4 columns
    if (!d.known()) {
      for (int i = 0; i < 4; ++i) Field("");
      return;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", d.year, d.month > 0 ? d.month : 1,
                  d.day > 0 ? d.day : 1);
    Field(buf);
    Field(std::string_view(buf, 6));
    Field(std::string_view(buf, 4));
    const int64_t jan1 = Date{d.year, 1, 1, Date::Precision::kDay}.ToDays();
    std::snprintf(buf, sizeof buf, "%.4f", d.year + (d.ToDays() - jan1) / 365.0);
    Field(buf);
  }
  void WriteRow(const Article& a, const Event& e) {
    char num[32];
    columns_ = 0;
    Field(std::to_string(++event_id_));
    Dates(e.date);
    Actor(e.source);
    Actor(e.target);
    Field(e.sentence == 0 ? "1" : "0");  // IsRootEvent: lead sentence
    Field(e.cameo);
    Field(e.cameo.substr(0, 3));
    Field(e.cameo.substr(0, 2));
    Field(std::to_string(static_cast<int>(e.quad_class)));
    std::snprintf(num, sizeof num, "%.1f", e.goldstein);
    Field(num);
    Field("1");  // NumMentions
    Field("1");  // NumSources
    Field("1");  // NumArticles
    Field("");   // AvgTone
    for (int i = 0; i < 24; ++i) Field("");  // Actor1Geo, Actor2Geo, ActionGeo
    Field(date_added_);
    Field(a.url.empty() ? a.id : a.url);
    buf_.back() = '\n';
  }

  char date_added_[16] = {};
  uint64_t event_id_ = 0;
  int columns_ = 0;
};

}  // namespace

std::unique_ptr<EventWriter> NewGdeltWriter(std::FILE* out, EventNameFn names) {
  return std::make_unique<GdeltWriter>(out, std::move(names));
}

}  // namespace parley
