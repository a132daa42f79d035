#include "code/verb_dictionary.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace parley {
namespace {

TEST(VerbDictionary, ParsesPatternsAndReportsBadLines) {
  const std::string path = testing::TempDir() + "/verbs.txt";
  testing::WriteFile(path,
                     "036   offer+ to meet|talk\n"
                     "19x   attack+\n"
                     "112   accuse+ * of\n"
                     "043   * host+\n"
                     "040   meet+ with %\n"
                     "040   Meet+\n"
                     "190   a * b * c * d * e * f\n");
  VerbDictionary v;
  ASSERT_TRUE(v.LoadPatterns(path).ok());
  EXPECT_EQ(v.size(), 3u);
  ASSERT_EQ(v.problems().size(), 4u);
  EXPECT_NE(v.problems()[3].find(":7: more than 4 * gaps"), std::string::npos);
  EXPECT_EQ(v.problems()[0], path + ":2: bad event code \"19x\"");
  EXPECT_NE(v.problems()[1].find(":4: a pattern needs words"), std::string::npos);
  EXPECT_NE(v.problems()[2].find(":6: bad pattern element"), std::string::npos);
  ASSERT_NE(v.Anchored("offered"), nullptr);
  EXPECT_EQ(v.pattern((*v.Anchored("offered"))[0]).elements.size(), 3u);
  EXPECT_TRUE(v.pattern((*v.Anchored("meets"))[0]).reciprocal);
  EXPECT_TRUE(v.IsParticiple("accused"));
  EXPECT_EQ(v.Anchored("accusation"), nullptr);
}

}  // namespace
}  // namespace parley
