#include "recognize/actor_finder.h"

#include <gtest/gtest.h>

#include "analyze/tokenizer.h"
#include "fixture_dicts.h"

namespace parley {
namespace {

std::string Mentions(const ActorDictionary& dict, const std::string& text, const char* date) {
  Article a;
  a.body = text;
  Doc doc;
  Analyze(a, &doc);
  ActorFinder finder(&dict);
  std::vector<ActorMention> found;
  finder.Find(doc.tokens.data(), doc.tokens.size(), Date::Parse(date), &found);
  std::string out;
  for (const auto& m : found) {
    if (!out.empty()) out += " | ";
    out += m.code + "=";
    for (uint32_t t = m.first; t < m.end; ++t) {
      out += (t > m.first ? " " : "") + std::string(doc.tokens[t].form);
    }
  }
  return out;
}

TEST(ActorFinder, ComposesActorsAgentsAndPersons) {
  ActorDictionary dict;
  ASSERT_TRUE(dict.LoadDir(testing::WriteFixtureData() + "/dict").ok());
  struct Case { const char* text; const char* mentions; };
  const Case cases[] = {
      {"The Armenian defence ministry spoke.", "ARMMIL=Armenian defence ministry"},
      {"Kremlin spokesman Dmitry Peskov said", "RUSGOV=Kremlin spokesman Dmitry Peskov"},
      {"the foreign minister of Armenia", "ARMGOV=foreign minister of Armenia"},
      {"Azerbaijan\xE2\x80\x98s defence ministry", "AZEMIL=Azerbaijan \xE2\x80\x98s defence ministry"},
      {"Russian President Vladimir Putin met", "RUSGOV=Russian President Vladimir Putin"},
      {"his French counterpart", "FRAGOV=French counterpart"},
      {"ex-Soviet rivals Armenia and Azerbaijan", "ARM=Armenia | AZE=Azerbaijan"},
      {"Russia\xE2\x80\x98s Security Council met", "RUSGOV=Russia \xE2\x80\x98s Security Council"},
      {"the rebels fled", "REB=rebels"},
      {"a turkey dinner in Ankara", "TUR=Ankara"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Mentions(dict, c.text, "2020-10-01"), c.mentions) << c.text;
  }
}

TEST(ActorFinder, PersonsOutOfOfficeFallBackToTheirCountry) {
  ActorDictionary dict;
  ASSERT_TRUE(dict.LoadDir(testing::WriteFixtureData() + "/dict").ok());
  EXPECT_EQ(Mentions(dict, "Putin spoke", "2010-01-01"), "RUS=Putin");
  EXPECT_EQ(Mentions(dict, "Putin spoke", "2015-01-01"), "RUSGOV=Putin");
}

}  // namespace
}  // namespace parley
