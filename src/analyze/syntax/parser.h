// analyze/syntax/parser.h — the labelled dependency parser: greedy arc-eager transitions
// scored by a sparse linear model (averaged perceptron, dynamic-oracle training).
//
// Const and thread-safe; all scratch space lives in a ParserWorkspace that a thread
// reuses across sentences, so parsing does not allocate once warm. The output is always
// a tree with exactly one root: extra root children are re-attached to the first root.
#ifndef PARLEY_ANALYZE_SYNTAX_PARSER_H_
#define PARLEY_ANALYZE_SYNTAX_PARSER_H_

#include <string>
#include <vector>

#include "analyze/syntax/arc_eager.h"
#include "analyze/syntax/linear_model.h"
#include "analyze/syntax/parser_features.h"

namespace parley::syntax {

struct ParserWorkspace {
  ArcEagerState state;
  std::vector<uint64_t> features;
  std::vector<float> scores;
};

class Parser {
 public:
  static constexpr uint32_t kFormatVersion = 1;

  Parser() = default;
  explicit Parser(LinearModel model) : model_(std::move(model)) {}

  // Parses in.n words: heads[i] is the head index (-1 = root), labels[i] a deprel id.
  void Parse(const ParserInput& in, ParserWorkspace* ws, int* heads, uint8_t* labels) const;

  const LinearModel& model() const { return model_; }
  Status Save(const std::string& path) const;
  Status Load(const std::string& path);

 private:
  LinearModel model_;
};

// The action codec for the relation table of deprel.h.
ActionCodec ParserActions();

// True if `action` can be applied to `s` (move allowed, label allowed for that move).
bool ActionValid(const ArcEagerState& s, const ActionCodec& codec, int action);

// The valid action with the highest score. REQUIRES: !s.Terminal().
int BestValidAction(const ArcEagerState& s, const ActionCodec& codec, const float* scores);

// Copies the arcs of a terminal state out, re-attaching extra root children.
void ExtractTree(const ArcEagerState& s, int* heads, uint8_t* labels);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_PARSER_H_
