#include "analyze/syntax/perceptron.h"

#include <cmath>

#include <gtest/gtest.h>

#include "analyze/syntax/rng.h"

namespace parley::syntax {
namespace {

// The same updates give the same averaged model whether the first classes live in
// dense blocks or in the per-feature lists.
TEST(PerceptronTest, DenseClassesAverageLikeListedOnes) {
  constexpr int kClasses = 12;
  Perceptron listed(kClasses), dense(kClasses, 5);
  Rng rng(7);
  std::vector<uint64_t> features;
  for (int step = 0; step < 3000; ++step) {
    features.clear();
    for (int k = 0; k < 6; ++k) features.push_back(1 + rng.Next() % 40);
    const int truth = static_cast<int>(rng.Next() % kClasses);
    const int guess = static_cast<int>(rng.Next() % kClasses);
    for (Perceptron* p : {&listed, &dense}) {
      p->Update(features, truth, guess);
      if (step % 7 == 0) p->Adjust(features, truth, 0.5f);
      p->Tick();
    }
  }
  features.clear();
  for (uint64_t f = 1; f <= 40; ++f) features.push_back(f);
  float a[kClasses] = {}, b[kClasses] = {}, c[kClasses] = {}, d[kClasses] = {};
  listed.Score(features, a);
  dense.Score(features, b);
  listed.Average(0).Score(features, c);
  dense.Average(0).Score(features, d);
  for (int k = 0; k < kClasses; ++k) {
    EXPECT_FLOAT_EQ(a[k], b[k]) << k;
    EXPECT_NEAR(c[k], d[k], 1e-3f * (1 + std::abs(c[k]))) << k;
  }
  // A class range inside, across and past the dense block.
  float r1[kClasses] = {}, r2[kClasses] = {};
  listed.ScoreRange(features, 3, 9, r1);
  dense.ScoreRange(features, 3, 9, r2);
  for (int k = 0; k < kClasses; ++k) EXPECT_FLOAT_EQ(r1[k], r2[k]) << k;
}

}  // namespace
}  // namespace parley::syntax
