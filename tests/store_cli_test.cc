// The event store as users run it: parley code --store, re-ingest, crash and resume,
// stories of the seeds, exports and the query commands.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

#include "parley/store.h"
#include "test_util.h"

namespace parley {
namespace {

using testing::RunCommand;
using testing::RunResult;

std::string Parley(const std::string& args) { return std::string(PARLEY_BIN) + " " + args; }

StoreCounts CountsOf(const std::string& db) {
  StoreOptions o;
  o.read_only = true;
  auto store = Store::Open(db, o);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  if (!store.ok()) return {};
  EXPECT_TRUE(store.value()->Stories().ok());  // groups the articles when they changed
  auto c = store.value()->Counts();
  return c.ok() ? c.value() : StoreCounts{};
}

int64_t MentionTotal(const std::string& db) {
  StoreOptions o;
  o.read_only = true;
  auto store = Store::Open(db, o);
  int64_t total = 0;
  EXPECT_TRUE(store.value()->Query({}, [&](const StoredEvent& e) { total += e.num_mentions; }).ok());
  return total;
}

// `n` distinct articles over 30 days; every third repeats a happening of the one before.
std::string WriteCorpus(const std::string& dir, int n) {
  std::string text;
  for (int i = 0; i < n; ++i) {
    char line[512];
    std::snprintf(line, sizeof line,
                  "{\"id\":\"gen-%d\",\"date\":\"2021-03-%02d\",\"source\":\"feed%d\","
                  "\"text\":\"Russia accused Turkey of shelling the border town. "
                  "France criticized Turkey over the raid. Report %d.\"}\n",
                  i, 1 + (i / 3) % 28, i % 5, i);
    text += line;
  }
  const std::string path = dir + "/big.jsonl";
  testing::WriteFile(path, text);
  return path;
}

pid_t Spawn(const std::vector<std::string>& args) {
  const pid_t pid = fork();
  if (pid != 0) return pid;
  const int null = open("/dev/null", O_RDWR);
  dup2(null, 1);
  dup2(null, 2);
  std::vector<char*> argv;
  for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  execv(argv[0], argv.data());
  _exit(127);
}

TEST(StoreCli, CodingTheSameInputTwiceAddsNothing) {
  const std::string dir = testing::TempDir();
  const std::string input = WriteCorpus(dir, 30);
  const std::string db = dir + "/x.db";
  const RunResult first = RunCommand(Parley("code -q " + input + " --store " + db));
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, "");  // --store alone: events go only to the store
  const StoreCounts a = CountsOf(db);
  EXPECT_EQ(a.articles, 30);
  EXPECT_EQ(a.mentions, 60);
  EXPECT_LT(a.events, a.mentions);
  const RunResult again = RunCommand(Parley("code -q " + input + " --store " + db));
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.err.find("0 new articles, 30 already stored"), std::string::npos) << again.err;
  const StoreCounts b = CountsOf(db);
  EXPECT_EQ(b.articles, a.articles);
  EXPECT_EQ(b.mentions, a.mentions);
  EXPECT_EQ(b.events, a.events);
}

// Kills `parley code --store` with SIGKILL after some batches, reruns it, and compares
// the store with one made by an uninterrupted run of the same input.
TEST(StoreCli, KilledMidRunResumesWithoutDuplicatesOrLoss) {
  const std::string dir = testing::TempDir();
  constexpr int kArticles = 12000;
  const std::string input = WriteCorpus(dir, kArticles);
  const std::string crashed = dir + "/crashed.db", clean = dir + "/clean.db";
  const std::vector<std::string> args = {PARLEY_BIN, "code", "-q", "--store-batch", "100",
                                         input, "--store", crashed};
  const pid_t pid = Spawn(args);
  ASSERT_GT(pid, 0);
  int64_t seen = 0;
  for (int i = 0; i < 2000 && seen < 300; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    StoreOptions o;
    o.read_only = true;
    if (auto s = Store::Open(crashed, o); s.ok()) {
      if (auto c = s.value()->Counts(); c.ok()) seen = c.value().articles;
    }
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  const int64_t at_kill = CountsOf(crashed).articles;
  EXPECT_GE(at_kill, 300);
  EXPECT_LT(at_kill, kArticles) << "the run ended before it was killed";
  EXPECT_EQ(at_kill % 100, 0) << "a partial batch was committed";

  std::string cmd;
  for (size_t i = 1; i < args.size(); ++i) cmd += args[i] + " ";
  const RunResult resumed = RunCommand(Parley(cmd));
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_NE(resumed.err.find(std::to_string(at_kill) + " already stored"), std::string::npos)
      << resumed.err;
  const RunResult fresh = RunCommand(Parley("code -q " + input + " --store " + clean));
  ASSERT_EQ(fresh.exit_code, 0) << fresh.err;
  const StoreCounts a = CountsOf(crashed), b = CountsOf(clean);
  EXPECT_EQ(a.articles, kArticles);
  EXPECT_EQ(a.articles, b.articles);
  EXPECT_EQ(a.sentences, b.sentences);
  EXPECT_EQ(a.mentions, b.mentions);
  EXPECT_EQ(a.events, b.events);
  EXPECT_EQ(a.stories, b.stories);
  EXPECT_EQ(MentionTotal(crashed), a.mentions);
}

TEST(StoreCli, SeedsFormOneStoryFrom2016To2023) {
  const std::string shared = testing::SharedDir();
  if (shared.empty()) GTEST_SKIP() << "shared data not found: set PARLEY_SHARED";
  const std::string db = testing::TempDir() + "/seeds.db";
  const RunResult coded = RunCommand(Parley("code -q " + shared + "/seeds --store " + db));
  ASSERT_EQ(coded.exit_code, 0) << coded.err;
  const RunResult r = RunCommand(Parley("stories --store " + db + " --format jsonl"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
  EXPECT_NE(r.out.find("\"first\":\"2016-"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"last\":\"2023-"), std::string::npos) << r.out;
  for (const char* seed : {"000_", "001_", "002_", "003_", "004_"}) {
    EXPECT_NE(r.out.find(std::string("\"") + seed), std::string::npos) << seed;
  }
}

TEST(StoreCli, ExportsQueriesAndTimelines) {
  const std::string dir = testing::TempDir();
  const std::string db = dir + "/x.db";
  ASSERT_EQ(RunCommand(Parley("code -q " + WriteCorpus(dir, 12) + " --store " + db)).exit_code, 0);
  const RunResult ev = RunCommand(Parley("export --store " + db + " --format gdelt-events"));
  ASSERT_EQ(ev.exit_code, 0) << ev.err;
  size_t rows = 0, tabs = 0;
  for (char c : ev.out) {
    rows += c == '\n';
    tabs += c == '\t';
  }
  EXPECT_EQ(tabs, rows * 60);
  const RunResult q = RunCommand(Parley("query --store " + db + " --dyad RUS,TUR -f csv"));
  ASSERT_EQ(q.exit_code, 0) << q.err;
  EXPECT_EQ(q.out.rfind("id,date,source_code", 0), 0u) << q.out;
  const RunResult t = RunCommand(Parley("timeline --store " + db + " --dyad RUS,TUR --by week"));
  ASSERT_EQ(t.exit_code, 0) << t.err;
  EXPECT_NE(t.out.find("2021-03-01"), std::string::npos) << t.out;  // a Monday
  EXPECT_EQ(RunCommand(Parley("timeline --store " + db + " --dyad RUS")).exit_code, 2);
  EXPECT_EQ(RunCommand(Parley("query --store " + dir + "/none.db")).exit_code, 1);
}

}  // namespace
}  // namespace parley
