// ingest/html_content.h — which text blocks of a page are the article.
//
// Scoring in the manner of the readability family of extractors, written from the idea:
// every paragraph-sized block credits the containers above it (its parent fully, the
// grandparent half, further ancestors less), containers start with a bias from their tag
// and class words, and a container's score is discounted by its link density. The best
// container, plus siblings that score close to it, is the article; inside it, blocks that
// are mostly links or the page title are dropped.
#ifndef PARLEY_INGEST_HTML_CONTENT_H_
#define PARLEY_INGEST_HTML_CONTENT_H_

#include <string_view>
#include <vector>

#include "ingest/html_blocks.h"

namespace parley::html {

// Indices of the article's blocks in document order; empty when nothing qualifies.
// `title` (may be empty) is the page title; a heading repeating it is not body text.
std::vector<size_t> SelectArticleBlocks(const std::vector<TextBlock>& blocks,
                                        std::string_view title);

}  // namespace parley::html

#endif  // PARLEY_INGEST_HTML_CONTENT_H_
