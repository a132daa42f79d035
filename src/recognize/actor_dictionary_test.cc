#include "recognize/actor_dictionary.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "analyze/tokenizer.h"

#include "test_util.h"
#include "util/dict_file.h"

namespace parley {
namespace {

class ActorDictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = parley::testing::TempDir();
    std::filesystem::create_directories(dir_ + "/actors");
    parley::testing::WriteFile(dir_ + "/actors/a.txt",
        "# test actors\n"
        "ARM   Armenia | Armenian | Yerevan\n"
        "RUSGOV  Vladimir Putin | Putin   @2000-05-07..2008-05-07\n"
        "RUSGOV  Vladimir Putin | Putin   @2012-05-07..\n"
        "bad code here\n"
        "FRA   France  @2001-99-01..\n"
        "USA   US | United States\n");
    parley::testing::WriteFile(dir_ + "/agents.txt", "MIL  army | troops\nGOVERN  x\n");
    ASSERT_TRUE(dict_.LoadDir(dir_).ok());
  }
  int Id(const std::string& name) {
    Article a;
    a.body = name;
    Doc doc;
    doc.article = &a;
    size_t len = 0;
    Analyze(a, &doc);
    return dict_.actor_names().LongestAt(doc.tokens.data(), doc.tokens.size(), 0, &len,
                                         [](int) { return true; });
  }
  std::string dir_;
  ActorDictionary dict_;
};

TEST_F(ActorDictionaryTest, ReportsMalformedLinesWithFileAndLine) {
  ASSERT_EQ(dict_.problems().size(), 3u);
  EXPECT_EQ(dict_.problems()[0], dir_ + "/actors/a.txt:5: bad actor code \"bad\"");
  EXPECT_NE(dict_.problems()[1].find("a.txt:6: bad date range"), std::string::npos);
  EXPECT_NE(dict_.problems()[2].find("agents.txt:2: bad agent role"), std::string::npos);
}

TEST_F(ActorDictionaryTest, ResolvesDatedRoles) {
  const int putin = Id("Putin");
  ASSERT_GE(putin, 0);
  EXPECT_EQ(dict_.Resolve(putin, Date::Parse("2004-01-01"))->code, "RUSGOV");
  EXPECT_EQ(dict_.Resolve(putin, Date::Parse("2010-01-01")), nullptr);  // prime minister then
  EXPECT_EQ(dict_.Resolve(putin, Date::Parse("2020-01-01"))->name, "Vladimir Putin");
  EXPECT_NE(dict_.Resolve(putin, Date()), nullptr);  // unknown date: latest record
}

TEST_F(ActorDictionaryTest, CaseRules) {
  EXPECT_GE(Id("US"), 0);
  EXPECT_LT(Id("us"), 0);        // all-caps short names match exactly
  EXPECT_GE(Id("Armenian"), 0);
  EXPECT_LT(Id("armenian"), 0);  // capitalised names need capitals
}

TEST(SplitList, TrimsAndDropsEmpty) {
  const auto v = SplitList(" a |b c|| d ", '|');
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[1], "b c");
}

}  // namespace
}  // namespace parley
