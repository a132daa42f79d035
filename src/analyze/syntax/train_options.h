// analyze/syntax/train_options.h — options shared by the tagger and parser trainers.
#ifndef PARLEY_ANALYZE_SYNTAX_TRAIN_OPTIONS_H_
#define PARLEY_ANALYZE_SYNTAX_TRAIN_OPTIONS_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

namespace parley::syntax {

struct TrainOptions {
  int max_epochs = 12;       // passes over the training set
  int patience = 3;          // stop after this many epochs without a dev improvement
  uint64_t seed = 1;         // fixes the shuffling and the oracle's exploration
  std::ostream* log = nullptr;  // per-epoch progress; null = quiet
  // Raw-text JSONL(.gz) files for the tagger's word signatures; empty = none.
  std::vector<std::string> corpus;
};

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_TRAIN_OPTIONS_H_
