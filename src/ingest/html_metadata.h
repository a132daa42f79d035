// ingest/html_metadata.h — title, publication date, author and site name of a page.
//
// Publication date sources, best first: JSON-LD "datePublished", <meta> publication
// tags (article:published_time, datePublished, pubdate, DC.date...), <time datetime>,
// a date in the URL path (/2019/11/19/), a date written in a byline or date element.
// The winning source is named in `date_source` ("json-ld", "meta", "time", "url",
// "byline"); nothing is guessed when no source has one.
#ifndef PARLEY_INGEST_HTML_METADATA_H_
#define PARLEY_INGEST_HTML_METADATA_H_

#include <gumbo.h>

#include <string>
#include <string_view>

#include "parley/article.h"

namespace parley::html {

struct PageMeta {
  std::string title;
  std::string author;
  std::string site_name;
  std::string url;  // canonical URL when the page names one
  Date published;
  std::string date_source;
};

PageMeta ExtractMetadata(const GumboNode* document, std::string_view url);

// A date in a URL path: /2019/11/19/, /2019-11-19, /20191119/. Unknown when absent.
Date DateFromUrl(std::string_view url);

// A date at the start of a machine-readable value ("2019-11-19T10:00Z") or written out
// in words ("Tue, 19 Nov 2019"). Unknown when absent.
Date ParseDateValue(std::string_view value);

}  // namespace parley::html

#endif  // PARLEY_INGEST_HTML_METADATA_H_
