// analyze/syntax/parse_eval.h — runs a SyntaxModel over a treebank and scores it.
//
// Gold-tokenization mode feeds the gold words; raw-text mode rebuilds each document's
// text from the treebank (the "# text" comments; paragraphs separated by blank lines),
// runs Parley's own tokenizer and sentence splitter, and aligns by character spans.
#ifndef PARLEY_ANALYZE_SYNTAX_PARSE_EVAL_H_
#define PARLEY_ANALYZE_SYNTAX_PARSE_EVAL_H_

#include <string_view>
#include <vector>

#include "analyze/syntax/evaluate.h"
#include "analyze/syntax/syntax_model.h"
#include "analyze/syntax/treebank.h"

namespace parley::syntax {

struct ParseEvalResult {
  ParseScores scores;
  size_t words = 0;       // system words analysed
  double seconds = 0;     // thread CPU time spent tokenizing, tagging and parsing
                          // (raw text: also scoring overhead per sentence)
};

// If `system` is not null it receives the analysed sentences (one per gold sentence).
ParseEvalResult EvaluateGoldTokens(const SyntaxModel& model,
                                   const std::vector<TreebankSentence>& gold,
                                   std::vector<EvalSentence>* system = nullptr);

// In raw-text mode, does a word the tokenizer wrote against the previous one belong to
// that word's surface token, as UD English writes it? Contraction clitics ("do|n't",
// "IT|'S" but not the possessive "'s", tagged PART) and the possessive apostrophe of a
// plural ("parents|'", PART) do.
bool JoinsPreviousToken(std::string_view form, Upos upos);

Result<ParseEvalResult> EvaluateRawText(const SyntaxModel& model,
                                        const std::vector<TreebankSentence>& gold);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_PARSE_EVAL_H_
