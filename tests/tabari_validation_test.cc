// TABARI's own validation suite (peers/tabari/Validate.project, 472 records) coded with its
// own dictionaries and options. Needs PARLEY_SHARED (default ../shared); failures are
// printed, not hidden.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "peers/tabari/dictionary.h"
#include "peers/tabari/validation.h"
#include "test_util.h"

namespace parley {
namespace {

std::string TabariDir() {
  const std::string shared = testing::SharedDir();
  return shared.empty() ? shared : shared + "/peers/tabari";
}

TEST(TabariValidation, PassesAtLeast95PercentOf472Records) {
  if (TabariDir().empty()) GTEST_SKIP() << "shared data not found: set PARLEY_SHARED to the shared/ folder";
  Result<tabari::ValidationReport> r = tabari::RunValidation(TabariDir() + "/Validate.project");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  for (const tabari::ValidationFailure& f : r->failures) {
    std::printf("FAIL %s (%s)\n  expected: %s\n  coded:    %s\n", f.id.c_str(), f.where.c_str(),
                f.expected.c_str(), f.coded.c_str());
  }
  std::printf("%d passed, %d failed; events matched %d of %d\n", r->passed, r->failed,
              r->events_matched, r->events_expected);
  EXPECT_EQ(r->passed + r->failed, 472);
  EXPECT_EQ(r->events_expected, 527);
  EXPECT_GE(r->passed * 100, 95 * 472);
  EXPECT_TRUE(r->warnings.empty()) << r->warnings.front();
}

TEST(TabariValidation, LoadsTheFullCameoVerbs) {
  if (TabariDir().empty()) GTEST_SKIP() << "shared data not found: set PARLEY_SHARED to the shared/ folder";
  tabari::Dictionary dict;
  std::vector<std::string> warnings;
  const auto t0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(dict.LoadVerbs(TabariDir() + "/CAMEO.091003.master.verbs", &warnings).ok());
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("CAMEO.091003.master.verbs: %zu roots, %zu patterns, %zu lines skipped, %.3f s\n",
              dict.root_count(), dict.pattern_count(), warnings.size(), s);
  for (size_t i = 0; i < warnings.size() && i < 20; ++i) std::printf("  %s\n", warnings[i].c_str());
  EXPECT_GT(dict.pattern_count(), 10000u);
}

}  // namespace
}  // namespace parley
