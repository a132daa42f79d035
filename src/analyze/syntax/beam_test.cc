#include "analyze/syntax/beam.h"

#include <gtest/gtest.h>

#include "analyze/syntax/deprel.h"
#include "analyze/syntax/parser.h"

namespace parley::syntax {
namespace {

TEST(BeamTest, KeepsTheBestCandidatesBestFirstWithStableTies) {
  std::vector<BeamCandidate> c = {
      {1.0f, 0, 3}, {5.0f, 1, 0}, {5.0f, 0, 7}, {2.0f, 2, 1}, {5.0f, 0, 2}, {-1.0f, 1, 1}};
  KeepBest(3, &c);
  ASSERT_EQ(c.size(), 3u);
  // Equal scores: the earlier item first, then the lower class.
  EXPECT_EQ(c[0].item, 0);
  EXPECT_EQ(c[0].cls, 2);
  EXPECT_EQ(c[1].item, 0);
  EXPECT_EQ(c[1].cls, 7);
  EXPECT_EQ(c[2].item, 1);
  std::vector<BeamCandidate> few = {{1.0f, 0, 0}};
  KeepBest(4, &few);
  EXPECT_EQ(few.size(), 1u);
}

TEST(BeamTest, CandidatesAreTheValidMoveClasses) {
  float scores[ParserClasses::kMoves];
  for (int c = 0; c < ParserClasses::kMoves; ++c) scores[c] = static_cast<float>(c);
  ArcEagerState s;
  s.Init(3);
  std::vector<BeamCandidate> out;
  AddMoveCandidates(s, 0, 10.0f, scores, &out);
  ASSERT_EQ(out.size(), 1u);  // empty stack: only SHIFT
  EXPECT_EQ(out[0].cls, 0);
  EXPECT_EQ(out[0].score, 10.0f);
  s.Apply(Move::kShift, 0);  // stack [0], buffer 1 2 root
  out.clear();
  AddMoveCandidates(s, 2, 0.0f, scores, &out);
  // SHIFT, LEFT and RIGHT in every group; no REDUCE (word 0 has no head).
  EXPECT_EQ(out.size(), 1u + 2u * ParserClasses::kGroups);
  for (const BeamCandidate& c : out) {
    EXPECT_EQ(c.item, 2);
    EXPECT_NE(ParserClasses::MoveOf(c.cls), Move::kReduce);
  }
  // At the end, the left arc to the root only in the root's group.
  s.Init(1);
  s.Apply(Move::kShift, 0);
  out.clear();
  AddMoveCandidates(s, 0, 0.0f, scores, &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(ParserClasses::MoveOf(out[0].cls), Move::kLeft);
  EXPECT_EQ(ParserClasses::GroupOf(out[0].cls), RelationGroup(RootDeprel()));
}

}  // namespace
}  // namespace parley::syntax
