// ingest/html_boilerplate.h — which page elements can never be article text.
//
// Decided per element from its tag, ARIA role, visibility and the words of its class and
// id attributes (the vocabulary sites use for page furniture: navigation, sharing,
// comments, related links, cookie notices, ads). A subtree judged kSkip or kBoilerplate is
// left out of extraction entirely; kContent elements are walked.
#ifndef PARLEY_INGEST_HTML_BOILERPLATE_H_
#define PARLEY_INGEST_HTML_BOILERPLATE_H_

#include <gumbo.h>

namespace parley::html {

enum class NodeRole {
  kContent,      // may hold article text
  kSkip,         // never text: script, style, form controls, hidden elements
  kBoilerplate,  // page furniture: nav, share bars, comments, related links, ads
};

// How much evidence removes an element: kClassWords also trusts class/id words,
// kTagsOnly only tags, roles and visibility, kSkipOnly removes only non-text elements.
// Extraction starts strict and relaxes when the strict pass finds too little text.
enum class Strictness { kSkipOnly = 0, kTagsOnly = 1, kClassWords = 2 };

NodeRole ClassifyNode(const GumboNode* n, Strictness strictness = Strictness::kClassWords);

// -1 for furniture-like class/id words, +1 for content-like ones ("article-body",
// "story"), 0 otherwise. Used to weight candidate containers.
int ClassWeight(const GumboNode* n);

}  // namespace parley::html

#endif  // PARLEY_INGEST_HTML_BOILERPLATE_H_
