// analyze/syntax/deprel.h — the table of Universal Dependencies relations.
//
// Token::deprel holds an id from this table; id 0 means "no relation". The table is
// fixed in code so the ids inside shipped models stay stable: append, never reorder.
// Relations with a subtype missing from the table fall back to their universal part.
#ifndef PARLEY_ANALYZE_SYNTAX_DEPREL_H_
#define PARLEY_ANALYZE_SYNTAX_DEPREL_H_

#include <cstdint>
#include <string_view>

namespace parley::syntax {

// Number of ids, including 0 ("_").
int DeprelCount();

// "_" for 0 or out-of-range ids.
std::string_view DeprelName(uint8_t id);

// Id of `name`; a subtype not in the table maps to its universal part, an unknown
// universal relation to "dep". Returns 0 only for "" and "_".
uint8_t DeprelId(std::string_view name);

// Id of the universal part of relation `id` ("nmod:poss" -> "nmod").
uint8_t UniversalDeprel(uint8_t id);

// Id of "root", "punct" (used by the parser and the evaluator).
uint8_t RootDeprel();
uint8_t PunctDeprel();

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_DEPREL_H_
