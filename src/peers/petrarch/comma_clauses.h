// peers/petrarch/comma_clauses.h — PETRARCH's deletion of comma-delimited clauses.
//
// Before coding, complete phrases in short comma-delimited stretches are removed from
// the linear parse: the initial stretch, the final one, then each internal one, each
// when its word count lies in the CoderOptions range; dangling initial or final commas
// go too. Indices follow PETRARCH's, including its reuse of a pre-deletion position when
// moving to the next internal comma.
#ifndef PARLEY_PEERS_PETRARCH_COMMA_CLAUSES_H_
#define PARLEY_PEERS_PETRARCH_COMMA_CLAUSES_H_

#include "peers/petrarch/coder_options.h"
#include "peers/petrarch/parse_list.h"

namespace parley::petrarch {

// Returns false when the result is unbalanced (the sentence is then not coded).
bool DeleteCommaClauses(const CoderOptions& options, ParseItems* items);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_COMMA_CLAUSES_H_
