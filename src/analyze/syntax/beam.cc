#include "analyze/syntax/beam.h"

#include <algorithm>

#include "analyze/syntax/parser.h"
#include "analyze/syntax/deprel.h"

namespace parley::syntax {

void AddMoveCandidates(const ArcEagerState& s, int item, float base, const float* scores,
                       std::vector<BeamCandidate>* out) {
  const bool can[4] = {s.CanShift(), s.CanReduce(), s.CanLeft(), s.CanRight()};
  const bool left_root = ToRoot(s, Move::kLeft);
  const int root_group = RelationGroup(RootDeprel());
  for (int c = 0; c < ParserClasses::kMoves; ++c) {
    const Move m = ParserClasses::MoveOf(c);
    if (!can[static_cast<int>(m)]) continue;
    if (m == Move::kLeft && left_root && ParserClasses::GroupOf(c) != root_group) continue;
    out->push_back(BeamCandidate{base + scores[c], item, c, 0});
  }
}

void KeepBest(int width, std::vector<BeamCandidate>* candidates) {
  auto better = [](const BeamCandidate& a, const BeamCandidate& b) {
    if (a.score != b.score) return a.score > b.score;
    return a.item != b.item ? a.item < b.item : a.cls < b.cls;
  };
  const size_t k = std::min(candidates->size(), static_cast<size_t>(width));
  std::partial_sort(candidates->begin(), candidates->begin() + k, candidates->end(), better);
  candidates->resize(k);
}

}  // namespace parley::syntax
