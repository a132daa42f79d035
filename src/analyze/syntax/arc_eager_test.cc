#include "analyze/syntax/arc_eager.h"

#include <gtest/gtest.h>

#include "analyze/syntax/projectivize.h"

namespace parley::syntax {
namespace {

// Follows the first zero-cost move from the initial state; returns the heads built.
std::vector<int> FollowOracle(const std::vector<int>& gold) {
  const int n = static_cast<int>(gold.size());
  ArcEagerState s;
  s.Init(n);
  int costs[4];
  for (int steps = 0; !s.Terminal() && steps < 4 * n + 4; ++steps) {
    MoveCosts(s, gold, costs);
    int move = 0;
    while (move < 4 && (!s.Can(static_cast<Move>(move)) || costs[move] != 0)) ++move;
    if (move == 4) break;
    s.Apply(static_cast<Move>(move), 1);
  }
  std::vector<int> heads;
  for (int i = 0; i < n; ++i) heads.push_back(s.head(i));
  return heads;
}

// Heads use n for the root.
const std::vector<std::vector<int>> kProjectiveTrees = {
    {1, 3, 1, 4},                 // a <- b, b <- d ...
    {4, 0, 1, 4, 5},              // single chain to a right root word
    {1, 5, 3, 1, 1, 6},           // nested right dependents
    {2, 2, 3, 7, 3, 6, 3},        // mixed
    {1, 2},                       // two words
    {1},                          // one word
};

TEST(ArcEagerTest, ZeroCostMovesRebuildProjectiveTrees) {
  for (const auto& tree : kProjectiveTrees) {
    std::vector<int> gold = tree;
    ASSERT_EQ(Projectivize(&gold), 0);
    EXPECT_EQ(FollowOracle(gold), gold);
  }
}

TEST(ArcEagerTest, ProjectivizeLiftsCrossingArcs) {
  // Word 0 depends on word 2 across word 1, whose head (3) lies outside the span.
  std::vector<int> heads = {2, 3, 3, 4};
  EXPECT_FALSE(ArcIsProjective(heads, 0) && ArcIsProjective(heads, 1));
  EXPECT_GT(Projectivize(&heads), 0);
  for (int d = 0; d < 4; ++d) EXPECT_TRUE(ArcIsProjective(heads, d)) << d;
  EXPECT_EQ(FollowOracle(heads), heads);
}

TEST(ArcEagerTest, TakesExactlyTwoTransitionsPerWord) {
  std::vector<int> gold = {1, 5, 3, 1, 1};
  ArcEagerState s;
  s.Init(5);
  int costs[4], steps = 0;
  while (!s.Terminal()) {
    MoveCosts(s, gold, costs);
    int move = 0;
    while (!s.Can(static_cast<Move>(move)) || costs[move] != 0) ++move;
    s.Apply(static_cast<Move>(move), 1);
    ++steps;
  }
  EXPECT_EQ(steps, 10);
}

}  // namespace
}  // namespace parley::syntax
