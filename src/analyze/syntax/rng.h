// analyze/syntax/rng.h — a tiny deterministic random generator (splitmix64) and a
// Fisher-Yates shuffle, so training gives the same result on every platform.
#ifndef PARLEY_ANALYZE_SYNTAX_RNG_H_
#define PARLEY_ANALYZE_SYNTAX_RNG_H_

#include <cstdint>
#include <utility>
#include <vector>

#include "analyze/syntax/hash.h"

namespace parley::syntax {

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() { return Mix64(state_ += 0x9e3779b97f4a7c15ULL); }
  // Uniform in [0, n). REQUIRES: n > 0.
  uint64_t Below(uint64_t n) { return Next() % n; }
  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }

  template <typename T>
  void Shuffle(std::vector<T>* v) {
    for (size_t i = v->size(); i > 1; --i) std::swap((*v)[i - 1], (*v)[Below(i)]);
  }

 private:
  uint64_t state_;
};

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_RNG_H_
