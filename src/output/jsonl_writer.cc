// JSONL events: one object per line; fields documented in docs/output.md.
#include <cstdio>

#include "output/text_escape.h"
#include "output/writers.h"

namespace parley {

namespace {

class JsonlWriter final : public BufferedWriter {
 public:
  using BufferedWriter::BufferedWriter;

  void Write(const Article& article, const std::vector<Event>& events) override {
    for (const Event& e : events) {
      WriteEvent(article, e);
      if (buf_.size() > (1 << 16)) Flush();
    }
    Flush();
  }

 private:
  void Key(const char* k) {
    buf_.push_back('"');
    buf_.append(k);
    buf_.append("\":");
  }
  void Str(const char* k, std::string_view v) {
    Key(k);
    AppendJsonString(v, &buf_);
    buf_.push_back(',');
  }
  void Num(const char* k, double v, const char* fmt) {
    char tmp[32];
    std::snprintf(tmp, sizeof tmp, fmt, v);
    Key(k);
    buf_.append(tmp);
    buf_.push_back(',');
  }
  void ActorObject(const char* k, const Article& a, const Actor& actor) {
    Key(k);
    if (actor.empty()) {
      buf_.append("null,");
      return;
    }
    buf_.push_back('{');
    Str("code", actor.code);
    Str("name", actor.name);
    Str("text", actor.text);
    Num("start", static_cast<double>(CharOffset(a.body, actor.start)), "%.0f");
    Num("end", static_cast<double>(CharOffset(a.body, actor.end)), "%.0f");
    buf_.back() = '}';
    buf_.push_back(',');
  }
  void PlaceObject(const Article& a, const Place& p) {
    Key("place");
    if (!p.known()) {
      buf_.append("null,");
      return;
    }
    buf_.push_back('{');
    Str("name", p.name);
    Num("type", static_cast<int>(p.type), "%.0f");
    Str("country", p.country);
    Str("fips", p.fips);
    Str("adm1", p.adm1);
    if (p.has_coordinates) {
      Num("lat", p.lat, "%.5f");
      Num("lon", p.lon, "%.5f");
    }
    Num("geonames_id", static_cast<double>(p.feature_id), "%.0f");
    Str("text", p.text);
    Str("from", p.from_dateline ? "dateline" : "sentence");
    if (!p.from_dateline) {
      Num("start", static_cast<double>(CharOffset(a.body, p.start)), "%.0f");
      Num("end", static_cast<double>(CharOffset(a.body, p.end)), "%.0f");
    }
    buf_.back() = '}';
    buf_.push_back(',');
  }
  void WriteEvent(const Article& a, const Event& e) {
    buf_.push_back('{');
    Str("article_id", e.article_id);
    Num("sentence", e.sentence, "%.0f");
    Str("date", e.date.ToString());
    ActorObject("source", a, e.source);
    ActorObject("target", a, e.target);
    Str("cameo", e.cameo);
    Str("cameo_name", Name(e.cameo));
    Num("goldstein", e.goldstein, "%.1f");
    Num("quad_class", static_cast<int>(e.quad_class), "%.0f");
    Str("plover", e.plover);
    Str("plover_mode", e.plover_mode);
    Num("confidence", e.confidence, "%.2f");
    PlaceObject(a, e.place);
    Str("trigger", std::string_view(a.body).substr(e.verb_start, e.verb_end - e.verb_start));
    if (!a.url.empty()) Str("url", a.url);
    Str("text", e.text);
    buf_.back() = '}';
    buf_.push_back('\n');
  }
};

}  // namespace

std::unique_ptr<EventWriter> NewJsonlWriter(std::FILE* out, EventNameFn names) {
  return std::make_unique<JsonlWriter>(out, std::move(names));
}

}  // namespace parley
