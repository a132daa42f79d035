#include "aggregate/story_builder.h"

#include <gtest/gtest.h>

#include "aggregate/article_terms.h"

namespace parley {
namespace {

StoryDoc Doc(std::optional<int64_t> day, const std::string& title, const std::string& body,
             std::vector<Event> events = {}) {
  Article a;
  a.title = title;
  a.body = body;
  return StoryDoc{day, ArticleTerms(a, events)};
}

TEST(ArticleTerms, CountsNamesAndTitleWordsMoreAndDropsStopWords) {
  Article a;
  a.title = "Karabakh talks";
  a.body = "The talks on Karabakh resumed; the mediators said the talks went well.";
  Event e;
  e.source.code = "RUSGOV";
  e.target.code = "ARM";
  const TermCounts t = ArticleTerms(a, {e});
  ASSERT_GE(t.size(), 2u);
  EXPECT_EQ(t[0], (std::pair<std::string, int>("karabakh", 6)));  // a name: x2
  EXPECT_EQ(t[1], (std::pair<std::string, int>("talks", 4)));
  EXPECT_EQ(ParseTerms(FormatTerms(t)), t);
  EXPECT_NE(std::find(t.begin(), t.end(), std::pair<std::string, int>("@RUS", 1)), t.end());
  for (const auto& [w, n] : t) EXPECT_NE(w, "the");
}

TEST(StoryBuilder, SeparatesTopicsAndJoinsRetellings) {
  const std::vector<StoryDoc> docs = {
      Doc(100, "Karabakh ceasefire talks", "Armenia Azerbaijan Karabakh ceasefire mediation Moscow"),
      Doc(101, "Monsoon floods in Kerala", "Kerala monsoon floods rescue boats rainfall"),
      Doc(1500, "Karabakh mediation offer", "Karabakh Armenia Azerbaijan mediation offer Lavrov"),
      Doc(102, "Kerala rescue goes on", "Kerala floods rescue rainfall relief camps"),
      Doc({}, "Putin on Karabakh", "Putin Karabakh Armenia Azerbaijan ceasefire"),
  };
  const std::vector<int> story = GroupStories(docs, {});
  EXPECT_EQ(story[0], story[2]);
  EXPECT_EQ(story[0], story[4]);
  EXPECT_EQ(story[1], story[3]);
  EXPECT_NE(story[0], story[1]);
  EXPECT_EQ(story[0], 0);  // numbered by first (oldest) member
  const std::vector<int> reps = StoryRepresentatives(docs, story, {});
  ASSERT_EQ(reps.size(), 2u);
  EXPECT_EQ(story[reps[0]], 0);
}

}  // namespace
}  // namespace parley
