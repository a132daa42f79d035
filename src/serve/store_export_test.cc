// Exports open in CSV tools: 61 columns per GDELT Events row, 16 per Mentions row, and
// a CSV whose rows all have the header's width.
#include <gtest/gtest.h>

#include <cstdio>

#include "parley/store.h"
#include "test_util.h"

namespace parley {
namespace {

// Splits `s` into records of fields the way a CSV reader does: quotes protect
// separators and line breaks; "" is a quote inside a quoted field.
std::vector<std::vector<std::string>> Records(const std::string& s, char sep) {
  std::vector<std::vector<std::string>> out;
  std::vector<std::string> record(1);
  bool quoted = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted && c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
      record.back() += '"';
      ++i;
    } else if (c == '"' && sep == ',') {
      quoted = !quoted;
    } else if (c == sep && !quoted) {
      record.emplace_back();
    } else if (c == '\n' && !quoted) {
      out.push_back(std::move(record));
      record.assign(1, "");
    } else {
      record.back() += c;
    }
  }
  return out;
}

class ExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto s = Store::Open(testing::TempDir() + "/x.db", {});
    ASSERT_TRUE(s.ok());
    store_ = std::move(s).value();
    for (int i = 0; i < 3; ++i) {
      Article a;
      a.id = "art" + std::to_string(i);
      a.url = i == 2 ? "" : "https://example.org/" + a.id;
      a.source = "Feed, \"quoted\"";
      a.published = Date::Parse("2020-10-0" + std::to_string(i + 1));
      a.body = "Armenia, \"quoted\", accused\tAzerbaijan of shelling.\nNext " + a.id;
      Event e;
      e.article_id = a.id;
      e.date = a.published;
      e.source = {"ARMGOV", "Armenia, government", "Armenia", 0, 7};
      e.target = {"AZE", "Azerbaijan", "Azerbaijan", 29, 39};
      e.cameo = i == 1 ? "112" : "1121";
      e.goldstein = -2;
      e.quad_class = QuadClass::kVerbalConflict;
      e.text = a.body;
      ASSERT_TRUE(store_->Add(a, {e, e}).ok());
    }
    ASSERT_TRUE(store_->Finish().ok());
  }
  std::string Export(const char* format) {
    const std::string path = testing::TempDir() + "/out";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    EXPECT_TRUE(ExportEvents(*store_, {}, format, f).ok());
    std::fclose(f);
    return testing::ReadFile(path);
  }
  std::unique_ptr<Store> store_;
};

TEST_F(ExportTest, GdeltEventsHave61Columns) {
  const auto rows = Records(Export("gdelt-events"), '\t');
  ASSERT_EQ(rows.size(), 2u);  // days 1 and 2 merge; day 3 is two days after the event
  for (const auto& r : rows) EXPECT_EQ(r.size(), 61u);
  EXPECT_EQ(rows[0][31], "4");  // NumMentions
  EXPECT_EQ(rows[0][32], "1");  // NumSources
  EXPECT_EQ(rows[0][33], "2");  // NumArticles
}

TEST_F(ExportTest, GdeltMentionsHave16Columns) {
  const auto rows = Records(Export("gdelt-mentions"), '\t');
  ASSERT_EQ(rows.size(), 6u);
  for (const auto& r : rows) EXPECT_EQ(r.size(), 16u);
}

TEST_F(ExportTest, CsvRowsMatchTheHeader) {
  const auto rows = Records(Export("csv"), ',');
  ASSERT_EQ(rows.size(), 3u);
  for (const auto& r : rows) EXPECT_EQ(r.size(), rows[0].size());
  EXPECT_EQ(rows[1][3], "Armenia, government");
}

TEST_F(ExportTest, UnknownFormatIsRefused) {
  EXPECT_EQ(ExportEvents(*store_, {}, "xml", stdout).code(), Status::Code::kInvalidArgument);
}

}  // namespace
}  // namespace parley
