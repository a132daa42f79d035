#include "analyze/syntax/word_table.h"

#include <gtest/gtest.h>

#include "analyze/syntax/rng.h"

namespace parley::syntax {
namespace {

TEST(WordTableTest, FindsEveryKeyAndNothingElse) {
  for (size_t count : {0, 1, 2, 3, 1000, 50000}) {
    Rng rng(count + 7);
    std::map<uint64_t, uint32_t> entries;
    while (entries.size() < count) entries[rng.Next()] = static_cast<uint32_t>(entries.size());
    entries[0] = 11;  // the extremes of the key range
    entries[~uint64_t{0}] = 12;
    const WordTable table(entries);
    for (const auto& [key, value] : entries) ASSERT_EQ(table.Get(key, 99), value) << count;
    for (int i = 0; i < 1000; ++i) {
      const uint64_t key = rng.Next();
      if (!entries.count(key)) {
        ASSERT_EQ(table.Get(key, 99), 99u);
      }
    }
  }
  EXPECT_EQ(WordTable().Get(5, 99), 99u);
}

TEST(WordTableTest, SurvivesSaveAndLoad) {
  const WordTable table(std::map<uint64_t, uint32_t>{{1, 10}, {1ULL << 63, 20}, {77, 30}});
  BinaryWriter w;
  table.Save(&w);
  BinaryReader r(w.bytes());
  WordTable loaded;
  ASSERT_TRUE(loaded.Load(&r).ok());
  EXPECT_EQ(loaded.Get(1ULL << 63, 0), 20u);
  EXPECT_EQ(loaded.Get(77, 0), 30u);
  EXPECT_EQ(loaded.Get(78, 0), 0u);
}

}  // namespace
}  // namespace parley::syntax
