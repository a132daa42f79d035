#include "analyze/syntax/evaluation_cache.h"

#include <gtest/gtest.h>

#include <vector>

namespace parley::syntax {
namespace {

std::vector<uint64_t> Features(uint64_t seed, size_t n) {
  std::vector<uint64_t> f(n);
  for (size_t i = 0; i < n; ++i) f[i] = (seed + i) * 0x9e3779b97f4a7c15ULL;
  return f;
}

TEST(EvaluationCacheTest, KeysTellFeatureVectorsApart) {
  const auto a = Features(1, 100);
  auto swapped = a;
  std::swap(swapped[3], swapped[4]);
  auto shorter = a;
  shorter.pop_back();
  const auto ka = EvaluationCache::KeyOf(a);
  for (const auto& other : {swapped, shorter, Features(2, 100)}) {
    const auto k = EvaluationCache::KeyOf(other);
    EXPECT_FALSE(k.a == ka.a && k.b == ka.b);
  }
  const auto again = EvaluationCache::KeyOf(Features(1, 100));
  EXPECT_EQ(again.a, ka.a);
  EXPECT_EQ(again.b, ka.b);
}

// Views are small numbers (positions, relations, counts): each half of the key must
// tell apart words that differ by a swap or by one unit moved between fields.
TEST(EvaluationCacheTest, BothHalvesOfTheKeyTellSmallWordsApart) {
  const std::vector<uint64_t> view = {3, 5, 2, 7, 1, 0, 4};
  std::vector<std::vector<uint64_t>> others;
  for (size_t i = 0; i + 1 < view.size(); ++i) {
    auto swapped = view;
    std::swap(swapped[i], swapped[i + 1]);
    others.push_back(swapped);
    auto moved = view;
    ++moved[i];
    --moved[i + 1];
    others.push_back(moved);
  }
  const auto k = EvaluationCache::KeyOf(view);
  for (const auto& other : others) {
    const auto ko = EvaluationCache::KeyOf(other);
    EXPECT_NE(ko.a, k.a);
    EXPECT_NE(ko.b, k.b);
  }
}

TEST(EvaluationCacheTest, FindsWhatWasAddedUntilCleared) {
  EvaluationCache cache;
  std::vector<int> entries;
  // Enough entries to grow the table several times.
  for (uint64_t i = 0; i < 500; ++i) {
    const auto key = EvaluationCache::KeyOf(Features(i * 1000, 20));
    ASSERT_EQ(cache.Find(key), -1);
    const int e = cache.Add(key, 20);
    for (int r = 0; r < 20; ++r) cache.rows(e)[r] = static_cast<uint32_t>(i + r);
    cache.sums(e)[0] = static_cast<int32_t>(i);
    entries.push_back(e);
  }
  for (uint64_t i = 0; i < 500; ++i) {
    const int e = cache.Find(EvaluationCache::KeyOf(Features(i * 1000, 20)));
    ASSERT_EQ(e, entries[i]);
    EXPECT_EQ(cache.row_count(e), 20u);
    EXPECT_EQ(cache.rows(e)[19], i + 19);
    EXPECT_EQ(cache.sums(e)[0], static_cast<int32_t>(i));
  }
  cache.Clear();
  EXPECT_EQ(cache.Find(EvaluationCache::KeyOf(Features(0, 20))), -1);
}

TEST(EvaluationCacheTest, RelationsStartUnknownAndAreKeptPerClass) {
  EvaluationCache cache;
  const int e = cache.Add(EvaluationCache::KeyOf(Features(7, 10)), 10);
  EXPECT_EQ(cache.sums(e)[5], 0);
  for (int c = 0; c < EvaluationCache::kMoves; ++c) EXPECT_EQ(cache.relation(e, c), -1);
  cache.set_relation(e, 4, 17);
  EXPECT_EQ(cache.relation(e, 4), 17);
  EXPECT_EQ(cache.relation(e, 5), -1);
}

TEST(EvaluationCacheTest, SaysWhenItHoldsTooManyRows) {
  EvaluationCache cache;
  int i = 0;
  while (!cache.full()) cache.Add(EvaluationCache::KeyOf(Features(++i, 4)), 4096);
  EXPECT_GT(i, 1);
  cache.Clear();
  EXPECT_FALSE(cache.full());
}

}  // namespace
}  // namespace parley::syntax
