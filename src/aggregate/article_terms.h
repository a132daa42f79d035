// aggregate/article_terms.h — the words and actors an article is about, for stories.
//
// An article's terms are the most frequent content words of its title and lead (first
// 6,000 bytes) (lower-cased, stop words and
// numbers dropped; a capitalized word counts twice, a title word twice more) plus one "@XXX" term per actor root
// (country or group code) in its events. They are stored with the article as
// "term count term count ..." so that stories can be rebuilt without the text.
#ifndef PARLEY_AGGREGATE_ARTICLE_TERMS_H_
#define PARLEY_AGGREGATE_ARTICLE_TERMS_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/article.h"
#include "parley/event.h"

namespace parley {

using TermCounts = std::vector<std::pair<std::string, int>>;

// At most `max_terms` terms, most frequent first (ties: first seen first).
TermCounts ArticleTerms(const Article& article, const std::vector<Event>& events,
                        size_t max_terms = 40);
std::string FormatTerms(const TermCounts& terms);
TermCounts ParseTerms(std::string_view text);

}  // namespace parley

#endif  // PARLEY_AGGREGATE_ARTICLE_TERMS_H_
