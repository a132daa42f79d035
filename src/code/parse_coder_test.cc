#include "code/parse_coder.h"

#include <gtest/gtest.h>

#include "fixture_dicts.h"
#include "parley/pipeline.h"

namespace parley {
namespace {

// The parse coder with the shipped tagger and parser models and the fixture dictionaries.
class ParseCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions o;
    o.data_dir = testing::WriteFixtureData();
    o.syntax = PipelineOptions::Syntax::kParse;
    auto p = Pipeline::Create(o);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p.value()).release();
    ASSERT_TRUE(pipeline_->load_problems().empty()) << pipeline_->load_problems()[0];
  }
  static void TearDownTestSuite() { delete pipeline_; }

  static std::string Code(const std::string& text) {
    return testing::CodedEvents(*pipeline_, text);
  }
  static Pipeline* pipeline_;
};
Pipeline* ParseCoderTest::pipeline_ = nullptr;

TEST_F(ParseCoderTest, CodesRolesFromTheTree) {
  struct Case { const char* text; const char* events; };
  const Case cases[] = {
      {"Russia accused Turkey of lying.", "RUS 112 TUR"},
      {"Armenia and Azerbaijan accused France.", "ARM 112 FRA; AZE 112 FRA"},
      {"Russia is prepared to mediate between Armenia and Azerbaijan.",
       "RUS 039 ARM; RUS 039 AZE"},
      {"Putin called on Armenia to cease fire.", "RUSGOV 0256 ARM"},
      {"Baku and Yerevan traded blame.", "AZE 112 ARM; ARM 112 AZE"},
      {"Armenia was attacked by Azerbaijan.", "AZE 190 ARM"},
      {"A Russia-brokered truce held.", "RUS 045 -"},
      {"Armenia did not attack Azerbaijan.", ""},
      {"Russia said Armenia attacked Azerbaijan.", "ARM 190 AZE"},
      {"Moscow has sold weapons to Armenia.", "RUS 0712 ARM"},
      {"Turkey met France in Moscow.", "TUR 040 FRA"},
      {"Moscow and Baku held no talks.", ""},
      {"Moscow and Baku held talks.", "RUS 046 AZE; AZE 046 RUS"},
      // Where the tree gives a better answer than word order.
      {"Armenia, backed by Turkey, accused Azerbaijan.", "ARM 112 AZE"},
      {"Azerbaijan continued to attack Armenia.", "AZE 190 ARM"},
      {"Turkey will not necessarily attack Armenia.", ""},
      {"If Turkey attacks Armenia, Russia will respond.", ""},
      {"The Kremlin said it would meet France.", "RUSGOV 040 FRA"},
      {"Putin, in a call with his French counterpart, urged Turkey to meet Armenia.",
       "RUSGOV 020 TUR"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Code(c.text), c.events) << c.text;
  }
}

TEST_F(ParseCoderTest, BoundsEventsPerSentence) {
  std::string text = "Armenia";
  for (int i = 0; i < 30; ++i) text += " and Armenia";
  text += " accused Azerbaijan and Turkey and France.";
  const std::string coded = Code(text);
  EXPECT_LE(std::count(coded.begin(), coded.end(), ';') + 1,
            static_cast<long>(EventBuilder::kMaxEventsPerSentence));
}

}  // namespace
}  // namespace parley
