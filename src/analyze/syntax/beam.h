// analyze/syntax/beam.h — the step of beam search shared by the parser and its trainer.
//
// A beam holds the `width` best partial parses (arc-eager states) by the sum of their
// move scores. Every arc-eager run of n words takes exactly 2n moves, so all items of a
// beam finish together. Each step expands every item by its valid move classes
// (ParserClasses) and keeps the best candidates (BeamSelection); ties go to the earlier
// item, then to the lower class, so a beam parse is deterministic.
#ifndef PARLEY_ANALYZE_SYNTAX_BEAM_H_
#define PARLEY_ANALYZE_SYNTAX_BEAM_H_

#include <vector>

#include "analyze/syntax/arc_eager.h"

namespace parley::syntax {

struct BeamCandidate {
  float score = 0;  // the item's score plus the move's
  int item = 0;     // the item it extends
  int cls = 0;      // the move class (ParserClasses)
  int cost = 0;     // training only: dynamic-oracle cost of the item after the move
};

// The best `width` candidates offered so far, best first. Candidates are offered in
// item order and, within an item, in class order; a candidate ranks after those offered
// before it with an equal score, so the selection is that of a stable sort by score.
// Selecting while the candidates are made, instead of gathering them all, keeps a
// beam's step to the handful it keeps.
class BeamSelection {
 public:
  static constexpr int kMaxWidth = 64;

  // Starts a step that keeps up to `width` candidates (clamped to [0, kMaxWidth]).
  void Reset(int width) {
    width_ = width < 0 ? 0 : (width > kMaxWidth ? kMaxWidth : width);
    kept_ = 0;
  }
  void Offer(const BeamCandidate& x) {
    if (kept_ == width_ && (width_ == 0 || !(x.score > best_[width_ - 1].score))) return;
    int j = kept_ < width_ ? kept_++ : width_ - 1;
    for (; j > 0 && x.score > best_[j - 1].score; --j) best_[j] = best_[j - 1];
    best_[j] = x;
  }
  // Offers one candidate per valid move class of `s` (ValidMoveClasses), scored base +
  // scores[class]; with `costs`, the candidate's cost is item_cost + costs[class].
  void OfferMoves(const ArcEagerState& s, int item, float base, const float* scores,
                  const int* costs = nullptr, int item_cost = 0);

  int size() const { return kept_; }
  const BeamCandidate& operator[](int i) const { return best_[i]; }

 private:
  BeamCandidate best_[kMaxWidth];
  int width_ = 0, kept_ = 0;
};

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_BEAM_H_
