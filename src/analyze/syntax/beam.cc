#include "analyze/syntax/beam.h"

#include <bit>

#include "analyze/syntax/parser.h"

namespace parley::syntax {

void BeamSelection::OfferMoves(const ArcEagerState& s, int item, float base,
                               const float* scores, const int* costs, int item_cost) {
  for (uint32_t valid = ValidMoveClasses(s); valid != 0; valid &= valid - 1) {
    const int c = std::countr_zero(valid);
    Offer(BeamCandidate{base + scores[c], item, c, costs ? item_cost + costs[c] : 0});
  }
}

}  // namespace parley::syntax
