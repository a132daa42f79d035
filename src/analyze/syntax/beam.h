// analyze/syntax/beam.h — the step of beam search shared by the parser and its trainer.
//
// A beam holds the `width` best partial parses (arc-eager states) by the sum of their
// move scores. Every arc-eager run of n words takes exactly 2n moves, so all items of a
// beam finish together. Each step expands every item by its valid move classes
// (ParserClasses) and keeps the best candidates; ties go to the earlier item, then to
// the lower class, so a beam parse is deterministic.
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

// Appends one candidate per valid move class of `s` (ValidMoveClasses), in class order,
// scored base + scores[class].
void AddMoveCandidates(const ArcEagerState& s, int item, float base, const float* scores,
                       std::vector<BeamCandidate>* out);

// Keeps the `width` best candidates, best first.
void KeepBest(int width, std::vector<BeamCandidate>* candidates);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_BEAM_H_
