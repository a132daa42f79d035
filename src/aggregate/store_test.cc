// The store: event identity across reports, GDELT counts, idempotent re-ingest,
// migrations, queries and timelines, on constructed articles.
#include "parley/store.h"

#include <gtest/gtest.h>

#include "aggregate/sqlite_db.h"
#include "test_util.h"

namespace parley {
namespace {

Article MakeArticle(const std::string& id, const std::string& feed, const char* date,
                    const std::string& body) {
  Article a;
  a.id = id;
  a.source = feed;
  a.url = "https://" + feed + "/" + id;
  a.published = Date::Parse(date);
  a.body = body;
  a.title = "Title of " + id;
  return a;
}

Event MakeEvent(const Article& a, uint32_t sentence, const char* src, const char* tgt,
                const char* cameo, double goldstein = 1.0, QuadClass quad = QuadClass::kVerbalCooperation) {
  Event e;
  e.article_id = a.id;
  e.sentence = sentence;
  e.date = a.published;
  e.source = {src, std::string(src) + " name", src, 0, 3};
  if (*tgt) e.target = {tgt, std::string(tgt) + " name", tgt, 10, 13};
  e.cameo = cameo;
  e.goldstein = goldstein;
  e.quad_class = quad;
  e.text = a.body;
  e.verb_start = 5;
  e.confidence = 0.8f;
  return e;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = testing::TempDir() + "/test.db";
    Reopen();
  }
  void Reopen(StoreOptions o = {}) {
    store_.reset();
    auto s = Store::Open(path_, o);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  bool Add(const Article& a, const std::vector<Event>& events) {
    auto r = store_->Add(a, events);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() && r.value();
  }
  std::vector<StoredEvent> All(EventFilter f = {}) {
    std::vector<StoredEvent> out;
    EXPECT_TRUE(store_->Query(f, [&](const StoredEvent& e) { out.push_back(e); }).ok());
    return out;
  }
  StoreCounts Counts() { return store_->Counts().value(); }

  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, MergesReportsOfOneHappeningAndCountsLikeGdelt) {
  const Article a = MakeArticle("a", "feed1", "2020-10-01", "Russia offered talks to Armenia.");
  const Article b = MakeArticle("b", "feed1", "2020-10-02", "Moscow offers Armenia talks.");
  const Article c = MakeArticle("c", "feed2", "2020-10-01", "Russia wants to meet Armenia.");
  const Article d = MakeArticle("d", "feed2", "2020-10-09", "A week later, Russia again.");
  EXPECT_TRUE(Add(a, {MakeEvent(a, 0, "RUS", "ARM", "036"), MakeEvent(a, 1, "RUS", "ARM", "036")}));
  EXPECT_TRUE(Add(b, {MakeEvent(b, 0, "RUS", "ARM", "0361"), MakeEvent(b, 0, "RUS", "ARM", "037")}));
  EXPECT_TRUE(Add(c, {MakeEvent(c, 0, "RUS", "ARM", "036"), MakeEvent(c, 0, "ARM", "RUS", "036")}));
  EXPECT_TRUE(Add(d, {MakeEvent(d, 0, "RUS", "ARM", "036")}));
  ASSERT_TRUE(store_->Finish().ok());
  const StoreCounts n = Counts();
  EXPECT_EQ(n.articles, 4);
  EXPECT_EQ(n.mentions, 7);
  EXPECT_EQ(n.events, 4);  // RUS 036 ARM (4 mentions), RUS 037 ARM, ARM 036 RUS, week later
  const auto events = All();
  ASSERT_EQ(events.size(), 4u);
  const StoredEvent& merged = events[0];
  EXPECT_EQ(merged.event.source.code, "RUS");
  EXPECT_EQ(merged.event.cameo, "0361");  // the most specific code reported
  EXPECT_EQ(merged.num_mentions, 4);      // two in article a count twice
  EXPECT_EQ(merged.num_articles, 3);
  EXPECT_EQ(merged.num_sources, 2);
  EXPECT_EQ(merged.event.article_id, "a");
  EXPECT_EQ(merged.event.source.name, "RUS name");
  EXPECT_EQ(events.back().event.date.ToString(), "2020-10-09");
  EXPECT_EQ(events.back().num_mentions, 1);
}

TEST_F(StoreTest, ReingestingTheSameArticleAddsNothing) {
  const Article a = MakeArticle("a", "f", "2020-10-01", "Russia offered talks to Armenia.");
  EXPECT_TRUE(Add(a, {MakeEvent(a, 0, "RUS", "ARM", "036")}));
  ASSERT_TRUE(store_->Finish().ok());
  Reopen();
  Article renamed = a;
  renamed.id = "a-copy";
  EXPECT_FALSE(Add(renamed, {MakeEvent(renamed, 0, "RUS", "ARM", "036")}));
  ASSERT_TRUE(store_->Finish().ok());
  const StoreCounts n = Counts();
  EXPECT_EQ(n.articles, 1);
  EXPECT_EQ(n.mentions, 1);
  EXPECT_EQ(n.events, 1);
  EXPECT_EQ(All()[0].num_mentions, 1);
}

// A lone headline leaves an empty text after cleanup: two such articles are two articles,
// and each is still added only once.
TEST_F(StoreTest, ArticlesWithAnEmptyTextAreKeptApart) {
  const Article a = MakeArticle("a", "f", "2020-10-01", "");
  const Article b = MakeArticle("b", "f", "2020-10-01", "");
  EXPECT_TRUE(Add(a, {}));
  EXPECT_TRUE(Add(b, {}));
  EXPECT_FALSE(Add(a, {}));
  ASSERT_TRUE(store_->Finish().ok());
  EXPECT_EQ(Counts().articles, 2);
}

TEST_F(StoreTest, UncommittedBatchIsLostAndRedoneWithoutDuplicates) {
  StoreOptions o;
  o.batch_articles = 2;
  Reopen(o);
  std::vector<Article> articles;
  for (int i = 0; i < 5; ++i) {
    articles.push_back(MakeArticle("a" + std::to_string(i), "f", "2020-10-01",
                                   "Report number " + std::to_string(i)));
  }
  for (int i = 0; i < 3; ++i) Add(articles[i], {MakeEvent(articles[i], 0, "RUS", "ARM", "036")});
  // Simulate a crash: a second connection sees only the committed batch.
  auto reader = sql::Db::Open(path_, false);
  ASSERT_TRUE(reader.ok());
  EXPECT_EQ(reader.value()->QueryInt("SELECT count(*) FROM articles").value(), 2);
  ASSERT_TRUE(store_->Finish().ok());
  for (const Article& a : articles) Add(a, {MakeEvent(a, 0, "RUS", "ARM", "036")});
  ASSERT_TRUE(store_->Finish().ok());
  EXPECT_EQ(Counts().articles, 5);
  EXPECT_EQ(Counts().mentions, 5);
  EXPECT_EQ(All()[0].num_articles, 5);
}

TEST_F(StoreTest, StoriesLeftStaleByAnInterruptedRunAreRebuiltOnRead) {
  Article a = MakeArticle("a", "f", "2020-10-01", "Karabakh talks in Moscow.");
  Add(a, {MakeEvent(a, 0, "RUS", "ARM", "036")});
  Reopen();  // the batch is committed, the stories were never built
  EXPECT_EQ(Counts().stories, 0);
  auto stories = store_->Stories();
  ASSERT_TRUE(stories.ok());
  ASSERT_EQ(stories.value().size(), 1u);
  EXPECT_EQ(stories.value()[0].articles, std::vector<std::string>{"a"});
}

TEST_F(StoreTest, RefusesANewerSchema) {
  store_.reset();
  {
    auto db = sql::Db::Open(path_, false);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db.value()->Exec("PRAGMA user_version = 99").ok());
  }
  auto s = Store::Open(path_, {});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kUnsupported);
}

TEST_F(StoreTest, QueriesFilterAndTimelinesCount) {
  const Article a = MakeArticle("a", "f", "2020-10-01", "Armenia and Azerbaijan clashed near the border.");
  const Article b = MakeArticle("b", "f", "2020-10-20", "Azerbaijan shelled Armenian villages.");
  const Article c = MakeArticle("c", "f", "2020-11-10", "Russia brokered a truce for Armenia.");
  Add(a, {MakeEvent(a, 0, "ARM", "AZE", "190", -10, QuadClass::kMaterialConflict)});
  Add(b, {MakeEvent(b, 0, "ARMMIL", "AZE", "195", -10, QuadClass::kMaterialConflict),
          MakeEvent(b, 0, "ARM", "AZE", "111", -2, QuadClass::kVerbalConflict)});
  Add(c, {MakeEvent(c, 0, "RUSGOV", "ARM", "0256", 5, QuadClass::kVerbalCooperation),
          MakeEvent(c, 0, "ARMGOV", "ARMMIL", "0256", 5, QuadClass::kVerbalCooperation)});
  ASSERT_TRUE(store_->Finish().ok());

  EventFilter f;
  f.actor = "ARM";
  EXPECT_EQ(All(f).size(), 5u);  // ARM on both sides: once
  f.limit = 2;
  ASSERT_EQ(All(f).size(), 2u);
  EXPECT_EQ(All(f)[1].event.date.ToString(), "2020-10-20");
  f.limit = 0;
  f.code = "19";
  EXPECT_EQ(All(f).size(), 2u);
  f = {};
  f.source = "ARMMIL";
  EXPECT_EQ(All(f).size(), 1u);
  f = {};
  f.quad_class = 3;
  EXPECT_EQ(All(f).size(), 1u);
  f = {};
  f.from = Date::Parse("2020-10-15");
  f.to = Date::Parse("2020-10-31");
  EXPECT_EQ(All(f).size(), 2u);
  f = {};
  f.text = "truce";
  ASSERT_EQ(All(f).size(), 2u);  // both events of the sentence that says it
  EXPECT_EQ(All(f)[0].event.cameo, "0256");
  // Sentences stored after the text index caught up are found too.
  const Article d = MakeArticle("d", "f", "2020-11-12", "Turkey violated the truce again.");
  Add(d, {MakeEvent(d, 0, "TUR", "ARM", "111", -2, QuadClass::kVerbalConflict)});
  ASSERT_TRUE(store_->Finish().ok());
  EXPECT_EQ(All(f).size(), 3u);

  EventFilter dyad;
  dyad.source = "ARM";
  dyad.target = "AZE";
  auto months = store_->Timeline(dyad, TimeBucket::kMonth);
  ASSERT_TRUE(months.ok());
  ASSERT_EQ(months.value().size(), 1u);
  EXPECT_EQ(months.value()[0].period, "2020-10");
  EXPECT_EQ(months.value()[0].events, 3);
  EXPECT_EQ(months.value()[0].by_quad[4], 2);
  EXPECT_EQ(months.value()[0].by_quad[3], 1);
  EXPECT_NEAR(months.value()[0].mean_goldstein, -22.0 / 3, 1e-9);
  auto weeks = store_->Timeline(dyad, TimeBucket::kWeek);
  ASSERT_EQ(weeks.value().size(), 2u);
  EXPECT_EQ(weeks.value()[0].period, "2020-09-28");  // the Monday before Thursday Oct 1
  EXPECT_EQ(weeks.value()[1].period, "2020-10-19");
}

TEST_F(StoreTest, StoriesHaveTitlesSpansAndOrderedEvents) {
  Article a = MakeArticle("a", "f", "2016-06-20", "Karabakh Armenia Azerbaijan ceasefire mediation Putin");
  Article b = MakeArticle("b", "f", "2020-10-01", "Karabakh Armenia Azerbaijan mediation Lavrov ceasefire");
  Article c = MakeArticle("c", "f", "2020-10-02", "Kerala monsoon floods rescue boats");
  for (Article* x : {&a, &b, &c}) x->title = x->body.substr(0, 20);
  Add(b, {MakeEvent(b, 0, "RUS", "ARM", "036")});
  Add(a, {MakeEvent(a, 0, "RUS", "AZE", "036")});
  Add(c, {});
  ASSERT_TRUE(store_->Finish().ok());
  auto stories = store_->Stories();
  ASSERT_TRUE(stories.ok());
  ASSERT_EQ(stories.value().size(), 2u);
  const Story& s = stories.value()[0];
  EXPECT_EQ(s.articles, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(s.first.ToString(), "2016-06-20");
  EXPECT_EQ(s.last.ToString(), "2020-10-01");
  ASSERT_EQ(s.events.size(), 2u);
  EXPECT_GT(s.events[0], s.events[1]);  // a's event was stored second but happened first
  EXPECT_FALSE(s.title.empty());
}

}  // namespace
}  // namespace parley
