#include "ingest/text_cleanup.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(TextCleanup, ClassifiesLinesByShape) {
  struct Case { const char* line; LineKind kind; };
  const Case cases[] = {
      {"The ministers met in Geneva on Tuesday.", LineKind::kProse},
      {"\"We will not give up,\" she said.", LineKind::kProse},
      {"Post a Comment", LineKind::kLabel},
      {"Trending Now", LineKind::kLabel},
      {"A farmer found a rare coin in his field and then\xE2\x80\xA6", LineKind::kTeaser},
      {"Mayor promises new bridges as river floods again", LineKind::kLabel},
      {"   ", LineKind::kBlank},
  };
  for (const auto& c : cases) EXPECT_EQ(ClassifyLine(c.line), c.kind) << c.line;
}

TEST(TextCleanup, DropsDebrisAndTrailingTeasers) {
  const std::string text =
      "Ministers agree on water sharing deal\n"
      "Share this story\n"
      "\n"
      "CAIRO (Nile Wire) \xE2\x80\x94 Egypt and Sudan signed an agreement on Monday.\n"
      "\n"
      "The deal ends years of dispute over the river, officials said.\n"
      "\n"
      "Post a Comment\n"
      "\n"
      "Read Next\n"
      "\n"
      "Mayor promises new bridges as river floods again\n"
      "A farmer found a rare coin in his field and then\xE2\x80\xA6\n"
      "Local team wins the regional cup final\n";
  const CleanedText c = CleanText(text, true);
  EXPECT_EQ(c.title, "Ministers agree on water sharing deal");
  EXPECT_EQ(c.dateline, "CAIRO");
  EXPECT_EQ(c.agency, "Nile Wire");
  EXPECT_EQ(c.body,
            "Egypt and Sudan signed an agreement on Monday.\n\n"
            "The deal ends years of dispute over the river, officials said.");
}

TEST(TextCleanup, KeepsShortRealSentences) {
  const CleanedText c = CleanText("Troops crossed the border.\nRebels fled north.", false);
  EXPECT_EQ(c.body, "Troops crossed the border.\n\nRebels fled north.");
}

TEST(TextCleanup, ReadsPublicationDateFromHeader) {
  const CleanedText c = CleanText("Talks open in Vienna\n\n4th March 2024\n\nThe talks opened.", true);
  EXPECT_EQ(c.published.ToString(), "2024-03-04");
}

}  // namespace
}  // namespace parley
