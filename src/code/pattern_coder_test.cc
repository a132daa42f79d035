#include "code/pattern_coder.h"

#include <gtest/gtest.h>

#include "fixture_dicts.h"
#include "parley/pipeline.h"

namespace parley {
namespace {

class PatternCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    PipelineOptions o;
    o.data_dir = testing::WriteFixtureData();
    o.syntax = PipelineOptions::Syntax::kOff;  // the rules on words alone, model-independent
    auto p = Pipeline::Create(o);
    ASSERT_TRUE(p.ok()) << p.status().ToString();
    pipeline_ = std::move(p.value()).release();
  }
  static void TearDownTestSuite() { delete pipeline_; }

  static std::string Code(const std::string& text) {
    return testing::CodedEvents(*pipeline_, text);
  }
  static Pipeline* pipeline_;
};
Pipeline* PatternCoderTest::pipeline_ = nullptr;

TEST_F(PatternCoderTest, CodesSourceVerbTarget) {
  struct Case { const char* text; const char* events; };
  const Case cases[] = {
      {"Russia accused Turkey of lying.", "RUS 112 TUR"},
      {"Armenia and Azerbaijan accused France.", "ARM 112 FRA; AZE 112 FRA"},
      {"Russia is prepared to mediate between Armenia and Azerbaijan.",
       "RUS 039 ARM; RUS 039 AZE"},
      {"Putin calls on the sides to cease fire immediately.", "RUSGOV 0256 -"},
      {"Putin called on Armenia to cease fire.", "RUSGOV 0256 ARM"},
      {"Baku and Yerevan traded blame.", "AZE 112 ARM; ARM 112 AZE"},
      {"Russia and France attacked.", "RUS 190 -; FRA 190 -"},
      {"Armenia was attacked by Azerbaijan.", "AZE 190 ARM"},
      {"Talks mediated by Russia failed.", "RUS 045 -"},
      {"A Russia-brokered truce held.", "RUS 045 -"},
      {"Armenia did not attack Azerbaijan.", ""},
      {"Russia said Armenia attacked Azerbaijan.", "ARM 190 AZE"},
      {"Moscow has sold weapons to Armenia.", "RUS 0712 ARM"},
      {"Turkey met France, Peskov said.", "TUR 040 FRA"},
      {"Peskov said Russia urges calm.", "RUS 020 -"},
      {"Russia accused Turkey after the attack.", "RUS 112 TUR"},
      {"Armenia accused Turkey of attacking Azerbaijan.", "ARM 112 TUR"},
      {"Turkey met France in Moscow.", "TUR 040 FRA"},
      {"Turkey met officials in Moscow.", "TUR 040 -"},
      {"Moscow and Baku held no talks.", ""},
      {"Moscow and Baku held talks.", "RUS 046 AZE; AZE 046 RUS"},
      {"Talks between Armenia and Azerbaijan were held.", ""},
      {"Russia urged Armenia to attack Azerbaijan.", "RUS 020 ARM"},
      {"Azerbaijan attacked and Russia accused Turkey.", "AZE 190 -; RUS 112 TUR"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Code(c.text), c.events) << c.text;
  }
}

TEST_F(PatternCoderTest, BoundsEventsPerSentence) {
  std::string text = "Armenia";
  for (int i = 0; i < 30; ++i) text += " and Armenia";
  text += " accused Azerbaijan and Turkey and France.";
  const std::string coded = Code(text);
  EXPECT_LE(std::count(coded.begin(), coded.end(), ';') + 1,
            static_cast<long>(PatternCoder::kMaxEventsPerSentence));
}

}  // namespace
}  // namespace parley
