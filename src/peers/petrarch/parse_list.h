// peers/petrarch/parse_list.h — PETRARCH's linear form of a Penn Treebank parse.
//
// PETRARCH-1 does not walk trees: it rewrites the bracketed parse as a string, turns
// simple noun phrases into named-entity spans "(NE --- WORD ... ~NE" (possessives and
// one level of prepositional phrase folded in, relative clauses flattened), marks
// coordinations ("(NEC", "(CCP"), numbers VP/NP/NEC openings, and closes every phrase
// with "~TAG". The coder then works on that token list. Everything here is iterative
// and every offset is bounds-checked: a malformed tree yields an error, never a crash.
#ifndef PARLEY_PEERS_PETRARCH_PARSE_LIST_H_
#define PARLEY_PEERS_PETRARCH_PARSE_LIST_H_

#include <string>
#include <string_view>
#include <vector>

namespace parley::petrarch {

// Why a tree was rejected; names match PETRARCH's <EventCoding error="..."> values.
enum class TreeError {
  kNone,
  kBadInputParse,   // unbalanced parentheses in the input
  kEmptyNpList,
  kBadFinalParse,   // the rewritten list is unbalanced
  kForwardBounds,
  kEnclosingBounds,
  kResolveCompounds,
  kGetNe,
  kDateline,        // the sentence is a dateline
};
const char* TreeErrorName(TreeError error);

using ParseItems = std::vector<std::string>;

struct ParseList {
  ParseItems items;
  size_t start = 1;  // first item the coder looks at
};

// Upper-cases the parse text and spaces its closing parentheses, line by line.
std::string FormatTree(std::string_view parse_text);

// Builds the linear form of a FormatTree() string.
TreeError BuildParseList(std::string tree, ParseList* out);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_PARSE_LIST_H_
