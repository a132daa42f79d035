#include <gtest/gtest.h>

#include "parley/ingest.h"
#include "test_util.h"

namespace parley {
namespace {

struct Collected {
  std::vector<Article> articles;
  std::vector<std::string> problems;
  IngestCounts counts;
};

Collected ReadAll(std::vector<std::string> inputs, InputOptions options = {}) {
  Collected c;
  options.on_problem = [&c](const std::string& m) { c.problems.push_back(m); };
  auto reader = ArticleReader::Open(std::move(inputs), options);
  Article a;
  while (reader->Next(&a)) c.articles.push_back(a);
  c.counts = reader->counts();
  return c;
}

TEST(Reader, ReadsJsonlRecordsAndSkipsBrokenOnes) {
  const std::string path = testing::TempDir() + "/in.jsonl";
  testing::WriteFile(path,
                     "{\"id\": \"a1\", \"text\": \"Rebels attacked the town.\", \"date\": \"2021-05-04\","
                     " \"title\": \"T\", \"url\": \"http://x\", \"source\": \"Wire\"}\n"
                     "{\"id\": \"a2\", \"text\": \"broken\n"
                     "\n"
                     "{\"text\": \"no id here.\"}\n"
                     "[1, 2]\n"
                     "{\"id\": 7, \"text\": \"Police arrested protesters.\", \"date\": \"soon\"}\n");
  const Collected c = ReadAll({path});
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].id, "a1");
  EXPECT_EQ(c.articles[0].published.ToString(), "2021-05-04");
  EXPECT_EQ(c.articles[0].source, "Wire");
  EXPECT_EQ(c.articles[0].origin, path + ":1");
  EXPECT_EQ(c.articles[1].id, "7");
  EXPECT_FALSE(c.articles[1].published.known());
  EXPECT_EQ(c.counts.skipped, 3u);
  ASSERT_EQ(c.problems.size(), 4u);
  EXPECT_EQ(c.problems[0].rfind(path + ":2: invalid JSON", 0), 0u) << c.problems[0];
  EXPECT_EQ(c.problems[1].rfind(path + ":4: missing field \"id\"", 0), 0u) << c.problems[1];
  EXPECT_EQ(c.problems[2].rfind(path + ":5: not a JSON object", 0), 0u) << c.problems[2];
  EXPECT_NE(c.problems[3].find(":6: field \"date\""), std::string::npos) << c.problems[3];
}

TEST(Reader, WalksFoldersInOrderAndReportsMissingPaths) {
  const std::string dir = testing::TempDir();
  testing::WriteFile(dir + "/b.txt", "Ankara and Athens held talks on Tuesday.");
  testing::WriteFile(dir + "/a.txt", "Headline words here\n\nThe army shelled the city.");
  testing::WriteFile(dir + "/notes.pdf", "%PDF");
  InputOptions o;
  o.default_date = Date::Parse("2022-01-02");
  const Collected c = ReadAll({dir, dir + "/missing.txt"}, o);
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].id, "a");
  EXPECT_EQ(c.articles[0].title, "Headline words here");
  EXPECT_EQ(c.articles[0].body, "The army shelled the city.");
  EXPECT_EQ(c.articles[1].published.ToString(), "2022-01-02");
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0], dir + "/missing.txt: no such file or folder");
  EXPECT_EQ(c.counts.skipped, 1u);
}

TEST(Reader, SkipsEmptyBinaryAndOversizedFilesAndRepairsUtf8) {
  const std::string dir = testing::TempDir();
  testing::WriteFile(dir + "/1.txt", "  \n\n");
  testing::WriteFile(dir + "/2.txt", std::string("\x7f" "ELF\0\0\0\1\2\3", 10));
  testing::WriteFile(dir + "/3.txt", "Line one is fine.\nBad byte \xFF in line two here.");
  testing::WriteFile(dir + "/4.txt", std::string(5000, 'x'));
  InputOptions o;
  o.max_record_bytes = 4000;
  const Collected c = ReadAll({dir}, o);
  ASSERT_EQ(c.articles.size(), 1u);
  EXPECT_EQ(c.articles[0].id, "3");
  EXPECT_NE(c.articles[0].body.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(c.counts.skipped, 3u);
  EXPECT_EQ(c.counts.repaired, 1u);
  ASSERT_EQ(c.problems.size(), 4u);
  EXPECT_EQ(c.problems[0], dir + "/1.txt:1: empty file, skipped");
  EXPECT_EQ(c.problems[1], dir + "/2.txt:1: binary data, not text, skipped");
  EXPECT_EQ(c.problems[2], dir + "/3.txt:2: invalid UTF-8, replaced with U+FFFD");
  EXPECT_EQ(c.problems[3], dir + "/4.txt:1: larger than 4000 bytes, skipped");
}

}  // namespace
}  // namespace parley
