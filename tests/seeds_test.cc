// The five seed articles (../shared/seeds): the events a reader of them expects, and no
// events from their page debris, with the default word-order coder and with the parse
// coder (--syntax parse). Needs PARLEY_SHARED (default ../shared).
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "test_util.h"

namespace parley {
namespace {

struct Expected {
  const char* article;  // seed file stem prefix
  const char* source;   // code prefix
  const char* cameo;    // code prefix
  const char* target;   // code prefix, "" = any
};

// Codes the seeds once per syntax level; tests read the TSV rows of their level.
class SeedsTest : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    if (testing::SharedDir().empty()) {
      GTEST_SKIP() << "shared data not found: set PARLEY_SHARED to the shared/ folder";
    }
    auto& rows = (*coded_)[GetParam()];
    if (!rows.empty()) {
      rows_ = &rows;
      return;
    }
    const auto r = testing::RunCommand(std::string(PARLEY_BIN) + " code -q -f tsv --syntax " +
                                       GetParam() + " " + testing::SharedDir() + "/seeds");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::string line;
    for (char c : r.out) {
      if (c != '\n') { line += c; continue; }
      rows.push_back(Split(line));
      line.clear();
    }
    rows_ = &rows;
  }
  static std::vector<std::string> Split(const std::string& line) {
    std::vector<std::string> f(1);
    for (char c : line) {
      if (c == '\t') f.emplace_back();
      else f.back() += c;
    }
    return f;
  }
  // TSV columns: article_id sentence date source_code ... target_code(6) ... cameo(9) ... text(15)
  bool Has(const Expected& e) const {
    for (const auto& row : *rows_) {
      if (row.size() < 16) continue;
      if (row[0].rfind(e.article, 0) == 0 && row[3].rfind(e.source, 0) == 0 &&
          row[9].rfind(e.cameo, 0) == 0 && row[6].rfind(e.target, 0) == 0) {
        return true;
      }
    }
    return false;
  }
  const std::vector<std::vector<std::string>>* rows_ = nullptr;
  static std::map<std::string, std::vector<std::vector<std::string>>>* coded_;
};
std::map<std::string, std::vector<std::vector<std::string>>>* SeedsTest::coded_ =
    new std::map<std::string, std::vector<std::vector<std::string>>>;

INSTANTIATE_TEST_SUITE_P(Syntax, SeedsTest, ::testing::Values("tag", "parse"));

TEST_P(SeedsTest, CodesTheEventsAReaderExpects) {
  const Expected expected[] = {
      {"000", "RUS", "039", "ARM"},    // Russia prepared to mediate between Armenia and ...
      {"000", "RUS", "039", "AZE"},    // ... Azerbaijan
      {"001", "RUS", "025", ""},       // Putin calls on the sides to cease fire
      {"001", "AZE", "112", "ARM"},    // Baku and Yerevan traded blame
      {"001", "ARM", "112", "AZE"},
      {"002", "RUS", "02", "AZE"},     // Kremlin called for calm in Azerbaijan
      {"003", "RUS", "039", "ARM"},    // Russia offered to play a role of mediator
      {"003", "TUR", "112", "FRA"},    // Cavusoglu accused France
      {"003", "RUS", "04", "FRA"},     // Putin discussed with his French counterpart
      {"004", "RUS", "04", "ARM"},     // Putin met the leaders of Armenia and Azerbaijan
      {"004", "RUS", "04", "AZE"},
  };
  for (const auto& e : expected) {
    EXPECT_TRUE(Has(e)) << e.article << " " << e.source << " " << e.cameo << " " << e.target;
  }
}

TEST_P(SeedsTest, PageDebrisYieldsNoEvents) {
  for (const auto& row : *rows_) {
    ASSERT_GE(row.size(), 16u);
    const std::string& text = row[15];
    for (const char* debris : {"Leave a Reply", "You May Also Like", "Biden", "braindead",
                               "Chinese father", "Disclaimer", "Listen Live", "Comments"}) {
      EXPECT_EQ(text.find(debris), std::string::npos) << "event from debris: " << text;
    }
  }
}

}  // namespace
}  // namespace parley
