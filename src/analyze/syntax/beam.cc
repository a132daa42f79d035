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
  // Insertion into the first k slots, which hold the best candidates so far, best
  // first: a beam keeps a handful of some dozens (no heap needed). The order is total,
  // so the result is that of a sort.
  std::vector<BeamCandidate>& c = *candidates;
  const size_t k = std::min(c.size(), static_cast<size_t>(std::max(width, 0)));
  size_t kept = 0;
  for (size_t i = 0; i < c.size(); ++i) {
    const BeamCandidate x = c[i];
    if (kept == k && (k == 0 || !better(x, c[k - 1]))) continue;
    size_t j = kept < k ? kept++ : k - 1;  // slot j <= i: already read
    for (; j > 0 && better(x, c[j - 1]); --j) c[j] = c[j - 1];
    c[j] = x;
  }
  c.resize(k);
}

}  // namespace parley::syntax
