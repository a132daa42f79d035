#include "analyze/syntax/conllu_reader.h"

#include <gtest/gtest.h>

#include <sstream>

#include "analyze/syntax/deprel.h"

namespace parley::syntax {
namespace {

constexpr char kGood[] =
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "3.1\tknew\tknow\tVERB\tVBD\t_\t_\t_\t4:conj\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

std::vector<TreebankSentence> ReadAll(const std::string& text, std::vector<std::string>* errors) {
  std::istringstream in(text);
  ConlluReader reader(&in, "t.conllu");
  std::vector<TreebankSentence> out;
  TreebankSentence s;
  while (reader.Next(&s)) out.push_back(s);
  *errors = reader.errors();
  return out;
}

TEST(ConlluReaderTest, ReadsRangesAndSkipsEmptyNodes) {
  std::vector<std::string> errors;
  auto sentences = ReadAll(kGood, &errors);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_TRUE(errors.empty());
  const TreebankSentence& s = sentences[0];
  ASSERT_EQ(s.words.size(), 5u);
  EXPECT_EQ(s.text, "I don't know.");
  ASSERT_EQ(s.multiwords.size(), 1u);
  EXPECT_EQ(s.multiwords[0].first, 1);
  EXPECT_EQ(s.multiwords[0].last, 2);
  EXPECT_EQ(s.words[3].head, -1);
  EXPECT_EQ(s.words[0].head, 3);
  EXPECT_EQ(s.words[4].deprel, PunctDeprel());
  EXPECT_FALSE(s.words[3].space_after);
  EXPECT_EQ(s.words[2].upos, Upos::kPart);
}

struct BadCase {
  const char* name;
  const char* block;
  const char* reason;
};

// Each bad block sits between two good sentences (it starts on line 10).
const BadCase kBadCases[] = {
    {"missing column", "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\n", "expected 10 columns"},
    {"cycle", "1\tr\tr\tX\t_\t_\t0\troot\t_\t_\n2\ta\ta\tX\t_\t_\t3\tdep\t_\t_\n"
              "3\tb\tb\tX\t_\t_\t2\tdep\t_\t_\n", "cycle"},
    {"self loop", "1\ta\ta\tX\t_\t_\t1\troot\t_\t_\n", "roots"},
    {"head out of range", "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n2\tb\tb\tX\t_\t_\t7\tdep\t_\t_\n", "HEAD 7"},
    {"bad head", "1\ta\ta\tX\t_\t_\tx\troot\t_\t_\n", "bad HEAD"},
    {"two roots", "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n2\tb\tb\tX\t_\t_\t0\troot\t_\t_\n", "2 roots"},
    {"bad upos", "1\ta\ta\tNOPE\t_\t_\t0\troot\t_\t_\n", "bad UPOS"},
    {"id gap", "1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n", "bad word id"},
    {"bad range", "1-x\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n", "multiword"},
    {"range past end", "1-3\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n", "past the last"},
    {"missing deprel", "1\ta\ta\tX\t_\t_\t0\t_\t_\t_\n", "DEPREL"},
};

TEST(ConlluReaderTest, SkipsMalformedSentencesWithFileAndLine) {
  for (const BadCase& c : kBadCases) {
    std::vector<std::string> errors;
    auto sentences = ReadAll(std::string(kGood) + c.block + "\n" + kGood, &errors);
    EXPECT_EQ(sentences.size(), 2u) << c.name;
    ASSERT_EQ(errors.size(), 1u) << c.name;
    EXPECT_NE(errors[0].find(c.reason), std::string::npos) << c.name << ": " << errors[0];
    EXPECT_EQ(errors[0].rfind("t.conllu:", 0), 0u) << c.name << ": " << errors[0];
    int line = std::stoi(errors[0].substr(9));
    EXPECT_GE(line, 10) << c.name;
    EXPECT_LE(line, 11) << c.name;
  }
}

TEST(ConlluReaderTest, HandlesCrlfAndMissingFinalBlankLine) {
  std::vector<std::string> errors;
  auto sentences = ReadAll("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\r\n", &errors);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(sentences[0].words[0].form, "Hi");
}

TEST(ConlluReaderTest, MissingFileIsAnError) {
  auto r = ReadConlluFile("/nonexistent/x.conllu", nullptr);
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace parley::syntax
