// analyze/syntax/training.h — trains the model files of a SyntaxModel folder.
//
// `parley train tagger` writes tagger.bin and lemmatizer.bin; `parley train parser`
// writes parser.bin. The parser learns from jackknifed tags (each fifth of the training
// set tagged by a tagger trained on the other four fifths), so it sees tagging errors
// like those it meets on new text; its dev set is tagged by DIR/tagger.bin, whose word
// signatures the jackknifed taggers reuse (so train the tagger first).
// Same data and seed give the same bytes.
#ifndef PARLEY_ANALYZE_SYNTAX_TRAINING_H_
#define PARLEY_ANALYZE_SYNTAX_TRAINING_H_

#include <string>
#include <vector>

#include "analyze/syntax/parser_trainer.h"
#include "analyze/syntax/tagger.h"
#include "analyze/syntax/train_options.h"
#include "analyze/syntax/treebank.h"
#include "analyze/syntax/word_clusters.h"
#include "parley/status.h"

namespace parley::syntax {

// Writes clusters.bin: word clusters of the raw-text JSONL(.gz) `corpus` files and of the
// word forms of `treebank` (read as raw text too).
Status TrainClusterModel(const std::vector<std::string>& corpus,
                         const std::vector<TreebankSentence>& treebank,
                         const ClusterOptions& options, const std::string& out_dir);

Status TrainTaggerModels(const std::vector<TreebankSentence>& train,
                         const std::vector<TreebankSentence>& dev, const TrainOptions& options,
                         const std::string& out_dir);

// `beam` > 1 trains a parser for beam search of that width (parser_trainer.h).
Status TrainParserModel(const std::vector<TreebankSentence>& train,
                        const std::vector<TreebankSentence>& dev, const TrainOptions& options,
                        bool gold_tags, int beam, const std::string& out_dir);

// Tags of `train` predicted by `folds` taggers, each trained without its fold.
TagSets JackknifeTags(const std::vector<TreebankSentence>& train,
                      const std::vector<TreebankSentence>& dev, const TrainOptions& options,
                      const WordTable& signatures, const WordTable& clusters, int folds);

// Tags predicted by `tagger`.
TagSets PredictTags(const Tagger& tagger, const std::vector<TreebankSentence>& sentences);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_TRAINING_H_
