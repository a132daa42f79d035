// Tests of the parley program as users run it: bad input never stops the run, every
// skipped record is named as file:line: reason, and the exit status and summary say so.
#include <gtest/gtest.h>

#include <string>

#include "test_util.h"

namespace parley {
namespace {

using testing::RunCommand;
using testing::RunResult;
using testing::WriteFile;

const char kGood[] = "Russia accused Turkey of shelling the border town on Monday.\n";

std::string Parley(const std::string& args) { return std::string(PARLEY_BIN) + " " + args; }

size_t Lines(const std::string& s) { return std::count(s.begin(), s.end(), '\n'); }

// Writes good.txt and `name` with `content` into a new folder; codes both.
RunResult CodeWithBadFile(const std::string& name, const std::string& content,
                          std::string* dir_out = nullptr, const std::string& extra = "") {
  const std::string dir = testing::TempDir();
  WriteFile(dir + "/good.txt", kGood);
  WriteFile(dir + "/" + name, content);
  if (dir_out) *dir_out = dir;
  return RunCommand(Parley("code -q " + extra + " '" + dir + "/" + name + "' '" + dir + "/good.txt'"));
}

TEST(Cli, GoodInputCodesAndSummarises) {
  const std::string dir = testing::TempDir();
  WriteFile(dir + "/good.txt", kGood);
  const RunResult r = RunCommand(Parley("code -q " + dir + "/good.txt"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Lines(r.out), 1u) << r.out;
  EXPECT_NE(r.out.find("\"cameo\":\"112"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("parley: 1 articles, 1 sentences, 1 events, 0 skipped"),
            std::string::npos) << r.err;
}

// Events take the place named in their sentence, else the dateline's, else none.
TEST(Cli, EventsCarryTheirPlace) {
  const std::string dir = testing::TempDir();
  WriteFile(dir + "/a.txt",
            "GAO (Reuters) - Russia accused Turkey of shelling a village on Monday.\n\n"
            "Putin met Erdogan in Saint Petersburg on Tuesday.\n");
  WriteFile(dir + "/b.txt", kGood);
  const RunResult r = RunCommand(Parley("code -q " + dir + "/a.txt " + dir + "/b.txt"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"place\":{\"name\":\"Gao, Gao, Mali\",\"type\":4,\"country\":\"MLI\""),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"text\":\"GAO\",\"from\":\"dateline\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"place\":{\"name\":\"Saint Petersburg, St.-Petersburg, Russia\""),
            std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"from\":\"sentence\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"place\":null"), std::string::npos) << r.out;  // b.txt
}

// `parse --as-coded` shows what the parse coder sees: the text as `code` reads it (the
// dateline is gone), a name as one word of the tree, the sentence's events as comments.
TEST(Cli, ParseAsCodedShowsTheCodersTrees) {
  const std::string dir = testing::TempDir();
  WriteFile(dir + "/a.txt",
            "Wire report\n\nANKARA (Wire) \xE2\x80\x94 Russian President Vladimir Putin "
            "accused Turkey on Monday.\n\nThe weather was fine.\n");
  const RunResult r = RunCommand(Parley("parse --as-coded " + dir + "/a.txt"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("# event = RUSGOV 112 TUR\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("# text = Russian President Vladimir Putin accused"), std::string::npos)
      << r.out;
  EXPECT_EQ(r.out.find("\tANKARA\t"), std::string::npos) << r.out;  // the dateline
  EXPECT_NE(r.out.find("\tVladimir\tVladimir\tPROPN\t_\t_\t4\tflat"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\tPutin\tPutin\tPROPN\t_\t_\t5\tnsubj"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("weather"), std::string::npos) << r.out;  // no actor: not parsed
}

TEST(Cli, EmptyFile) {
  std::string dir;
  const RunResult r = CodeWithBadFile("empty.txt", "", &dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir + "/empty.txt:1: empty file, skipped"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 skipped"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.out), 1u);
}

TEST(Cli, BinaryFile) {
  std::string dir;
  const RunResult r = CodeWithBadFile("blob.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), &dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir + "/blob.txt:1: binary data, not text, skipped"), std::string::npos)
      << r.err;
  EXPECT_EQ(Lines(r.out), 1u);
}

TEST(Cli, InvalidUtf8IsRepairedAndCoded) {
  std::string dir;
  const RunResult r = CodeWithBadFile(
      "latin1.txt", "Headline\n\nOfficials in caf\xE9s said France criticized Turkey on Friday.\n", &dir);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(dir + "/latin1.txt:3: invalid UTF-8, replaced with U+FFFD"),
            std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 repaired"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.out), 2u) << r.out;
}

TEST(Cli, FiftyMegabyteSingleLine) {
  std::string dir;
  const RunResult r = CodeWithBadFile("huge.txt", std::string(50u << 20, 'a'), &dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir + "/huge.txt:1: larger than 16777216 bytes, skipped"),
            std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.out), 1u);
  const RunResult j = CodeWithBadFile(
      "huge.jsonl", "{\"id\":\"big\",\"text\":\"" + std::string(50u << 20, 'a') + "\"}\n" +
                        "{\"id\":\"ok\",\"text\":\"France criticized Turkey on Friday.\"}\n", &dir);
  EXPECT_NE(j.err.find(dir + "/huge.jsonl:1: line longer than 16777216 bytes, skipped"),
            std::string::npos) << j.err;
  EXPECT_EQ(Lines(j.out), 2u);
}

TEST(Cli, BrokenJsonlLines) {
  std::string dir;
  const RunResult r = CodeWithBadFile(
      "feed.jsonl",
      "{\"id\":\"1\",\"text\":\"France criticized Turkey on Friday.\"}\n"
      "{\"id\":\"2\",\"text\":\"unterminated\n"
      "{\"id\":\"3\"}\n"
      "not json at all\n"
      "{\"id\":\"4\",\"text\":\"Turkey criticized France on Saturday.\"}\n",
      &dir);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir + "/feed.jsonl:2: invalid JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(dir + "/feed.jsonl:3: missing or empty field \"text\""),
            std::string::npos) << r.err;
  EXPECT_NE(r.err.find(dir + "/feed.jsonl:4: invalid JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("3 skipped"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.out), 3u) << r.out;
}

TEST(Cli, MissingPath) {
  const std::string dir = testing::TempDir();
  WriteFile(dir + "/good.txt", kGood);
  const RunResult r = RunCommand(Parley("code -q " + dir + "/nope.txt " + dir + "/good.txt"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir + "/nope.txt: no such file or folder"), std::string::npos) << r.err;
  EXPECT_EQ(Lines(r.out), 1u);
}

TEST(Cli, StrictStopsAtTheFirstBadRecord) {
  std::string dir;
  const RunResult r = CodeWithBadFile("empty.txt", "", &dir, "--strict");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(Lines(r.out), 0u);
}

TEST(Cli, UsageErrorsExitWithTwo) {
  EXPECT_EQ(RunCommand(Parley("code --format xml /dev/null")).exit_code, 2);
  EXPECT_EQ(RunCommand(Parley("code --date 2020-13-45 /dev/null")).exit_code, 2);
  EXPECT_EQ(RunCommand(Parley("frobnicate")).exit_code, 2);
}

TEST(Cli, StdinJsonlAndText) {
  const std::string dir = testing::TempDir();
  WriteFile(dir + "/in.jsonl", "{\"id\":\"s1\",\"text\":\"France criticized Turkey.\",\"date\":\"2020-01-02\"}\n");
  const RunResult j = RunCommand("cat " + dir + "/in.jsonl | " + Parley("code -q -"));
  EXPECT_EQ(j.exit_code, 0) << j.err;
  EXPECT_NE(j.out.find("\"article_id\":\"s1\""), std::string::npos) << j.out;
  EXPECT_NE(j.out.find("\"date\":\"2020-01-02\""), std::string::npos) << j.out;
  const RunResult t = RunCommand("echo 'France criticized Turkey.' | " + Parley("code -q --date 2021-03-04 -"));
  EXPECT_NE(t.out.find("\"article_id\":\"stdin\""), std::string::npos) << t.out;
  EXPECT_NE(t.out.find("\"date\":\"2021-03-04\""), std::string::npos) << t.out;
}

TEST(Cli, ThreadsGiveTheSameOutput) {
  const std::string examples = std::string(PARLEY_SOURCE_DIR) + "/examples";
  const RunResult one = RunCommand(Parley("code -q -j 1 " + examples));
  const RunResult two = RunCommand(Parley("code -q -j 2 " + examples));
  EXPECT_EQ(one.exit_code, 0) << one.err;
  EXPECT_GT(Lines(one.out), 10u);
  EXPECT_EQ(one.out, two.out);
}

}  // namespace
}  // namespace parley
