// peers/petrarch/discard_list.h — phrases that stop a sentence or story from being coded.
//
// One phrase a line; a leading '+' discards the whole story, otherwise the sentence.
// Matching follows PETRARCH: the upper-cased text is split on blanks and the phrase
// words must follow one another; a partial match restarts at the root without
// re-reading the word that broke it, and a phrase is recognised only when another word
// follows it.
#ifndef PARLEY_PEERS_PETRARCH_DISCARD_LIST_H_
#define PARLEY_PEERS_PETRARCH_DISCARD_LIST_H_

#include <map>
#include <memory>
#include <string>

#include "parley/status.h"
#include "peers/petrarch/dict_lines.h"

namespace parley::petrarch {

class DiscardList {
 public:
  enum class Verdict { kKeep = 0, kSentence = 1, kStory = 2 };

  Status Load(const std::string& path, LoadReport* report);
  void LoadLines(const std::vector<DictLine>& lines);
  Verdict Check(const std::string& text, std::string* phrase) const;
  bool empty() const { return root_.next.empty(); }

 private:
  struct Node {
    std::map<std::string, std::unique_ptr<Node>> next;
    bool story = false, sentence = false;
  };
  Node root_;
};

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_DISCARD_LIST_H_
