// analyze/syntax/tagger_trainer.h — trains the Tagger on a treebank.
//
// Epochs over a deterministic shuffle of the training sentences; after each epoch the
// averaged weights are scored on the dev set and the best epoch is kept.
#ifndef PARLEY_ANALYZE_SYNTAX_TAGGER_TRAINER_H_
#define PARLEY_ANALYZE_SYNTAX_TAGGER_TRAINER_H_

#include <vector>

#include "analyze/syntax/tagger.h"
#include "analyze/syntax/train_options.h"
#include "analyze/syntax/treebank.h"

namespace parley::syntax {

// `signatures` and `clusters`: raw-corpus word signatures (word_signatures.h) and word
// clusters (word_clusters.h); either may be empty.
Tagger TrainTagger(const std::vector<TreebankSentence>& train,
                   const std::vector<TreebankSentence>& dev, const TrainOptions& options,
                   const WordTable& signatures, const WordTable& clusters);

// Fraction of words whose predicted UPOS matches the gold one.
double TaggerAccuracy(const Tagger& tagger, const std::vector<TreebankSentence>& sentences);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_TAGGER_TRAINER_H_
