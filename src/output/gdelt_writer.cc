// GDELT 2.0 Events export: 61 tab-separated columns in GDELT's order, no header, empty
// where Parley has no value (actor geography, tone, ethnic and religion codes); ActionGeo_*
// comes from Event::place. Also the 16-column Mentions rows of the store's export.
#include <ctime>

#include "output/gdelt_rows.h"
#include "util/strings.h"
#include "output/text_escape.h"
#include "output/writers.h"

namespace parley {

namespace {

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

// Appends tab-terminated fields to a line; End() turns the last tab into '\n'.
class Row {
 public:
  explicit Row(std::string* out) : out_(out) {}
  void Field(std::string_view v) {
    AppendTsvField(v, out_);
    out_->push_back('\t');
  }
  void Int(int64_t v) { Field(std::to_string(v)); }
  void End() { out_->back() = '\n'; }

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
  // 8 columns: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
  void Geo(const Place& p) {
    if (!p.known()) {
      for (int i = 0; i < 8; ++i) Field("");
      return;
    }
    char num[32];
    Int(static_cast<int>(p.type));
    Field(p.name);
    Field(p.fips);
    Field(p.adm1);
    Field("");  // ADM2: the gazetteer has none
    std::snprintf(num, sizeof num, "%.4f", p.lat);
    Field(p.has_coordinates ? num : "");
    std::snprintf(num, sizeof num, "%.4f", p.lon);
    Field(p.has_coordinates ? num : "");
    Int(p.feature_id);
  }

 private:
  std::string* out_;
};

class GdeltWriter final : public BufferedWriter {
 public:
  GdeltWriter(std::FILE* out, EventNameFn names)
      : BufferedWriter(out, std::move(names)), date_added_(GdeltTimestampNow()) {}

  void Write(const Article& a, const std::vector<Event>& events) override {
    for (const Event& e : events) {
      AppendGdeltEventRow(++event_id_, e, {}, date_added_, a.url.empty() ? a.id : a.url, &buf_);
    }
    Flush();
  }

 private:
  std::string date_added_;
  uint64_t event_id_ = 0;
};

}  // namespace

std::string GdeltTimestampNow() { return UtcTimestamp(); }

void AppendGdeltEventRow(uint64_t id, const Event& e, const GdeltEventCounts& counts,
                         std::string_view date_added, std::string_view source_url,
                         std::string* out) {
  Row row(out);
  char num[32];
  row.Int(static_cast<int64_t>(id));
  row.Dates(e.date);
  row.Actor(e.source);
  row.Actor(e.target);
  row.Field(e.sentence == 0 ? "1" : "0");  // IsRootEvent: lead sentence
  row.Field(e.cameo);
  row.Field(e.cameo.substr(0, 3));
  row.Field(e.cameo.substr(0, 2));
  row.Int(static_cast<int>(e.quad_class));
  std::snprintf(num, sizeof num, "%.1f", e.goldstein);
  row.Field(num);
  row.Int(counts.mentions);
  row.Int(counts.sources);
  row.Int(counts.articles);
  row.Field("");  // AvgTone
  for (int i = 0; i < 16; ++i) row.Field("");  // Actor1Geo, Actor2Geo
  row.Geo(e.place);                            // ActionGeo
  row.Field(date_added);
  row.Field(source_url);
  row.End();
}

void AppendGdeltMentionRow(const StoredMention& m, std::string_view mention_time,
                           std::string* out) {
  Row row(out);
  const bool web = m.url.find("://") != std::string::npos;
  row.Int(m.event_id);
  row.Field(m.event_added);
  row.Field(mention_time);
  row.Field(web ? "1" : "2");  // MentionType: WEB or CITATIONONLY
  row.Field(m.feed);
  row.Field(web ? m.url : m.article_id);
  row.Int(m.sentence + 1);  // SentenceID is 1-based
  row.Int(m.source_offset);
  row.Int(m.target_offset);
  row.Int(m.action_offset);
  row.Field("1");  // InRawText: Parley codes the text as written
  row.Int(static_cast<int64_t>(m.confidence * 100 + 0.5));
  row.Int(m.doc_length);
  row.Field("");  // MentionDocTone
  row.Field("");  // MentionDocTranslationInfo
  row.Field("");  // Extras
  row.End();
}

std::unique_ptr<EventWriter> NewGdeltWriter(std::FILE* out, EventNameFn names) {
  return std::make_unique<GdeltWriter>(out, std::move(names));
}

}  // namespace parley
