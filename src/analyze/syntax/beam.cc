#include "analyze/syntax/beam.h"

#include <algorithm>
#include <bit>

#include "analyze/syntax/parser.h"

namespace parley::syntax {

void AddMoveCandidates(const ArcEagerState& s, int item, float base, const float* scores,
                       std::vector<BeamCandidate>* out) {
  for (uint32_t valid = ValidMoveClasses(s); valid != 0; valid &= valid - 1) {
    const int c = std::countr_zero(valid);
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
