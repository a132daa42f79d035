// ingest/web_page.h — an HTML page or an archive record -> Article.
//
// WET "conversion" records (text/plain) become text articles as they are.
// Archive records that hold no page are passed over quietly (NotFound): requests,
// metadata, warcinfo, revisits, non-HTML responses, HTTP errors. Damaged ones
// (bad chunking, undecodable body) give Corruption with the reason.
#ifndef PARLEY_INGEST_WEB_PAGE_H_
#define PARLEY_INGEST_WEB_PAGE_H_

#include <string>
#include <string_view>

#include "ingest/web_archive.h"
#include "parley/article.h"
#include "parley/status.h"

namespace parley {

// Source of an article's publication date, for `parley extract`: "json-ld", "meta",
// "time", "url", "byline", "text" (a date written in the text) or "" (unknown).
struct WebArticle {
  Article article;
  std::string date_source;
};

// `bytes` is a page in any charset; `content_type` (may be empty) is its HTTP header.
Result<WebArticle> ArticleFromHtml(std::string_view bytes, std::string_view content_type,
                                   std::string_view url);

// REQUIRES: record.block within the reader's limit (max_bytes bounds decoded bodies).
Result<WebArticle> ArticleFromRecord(const ArchiveRecord& record, size_t max_bytes);

}  // namespace parley

#endif  // PARLEY_INGEST_WEB_PAGE_H_
