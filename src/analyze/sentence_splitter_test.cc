#include <gtest/gtest.h>

#include "analyze/tokenizer.h"

namespace parley {
namespace {

std::vector<std::string> Sentences(const std::string& text) {
  Article a;
  a.body = text;
  Doc doc;
  Analyze(a, &doc);
  std::vector<std::string> out;
  for (const Sentence& s : doc.sentences) out.emplace_back(doc.SentenceText(s));
  return out;
}

using V = std::vector<std::string>;

TEST(SentenceSplitter, HandlesAbbreviationsInitialsAndQuotes) {
  EXPECT_EQ(Sentences("Gen. Smith met Mr. J. Doe in St. Louis. They talked."),
            (V{"Gen. Smith met Mr. J. Doe in St. Louis.", "They talked."}));
  EXPECT_EQ(Sentences("\"We want peace.\" The envoy left. Talks end."),
            (V{"\"We want peace.\"", "The envoy left.", "Talks end."}));
  EXPECT_EQ(Sentences("He sanctioned the U.S. The move angered Beijing."),
            (V{"He sanctioned the U.S.", "The move angered Beijing."}));
  EXPECT_EQ(Sentences("U.S. officials met. Nothing else."),
            (V{"U.S. officials met.", "Nothing else."}));
  EXPECT_EQ(Sentences("Prices rose 3.5 percent. Why? Nobody knows!"),
            (V{"Prices rose 3.5 percent.", "Why?", "Nobody knows!"}));
}

TEST(SentenceSplitter, ParagraphBreaksEndSentences) {
  EXPECT_EQ(Sentences("A heading without a stop\n\nThe text starts here."),
            (V{"A heading without a stop", "The text starts here."}));
  EXPECT_EQ(Sentences("He said: \xE2\x80\x9C" "Enough.\xE2\x80\x9D\n\xE2\x80\x9CNo,\xE2\x80\x9D she said."),
            (V{"He said: \xE2\x80\x9C" "Enough.\xE2\x80\x9D", "\xE2\x80\x9CNo,\xE2\x80\x9D she said."}));
}

TEST(SentenceSplitter, AbbreviationThatEndsASentence) {
  // The tokenizer writes the full stop apart ("etc .", "p.m ."), which ends the sentence.
  EXPECT_EQ(Sentences("Guns, tanks, etc. Then talks began at 5 p.m. However, none ended."),
            (V{"Guns, tanks, etc.", "Then talks began at 5 p.m.", "However, none ended."}));
  EXPECT_EQ(Sentences("Troops left the U.S. Since then, talks stalled."),
            (V{"Troops left the U.S.", "Since then, talks stalled."}));
  EXPECT_EQ(Sentences("Talks began at 5 p.m. EST on Monday."),
            (V{"Talks began at 5 p.m. EST on Monday."}));
}

TEST(SentenceSplitter, LowerCaseSentenceStartsInInformalText) {
  EXPECT_EQ(Sentences("the library is closed. it is now a cafe! who knew? not me."),
            (V{"the library is closed.", "it is now a cafe!", "who knew?", "not me."}));
  // Not after a quoted question, a title or name, an ellipsis, or a single letter.
  EXPECT_EQ(Sentences("\"Why?\" he asked of Wham! fans and Shall We Dance? at home"),
            (V{"\"Why?\" he asked of Wham! fans and Shall We Dance? at home"}));
  EXPECT_EQ(Sentences("well... maybe see p. xii and Smith et al. who added 2 oz. of gin"),
            (V{"well... maybe see p. xii and Smith et al. who added 2 oz. of gin"}));
}

TEST(SentenceSplitter, ListItemNumbersOpenTheirSentence) {
  EXPECT_EQ(Sentences("Save up first. 2. Research it. He scored 2. Then he left."),
            (V{"Save up first.", "2. Research it.", "He scored 2.", "Then he left."}));
}

TEST(SentenceSplitter, LowercaseAfterPeriodDoesNotSplit) {
  EXPECT_EQ(Sentences("The talks ended at 5 p.m. on Friday."),
            (V{"The talks ended at 5 p.m. on Friday."}));
}

}  // namespace
}  // namespace parley
