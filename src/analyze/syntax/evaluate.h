// analyze/syntax/evaluate.h — CoNLL 2018 shared-task scores of a system against gold.
//
// Words are aligned by their character span in the text with all whitespace removed,
// so gold and system may tokenize differently. Each metric is an F1 over aligned words
// (with gold tokenization all F1s equal accuracies). UAS: the aligned word's head is
// aligned to the gold head (or both are roots); LAS also needs the universal part of
// the relation. Punctuation counts. Words inside a gold multiword token get sub-spans
// when their forms spell the token, else the whole token's span (an approximation of
// the official LCS alignment, exact for English).
#ifndef PARLEY_ANALYZE_SYNTAX_EVALUATE_H_
#define PARLEY_ANALYZE_SYNTAX_EVALUATE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "analyze/syntax/treebank.h"

namespace parley::syntax {

struct Span {
  uint32_t start = 0;  // in the whitespace-free text
  uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

struct EvalWord {
  Span span;
  Upos upos = Upos::kX;
  std::string lemma;
  int head = -1;  // index within the sentence, -1 = root
  uint8_t deprel = 0;
};

struct EvalSentence {
  std::vector<EvalWord> words;
  std::vector<Span> tokens;  // surface tokens
};

struct Metric {
  size_t gold = 0, system = 0, correct = 0;
  double Precision() const { return system ? static_cast<double>(correct) / system : 0; }
  double Recall() const { return gold ? static_cast<double>(correct) / gold : 0; }
  double F1() const { return gold + system ? 2.0 * correct / (gold + system) : 0; }
};

struct ParseScores {
  Metric tokens, sentences, words, upos, lemma, uas, las;
};

// Converts a treebank sentence; *offset is the whitespace-free position of its start
// and is advanced past it.
EvalSentence ToEvalSentence(const TreebankSentence& s, uint32_t* offset);

// Number of non-whitespace bytes in `text`.
uint32_t NonSpaceLength(std::string_view text);

ParseScores Score(const std::vector<EvalSentence>& gold, const std::vector<EvalSentence>& system);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_EVALUATE_H_
