// peers/petrarch/verb_matcher.h — matching a verb's patterns around it.
//
// The words after the verb (the "lower" sequence, in order) are matched against a
// pattern's words first, allowing skipped words; its "#" then leads to the words before
// the verb (the "upper" sequence, nearest first). Markers bind actors: "$" source, "+"
// target, "^" skips the rest of a noun phrase, "%" takes a coordination as both. The
// search backtracks like PETRARCH-1's, step for step, and is capped at kMaxSteps so a
// pathological pattern cannot run away.
#ifndef PARLEY_PEERS_PETRARCH_VERB_MATCHER_H_
#define PARLEY_PEERS_PETRARCH_VERB_MATCHER_H_

#include <string>
#include <vector>

#include "peers/petrarch/verb_dictionary.h"

namespace parley::petrarch {

using Sequence = std::vector<std::string>;

// An actor position: index into the upper or the lower sequence.
struct ActorLoc {
  long index = -1;
  bool upper = false;
  bool set = false;
  bool bogus = false;  // bound to something that is not a noun phrase: yields no event
  static ActorLoc At(long i, bool upper) { return {i, upper, true, i < 0}; }
  static ActorLoc Bogus() { return {-1, false, true, true}; }
};

struct PatternMatch {
  const VerbInfo* info = nullptr;  // null: no pattern matched
  ActorLoc upper_source, upper_target, lower_source, lower_target;
};

// 0 for a word that patterns must match, else why PETRARCH steps over it (markup,
// article/pronoun, number word, currency, integer).
int SkipItem(const std::string& item);

// Matches `patterns` (a verb's pattern trie) against the sequences. Returns false when
// the search breaks down the way PETRARCH's does (the sentence is then abandoned).
bool MatchVerbPatterns(const VerbDictionary& dict, const VerbNode& patterns,
                       const Sequence& upper, const Sequence& lower, PatternMatch* match);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_VERB_MATCHER_H_
