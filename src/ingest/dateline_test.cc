#include "ingest/dateline.h"

#include <gtest/gtest.h>

#include "ingest/text_date.h"

namespace parley {
namespace {

TEST(Dateline, RecognisesWireShapes) {
  struct Case { const char* text; const char* place; const char* agency; const char* rest; };
  const Case cases[] = {
      {"MOSCOW (Sputnik) \xE2\x80\x94 The minister said", "MOSCOW", "Sputnik", "The minister said"},
      {"ISLAMABAD-Moscow,Russia said Friday", "ISLAMABAD-Moscow", "", "Russia said Friday"},
      {"NEW YORK -- Talks resumed", "NEW YORK", "", "Talks resumed"},
      {"GENEVA: Delegates met", "GENEVA", "", "Delegates met"},
      {"KYIV, (AP) - Shelling went on", "", "", ""},
      {"NATO, the EU and the UN met", "", "", ""},
      {"Russia said on Friday", "", "", ""},
      {"US-Russia talks resumed", "", "", ""},
  };
  for (const auto& c : cases) {
    const Dateline d = FindDateline(c.text);
    EXPECT_EQ(d.place, c.place) << c.text;
    EXPECT_EQ(d.agency, c.agency) << c.text;
    EXPECT_EQ(std::string(c.text).substr(d.length), d.length ? c.rest : c.text) << c.text;
  }
}

TEST(TextDate, FindsDatesInHeaderLines) {
  struct Case { const char* line; const char* date; };
  const Case cases[] = {
      {"Author:Reuters 2023-09-20 02:35 69", "2023-09-20"},
      {"20th June 2016, Comments 0 comments", "2016-06-20"},
      {"01:36 GMT02 December 2020", "2020-12-02"},
      {"Published June 3, 2024 at noon", "2024-06-03"},
      {"Sept 9 2019", "2019-09-09"},
      {"Listen Live", ""},
      {"May the talks succeed", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(FindDateInLine(c.line).ToString(), c.date) << c.line;
}

}  // namespace
}  // namespace parley
