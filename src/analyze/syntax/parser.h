// analyze/syntax/parser.h — the labelled dependency parser: arc-eager transitions, greedy
// or in a beam, scored by a sparse linear model (averaged perceptron: parser_trainer.h).
//
// The decision is split in two: the move class (SHIFT, REDUCE, LEFT or RIGHT with a coarse
// relation group: ParserClasses) is scored from all features; only when the move is an
// arc are the relations of its direction and group scored, from the same features. Both
// live in one linear model, so each feature is looked up once per transition.
//
// With a beam width above 1 (a model trained globally for it: parser_trainer.h), the
// parse is the best of `width` parallel hypotheses by the sum of their move scores; the
// relation of each arc is still chosen when the arc is made.
//
// Const and thread-safe; all scratch space lives in a ParserWorkspace that a thread
// reuses across sentences, so parsing does not allocate once warm. The output is always
// a tree with exactly one root: extra root children are re-attached to the first root.
#ifndef PARLEY_ANALYZE_SYNTAX_PARSER_H_
#define PARLEY_ANALYZE_SYNTAX_PARSER_H_

#include <algorithm>
#include <string>
#include <vector>

#include "analyze/syntax/arc_eager.h"
#include "analyze/syntax/beam.h"
#include "analyze/syntax/evaluation_cache.h"
#include "analyze/syntax/linear_model.h"
#include "analyze/syntax/parser_features.h"

namespace parley::syntax {

struct ParserWorkspace {
  ArcEagerState state;
  SentenceTables sentence;
  FeatureList features;
  std::vector<uint32_t> offsets;
  std::vector<float> scores;
  // Beam search: the items, their scores and their evaluations in the cache, and the
  // candidates of a step.
  std::vector<ArcEagerState> items, next_items;
  std::vector<float> item_scores, next_scores;
  std::vector<int> item_entries;
  EvaluationCache cache;       // configurations
  EvaluationCache top_cache;   // stack top and buffer front pairs (FeatureSet)
  FeatureList top_features;
  BeamSelection candidates;
};

// Classes of the parser's linear model. First the moves: 0 SHIFT, 1 REDUCE, 2+g LEFT-ARC
// and 2+G+g RIGHT-ARC for relation group g (RelationGroup: G coarse groups such as
// punctuation, function words, core arguments), so the move model can tell a determiner
// arc from a conjunct arc. Then the relations: LabelBase(LEFT) + l and LabelBase(RIGHT)
// + l for the L relations of deprel.h; the relation of an arc is chosen within its group.
struct ParserClasses {
  static constexpr int kGroups = 8;
  static constexpr int kMoves = 2 + 2 * kGroups;
  int labels;
  int count() const { return kMoves + 2 * labels; }
  int LabelBase(Move m) const { return kMoves + (m == Move::kRight ? labels : 0); }
  static Move MoveOf(int c) {
    return c < 2 ? static_cast<Move>(c) : (c < 2 + kGroups ? Move::kLeft : Move::kRight);
  }
  static int GroupOf(int c) { return c < 2 ? -1 : (c - 2) % kGroups; }
};

// The coarse group (0..kGroups-1) of relation id `label`.
int RelationGroup(int label);

// Relation classes are ordered by group (then by id), so a group's relations form one
// range: relation l of arc move m is class LabelBase(m) + RelationSlot(l), and group g
// holds the slots [GroupBegin(g), GroupBegin(g + 1)).
int RelationSlot(int label);
int GroupBegin(int group);  // REQUIRES: 0 <= group <= kGroups

class Parser {
 public:
  // v3 added the beam width; v4 hashes the features with ParserFeatureHash (hash.h), so
  // older files are refused (their features would not be found), and adds the margin.
  static constexpr uint32_t kFormatVersion = 4;
  static constexpr uint32_t kMaxBeam = 64;

  Parser() = default;
  explicit Parser(LinearModel model, int beam = 1) : model_(std::move(model)), beam_(beam) {
    model_.EnableHead(ParserClasses::kMoves);
  }

  // Parses in.n words: heads[i] is the head index (-1 = root), labels[i] a deprel id.
  // in.before and in.slots are ignored (the parser fills them: PrepareInput).
  void Parse(const ParserInput& in, ParserWorkspace* ws, int* heads, uint8_t* labels) const;

  const LinearModel& model() const { return model_; }
  // The beam width the model was trained for (1 = greedy).
  int beam() const { return beam_; }
  // Decodes with another width (experiments: a greedy model under a beam, or the reverse).
  void set_beam(int width) { beam_ = std::clamp(width, 1, static_cast<int>(kMaxBeam)); }
  // The beam's margin: after each step, items whose score is more than this below the
  // best item's are dropped (a dynamic beam: a confident step keeps fewer items). 0 =
  // none. Chosen on the dev set after training (ChooseBeamMargin) and saved.
  float margin() const { return margin_; }
  void set_margin(float margin) { margin_ = margin > 0 ? margin : 0; }
  // True if the model was trained with word clusters (ParserInput::clusters).
  bool UsesClusters() const;
  Status Save(const std::string& path) const;
  Status Load(const std::string& path);

 private:
  void ParseGreedy(const ParserInput& in, ParserWorkspace* ws) const;
  void ParseBeam(const ParserInput& in, ParserWorkspace* ws) const;
  // Greedy: looks up the features of `s` (their rows in ws->offsets) and sets
  // scores[0, kMoves) to its move scores.
  void ScoreMoves(const ParserInput& in, const ArcEagerState& s, ParserWorkspace* ws,
                  float* scores) const;
  // The top_cache entry of the features of S0 and N0 in `view` (looked up if new).
  int EvaluateTop(const ParserInput& in, const StateView& view, ParserWorkspace* ws) const;
  // The cache entry of the configuration `s`, keyed by its view (looked up and scored
  // if new).
  int Evaluate(const ParserInput& in, const ArcEagerState& s, ParserWorkspace* ws) const;
  // The relation of arc class `c` in state `s`, from the looked-up feature rows.
  int ArcLabel(const ArcEagerState& s, int c, const uint32_t* rows, size_t count,
               float* scores) const;

  LinearModel model_;
  int beam_ = 1;
  float margin_ = 0;
};

// The class layout for the relation table of deprel.h.
ParserClasses ParserLayout();

// The move classes valid in `s`, bit c for class c: the move must be possible, and a
// left arc to the root must be in the root's group.
uint32_t ValidMoveClasses(const ArcEagerState& s);

// The valid move class with the highest score (scores[0..kMoves)); ties go to the lower
// class. REQUIRES: !s.Terminal().
int BestValidMove(const ArcEagerState& s, const float* scores);

// True if the arc `m` of `s` is the left arc to the root (its relation is always root).
inline bool ToRoot(const ArcEagerState& s, Move m) {
  return m == Move::kLeft && s.Buffer(0) == s.n();
}

// The best relation for arc move `m` (not to the root): the highest of
// scores[layout.LabelBase(m) + RelationSlot(l)] over the relations l of group `group`
// (-1: any) other than 0 and root.
int BestLabel(const ParserClasses& layout, Move m, int group, const float* scores);

// Copies the arcs of a terminal state out, re-attaching extra root children.
void ExtractTree(const ArcEagerState& s, int* heads, uint8_t* labels);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_PARSER_H_
