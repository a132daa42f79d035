#include "analyze/syntax/evaluate.h"

#include <gtest/gtest.h>

#include "analyze/syntax/deprel.h"
#include "analyze/syntax/parse_eval.h"

namespace parley::syntax {
namespace {

TreebankSentence Sentence(std::vector<std::pair<std::string, int>> words) {
  TreebankSentence s;
  for (auto& [form, head] : words) {
    TreebankWord w;
    w.form = form;
    w.head = head;
    w.deprel = head < 0 ? RootDeprel() : DeprelId("dep");
    s.words.push_back(w);
  }
  return s;
}

TEST(EvaluateTest, IdenticalAnalysesScorePerfectly) {
  uint32_t offset = 0;
  std::vector<EvalSentence> gold = {ToEvalSentence(Sentence({{"I", 1}, {"ran", -1}}), &offset)};
  ParseScores s = Score(gold, gold);
  EXPECT_EQ(s.tokens.F1(), 1.0);
  EXPECT_EQ(s.uas.F1(), 1.0);
  EXPECT_EQ(s.las.F1(), 1.0);
  EXPECT_EQ(s.sentences.F1(), 1.0);
}

TEST(EvaluateTest, DifferentTokenizationAlignsBySpans) {
  uint32_t g = 0, p = 0;
  // Gold "New York" as two words, system as one: 1 of 3 gold words aligned.
  std::vector<EvalSentence> gold = {
      ToEvalSentence(Sentence({{"New", 1}, {"York", 2}, {"wins", -1}}), &g)};
  std::vector<EvalSentence> system = {ToEvalSentence(Sentence({{"NewYork", 1}, {"wins", -1}}), &p)};
  ParseScores s = Score(gold, system);
  EXPECT_EQ(s.words.correct, 1u);
  EXPECT_EQ(s.words.gold, 3u);
  EXPECT_EQ(s.words.system, 2u);
  EXPECT_NEAR(s.tokens.F1(), 2.0 * 1 / 5, 1e-9);
  EXPECT_EQ(s.uas.correct, 1u);  // "wins" is the root in both
}

TEST(EvaluateTest, MultiwordTokensSplitIntoWordSpans) {
  TreebankSentence s = Sentence({{"do", 2}, {"n't", 2}, {"know", -1}});
  s.multiwords.push_back({0, 1, "don't", true});
  uint32_t offset = 0;
  EvalSentence e = ToEvalSentence(s, &offset);
  ASSERT_EQ(e.tokens.size(), 2u);
  EXPECT_EQ(e.tokens[0], (Span{0, 5}));
  EXPECT_EQ(e.words[0].span, (Span{0, 2}));
  EXPECT_EQ(e.words[1].span, (Span{2, 5}));
  EXPECT_EQ(e.words[2].span, (Span{5, 9}));
  EXPECT_EQ(offset, 9u);
}

TEST(ParseEvalTest, SurfaceTokensJoinCliticsAndPluralPossessives) {
  EXPECT_TRUE(JoinsPreviousToken("n't", Upos::kPart));
  EXPECT_TRUE(JoinsPreviousToken("N'T", Upos::kPart));   // "DON'T"
  EXPECT_TRUE(JoinsPreviousToken("'S", Upos::kAux));     // "IT'S"
  EXPECT_TRUE(JoinsPreviousToken("\xE2\x80\x99re", Upos::kAux));
  EXPECT_FALSE(JoinsPreviousToken("'s", Upos::kPart));   // possessive: a token of its own
  EXPECT_TRUE(JoinsPreviousToken("'", Upos::kPart));     // "parents'"
  EXPECT_FALSE(JoinsPreviousToken("'", Upos::kPunct));   // a closing quote
  EXPECT_FALSE(JoinsPreviousToken("-", Upos::kPunct));
}

}  // namespace
}  // namespace parley::syntax
