#include "aggregate/event_identity.h"

#include <gtest/gtest.h>

namespace parley {
namespace {

HappeningKey Key(const char* s, const char* t, const char* cameo, std::optional<int64_t> day,
                 const char* place = "", int64_t article = 1) {
  return HappeningKey{s, t, cameo, day, place, article};
}

struct Case {
  const char* name;
  HappeningKey event, mention;
  bool same;
};

TEST(EventIdentity, ConstructedCases) {
  const Case cases[] = {
      {"identical", Key("RUS", "ARM", "036", 100), Key("RUS", "ARM", "036", 100), true},
      {"next day", Key("RUS", "ARM", "036", 100), Key("RUS", "ARM", "036", 101), true},
      {"outside window", Key("RUS", "ARM", "036", 100), Key("RUS", "ARM", "036", 102), false},
      {"more specific code", Key("RUS", "ARM", "036", 100), Key("RUS", "ARM", "0361", 100), true},
      {"sibling 4-digit codes", Key("RUS", "ARM", "0361", 100), Key("RUS", "ARM", "0362", 100),
       true},
      {"root code", Key("RUS", "ARM", "03", 100), Key("RUS", "ARM", "036", 100), true},
      {"other base", Key("RUS", "ARM", "036", 100), Key("RUS", "ARM", "037", 100), false},
      {"other root", Key("RUS", "ARM", "036", 100), Key("RUS", "ARM", "190", 100), false},
      {"reversed dyad", Key("RUS", "ARM", "036", 100), Key("ARM", "RUS", "036", 100), false},
      {"other source role", Key("RUS", "ARM", "036", 100), Key("RUSGOV", "ARM", "036", 100),
       false},
      {"no target vs target", Key("RUS", "", "036", 100), Key("RUS", "ARM", "036", 100), false},
      {"no target both", Key("RUS", "", "036", 100), Key("RUS", "", "036", 100), true},
      {"same place", Key("RUS", "ARM", "036", 100, "Moscow"),
       Key("RUS", "ARM", "036", 100, "MOSCOW"), true},
      {"other place", Key("RUS", "ARM", "036", 100, "Moscow"),
       Key("RUS", "ARM", "036", 100, "Baku"), false},
      {"unknown place", Key("RUS", "ARM", "036", 100, "Moscow"), Key("RUS", "ARM", "036", 100),
       true},
      {"undated, same article", Key("RUS", "ARM", "036", {}, "", 7),
       Key("RUS", "ARM", "036", {}, "", 7), true},
      {"undated, other article", Key("RUS", "ARM", "036", {}, "", 7),
       Key("RUS", "ARM", "036", {}, "", 8), false},
      {"undated vs dated", Key("RUS", "ARM", "036", 100, "", 7),
       Key("RUS", "ARM", "036", {}, "", 7), false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SameHappening(c.event, c.mention, 1), c.same) << c.name;
  }
}

TEST(EventIdentity, CameoHelpers) {
  EXPECT_EQ(CameoBase("0361"), "036");
  EXPECT_EQ(CameoBase("19"), "19");
  EXPECT_FALSE(CompatibleCameo("", "036"));
  EXPECT_EQ(MoreSpecificCameo("036", "0361"), "0361");
  EXPECT_EQ(MoreSpecificCameo("0361", "036"), "0361");
}

}  // namespace
}  // namespace parley
