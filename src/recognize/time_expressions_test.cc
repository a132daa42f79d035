// Golden cases for event-date resolution: sentence, publication date -> date, precision.
#include "recognize/time_expressions.h"

#include <gtest/gtest.h>

#include "analyze/tokenizer.h"

namespace parley {
namespace {

struct Case {
  const char* published;
  const char* sentence;
  const char* date;   // Date::ToString() of the answer, "" = unknown
  bool from_text;
};

// 2020-12-02 was a Wednesday; 2016-06-20 a Monday.
const Case kCases[] = {
    {"2020-12-02", "Russia said Friday it is prepared to mediate.", "2020-11-27", true},
    {"2020-12-02", "The talks will resume on Wednesday.", "2020-12-02", true},
    {"2020-12-02", "Fighting erupted last week along the border.", "2020-11", true},
    {"2020-12-02", "Envoys will meet next Monday.", "2020-12-07", true},
    {"2020-12-02", "Officials met yesterday in Moscow.", "2020-12-01", true},
    {"2020-12-02", "Leaders spoke today.", "2020-12-02", true},
    {"2016-06-20", "Fighting spiralled in early April, killing 110 people.", "2016-04", true},
    {"2016-06-20", "A truce was agreed in December.", "2015-12", true},
    {"2016-06-20", "The ceasefire was signed in 1994.", "1994", true},
    {"2016-06-20", "Clashes have continued since 1994.", "1994", true},
    {"2016-06-20", "The deal was signed on April 5, 2016 in Moscow.", "2016-04-05", true},
    {"2016-06-20", "On 12 May the ministers met.", "2016-05-12", true},
    {"2016-06-20", "Putin met the leaders of Armenia and Azerbaijan.", "2016-06-20", false},
    {"2016-06-20", "Exports fell last year.", "2015", true},
    {"2016-06-20", "Prices rose last month.", "2016-05", true},
    {"2016-06-20", "May the talks succeed, he said.", "2016-06-20", false},
    // Dates are never invented: relative expressions need a publication date.
    {"", "Russia said Friday it is prepared to mediate.", "", false},
    {"", "Rebels attacked the town.", "", false},
    {"", "The ceasefire was signed in 1994.", "1994", true},
    {"", "The deal was signed on April 5, 2016.", "2016-04-05", true},
    {"", "Fighting spiralled in early April.", "", false},
};

TEST(TimeExpressions, ResolvesAgainstThePublicationDate) {
  for (const Case& c : kCases) {
    Article a;
    a.body = c.sentence;
    a.published = Date::Parse(c.published);
    Doc doc;
    Analyze(a, &doc);
    ASSERT_FALSE(doc.tokens.empty());
    const EventDate e = ResolveEventDate(doc.tokens, a.published);
    EXPECT_EQ(e.date.ToString(), c.date) << c.published << " | " << c.sentence;
    EXPECT_EQ(e.from_text, c.from_text) << c.sentence;
  }
}

TEST(TimeExpressions, DaysRoundTrip) {
  for (const char* s : {"1970-01-01", "2000-02-29", "2020-12-31", "1969-07-20", "2024-03-01"}) {
    EXPECT_EQ(DateFromDays(Date::Parse(s).ToDays()).ToString(), s);
  }
}

}  // namespace
}  // namespace parley
