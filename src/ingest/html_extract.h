// ingest/html_extract.h — one HTML page in, its article text and metadata out.
//
// The page must already be UTF-8 (see charset.h). Parsing uses gumbo with error
// recording off. Gumbo frees its tree recursively, so pages whose tags nest deeper than
// `max_nesting` (estimated by a linear pre-scan) are refused rather than risk the stack.
#ifndef PARLEY_INGEST_HTML_EXTRACT_H_
#define PARLEY_INGEST_HTML_EXTRACT_H_

#include <string>
#include <string_view>

#include "parley/article.h"
#include "parley/status.h"

namespace parley {

struct HtmlPage {
  std::string title;
  std::string text;  // article paragraphs separated by blank lines ("" when none found)
  std::string author;
  std::string site_name;
  std::string url;   // canonical URL from the page, else the one given
  Date published;
  std::string date_source;  // "json-ld", "meta", "time", "url", "byline" or ""
};

struct HtmlOptions {
  std::string_view url;      // where the page came from (for URL dates); may be empty
  size_t max_nesting = 5000; // deeper pages are refused with kUnsupported
};

// REQUIRES: `html` is valid UTF-8.
Result<HtmlPage> ExtractHtml(std::string_view html, const HtmlOptions& options);

// Upper bound on element nesting depth reached by `html` (tags that close implicitly,
// such as <p> and <li>, are not counted). Linear time, no allocation.
size_t EstimateNesting(std::string_view html);

}  // namespace parley

#endif  // PARLEY_INGEST_HTML_EXTRACT_H_
