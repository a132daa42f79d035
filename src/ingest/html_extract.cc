#include "ingest/html_extract.h"

#include <gumbo.h>

#include <cctype>
#include <memory>

#include "ingest/html_blocks.h"
#include "ingest/html_content.h"
#include "ingest/html_dom.h"
#include "ingest/html_metadata.h"

namespace parley {

namespace {

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};
using GumboDocument = std::unique_ptr<GumboOutput, GumboDeleter>;

GumboDocument Parse(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // do not record parse errors: they cost memory and time
  return GumboDocument(gumbo_parse_with_options(&options, html.data(), html.size()));
}

// Tags that never hold children or close implicitly; they do not deepen the tree.
bool IsFlatTag(std::string_view name) {
  static constexpr std::string_view kFlat[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
      "param", "source", "track", "wbr", "p", "li", "td", "tr", "th", "option",
      "dt", "dd", "keygen"};
  for (std::string_view f : kFlat) {
    if (name.size() == f.size()) {
      bool eq = true;
      for (size_t i = 0; i < f.size() && eq; ++i) {
        eq = std::tolower(static_cast<unsigned char>(name[i])) == f[i];
      }
      if (eq) return true;
    }
  }
  return false;
}

const GumboNode* FindBody(const GumboNode* root) {
  for (const GumboNode* n : html::ElementsUnder(root)) {
    if (html::TagOf(n) == GUMBO_TAG_BODY) return n;
  }
  return root;
}

std::string JoinBlocks(const std::vector<html::TextBlock>& blocks,
                       const std::vector<size_t>& keep) {
  std::string text;
  for (size_t i : keep) {
    if (!text.empty()) text += "\n\n";
    text += blocks[i].text;
  }
  return text;
}

// Article text at each strictness, strictest first. A strict result long enough to be
// an article wins; a short one (a brief note) gives way only to a much longer one.
std::string ArticleText(const GumboNode* body, const std::string& title) {
  constexpr size_t kEnough = 500;
  std::string best;
  for (html::Strictness s : {html::Strictness::kClassWords, html::Strictness::kTagsOnly,
                             html::Strictness::kSkipOnly}) {
    const std::vector<html::TextBlock> blocks = html::BuildBlocks(body, s);
    std::string text = JoinBlocks(blocks, html::SelectArticleBlocks(blocks, title));
    if (text.size() >= kEnough && best.empty()) return text;
    if (best.empty() || text.size() > 3 * best.size() + 200) best = std::move(text);
  }
  return best;
}


}  // namespace

size_t EstimateNesting(std::string_view html) {
  size_t depth = 0, max_depth = 0;
  for (size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] != '<') continue;
    if (html[i + 1] == '!' || html[i + 1] == '?') continue;  // comment, doctype
    const bool close = html[i + 1] == '/';
    size_t start = i + 1 + close, end = start;
    while (end < html.size() && std::isalnum(static_cast<unsigned char>(html[end]))) ++end;
    if (end == start || IsFlatTag(html.substr(start, end - start))) continue;
    if (close) {
      depth -= depth > 0;
    } else {
      const size_t gt = html.find('>', end);
      const bool self_closing = gt != std::string_view::npos && gt > 0 && html[gt - 1] == '/';
      if (!self_closing) max_depth = std::max(max_depth, ++depth);
    }
  }
  return max_depth;
}

Result<HtmlPage> ExtractHtml(std::string_view html, const HtmlOptions& options) {
  if (EstimateNesting(html) > options.max_nesting) {
    return Status::Unsupported("HTML nested deeper than " +
                               std::to_string(options.max_nesting) + " elements");
  }
  GumboDocument doc = Parse(html);
  if (!doc) return Status::Corruption("HTML parser failed");
  html::PageMeta meta = html::ExtractMetadata(doc->document, options.url);
  HtmlPage page;
  page.text = ArticleText(FindBody(doc->root), meta.title);
  page.title = std::move(meta.title);
  page.author = std::move(meta.author);
  page.site_name = std::move(meta.site_name);
  page.url = meta.url.empty() ? std::string(options.url) : std::move(meta.url);
  page.published = meta.published;
  page.date_source = std::move(meta.date_source);
  return page;
}

}  // namespace parley
