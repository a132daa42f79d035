#include "util/utf8.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

TEST(Utf8, FindsInvalidSequences) {
  struct Case { std::string text; size_t invalid_at; };
  const Case cases[] = {
      {"plain ascii", std::string::npos},
      {"Russia\xE2\x80\x98s", std::string::npos},     // curly apostrophe
      {"bad \xFF byte", 4},
      {"truncated \xE2\x80", 10},
      {"overlong \xC0\xAF", 9},
      {"surrogate \xED\xA0\x80", 10},
  };
  for (const auto& c : cases) EXPECT_EQ(FindInvalidUtf8(c.text), c.invalid_at) << c.text;
}

TEST(Utf8, NormalizeRepairsAndCleans) {
  std::string s = "\xEF\xBB\xBFline one\r\nline\x01 two\rend \xFF!";
  EXPECT_EQ(NormalizeText(&s), 1u);
  EXPECT_EQ(s, "line one\nline two\nend \xEF\xBF\xBD!");
}

TEST(Utf8, DetectsBinary) {
  EXPECT_TRUE(LooksBinary(std::string("PK\x03\x04\0\0", 6)));
  EXPECT_FALSE(LooksBinary("Ordinary news text.\n\nSecond paragraph."));
}

TEST(Utf8, CountsCodePoints) {
  EXPECT_EQ(CountCodePoints("Baku \xE2\x80\x94 Yerevan"), 14u);
}

}  // namespace
}  // namespace parley
