#include "analyze/syntax/projectivize.h"

#include <cstdlib>

namespace parley::syntax {

namespace {

// True if `ancestor` dominates `w` (walks at most n steps).
bool Dominates(const std::vector<int>& heads, int ancestor, int w) {
  const int n = static_cast<int>(heads.size());
  for (int steps = 0; w != n && steps <= n; ++steps) {
    if (w == ancestor) return true;
    w = heads[w];
  }
  return w == ancestor;
}

}  // namespace

bool ArcIsProjective(const std::vector<int>& heads, int dep) {
  const int head = heads[dep];
  const int lo = dep < head ? dep : head;
  const int hi = dep < head ? head : dep;
  for (int k = lo + 1; k < hi; ++k) {
    if (!Dominates(heads, head, k)) return false;
  }
  return true;
}

int Projectivize(std::vector<int>* heads) {
  const int n = static_cast<int>(heads->size());
  int lifts = 0;
  while (lifts <= n * n) {
    int worst = -1, worst_len = 0;
    for (int d = 0; d < n; ++d) {
      int len = std::abs((*heads)[d] - d);
      if (!ArcIsProjective(*heads, d) && (worst < 0 || len < worst_len)) {
        worst = d;
        worst_len = len;
      }
    }
    if (worst < 0) break;
    (*heads)[worst] = (*heads)[(*heads)[worst]];
    ++lifts;
  }
  return lifts;
}

}  // namespace parley::syntax
