#include "ingest/html_boilerplate.h"

#include <cctype>
#include <string>
#include <string_view>

#include "ingest/html_dom.h"

namespace parley::html {

namespace {

// Words that name page furniture wherever they appear in a class or id.
constexpr std::string_view kFurniture[] = {
    "comment", "disqus", "share", "sharing", "social", "related", "recommend",
    "newsletter", "subscri", "cookie", "gdpr", "consent", "promo", "sponsor",
    "advert", "breadcrumb", "pagination", "pager", "popup", "modal", "sidebar",
    "widget", "footer", "masthead", "navbar", "menu", "outbrain", "taboola",
    "trending", "most-popular", "mostpopular", "more-stories", "read-more",
    "readmore", "signup", "sign-up", "paywall", "toolbar", "skip-link", "skiplink",
    "print-only", "visually-hidden", "sr-only", "screen-reader",
    "author-bio", "rss", "follow", "byline", "dateline", "timestamp", "tags",
    "keywords", "jump", "banner", "caption", "credit", "playlist"};

// Short tokens that only count as whole words ("ad" but not "head").
constexpr std::string_view kFurnitureTokens[] = {"ad", "ads", "nav", "meta", "aside",
                                                 "header", "tools", "topics", "info"};

// Words that mark the article container; they protect weak furniture words.
constexpr std::string_view kContentWords[] = {
    "article", "story", "content", "entry", "post-body", "postbody", "main",
    "text", "body", "blog", "news", "column"};

bool ContainsAny(std::string_view s, const std::string_view* words, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    if (s.find(words[i]) != std::string_view::npos) return true;
  }
  return false;
}

bool HasToken(std::string_view s, std::string_view token) {
  size_t start = 0;
  while (start < s.size()) {
    size_t end = start;
    while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])))) ++end;
    if (s.substr(start, end - start) == token) return true;
    start = end + 1;
  }
  return false;
}

bool HasAnyToken(std::string_view s) {
  for (std::string_view t : kFurnitureTokens) {
    if (HasToken(s, t)) return true;
  }
  return false;
}

bool IsHidden(const GumboNode* n) {
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden")) return true;
  if (Attr(n, "aria-hidden") == "true") return true;
  std::string style(Attr(n, "style"));
  std::string compact;
  for (char c : style) {
    if (c != ' ') compact.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

bool IsSkipTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_OPTION:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP: case GUMBO_TAG_LABEL:
      return true;
    default:
      return false;
  }
}

bool IsFurnitureTag(GumboTag tag) {
  return tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE ||
         tag == GUMBO_TAG_MENU;
}

bool IsFurnitureRole(std::string_view role) {
  return role == "navigation" || role == "complementary" || role == "banner" ||
         role == "contentinfo" || role == "menu" || role == "dialog" || role == "alert" ||
         role == "search";
}

// Elements that hold the whole page are never judged by their class.
bool IsStructural(GumboTag tag) {
  return tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE ||
         tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_P;
}

// Class and id words with layout modifiers ("with-sidebar", "has-comments") removed:
// they describe the page around the element, not the element.
std::string JudgedWords(const GumboNode* n) {
  std::string s = ClassAndId(n);
  for (std::string_view mod : {"with-", "has-", "no-", "without-", "show-"}) {
    for (size_t p = s.find(mod); p != std::string::npos; p = s.find(mod, p)) {
      const bool word_start = p == 0 || !std::isalnum(static_cast<unsigned char>(s[p - 1]));
      size_t end = p;
      if (word_start) {
        while (end < s.size() && s[end] != ' ') ++end;
        s.erase(p, end - p);
      } else {
        p += mod.size();
      }
    }
  }
  return s;
}

}  // namespace

int ClassWeight(const GumboNode* n) {
  const std::string s = JudgedWords(n);
  if (s.size() <= 1) return 0;
  if (ContainsAny(s, kFurniture, std::size(kFurniture))) return -1;
  if (ContainsAny(s, kContentWords, std::size(kContentWords))) return 1;
  return HasAnyToken(s) ? -1 : 0;
}

NodeRole ClassifyNode(const GumboNode* n, Strictness strictness) {
  const GumboTag tag = TagOf(n);
  if (IsSkipTag(tag) || IsHidden(n)) return NodeRole::kSkip;
  if (strictness == Strictness::kSkipOnly) return NodeRole::kContent;
  if (IsFurnitureTag(tag) || IsFurnitureRole(Attr(n, "role"))) return NodeRole::kBoilerplate;
  if (IsStructural(tag) || strictness == Strictness::kTagsOnly) return NodeRole::kContent;
  const std::string s = JudgedWords(n);
  if (s.size() <= 1) return NodeRole::kContent;
  if (ContainsAny(s, kFurniture, std::size(kFurniture))) return NodeRole::kBoilerplate;
  if (ContainsAny(s, kContentWords, std::size(kContentWords))) return NodeRole::kContent;
  return HasAnyToken(s) ? NodeRole::kBoilerplate : NodeRole::kContent;
}

}  // namespace parley::html
