#include "analyze/syntax/linear_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace parley::syntax {
namespace {

constexpr int kClasses = 60;
constexpr int kHead = 18;

// Features 1..n: every third one has weights for all classes (a dense row), the others
// a few classes each (some with more relation weights than a head record holds).
LinearModel RandomModel(int n) {
  std::vector<LinearModel::Row> rows;
  uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<int>(state >> 40);
  };
  for (int f = 1; f <= n; ++f) {
    LinearModel::Row row{static_cast<uint64_t>(f) * 0x9e3779b97f4a7c15ULL, {}};
    for (int c = 0; c < kClasses; ++c) {
      if (f % 3 != 0 && next() % 8 != 0) continue;
      row.weights.emplace_back(c, static_cast<float>(next() % 2001 - 1000) / 100.0f);
    }
    if (row.weights.empty()) row.weights.emplace_back(f % kClasses, 1.0f);
    rows.push_back(row);
  }
  return LinearModel::Build(kClasses, rows);
}

std::vector<uint64_t> SomeFeatures(int n) {
  std::vector<uint64_t> f;
  for (int i = 1; i <= n; i += 2) f.push_back(static_cast<uint64_t>(i) * 0x9e3779b97f4a7c15ULL);
  f.push_back(0xdeadbeefULL);  // unknown
  return f;
}

// A copy of `m` saved and loaded without the dense float rows (as the parser loads).
LinearModel Reloaded(const LinearModel& m) {
  BinaryWriter w;
  m.Save(&w);
  BinaryReader r(w.bytes());
  LinearModel loaded;
  EXPECT_TRUE(loaded.Load(&r, /*densify=*/false).ok());
  return loaded;
}

// The head and range scores (SIMD kernels, 16-bit rows) agree with the plain scores,
// whether the model was built in memory or loaded without its float rows.
void ExpectSplitScoresMatch(const LinearModel& plain, LinearModel split) {
  split.EnableHead(kHead);
  const std::vector<uint64_t> features = SomeFeatures(300);
  std::vector<float> want(kClasses, 0.0f);
  plain.Score(features, want.data());

  std::vector<float> plain_scores(kClasses, 0.0f);
  split.Score(features, plain_scores.data());  // the plain path still works
  for (int c = 0; c < kClasses; ++c) EXPECT_NEAR(plain_scores[c], want[c], 1e-3f) << c;

  std::vector<uint32_t> rows(features.size());
  split.Lookup(features, rows.data());
  EXPECT_EQ(rows.back(), split.unknown_row());  // all zeros: sums and ranges add nothing
  EXPECT_EQ(std::count(rows.begin(), rows.end(), split.unknown_row()), 1);
  std::vector<float> head(kClasses, 0.0f);
  split.AccumulateHead(rows.data(), rows.size(), head.data());
  for (int c = 0; c < kHead; ++c) {
    // 16-bit head weights: within a few quantization steps of the sum.
    EXPECT_NEAR(head[c], want[c], 0.05f + 1e-3f * std::fabs(want[c])) << "class " << c;
  }
  // Ranges narrower and wider than the SIMD width, at the end of the classes too, and
  // in the head.
  for (auto [lo, hi] : {std::pair{18, 23}, {23, 39}, {18, 60}, {50, 60}, {44, 60}, {2, 10}}) {
    std::vector<float> got(kClasses, 0.0f);
    split.AccumulateRange(rows.data(), rows.size(), lo, hi, got.data());
    for (int c = 0; c < kClasses; ++c) {
      const float expected = c >= lo && c < hi ? want[c] : 0.0f;
      EXPECT_NEAR(got[c], expected, 0.05f + 1e-3f * std::fabs(expected)) << lo << ".." << hi;
    }
  }
}

TEST(LinearModelTest, HeadAndRangeScoresMatchPlainScores) {
  const LinearModel plain = RandomModel(300);
  for (bool avx2 : {true, false}) {
    LinearModel::UseAvx2(avx2);
    ExpectSplitScoresMatch(plain, plain);
  }
  LinearModel::UseAvx2(true);
}

TEST(LinearModelTest, ModelLoadedWithoutFloatRowsScoresTheSame) {
  const LinearModel plain = RandomModel(300);
  for (bool avx2 : {true, false}) {
    LinearModel::UseAvx2(avx2);
    ExpectSplitScoresMatch(plain, Reloaded(plain));
  }
  LinearModel::UseAvx2(true);
}

TEST(LinearModelTest, EnablingTheHeadTwiceScoresTheSame) {
  const LinearModel plain = RandomModel(300);
  LinearModel twice = plain;
  twice.EnableHead(8);  // then the parser's split
  ExpectSplitScoresMatch(plain, twice);
}

}  // namespace
}  // namespace parley::syntax
