#include "peers/petrarch/noun_phrase.h"

namespace parley::petrarch {

NounPhrase MakeNounPhrase(std::string_view text, std::string* first_word) {
  std::vector<NounWord> words;
  size_t start = 0;
  while (start < text.size()) {
    const size_t space = text.find(' ', start);
    const size_t under = text.find('_', start);
    const size_t end = std::min(space, under);
    const char connector = under < space ? '_' : ' ';
    words.push_back({std::string(text.substr(start, end == std::string_view::npos
                                                        ? std::string_view::npos
                                                        : end - start)),
                     connector});
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  NounPhrase phrase;
  if (words.empty()) return phrase;
  *first_word = words[0].word;
  phrase.first_connector = words[0].connector;
  phrase.rest.assign(words.begin() + 1, words.end());
  return phrase;
}

bool MatchNounPhrase(const NounPhrase& phrase, const std::vector<std::string>& words,
                     size_t start, size_t* length) {
  const auto& rest = phrase.rest;
  const size_t n = rest.size();
  if (n == 0 || (n == 1 && rest[0].word.empty())) {
    *length = 1;
    return true;
  }
  size_t frag = 1;  // words[start] already matched the first word
  if (start + frag >= words.size()) return false;
  char connector = phrase.first_connector;
  size_t k = 0;
  while (k < n) {
    if (words[start + frag] == rest[k].word) {
      connector = rest[k].connector;
      ++frag;
      ++k;
      if (k + 1 >= n) {  // the last element is the terminator
        *length = frag;
        return true;
      }
    } else if (connector == '_') {
      return false;
    } else {
      ++frag;
    }
    if (start + frag >= words.size()) return false;
  }
  *length = words.size() - start;
  return true;
}

}  // namespace parley::petrarch
