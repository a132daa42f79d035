// Agencies and seed metadata: each seed article's publication date, dateline and agency.
#include "ingest/agency.h"

#include <gtest/gtest.h>

#include "parley/ingest.h"
#include "test_util.h"

namespace parley {
namespace {

TEST(Agency, CreditsInTheirShapes) {
  size_t len = 0;
  EXPECT_EQ(TrailingAgency("The situation remains tense\xE2\x80\x9D.(AFP/APP)", &len), "AFP/APP");
  EXPECT_EQ(len, 9u);
  EXPECT_EQ(TrailingAgency("He met the envoy (Reuters).", &len), "Reuters");
  EXPECT_EQ(TrailingAgency("They met in the capital (Yerevan).", &len), "");
  EXPECT_EQ(TrailingAgency("It was approved (in 2019)", &len), "");
  int year = 0;
  EXPECT_EQ(CreditLineAgency("\xC2\xA9 2016 AFP", &year), "AFP");
  EXPECT_EQ(year, 2016);
  EXPECT_EQ(CreditLineAgency("Author:Reuters 2023-09-20 02:35 69", &year), "Reuters");
  EXPECT_EQ(CreditLineAgency("Copyright 2019 Hawaii News Now. All rights reserved.", &year), "");
  EXPECT_EQ(year, 2019);
  EXPECT_EQ(CreditLineAgency("By John Smith", &year), "");
}

TEST(SeedMetadata, DateDatelineAndAgencyOfEachSeed) {
  const std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "set PARLEY_SHARED to run";
  struct Expected {
    const char* id;
    const char* date;
    const char* dateline;
    const char* agency;
  };
  const Expected expected[] = {
      {"000_148f480d307c6790", "", "ISLAMABAD-Moscow", "AFP/APP"},
      {"001_992fa810338b42fb", "2020-12-02", "MOSCOW", "Sputnik"},
      {"002_d6ad4cb10720b1f6", "2023-09-20", "", "Reuters"},
      {"003_0cd111487c15c0c9", "", "", ""},
      {"004_d90563f77e3f06c8", "2016-06-20", "", "AFP"},
  };
  auto reader = ArticleReader::Open({shared + "/seeds"}, {});
  Article a;
  size_t i = 0;
  while (reader->Next(&a)) {
    ASSERT_LT(i, std::size(expected));
    const Expected& e = expected[i++];
    EXPECT_EQ(a.id, e.id);
    EXPECT_EQ(a.published.ToString(), e.date) << a.id;
    EXPECT_EQ(a.date_source, *e.date ? "text" : "") << a.id;
    EXPECT_EQ(a.dateline, e.dateline) << a.id;
    EXPECT_EQ(a.agency, e.agency) << a.id;
  }
  EXPECT_EQ(i, std::size(expected));
}

}  // namespace
}  // namespace parley
