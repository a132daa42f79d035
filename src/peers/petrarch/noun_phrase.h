// peers/petrarch/noun_phrase.h — actor and agent phrases and how they match.
//
// A phrase is split on blanks and underscores; each word keeps the connector that
// followed it ('_': the next word must follow at once; ' ': other words may intervene).
// Phrases are indexed by their first word. As in PETRARCH, the last stored element is
// treated as the terminator and is not compared, so "A_B_C" matches "A B" followed by
// anything; a phrase ending in '_' ("AFGHANISTAN_") stores an empty terminator.
#ifndef PARLEY_PEERS_PETRARCH_NOUN_PHRASE_H_
#define PARLEY_PEERS_PETRARCH_NOUN_PHRASE_H_

#include <string>
#include <string_view>
#include <vector>

namespace parley::petrarch {

struct NounWord {
  std::string word;
  char connector = ' ';
};

struct NounPhrase {
  char first_connector = ' ';
  std::vector<NounWord> rest;  // the words after the first
};

// Splits "HAMAS_MILITARY_COMMAND " into its first word and a NounPhrase.
NounPhrase MakeNounPhrase(std::string_view text, std::string* first_word);

// Whether `phrase` matches the words starting at frag[0] (already equal to its first
// word); on success *length is the number of words consumed.
bool MatchNounPhrase(const NounPhrase& phrase, const std::vector<std::string>& words,
                     size_t start, size_t* length);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_NOUN_PHRASE_H_
