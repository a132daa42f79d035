// analyze/syntax/error_breakdown.h — where a parse goes wrong (gold tokenization only).
//
// Attachment scores split by whether the tagger got the word's tag right, by the gold
// relation and by sentence length: what a parser developer looks at before choosing
// what to improve. `parley eval parse --gold-tok --breakdown` prints it.
#ifndef PARLEY_ANALYZE_SYNTAX_ERROR_BREAKDOWN_H_
#define PARLEY_ANALYZE_SYNTAX_ERROR_BREAKDOWN_H_

#include <ostream>
#include <vector>

#include "analyze/syntax/evaluate.h"
#include "analyze/syntax/treebank.h"

namespace parley::syntax {

// `system` has one sentence per gold sentence with the same words (gold tokenization).
void PrintErrorBreakdown(const std::vector<TreebankSentence>& gold,
                         const std::vector<EvalSentence>& system, std::ostream* out);

// Writes `system` as CoNLL-U with the gold forms (ID FORM LEMMA UPOS _ _ HEAD DEPREL),
// for the official CoNLL 2018 evaluation script or a diff against the gold file.
void WriteSystemConllu(const std::vector<TreebankSentence>& gold,
                       const std::vector<EvalSentence>& system, std::ostream* out);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_ERROR_BREAKDOWN_H_
