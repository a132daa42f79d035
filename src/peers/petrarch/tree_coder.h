// peers/petrarch/tree_coder.h — PETRARCH-1 semantics over a Treebank parse.
//
// Codes one sentence the way PETRARCH-1 does: linearize the parse (parse_list.h),
// check the discard list, delete short comma clauses, code the named-entity spans
// (ne_codes.h), then for each verb phrase whose verb is in the dictionary match its
// patterns (verb_matcher.h), find source and target, and emit events (compound actors
// distributed, "a:b" codes made symmetric, passives swapped, self-references and, by
// default, events without both actors dropped). The coder is const and keeps no state
// between sentences: one instance can serve many threads.
#ifndef PARLEY_PEERS_PETRARCH_TREE_CODER_H_
#define PARLEY_PEERS_PETRARCH_TREE_CODER_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "peers/petrarch/coder_options.h"
#include "peers/petrarch/dictionaries.h"
#include "peers/petrarch/parse_list.h"

namespace parley::petrarch {

struct CodedEvent {
  std::string source, target, code;
  bool operator==(const CodedEvent&) const = default;
};

struct SentenceResult {
  TreeError tree_error = TreeError::kNone;  // the parse was rejected
  DiscardList::Verdict discard = DiscardList::Verdict::kKeep;
  std::string discard_phrase;
  bool abandoned = false;  // coding stopped part-way, where PETRARCH's would
  std::vector<CodedEvent> events;
};

class TreeCoder {
 public:
  // REQUIRES: `dicts` outlives the coder.
  explicit TreeCoder(const Dictionaries& dicts) : dicts_(dicts) {}

  // `parse_text`: the <Parse> block; `date`: OrdinalDate() of the sentence; `text`: the
  // sentence as written (for discards).
  SentenceResult Code(std::string_view parse_text, int date, const std::string& text,
                      const CoderOptions& options) const;

  // The linear parse after comma deletion and NE coding (for debugging output).
  std::vector<std::string> Explain(std::string_view parse_text, int date,
                                   const CoderOptions& options) const;

 private:
  const Dictionaries& dicts_;
};

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_TREE_CODER_H_
