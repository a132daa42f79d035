#include <gtest/gtest.h>

#include "parley/article.h"

namespace parley {
namespace {

TEST(Date, ParsesIsoForms) {
  struct Case { const char* text; const char* expect; };
  const Case cases[] = {
      {"2020-12-02", "2020-12-02"}, {"20201202", "2020-12-02"},
      {"2023-09-20T02:35:00Z", "2023-09-20"}, {"2016-02-29", "2016-02-29"},
      {"2015-02-29", ""}, {"2020-13-01", ""}, {"yesterday", ""}, {"2020-1-5", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Date::Parse(c.text).ToString(), c.expect) << c.text;
}

TEST(Date, DaysSinceEpoch) {
  EXPECT_EQ(Date::Parse("1970-01-01").ToDays(), 0);
  EXPECT_EQ(Date::Parse("2000-03-01").ToDays(), 11017);
  EXPECT_LT(Date::Parse("1999-12-31").ToDays(), Date::Parse("2000-01-01").ToDays());
}

}  // namespace
}  // namespace parley
