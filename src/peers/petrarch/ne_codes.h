// peers/petrarch/ne_codes.h — giving each named-entity span of the linear parse a code.
//
// Each "(NE --- words ~NE" gets the code of the first actor phrase among its words (on
// the sentence date) followed or preceded by the codes of every agent phrase outside
// it ("---" + agent when there is no actor). Coordinations written inside an NE are
// first expanded into one NE per conjunct, sharing the surrounding words.
#ifndef PARLEY_PEERS_PETRARCH_NE_CODES_H_
#define PARLEY_PEERS_PETRARCH_NE_CODES_H_

#include <string>
#include <vector>

#include "peers/petrarch/dictionaries.h"
#include "peers/petrarch/parse_list.h"

namespace parley::petrarch {

// The code for one NE's words, or "" when no actor or agent matches.
std::string CodeNounPhrase(const Dictionaries& dicts, const std::vector<std::string>& words,
                           int date);

// Codes every NE from `start` on; false when the spans are malformed.
bool AssignNeCodes(const Dictionaries& dicts, int date, size_t start, ParseItems* items);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_NE_CODES_H_
