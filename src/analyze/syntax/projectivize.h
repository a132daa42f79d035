// analyze/syntax/projectivize.h — makes a gold tree projective for oracle training.
#ifndef PARLEY_ANALYZE_SYNTAX_PROJECTIVIZE_H_
#define PARLEY_ANALYZE_SYNTAX_PROJECTIVIZE_H_

#include <vector>

namespace parley::syntax {

// heads[i] is the head of word i, with heads.size() (= n) meaning the root. Lifts the
// shortest non-projective arc to the head's head until the tree is projective. Labels
// are kept. Returns the number of lifts. REQUIRES: a tree (no cycles).
int Projectivize(std::vector<int>* heads);

// True if the arc head -> dep crosses no other arc's span from outside it.
bool ArcIsProjective(const std::vector<int>& heads, int dep);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_PROJECTIVIZE_H_
