#include "analyze/syntax/parser_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/doc.h"

namespace parley::syntax {
namespace {

uint8_t Tag(Upos u) { return static_cast<uint8_t>(u); }

TEST(ParserFeaturesTest, CountsTagsBeforeEachWord) {
  // "Troops , police and rebels clashed"
  const std::vector<uint8_t> tags = {Tag(Upos::kNoun), Tag(Upos::kPunct), Tag(Upos::kNoun),
                                     Tag(Upos::kCconj), Tag(Upos::kNoun), Tag(Upos::kVerb)};
  std::vector<TagsBefore> before;
  CountTagsBefore(tags.data(), 6, &before);
  ASSERT_EQ(before.size(), 7u);
  EXPECT_EQ(before[0].punct, 0);
  EXPECT_EQ(before[2].punct, 1);
  EXPECT_EQ(before[3].conj, 0);
  EXPECT_EQ(before[4].conj, 1);
  EXPECT_EQ(before[5].verbs, 0);
  EXPECT_EQ(before[6].verbs, 1);
  EXPECT_EQ(before[6].punct, 1);
}

// The features of the state with word 0 on the stack and word `shifts` first in the buffer.
FeatureList FeaturesAt(const std::vector<std::string_view>& forms,
                                 const std::vector<uint8_t>& tags, int shifts,
                                 const uint32_t* tag_sets) {
  const int n = static_cast<int>(forms.size());
  std::vector<WordInfo> words;
  for (std::string_view f : forms) words.push_back(ComputeWordInfo(f));
  std::vector<uint32_t> signatures(n, 0);
  ArcEagerState s;
  s.Init(n);
  s.Apply(Move::kShift, 0);
  for (int i = 1; i < shifts; ++i) {
    s.Apply(Move::kShift, 0);
    s.Apply(Move::kReduce, 0);  // (a test of features, not of a valid tree)
  }
  ParserInput in{words.data(), tags.data(), signatures.data(), n, tag_sets};
  SentenceTables tables;
  PrepareInput(&in, &tables);
  FeatureList out;
  ParserFeatures(in, s, &out);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(ParserFeaturesTest, SeeWhatLiesBetweenStackAndBuffer) {
  const std::vector<uint8_t> comma = {Tag(Upos::kNoun), Tag(Upos::kPunct), Tag(Upos::kNoun)};
  const std::vector<uint8_t> word = {Tag(Upos::kNoun), Tag(Upos::kAdj), Tag(Upos::kNoun)};
  // Same words at S0 and N0, same tags at S0 and N0; only the word between differs.
  auto a = FeaturesAt({"troops", ",", "police"}, comma, 2, nullptr);
  auto b = FeaturesAt({"troops", ",", "police"}, word, 2, nullptr);
  EXPECT_NE(a, b);
}

TEST(ParserFeaturesTest, SeeTheTagsAWordHadInTraining) {
  const std::vector<uint8_t> tags = {Tag(Upos::kPron), Tag(Upos::kVerb)};
  const uint32_t pron_only[] = {1u << Tag(Upos::kPron), 1u << Tag(Upos::kVerb)};
  const uint32_t ambiguous[] = {(1u << Tag(Upos::kPron)) | (1u << Tag(Upos::kSconj)),
                                1u << Tag(Upos::kVerb)};
  EXPECT_NE(FeaturesAt({"that", "said"}, tags, 1, pron_only),
            FeaturesAt({"that", "said"}, tags, 1, ambiguous));
  EXPECT_EQ(FeaturesAt({"that", "said"}, tags, 1, ambiguous),
            FeaturesAt({"that", "said"}, tags, 1, ambiguous));
}

// The stack-top-and-buffer set and the tree set split the templates: together they
// are all the features (same hashes), and the first does not see the tree.
TEST(ParserFeaturesTest, TheTwoSetsSplitTheFeatures) {
  const std::vector<std::string_view> forms = {"Rebels", "in", "the", "north", "attacked",
                                               "a", "convoy", "."};
  const std::vector<uint8_t> tags = {Tag(Upos::kNoun), Tag(Upos::kAdp), Tag(Upos::kDet),
                                     Tag(Upos::kNoun), Tag(Upos::kVerb), Tag(Upos::kDet),
                                     Tag(Upos::kNoun), Tag(Upos::kPunct)};
  const int n = static_cast<int>(forms.size());
  std::vector<WordInfo> words;
  for (std::string_view f : forms) words.push_back(ComputeWordInfo(f));
  std::vector<uint32_t> signatures(n, 7), clusters(n, 0x2a5);
  ParserInput in{words.data(), tags.data(), signatures.data(), n, nullptr};
  SentenceTables tables;
  // Two states with the same S0 ("Rebels") and N0 ("attacked"), different trees.
  ArcEagerState flat, built;
  flat.Init(n);
  built.Init(n);
  for (ArcEagerState* s : {&flat, &built}) s->Apply(Move::kShift, 0);
  for (int i = 1; i < 4; ++i) {
    flat.Apply(Move::kShift, 0);
    flat.Apply(Move::kReduce, 0);  // (a test of features, not of a valid tree)
  }
  built.Apply(Move::kShift, 0);   // in
  built.Apply(Move::kShift, 0);   // the
  built.Apply(Move::kLeft, 23);   // the <- north
  built.Apply(Move::kLeft, 10);   // in <- north
  built.Apply(Move::kRight, 35);  // Rebels -> north
  built.Apply(Move::kReduce, 0);
  const uint32_t* no_clusters = nullptr;
  for (const uint32_t* with_clusters : {no_clusters, static_cast<const uint32_t*>(clusters.data())}) {
    in.clusters = with_clusters;
    PrepareInput(&in, &tables);  // the slots carry the clusters
    FeatureList top[2], tree[2];
    for (int k = 0; k < 2; ++k) {
      const ArcEagerState& s = k == 0 ? flat : built;
      ASSERT_EQ(s.Stack(0), 0);
      ASSERT_EQ(s.Buffer(0), 4);
      FeatureList all;
      ParserFeatures(in, s, &all);
      ParserFeatures(in, s, FeatureSet::kStackTopAndBuffer, &top[k]);
      ParserFeatures(in, s, FeatureSet::kTree, &tree[k]);
      EXPECT_EQ(top[k].size() + tree[k].size(), all.size());
      FeatureList both = top[k];
      both.insert(both.end(), tree[k].begin(), tree[k].end());
      std::sort(both.begin(), both.end());
      std::sort(all.begin(), all.end());
      EXPECT_EQ(both, all);
    }
    EXPECT_EQ(top[0], top[1]);
    EXPECT_NE(tree[0], tree[1]);
  }
}

std::vector<uint64_t> Words(const StateView& v) {
  std::vector<uint64_t> words(StateView::kWords);
  v.ToWords(words.data());
  return words;
}

// The beam parser keys its cache by the view: states reached by different moves with
// equal views must have equal features, and a relation the templates read must show
// in the view.
TEST(ParserFeaturesTest, EqualViewsGiveEqualFeatures) {
  const std::vector<std::string_view> forms = {"The", "rebels", "said", "that", "troops",
                                               "attacked", "the", "town", "."};
  const std::vector<uint8_t> tags = {Tag(Upos::kDet),   Tag(Upos::kNoun), Tag(Upos::kVerb),
                                     Tag(Upos::kSconj), Tag(Upos::kNoun), Tag(Upos::kVerb),
                                     Tag(Upos::kDet),   Tag(Upos::kNoun), Tag(Upos::kPunct)};
  const int n = static_cast<int>(forms.size());
  std::vector<WordInfo> words;
  for (std::string_view f : forms) words.push_back(ComputeWordInfo(f));
  std::vector<uint32_t> signatures(n, 3), clusters(n, 0x1234);
  ParserInput in{words.data(), tags.data(), signatures.data(), n, nullptr};
  in.clusters = clusters.data();
  SentenceTables tables;
  PrepareInput(&in, &tables);
  std::vector<std::pair<std::vector<uint64_t>, FeatureList>> seen;
  uint32_t seed = 7;
  size_t equal_views = 0;
  for (int walk = 0; walk < 300; ++walk) {
    ArcEagerState s;
    s.Init(n);
    while (!s.Terminal()) {
      Move moves[4];
      int count = 0;
      for (Move m : {Move::kShift, Move::kReduce, Move::kLeft, Move::kRight}) {
        if (s.Can(m)) moves[count++] = m;
      }
      seed = seed * 1664525u + 1013904223u;
      s.Apply(moves[(seed >> 16) % count], static_cast<int>((seed >> 8) % 3) + 1);
      FeatureList features, from_view;
      ParserFeatures(in, s, &features);
      ParserFeatures(in, ViewOf(s), FeatureSet::kAll, &from_view);
      ASSERT_EQ(features, from_view);
      const std::vector<uint64_t> key = Words(ViewOf(s));
      for (const auto& [other_key, other_features] : seen) {
        if (other_key != key) continue;
        ++equal_views;
        ASSERT_EQ(other_features, features);
      }
      if (seen.size() < 2000) seen.emplace_back(key, features);
    }
  }
  EXPECT_GT(equal_views, 100u);  // the walks do meet
  // Two states that differ only in the relation of S0's left child.
  ArcEagerState a, b;
  for (ArcEagerState* s : {&a, &b}) {
    s->Init(n);
    s->Apply(Move::kShift, 0);
  }
  a.Apply(Move::kLeft, 1);
  b.Apply(Move::kLeft, 2);
  for (ArcEagerState* s : {&a, &b}) s->Apply(Move::kShift, 0);
  EXPECT_NE(Words(ViewOf(a)), Words(ViewOf(b)));
  FeatureList fa, fb;
  ParserFeatures(in, a, &fa);
  ParserFeatures(in, b, &fb);
  EXPECT_NE(fa, fb);
}

}  // namespace
}  // namespace parley::syntax
