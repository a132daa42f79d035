// ingest/html_blocks.h — a page body as a flat list of text blocks.
//
// Each block is the text between two block-level boundaries (<p>, <div>, <li>, <br>, ...),
// white space collapsed, with the innermost block element that holds it. Subtrees that
// ClassifyNode() rules out (scripts, hidden elements, navigation, share bars, comments)
// contribute nothing. The walk is iterative; the blocks point into the caller's tree.
#ifndef PARLEY_INGEST_HTML_BLOCKS_H_
#define PARLEY_INGEST_HTML_BLOCKS_H_

#include <gumbo.h>

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/html_boilerplate.h"

namespace parley::html {

struct TextBlock {
  std::string text;
  const GumboNode* owner = nullptr;  // innermost block-level element holding the text
  uint32_t link_chars = 0;           // bytes of text inside <a> elements
  uint32_t commas = 0;
};

std::vector<TextBlock> BuildBlocks(const GumboNode* root, Strictness strictness);

}  // namespace parley::html

#endif  // PARLEY_INGEST_HTML_BLOCKS_H_
