// Trains a tiny tagger, lemmatizer and parser on a slice of UD English-EWT and checks
// that they learn (far above chance), that training is deterministic, and that the
// models survive a save/load round trip.
#include <gtest/gtest.h>

#include <filesystem>

#include "analyze/syntax/conllu_reader.h"
#include "analyze/syntax/lemmatizer.h"
#include "analyze/syntax/parser_trainer.h"
#include "analyze/syntax/tagger_trainer.h"
#include "analyze/syntax/test_shared.h"
#include "analyze/syntax/word_clusters.h"

namespace parley::syntax {
namespace {

class TinyTrainingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!HaveTreebank("en_ewt-ud-train.conllu")) {
      GTEST_SKIP() << "UD treebanks not found under " << SharedUdDir()
                   << " (set PARLEY_SHARED to the shared folder)";
    }
    auto train = ReadConlluFile(SharedUdDir() + "/en_ewt-ud-train.conllu", nullptr);
    auto dev = ReadConlluFile(SharedUdDir() + "/en_ewt-ud-dev.conllu", nullptr);
    ASSERT_TRUE(train.ok() && dev.ok());
    train_.assign(train.value().begin(), train.value().begin() + 800);
    dev_.assign(dev.value().begin(), dev.value().begin() + 300);
    options_.max_epochs = 2;
  }
  // Clusters of the slice's own word forms (a stand-in for raw news).
  WordTable SliceClusters() const {
    ClusterBuilder builder;
    for (const TreebankSentence& s : train_) {
      std::vector<std::string_view> forms;
      for (const TreebankWord& w : s.words) forms.push_back(w.form);
      builder.AddSentence(forms);
    }
    ClusterOptions options;
    options.classes = 32;
    options.min_count = 3;
    return builder.Build(options);
  }
  double ParserLas(const Parser& p, const WordTable& clusters = WordTable()) const {
    return ParserScores(p, dev_, GoldTags(dev_), {WordTable(), WordTable(), clusters}).las;
  }
  std::vector<TreebankSentence> train_, dev_;
  TrainOptions options_;
};

TEST_F(TinyTrainingTest, TaggerLearnsAndRoundTrips) {
  Tagger tagger = TrainTagger(train_, dev_, options_, WordTable(), WordTable());
  double acc = TaggerAccuracy(tagger, dev_);
  EXPECT_GT(acc, 0.80);  // chance (always NOUN) is about 0.17
  std::string path = testing::TempDir() + "/tagger.bin";
  ASSERT_TRUE(tagger.Save(path).ok());
  Tagger loaded;
  ASSERT_TRUE(loaded.Load(path).ok());
  EXPECT_DOUBLE_EQ(TaggerAccuracy(loaded, dev_), acc);
}

TEST_F(TinyTrainingTest, TaggerKeepsItsWordClusters) {
  const WordTable clusters = SliceClusters();
  ASSERT_GT(clusters.size(), 100u);
  Tagger tagger = TrainTagger(train_, dev_, options_, WordTable(), clusters);
  const double acc = TaggerAccuracy(tagger, dev_);
  EXPECT_GT(acc, 0.80);
  std::string path = testing::TempDir() + "/tagger_clusters.bin";
  ASSERT_TRUE(tagger.Save(path).ok());
  Tagger loaded;
  ASSERT_TRUE(loaded.Load(path).ok());
  EXPECT_EQ(loaded.clusters().size(), clusters.size());
  EXPECT_DOUBLE_EQ(TaggerAccuracy(loaded, dev_), acc);
}

TEST_F(TinyTrainingTest, ParserKnowsItWasTrainedWithClusters) {
  ParserTrainOptions options;
  options.common = options_;
  Parser plain = TrainParser(train_, GoldTags(train_), dev_, GoldTags(dev_), options);
  EXPECT_FALSE(plain.UsesClusters());
  options.tables.clusters = SliceClusters();
  Parser with = TrainParser(train_, GoldTags(train_), dev_, GoldTags(dev_), options);
  EXPECT_TRUE(with.UsesClusters());
  EXPECT_GT(ParserLas(with, options.tables.clusters), 0.55);
}

TEST_F(TinyTrainingTest, ParserLearnsDeterministically) {
  ParserTrainOptions options;
  options.common = options_;
  Parser a = TrainParser(train_, GoldTags(train_), dev_, GoldTags(dev_), options);
  AttachmentScores scores = ParserScores(a, dev_, GoldTags(dev_), ParserWordTables());
  EXPECT_GT(scores.uas, 0.65);  // attaching every word to its neighbour gives ~0.3
  EXPECT_GT(scores.las, 0.55);
  Parser b = TrainParser(train_, GoldTags(train_), dev_, GoldTags(dev_), options);
  EXPECT_EQ(ParserLas(b), scores.las);
  std::string path = testing::TempDir() + "/parser.bin";
  ASSERT_TRUE(a.Save(path).ok());
  Parser loaded;
  ASSERT_TRUE(loaded.Load(path).ok());
  EXPECT_EQ(ParserLas(loaded), scores.las);
}

TEST_F(TinyTrainingTest, BeamParserLearnsAndKeepsItsWidth) {
  ParserTrainOptions options;
  options.common = options_;
  options.beam = 2;
  Parser beam = TrainParser(train_, GoldTags(train_), dev_, GoldTags(dev_), options);
  EXPECT_EQ(beam.beam(), 2);
  AttachmentScores scores = ParserScores(beam, dev_, GoldTags(dev_), ParserWordTables());
  EXPECT_GT(scores.uas, 0.65);
  EXPECT_GT(scores.las, 0.55);
  std::string path = testing::TempDir() + "/parser_beam.bin";
  ASSERT_TRUE(beam.Save(path).ok());
  Parser loaded;
  ASSERT_TRUE(loaded.Load(path).ok());
  EXPECT_EQ(loaded.beam(), 2);
  EXPECT_EQ(loaded.margin(), beam.margin());  // chosen on dev, saved with the model
  EXPECT_EQ(ParserLas(loaded), scores.las);
  // The chosen margin keeps the full beam's trees for 99% of the dev sentences.
  const float margin = loaded.margin();
  EXPECT_EQ(ChooseBeamMargin(&loaded, dev_, GoldTags(dev_), ParserWordTables()), margin);
  EXPECT_EQ(loaded.margin(), margin);
  // Width 1 decodes the same weights greedily: a different parse, still a parse.
  loaded.set_beam(1);
  EXPECT_GT(ParserLas(loaded), 0.4);
}

TEST_F(TinyTrainingTest, LemmatizerLearnsRules) {
  Lemmatizer lem = Lemmatizer::Train(train_);
  std::string out;
  lem.Lemmatize("cats", Upos::kNoun, &out);
  EXPECT_EQ(out, "cat");
  lem.Lemmatize("The", Upos::kDet, &out);
  EXPECT_EQ(out, "the");
  lem.Lemmatize("is", Upos::kAux, &out);
  EXPECT_EQ(out, "be");
}

TEST(LemmaRuleTest, DerivesAndAppliesRules) {
  struct Case { const char* form; const char* lemma; const char* rule; };
  const Case cases[] = {
      {"studies", "study", "L3:y"}, {"The", "the", "L0:"}, {"was", "be", "L3:be"},
      {"I", "I", "K0:"}, {"Russia", "Russia", "K0:"}, {"ran", "run", "L2:un"},
  };
  for (const Case& c : cases) {
    std::string rule = DeriveLemmaRule(c.form, c.lemma), out;
    EXPECT_EQ(rule, c.rule) << c.form;
    ApplyLemmaRule(rule, c.form, &out);
    EXPECT_EQ(out, c.lemma) << c.form;
  }
}

}  // namespace
}  // namespace parley::syntax
