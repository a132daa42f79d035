// ingest/html_dom.h — small read-only helpers over a gumbo parse tree.
//
// Untrusted pages can nest elements very deeply, so nothing here recurses: walks use an
// explicit stack. The tree is owned by the caller (see GumboDocument in html_extract.cc).
#ifndef PARLEY_INGEST_HTML_DOM_H_
#define PARLEY_INGEST_HTML_DOM_H_

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace parley::html {

inline bool IsElement(const GumboNode* n) {
  return n != nullptr && (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE);
}
inline GumboTag TagOf(const GumboNode* n) {
  return IsElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN;
}
inline const GumboVector& ChildrenOf(const GumboNode* n) {
  return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}

// Attribute value, or "" when absent.
std::string_view Attr(const GumboNode* n, const char* name);

// Lower-cased "class id" of an element, for pattern checks.
std::string ClassAndId(const GumboNode* n);

// Block-level elements start a new text block (paragraph) in extracted text.
bool IsBlockTag(GumboTag tag);

// All text under `n`, whitespace collapsed to single spaces (iterative walk).
std::string TextOf(const GumboNode* n);

// Elements under `root` (root included) in document order.
std::vector<const GumboNode*> ElementsUnder(const GumboNode* root);

// Appends `text` to `out` collapsing runs of ASCII white space to one space.
void AppendCollapsed(std::string_view text, std::string* out);

}  // namespace parley::html

#endif  // PARLEY_INGEST_HTML_DOM_H_
