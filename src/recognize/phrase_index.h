// recognize/phrase_index.h — multi-word names looked up over tokens.
//
// Names are tokenized with the same tokenizer as articles, so "Nagorno-Karabakh" and
// "Russia's" line up token for token. Case rules (docs/dictionaries.md): a name token that
// starts with a capital matches only a capitalised text token; a name of one token written in
// capitals, up to five letters ("US", "UN"), matches only that exact spelling.
#ifndef PARLEY_RECOGNIZE_PHRASE_INDEX_H_
#define PARLEY_RECOGNIZE_PHRASE_INDEX_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parley/doc.h"

namespace parley {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

class PhraseIndex {
 public:
  // Adds `name`; returns the id of its phrase (the same id for a name added twice).
  // Returns -1 for a name with no tokens.
  int Add(std::string_view name);
  size_t size() const { return phrases_.size(); }
  // Makes room for about `n` more phrases (saves rehashing while loading big lists).
  void Reserve(size_t n);

  // Longest phrase matching tokens[i..]; returns its id or -1, and its length in tokens.
  // `accept(id)` can veto a candidate (e.g. no record valid on the article's date).
  template <typename Accept>
  int LongestAt(const Token* tokens, size_t n, size_t i, size_t* len, Accept&& accept) const {
    const auto it = by_first_.find(tokens[i].norm);
    if (it == by_first_.end()) return -1;
    for (const uint32_t id : it->second) {  // longest first
      if (Matches(phrases_[id], tokens, n, i) && accept(static_cast<int>(id))) {
        *len = phrases_[id].norms.size();
        return static_cast<int>(id);
      }
    }
    return -1;
  }

 private:
  struct Phrase {
    std::vector<std::string> norms;
    std::vector<uint8_t> capitalized;  // per token: must the text token be capitalised?
    std::string exact;                 // non-empty: the single text token must equal this
  };
  static bool Matches(const Phrase& p, const Token* tokens, size_t n, size_t i);

  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> by_first_;
  std::unordered_map<std::string, uint32_t> by_key_;
  Doc scratch_;  // tokenizes names while loading
};

}  // namespace parley

#endif  // PARLEY_RECOGNIZE_PHRASE_INDEX_H_
