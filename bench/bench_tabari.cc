// bench_tabari — throughput of the TABARI-compatible coding stage alone, with the full
// TABARI CAMEO verbs (CAMEO.091003.master.verbs), the demo actors and the validation agents.
// Input: the sentences of Validate.text and TABARI.Demo.text, coded repeatedly on one core.
// Checks its answer: every pass must code the same number of events as the first.
// Usage: bench_tabari [TABARI_DIR] [SECONDS]   (default $PARLEY_SHARED/peers/tabari, 2 s)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "peers/tabari/coder.h"
#include "peers/tabari/dictionary.h"
#include "peers/tabari/project.h"

namespace {

using Clock = std::chrono::steady_clock;

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

int main(int argc, char** argv) {
  using namespace parley::tabari;
  const char* env = std::getenv("PARLEY_SHARED");
  const std::string dir = argc > 1 ? argv[1] : std::string(env && *env ? env : PARLEY_SHARED_DEFAULT) + "/peers/tabari";
  const double seconds = argc > 2 ? std::atof(argv[2]) : 2.0;
  Options options;
  std::vector<std::string> warnings;
  (void)LoadOptions(dir + "/TABARI.Demo.options", &options, &warnings);
  Dictionary dict;
  const auto t0 = Clock::now();
  if (!dict.LoadActors(dir + "/TABARI.Demo.actors", &warnings).ok() ||
      !dict.LoadAgents(dir + "/Validate.agents", &warnings).ok() ||
      !dict.LoadVerbs(dir + "/CAMEO.091003.master.verbs", &warnings).ok()) {
    std::fprintf(stderr, "bench_tabari: cannot read dictionaries in %s\n", dir.c_str());
    return 1;
  }
  const double load = std::chrono::duration<double>(Clock::now() - t0).count();
  std::vector<TextRecord> records;
  for (const char* f : {"/Validate.text", "/TABARI.Demo.text"}) {
    for (TextRecord& r : ReadTextRecords(Slurp(dir + f))) records.push_back(std::move(r));
  }
  Coder coder(dict, options);
  auto pass = [&] {
    size_t events = 0;
    for (const TextRecord& r : records) events += coder.Code(r.text, DayNumber(r.date, false)).events.size();
    return events;
  };
  const size_t expected = pass();
  size_t sentences = 0;
  const auto t1 = Clock::now();
  double elapsed = 0;
  while (elapsed < seconds) {
    if (pass() != expected) {
      std::fprintf(stderr, "bench_tabari: event count changed between passes\n");
      return 1;
    }
    sentences += records.size();
    elapsed = std::chrono::duration<double>(Clock::now() - t1).count();
  }
  std::printf("dictionaries: %zu roots, %zu patterns, loaded in %.3f s\n", dict.root_count(),
              dict.pattern_count(), load);
  std::printf("coded %zu sentences (%zu events a pass) in %.2f s: %.0f sentences/s on one core\n",
              sentences, expected, elapsed, sentences / elapsed);
  std::printf("TABARI on this machine: 12.8k-18.5k sentences/s (PRODUCT.md)\n");
  return 0;
}
