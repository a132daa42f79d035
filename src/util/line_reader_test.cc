#include "util/line_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include "test_util.h"

namespace parley {
namespace {

TEST(LineReader, ReadsLinesAndNumbersThem) {
  const std::string path = testing::TempDir() + "/a.txt";
  testing::WriteFile(path, "one\ntwo\n\nfour");
  auto r = LineReader::Open(path, 100);
  ASSERT_TRUE(r.ok());
  std::string line;
  bool too_long;
  std::vector<std::string> lines;
  while (r.value()->Next(&line, &too_long)) lines.push_back(line);
  EXPECT_EQ(lines, (std::vector<std::string>{"one", "two", "", "four"}));
  EXPECT_EQ(r.value()->line_number(), 4u);
}

TEST(LineReader, SkipsOverlongLinesWithBoundedMemory) {
  const std::string path = testing::TempDir() + "/long.txt";
  testing::WriteFile(path, "short\n" + std::string(1 << 20, 'x') + "\nafter\n");
  auto r = LineReader::Open(path, 1000);
  ASSERT_TRUE(r.ok());
  std::string line;
  bool too_long;
  ASSERT_TRUE(r.value()->Next(&line, &too_long));
  EXPECT_FALSE(too_long);
  ASSERT_TRUE(r.value()->Next(&line, &too_long));
  EXPECT_TRUE(too_long);
  EXPECT_LE(line.capacity(), 1000u + 64);
  ASSERT_TRUE(r.value()->Next(&line, &too_long));
  EXPECT_EQ(line, "after");
  EXPECT_EQ(r.value()->line_number(), 3u);
}

TEST(LineReader, ReadsGzipAndReportsTruncation) {
  const std::string path = testing::TempDir() + "/a.jsonl.gz";
  gzFile f = gzopen(path.c_str(), "wb");
  const std::string text = "first line\nsecond line\n";
  gzwrite(f, text.data(), static_cast<unsigned>(text.size()));
  gzclose(f);
  auto r = LineReader::Open(path, 100);
  ASSERT_TRUE(r.ok());
  std::string line;
  bool too_long;
  ASSERT_TRUE(r.value()->Next(&line, &too_long));
  EXPECT_EQ(line, "first line");

  std::string bytes = testing::ReadFile(path);
  testing::WriteFile(path, bytes.substr(0, bytes.size() - 6));  // cut the trailer
  auto cut = LineReader::Open(path, 100);
  ASSERT_TRUE(cut.ok());
  while (cut.value()->Next(&line, &too_long)) {
  }
  EXPECT_FALSE(cut.value()->status().ok());
}

TEST(LineReader, MissingFileIsAnError) {
  EXPECT_FALSE(LineReader::Open("/nonexistent/parley/file", 10).ok());
}

}  // namespace
}  // namespace parley
