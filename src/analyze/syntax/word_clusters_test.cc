#include "analyze/syntax/word_clusters.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "analyze/syntax/word_info.h"

namespace parley::syntax {
namespace {

const std::vector<std::string_view> kDets = {"the", "a", "this", "every"};
const std::vector<std::string_view> kNouns = {"cat", "dog", "bird", "fish", "horse"};
const std::vector<std::string_view> kVerbs = {"runs", "sleeps", "eats", "jumps"};

// Every "DET NOUN VERB ." sentence a few times, in a fixed interleaved order.
WordTable BuildToy(int classes) {
  ClusterBuilder builder;
  for (int rep = 0; rep < 3; ++rep) {
    for (std::string_view d : kDets) {
      for (std::string_view n : kNouns) {
        for (std::string_view v : kVerbs) builder.AddSentence({d, n, v, "."});
      }
    }
  }
  ClusterOptions options;
  options.classes = classes;
  options.min_count = 1;
  return builder.Build(options);
}

uint32_t Of(const WordTable& t, std::string_view w) { return t.Get(FoldedHash(w), 0); }

TEST(WordClustersTest, GroupsWordsByTheirNeighbours) {
  WordTable t = BuildToy(4);
  for (const auto* group : {&kDets, &kNouns, &kVerbs}) {
    for (std::string_view w : *group) {
      ASSERT_NE(Of(t, w), 0u) << w;
      EXPECT_EQ(ClusterClass(Of(t, w)), ClusterClass(Of(t, (*group)[0]))) << w;
    }
  }
  EXPECT_NE(ClusterClass(Of(t, "cat")), ClusterClass(Of(t, "runs")));
  EXPECT_NE(ClusterClass(Of(t, "cat")), ClusterClass(Of(t, "the")));
  EXPECT_NE(ClusterClass(Of(t, "the")), ClusterClass(Of(t, "runs")));
  EXPECT_EQ(Of(t, "unicorn"), 0u);
}

TEST(WordClustersTest, PathsFormABinaryTree) {
  WordTable t = BuildToy(4);
  const uint32_t cat = Of(t, "cat"), runs = Of(t, "runs"), the = Of(t, "the");
  EXPECT_EQ(ClusterPrefix(cat, 0), 1u);  // everything under the root
  EXPECT_NE(ClusterPrefix(cat, 8), ClusterPrefix(runs, 8));
  EXPECT_NE(ClusterPrefix(cat, 8), ClusterPrefix(the, 8));
  EXPECT_EQ(ClusterPrefix(cat, 8), ClusterPrefix(Of(t, "dog"), 8));
  EXPECT_EQ(ClusterPrefix(0, 4), 0u);
}

TEST(WordClustersTest, DeterministicAndSavedIntact) {
  WordTable a = BuildToy(4), b = BuildToy(4);
  const std::string path = testing::TempDir() + "/clusters_test.bin";
  ASSERT_TRUE(SaveWordClusters(a, path).ok());
  Result<WordTable> loaded = LoadWordClusters(path);
  ASSERT_TRUE(loaded.ok());
  for (const auto* group : {&kDets, &kNouns, &kVerbs}) {
    for (std::string_view w : *group) {
      EXPECT_EQ(Of(a, w), Of(b, w)) << w;
      EXPECT_EQ(Of(a, w), Of(loaded.value(), w)) << w;
    }
  }
  std::remove(path.c_str());
}

}  // namespace
}  // namespace parley::syntax
