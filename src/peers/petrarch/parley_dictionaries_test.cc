// Parley's coder with the Phoenix dictionaries (--dict-format phoenix) on a text of our own.
// Needs $PARLEY_SHARED/peers/petrarch; skipped with a message without it.
#include "peers/petrarch/parley_dictionaries.h"

#include <gtest/gtest.h>

#include "parley/pipeline.h"
#include "test_util.h"

namespace parley {
namespace {

std::string Code(const Pipeline& p, const std::string& text, const char* date) {
  Article a;
  a.id = "t";
  a.body = text;
  a.published = Date::Parse(date);
  std::vector<Event> events;
  EXPECT_TRUE(p.NewCoder()->Code(a, &events).ok());
  std::string out;
  for (const Event& e : events) {
    if (!out.empty()) out += "; ";
    out += e.source.code + " " + e.cameo + " " + (e.target.empty() ? "-" : e.target.code);
  }
  return out;
}

TEST(PhoenixDictionaries, CodeRawTextWithParleysCoder) {
  const std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "set PARLEY_SHARED to run (needs peers/petrarch)";
  PipelineOptions o;
  o.dict_format = "phoenix";
  o.extra_dict_dirs = {shared + "/peers/petrarch"};
  auto p = Pipeline::Create(o);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const Pipeline& pipeline = *p.value();
  EXPECT_NE(pipeline.Describe().find("block patterns converted"), std::string::npos);

  // Date restrictions: Obama is USAELI until 2000 and USAGOV after 20 Jan 2009.
  const std::string meet = "Barack Obama met Vladimir Putin in Moscow on Tuesday.";
  EXPECT_EQ(Code(pipeline, meet, "2011-05-03"), "USAGOV 040 RUSGOV");
  EXPECT_EQ(Code(pipeline, meet, "1990-05-03"), "USAELI 040 RUSELI");

  // A block pattern (BLOCK * EXTRADITION [1213]) whose code cameo_codes.tsv lacks: it is
  // still emitted, with the weights of its parent 121.
  Article a;
  a.id = "t";
  a.body = "Egypt blocked extradition of the suspects to Israel.";
  a.published = Date::Parse("2011-05-03");
  std::vector<Event> events;
  ASSERT_TRUE(pipeline.NewCoder()->Code(a, &events).ok());
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.code, "EGY");
  EXPECT_EQ(events[0].target.code, "ISR");
  EXPECT_EQ(events[0].cameo, "1213");
  EXPECT_EQ(events[0].goldstein, -4.0);
  EXPECT_EQ(events[0].quad_class, QuadClass::kVerbalConflict);
}

TEST(PhoenixDictionaries, NeedsAFolder) {
  PipelineOptions o;
  o.dict_format = "phoenix";
  EXPECT_FALSE(Pipeline::Create(o).ok());
  o.dict_format = "tabari";
  EXPECT_FALSE(Pipeline::Create(o).ok());
}

}  // namespace
}  // namespace parley
