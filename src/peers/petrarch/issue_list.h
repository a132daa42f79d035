// peers/petrarch/issue_list.h — PETRARCH issue coding: phrases that tag a sentence.
//
// Lines "phrase [CODE]"; inside a phrase "n:word" adds the plural, "v:word" the forms
// +S/+ED/+ING (+D/-E+ING after E), and "a+b" both "a b" and "a-b". Lines starting "~"
// (and "~~") are ignore phrases: when one occurs, the sentence gets no issues. Matching
// is on whole words of the upper-cased sentence.
#ifndef PARLEY_PEERS_PETRARCH_ISSUE_LIST_H_
#define PARLEY_PEERS_PETRARCH_ISSUE_LIST_H_

#include <string>
#include <utility>
#include <vector>

#include "parley/status.h"
#include "peers/petrarch/dict_lines.h"

namespace parley::petrarch {

class IssueList {
 public:
  Status Load(const std::string& path, LoadReport* report);
  void LoadLines(const std::vector<DictLine>& lines);
  // (code, number of matching phrases) in first-match order; empty after an ignore phrase.
  std::vector<std::pair<std::string, int>> Find(const std::string& sentence) const;
  size_t size() const { return phrases_.size(); }

 private:
  struct Phrase {
    std::string text;  // " PHRASE " as matched
    std::string code;  // "" for an ignore phrase
  };
  std::vector<Phrase> phrases_;
};

// The expansions of one issue phrase ("n:crime against humanity" -> two phrases).
std::vector<std::string> ExpandIssuePhrase(const std::string& phrase);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_ISSUE_LIST_H_
