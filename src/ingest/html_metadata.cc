#include "ingest/html_metadata.h"

#include <cctype>
#include <vector>

#include "ingest/html_dom.h"
#include "ingest/text_date.h"

namespace parley::html {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Date sources from best to worst; a lower rank wins.
enum Rank { kJsonLd = 0, kMeta, kTime, kUrl, kByline, kNone };
constexpr const char* kRankName[] = {"json-ld", "meta", "time", "url", "byline", ""};

class MetaCollector {
 public:
  void Offer(Date d, Rank r) {
    if (d.precision == Date::Precision::kDay && r < rank_) {
      date_ = d;
      rank_ = r;
    }
  }
  void Finish(PageMeta* m) const {
    m->published = date_;
    m->date_source = kRankName[rank_];
  }

 private:
  Date date_;
  Rank rank_ = kNone;
};

bool IsPublishedKey(std::string_view k) {
  return k == "article:published_time" || k == "og:published_time" ||
         k == "datepublished" || k == "pubdate" || k == "publishdate" ||
         k == "publish-date" || k == "publish_date" || k == "date" || k == "dc.date" ||
         k == "dc.date.issued" || k == "dcterms.date" || k == "dcterms.created" ||
         k == "sailthru.date" || k == "parsely-pub-date" || k == "article.published" ||
         k == "originalpublicationdate" || k == "displaydate" || k == "dc.date.created" ||
         k == "article_date_original" || k == "cxenseparse:recs:publishtime";
}

bool IsAuthorKey(std::string_view k) {
  return k == "author" || k == "article:author" || k == "byl" || k == "parsely-author" ||
         k == "dc.creator" || k == "sailthru.author";
}

// Titles seen so far; og:title beats <title>, which usually carries the site name too.
struct Titles {
  std::string og;
  std::string doc;
};

void ReadMeta(const GumboNode* n, PageMeta* m, MetaCollector* dates, Titles* titles) {
  std::string key = Lower(Attr(n, "property"));
  if (key.empty()) key = Lower(Attr(n, "name"));
  if (key.empty()) key = Lower(Attr(n, "itemprop"));
  const std::string_view content = Attr(n, "content");
  if (key.empty() || content.empty()) return;
  if (key == "og:title" && titles->og.empty()) titles->og = std::string(content);
  if (key == "og:site_name" && m->site_name.empty()) m->site_name = std::string(content);
  if (key == "og:url" && m->url.empty()) m->url = std::string(content);
  if (IsAuthorKey(key) && m->author.empty() && content.find("://") == std::string_view::npos) {
    m->author = std::string(content);
  }
  if (IsPublishedKey(key)) dates->Offer(ParseDateValue(content), kMeta);
}

// The string value after `"key"` in JSON text, or "".
std::string_view JsonStringAfter(std::string_view json, std::string_view key, size_t from) {
  const size_t k = json.find(key, from);
  if (k == std::string_view::npos) return {};
  size_t p = k + key.size();
  while (p < json.size() && (json[p] == ' ' || json[p] == ':' || json[p] == '\n' ||
                             json[p] == '\t' || json[p] == '\r')) {
    ++p;
  }
  if (p >= json.size() || json[p] != '"') return {};
  const size_t end = json.find('"', p + 1);
  return end == std::string_view::npos ? std::string_view() : json.substr(p + 1, end - p - 1);
}

void ReadJsonLd(const GumboNode* n, PageMeta* m, MetaCollector* dates) {
  if (Lower(Attr(n, "type")) != "application/ld+json" || n->v.element.children.length == 0) {
    return;
  }
  const auto* t = static_cast<const GumboNode*>(n->v.element.children.data[0]);
  if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_CDATA) return;
  const std::string_view json = t->v.text.text;
  dates->Offer(ParseDateValue(JsonStringAfter(json, "\"datePublished\"", 0)), kJsonLd);
  if (m->author.empty()) {
    const size_t a = json.find("\"author\"");
    if (a != std::string_view::npos) {
      m->author = std::string(JsonStringAfter(json.substr(0, a + 200), "\"name\"", a));
    }
  }
}

bool LooksLikeDateHolder(const GumboNode* n) {
  const std::string s = ClassAndId(n);
  return s.find("date") != std::string::npos || s.find("time") != std::string::npos ||
         s.find("byline") != std::string::npos || s.find("publish") != std::string::npos ||
         s.find("posted") != std::string::npos;
}

void ReadElement(const GumboNode* n, PageMeta* m, MetaCollector* dates, Titles* titles) {
  switch (TagOf(n)) {
    case GUMBO_TAG_META: ReadMeta(n, m, dates, titles); return;
    case GUMBO_TAG_SCRIPT: ReadJsonLd(n, m, dates); return;
    case GUMBO_TAG_TITLE:
      if (titles->doc.empty()) titles->doc = TextOf(n);
      return;
    case GUMBO_TAG_LINK:
      if (Lower(Attr(n, "rel")) == "canonical" && m->url.empty()) m->url = Attr(n, "href");
      return;
    case GUMBO_TAG_TIME: {
      std::string_view v = Attr(n, "datetime");
      dates->Offer(v.empty() ? FindDateInLine(TextOf(n)) : ParseDateValue(v), kTime);
      return;
    }
    default: break;
  }
  if (Lower(Attr(n, "itemprop")) == "datepublished") {
    std::string_view v = Attr(n, "datetime");
    if (v.empty()) v = Attr(n, "content");
    dates->Offer(ParseDateValue(v), kMeta);
  }
  if (LooksLikeDateHolder(n)) {
    const std::string text = TextOf(n);
    if (text.size() < 200) dates->Offer(FindDateInLine(text), kByline);
  }
}

int Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

Date MakeDay(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return {};
  Date out;
  out.year = static_cast<int16_t>(y);
  out.month = static_cast<int8_t>(m);
  out.day = static_cast<int8_t>(d);
  out.precision = Date::Precision::kDay;
  return out;
}

bool IsSep(char c) { return c == '/' || c == '-' || c == '_' || c == '.'; }

// Tries the date shapes at a '/' boundary of the path.
Date DateAt(std::string_view path, size_t p) {
  const int y = Digits(path, p, 4);
  if (y < 0) return {};
  if (p + 4 < path.size() && IsSep(path[p + 4])) {
    const int m = Digits(path, p + 5, 2);
    if (m >= 0 && p + 7 < path.size() && IsSep(path[p + 7])) {
      const int d = Digits(path, p + 8, 2);
      if (d >= 0 && (p + 10 == path.size() || !std::isdigit(static_cast<unsigned char>(path[p + 10])))) {
        return MakeDay(y, m, d);
      }
    }
    return {};
  }
  const int m = Digits(path, p + 4, 2), d = Digits(path, p + 6, 2);
  if (m < 0 || d < 0) return {};
  if (p + 8 < path.size() && std::isdigit(static_cast<unsigned char>(path[p + 8]))) return {};
  return MakeDay(y, m, d);
}

}  // namespace

Date DateFromUrl(std::string_view url) {
  const size_t scheme = url.find("://");
  const size_t path_start = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path_start == std::string_view::npos) return {};
  const std::string_view path = url.substr(path_start);
  for (size_t p = 0; p < path.size(); ++p) {
    if (path[p] != '/' && path[p] != '-') continue;
    const Date d = DateAt(path, p + 1);
    if (d.known()) return d;
  }
  return {};
}

Date ParseDateValue(std::string_view value) {
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  if (value.size() >= 10 && Digits(value, 0, 4) >= 0 && value[4] == '-') {
    const Date d = MakeDay(Digits(value, 0, 4), Digits(value, 5, 2), Digits(value, 8, 2));
    if (d.known()) return d;
  }
  return FindDateInLine(value.substr(0, 200));
}

PageMeta ExtractMetadata(const GumboNode* document, std::string_view url) {
  PageMeta m;
  MetaCollector dates;
  Titles titles;
  for (const GumboNode* n : ElementsUnder(document)) ReadElement(n, &m, &dates, &titles);
  m.title = titles.og.empty() ? std::move(titles.doc) : std::move(titles.og);
  const std::string_view page_url = m.url.empty() ? url : std::string_view(m.url);
  dates.Offer(DateFromUrl(page_url), kUrl);
  if (page_url != url) dates.Offer(DateFromUrl(url), kUrl);
  dates.Finish(&m);
  return m;
}

}  // namespace parley::html
