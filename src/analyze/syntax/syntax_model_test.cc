// Loads the shipped models (data/models) and checks their scores on the EWT dev set
// against the recorded ones in data/models/dev_scores.txt (within 0.3 points).
#include "analyze/syntax/syntax_model.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <utility>

#include "analyze/syntax/conllu_reader.h"
#include "analyze/syntax/linear_model.h"
#include "analyze/syntax/parse_eval.h"
#include "analyze/syntax/test_shared.h"

namespace parley {
namespace {

std::map<std::string, double> ReadRecorded(const std::string& path) {
  std::map<std::string, double> out;
  std::ifstream in(path);
  std::string name;
  double value;
  while (in >> name >> value) out[name] = value;
  return out;
}

TEST(SyntaxModelTest, ShippedModelsMatchRecordedDevScores) {
  if (!syntax::HaveTreebank("en_ewt-ud-dev.conllu")) {
    GTEST_SKIP() << "UD treebanks not found under " << syntax::SharedUdDir()
                 << " (set PARLEY_SHARED to the shared folder)";
  }
  auto model = SyntaxModel::Load(SyntaxModel::DefaultDir());
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  auto dev = syntax::ReadConlluFile(syntax::SharedUdDir() + "/en_ewt-ud-dev.conllu", nullptr);
  ASSERT_TRUE(dev.ok());
  syntax::ParseScores s = syntax::EvaluateGoldTokens(*model.value(), dev.value()).scores;
  auto recorded = ReadRecorded(SyntaxModel::DefaultDir() + "/dev_scores.txt");
  ASSERT_TRUE(recorded.count("UPOS") && recorded.count("LAS")) << "no dev_scores.txt";
  EXPECT_NEAR(s.upos.F1() * 100, recorded["UPOS"], 0.3);
  EXPECT_NEAR(s.lemma.F1() * 100, recorded["Lemmas"], 0.3);
  EXPECT_NEAR(s.uas.F1() * 100, recorded["UAS"], 0.3);
  EXPECT_NEAR(s.las.F1() * 100, recorded["LAS"], 0.3);
}

// The AVX2 kernels and the baseline ones give the same tags and trees (the sums are
// exact integers), at the shipped beam and greedily.
TEST(SyntaxModelTest, Avx2AndBaselineKernelsParseAlike) {
  auto model = SyntaxModel::Load(SyntaxModel::DefaultDir());
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  const std::vector<std::vector<std::string_view>> sentences = {
      {"Rebels", "in", "the", "north", "attacked", "a", "convoy", "carrying", "aid", "."},
      {"The", "minister", ",", "backed", "by", "parliament", ",", "accused", "Russia", "of",
       "violating", "the", "ceasefire", "agreed", "in", "Vienna", "on", "Monday", "."},
      {"Talks", "between", "the", "two", "sides", "resumed", "after", "a", "week", "."}};
  SyntaxWorkspace ws;
  for (int beam : {0, 1}) {
    if (beam > 0) model.value()->set_beam(beam);
    for (const auto& forms : sentences) {
      syntax::LinearModel::UseAvx2(true);
      model.value()->AnalyzeWords(forms, true, &ws);
      const auto heads = ws.heads;
      const auto labels = ws.labels;
      const auto upos = ws.upos;
      syntax::LinearModel::UseAvx2(false);
      model.value()->AnalyzeWords(forms, true, &ws);
      syntax::LinearModel::UseAvx2(true);
      EXPECT_EQ(ws.heads, heads);
      EXPECT_EQ(ws.labels, labels);
      EXPECT_EQ(ws.upos, upos);
    }
  }
}

// The beam margin prunes items far behind the best: with a margin near 0 only the best
// item survives each step, which is the greedy parse; with none, the full beam.
TEST(SyntaxModelTest, BeamMarginRangesFromGreedyToTheFullBeam) {
  auto model = SyntaxModel::Load(SyntaxModel::DefaultDir());
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_GT(model.value()->parser().beam(), 1);
  const std::vector<std::vector<std::string_view>> sentences = {
      {"The", "minister", ",", "backed", "by", "parliament", ",", "accused", "Russia", "of",
       "violating", "the", "ceasefire", "agreed", "in", "Vienna", "on", "Monday", "."},
      {"Police", "said", "protesters", "who", "blocked", "the", "road", "were", "arrested",
       "and", "later", "released", "without", "charge", "."}};
  SyntaxWorkspace ws;
  auto parse = [&](const std::vector<std::string_view>& forms) {
    model.value()->AnalyzeWords(forms, true, &ws);
    return std::make_pair(ws.heads, ws.labels);
  };
  const int width = model.value()->parser().beam();
  for (const auto& forms : sentences) {
    model.value()->set_margin(1e-6f);
    const auto tiny = parse(forms);
    model.value()->set_beam(1);
    EXPECT_EQ(parse(forms), tiny);
    model.value()->set_beam(width);
    model.value()->set_margin(0);
    const auto full = parse(forms);
    model.value()->set_margin(1e6f);
    EXPECT_EQ(parse(forms), full);
  }
}

TEST(SyntaxModelTest, MissingFolderFailsCleanly) {
  auto model = SyntaxModel::Load("/nonexistent/models");
  EXPECT_FALSE(model.ok());
  EXPECT_NE(model.status().message().find("tagger.bin"), std::string::npos);
}

TEST(SyntaxModelTest, CorruptModelFileFailsCleanly) {
  std::string dir = testing::TempDir() + "/corrupt_models";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/tagger.bin") << "PRLYTAGRgarbage";
  auto model = SyntaxModel::Load(dir);
  EXPECT_FALSE(model.ok());
}

}  // namespace
}  // namespace parley
