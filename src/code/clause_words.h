// code/clause_words.h — closed-class words both coders read clauses by.
#ifndef PARLEY_CODE_CLAUSE_WORDS_H_
#define PARLEY_CODE_CLAUSE_WORDS_H_

#include <algorithm>
#include <array>
#include <string_view>

namespace parley {

// Dashes that set off a clause or a parenthetical: "--", the em dash and the en dash (a
// hyphen inside a word, "Russia-brokered", is none).
inline bool IsDash(std::string_view norm) {
  return norm == "--" || norm == "\xE2\x80\x94" || norm == "\xE2\x80\x93";
}

// Tokens that end a clause for the word-order rules: a pattern gap, the source search and
// the target search never cross them.
inline bool IsClauseBreak(std::string_view norm) {
  return norm == ";" || norm == ":" || norm == "." || norm == "?" || norm == "!" || IsDash(norm);
}

// Words after which "to VERB" states an event that happens or is about to ("continued to
// shell", "is about to restore", "is set to meet"), unlike "urged X to", "wants to" or
// "refused to", whose complement is only asked, wanted or refused.
inline bool IntroducesFactualInfinitive(std::string_view norm) {
  static constexpr auto kWords = std::to_array<std::string_view>({
      "continue", "continues", "continued", "continuing", "resume", "resumes", "resumed",
      "resuming", "begin", "begins", "began", "begun", "beginning", "start", "starts",
      "started", "starting", "about", "poised", "set", "going"});
  return std::find(kWords.begin(), kWords.end(), norm) != kWords.end();
}

}  // namespace parley

#endif  // PARLEY_CODE_CLAUSE_WORDS_H_
