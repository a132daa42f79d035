#include "analyze/syntax/beam.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "analyze/syntax/deprel.h"
#include "analyze/syntax/parser.h"

namespace parley::syntax {
namespace {

std::vector<BeamCandidate> Select(int width, const std::vector<BeamCandidate>& offered) {
  BeamSelection selection;
  selection.Reset(width);
  for (const BeamCandidate& c : offered) selection.Offer(c);
  std::vector<BeamCandidate> kept;
  for (int i = 0; i < selection.size(); ++i) kept.push_back(selection[i]);
  return kept;
}

TEST(BeamTest, KeepsTheBestCandidatesBestFirstWithStableTies) {
  // Offered in (item, class) order, as a beam step makes them.
  const std::vector<BeamCandidate> offered = {
      {5.0f, 0, 2}, {5.0f, 0, 7}, {1.0f, 0, 9}, {5.0f, 1, 0}, {-1.0f, 1, 1}, {2.0f, 2, 1}};
  std::vector<BeamCandidate> c = Select(3, offered);
  ASSERT_EQ(c.size(), 3u);
  // Equal scores: the earlier item first, then the lower class.
  EXPECT_EQ(c[0].item, 0);
  EXPECT_EQ(c[0].cls, 2);
  EXPECT_EQ(c[1].item, 0);
  EXPECT_EQ(c[1].cls, 7);
  EXPECT_EQ(c[2].item, 1);
  EXPECT_EQ(Select(4, {{1.0f, 0, 0}}).size(), 1u);
  EXPECT_TRUE(Select(0, offered).empty());
}

// The selection is a stable sort by score, cut to the width.
TEST(BeamTest, SelectsAsAStableSortWould) {
  uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
  for (int round = 0; round < 200; ++round) {
    std::vector<BeamCandidate> offered;
    const int count = static_cast<int>(next() % 40);
    for (int i = 0; i < count; ++i) {
      offered.push_back({static_cast<float>(next() % 7), i / 5, i % 5});  // many ties
    }
    const int width = 1 + static_cast<int>(next() % 8);
    std::vector<BeamCandidate> sorted = offered;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const BeamCandidate& a, const BeamCandidate& b) { return a.score > b.score; });
    sorted.resize(std::min(sorted.size(), static_cast<size_t>(width)));
    const std::vector<BeamCandidate> kept = Select(width, offered);
    ASSERT_EQ(kept.size(), sorted.size());
    for (size_t k = 0; k < kept.size(); ++k) {
      EXPECT_EQ(kept[k].item, sorted[k].item);
      EXPECT_EQ(kept[k].cls, sorted[k].cls);
    }
  }
}

std::vector<BeamCandidate> Moves(const ArcEagerState& s, int item, float base,
                                 const float* scores, const int* costs = nullptr) {
  BeamSelection selection;
  selection.Reset(BeamSelection::kMaxWidth);
  selection.OfferMoves(s, item, base, scores, costs, 100);
  std::vector<BeamCandidate> out;
  for (int i = 0; i < selection.size(); ++i) out.push_back(selection[i]);
  return out;
}

TEST(BeamTest, CandidatesAreTheValidMoveClasses) {
  float scores[ParserClasses::kMoves];
  int costs[ParserClasses::kMoves];
  for (int c = 0; c < ParserClasses::kMoves; ++c) {
    scores[c] = static_cast<float>(c);
    costs[c] = c % 2;
  }
  ArcEagerState s;
  s.Init(3);
  std::vector<BeamCandidate> out = Moves(s, 0, 10.0f, scores);
  ASSERT_EQ(out.size(), 1u);  // empty stack: only SHIFT
  EXPECT_EQ(out[0].cls, 0);
  EXPECT_EQ(out[0].score, 10.0f);
  EXPECT_EQ(out[0].cost, 0);
  s.Apply(Move::kShift, 0);  // stack [0], buffer 1 2 root
  out = Moves(s, 2, 0.0f, scores, costs);
  // SHIFT, LEFT and RIGHT in every group; no REDUCE (word 0 has no head).
  EXPECT_EQ(out.size(), 1u + 2u * ParserClasses::kGroups);
  for (const BeamCandidate& c : out) {
    EXPECT_EQ(c.item, 2);
    EXPECT_NE(ParserClasses::MoveOf(c.cls), Move::kReduce);
    EXPECT_EQ(c.cost, 100 + c.cls % 2);
  }
  // At the end, the left arc to the root only in the root's group.
  s.Init(1);
  s.Apply(Move::kShift, 0);
  out = Moves(s, 0, 0.0f, scores);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(ParserClasses::MoveOf(out[0].cls), Move::kLeft);
  EXPECT_EQ(ParserClasses::GroupOf(out[0].cls), RelationGroup(RootDeprel()));
}

}  // namespace
}  // namespace parley::syntax
