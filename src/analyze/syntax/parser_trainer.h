// analyze/syntax/parser_trainer.h — trains the Parser: greedy with a dynamic oracle, or
// globally for beam search.
//
// Greedy training with exploration (Goldberg & Nivre 2012): the perceptron is updated
// toward the best zero-cost action whenever its own choice has a cost; from the second
// epoch on, the parser follows its own choice with probability `explore`, so it learns
// to recover from its mistakes. Non-projective gold trees are lifted to projective ones.
// For a beam width above 1, each sentence is parsed with the beam under the current
// weights beside a gold path (the best zero-cost move at each step); at the step where
// the best wrong item outscores the gold path the most, the gold prefix is rewarded and
// the wrong one penalized (max-violation update, Huang, Fayong & Guo 2012). Relations
// are learned locally on the gold path's arcs. By default each sentence also gets the
// greedy updates (local_updates).
// After each epoch the averaged model is scored on the dev set; the best epoch is kept.
#ifndef PARLEY_ANALYZE_SYNTAX_PARSER_TRAINER_H_
#define PARLEY_ANALYZE_SYNTAX_PARSER_TRAINER_H_

#include <vector>

#include "analyze/syntax/parser.h"
#include "analyze/syntax/train_options.h"
#include "analyze/syntax/treebank.h"
#include "analyze/syntax/word_table.h"

namespace parley::syntax {

// The tagger's per-word tables the parser reads; any may be empty.
struct ParserWordTables {
  WordTable signatures;  // raw-corpus word signatures (word_signatures.h)
  WordTable lexicon;     // tag sets per word (Tagger::lexicon)
  WordTable clusters;    // raw-corpus word clusters (word_clusters.h)
};

struct ParserTrainOptions {
  TrainOptions common;
  // Beam width: 1 trains a greedy parser with the dynamic oracle; above 1, a parser for
  // beam search of that width, trained globally (max-violation structured perceptron).
  int beam = 1;
  // With a beam, also train every sentence greedily as for width 1 (the same weights
  // take both updates). On EWT dev this reached the best score of global updates alone
  // in fewer epochs, and beam 4 then matched beam 8.
  bool local_updates = true;
  double explore = 0.9;  // probability of following the model's own action (epoch >= 2)
  ParserWordTables tables;
  float min_weight = 1e-3f;  // averaged weights below this are dropped (model size)
  size_t max_features = 0;   // keep only the strongest features; 0 = all
  size_t max_bytes = 0;      // if > 0, fewer features until the saved tables fit
};

// Tags used as parser input, one vector per sentence (gold or predicted UPOS ids).
using TagSets = std::vector<std::vector<uint8_t>>;

Parser TrainParser(const std::vector<TreebankSentence>& train, const TagSets& train_tags,
                   const std::vector<TreebankSentence>& dev, const TagSets& dev_tags,
                   const ParserTrainOptions& options);

struct AttachmentScores {
  double uas = 0;
  double las = 0;  // on the universal part of the relation
};

AttachmentScores ParserScores(const Parser& parser, const std::vector<TreebankSentence>& gold,
                              const TagSets& tags, const ParserWordTables& tables);

// Sets and returns the beam margin (Parser::set_margin) of a beam parser: the smallest
// of a fixed ladder (400 down to 50) at which the beam still gives the full beam's trees
// for at least 99% of the dev sentences, at that margin and every larger one; 0 if none
// does or the parser is greedy.
float ChooseBeamMargin(Parser* parser, const std::vector<TreebankSentence>& dev,
                       const TagSets& dev_tags, const ParserWordTables& tables);

// The gold UPOS ids of every sentence.
TagSets GoldTags(const std::vector<TreebankSentence>& sentences);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_PARSER_TRAINER_H_
