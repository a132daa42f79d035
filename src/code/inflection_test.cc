#include "code/inflection.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "test_util.h"

namespace parley {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(Inflection, RegularVerbs) {
  Inflector inf;
  struct Case { const char* lemma; std::vector<std::string> finite; const char* participle; };
  const Case cases[] = {
      {"accuse", {"accuse", "accuses", "accused", "accusing"}, "accused"},
      {"ban", {"bans", "banned", "banning"}, "banned"},
      {"visit", {"visits", "visited", "visiting"}, "visited"},
      {"deny", {"denies", "denied", "denying"}, "denied"},
      {"reach", {"reaches", "reached"}, "reached"},
      {"agree", {"agrees", "agreed", "agreeing"}, "agreed"},
      {"tie", {"ties", "tied", "tying"}, "tied"},
      {"play", {"plays", "played"}, "played"},
  };
  for (const auto& c : cases) {
    const VerbForms f = inf.Forms(c.lemma);
    for (const auto& form : c.finite) EXPECT_TRUE(Has(f.finite, form)) << c.lemma << " " << form;
    EXPECT_TRUE(Has(f.participle, c.participle)) << c.lemma;
  }
}

TEST(Inflection, IrregularVerbsFromFile) {
  const std::string path = testing::TempDir() + "/irr.txt";
  testing::WriteFile(path, "# lemma past participle [3rd]\nmeet met met\ngo went gone goes\n"
                           "burn burned/burnt burned/burnt\n");
  Inflector inf;
  ASSERT_TRUE(inf.LoadIrregular(path).ok());
  EXPECT_TRUE(Has(inf.Forms("meet").finite, "met"));
  EXPECT_TRUE(Has(inf.Forms("meet").finite, "meeting"));
  EXPECT_FALSE(Has(inf.Forms("meet").finite, "meeted"));
  EXPECT_TRUE(Has(inf.Forms("go").finite, "goes"));
  EXPECT_TRUE(Has(inf.Forms("go").participle, "gone"));
  EXPECT_TRUE(Has(inf.Forms("burn").participle, "burnt"));
}

}  // namespace
}  // namespace parley
