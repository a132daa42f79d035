// bench_petrarch — PETRARCH compatibility: dictionary load time and coding throughput.
//
//   bench_petrarch [PETRARCH_DIR] [--rounds N]
//
// Loads the full Phoenix dictionaries (CAMEO.2.0 verbs, the three Phoenix actor files,
// agents, discards, issues) and reports the load time, then codes the parsed sentences
// of GigaWord.sample.PETR.xml on one thread, N rounds (default 200), and reports
// sentences/s for the coding stage alone (parse trees are given; reading the XML is not
// timed). Checks its answer: every round must produce the same events.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "peers/petrarch/actor_dictionary.h"
#include "peers/petrarch/dictionaries.h"
#include "peers/petrarch/records.h"
#include "peers/petrarch/tree_coder.h"

namespace {

using Clock = std::chrono::steady_clock;
namespace pp = parley::petrarch;

double Since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

size_t CodeAll(const pp::TreeCoder& coder, const std::vector<pp::SentenceRecord>& sentences,
               const pp::CoderOptions& options) {
  size_t events = 0;
  for (const auto& s : sentences) {
    events += coder.Code(s.parse, pp::OrdinalDate(s.date), s.text, options).events.size();
  }
  return events;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir = std::string(PARLEY_SHARED_DEFAULT) + "/peers/petrarch";
  if (const char* env = std::getenv("PARLEY_SHARED")) dir = std::string(env) + "/peers/petrarch";
  int rounds = 200;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--rounds" && i + 1 < argc) {
      rounds = std::atoi(argv[++i]);
    } else {
      dir = arg;
    }
  }
  pp::Dictionaries dicts;
  pp::LoadReport report;
  const auto load_start = Clock::now();
  if (auto s = dicts.Load(pp::PhoenixFiles(dir), &report); !s.ok()) {
    std::fprintf(stderr, "bench_petrarch: %s\n", s.ToString().c_str());
    return 1;
  }
  const double load = Since(load_start);
  std::printf("Phoenix dictionaries: %zu verb forms, %zu patterns, %zu actor phrases, %zu agent "
              "phrases, %zu issue phrases; %zu malformed lines reported\n",
              dicts.verbs.verb_forms(), dicts.verbs.pattern_count(), dicts.actors.size(),
              dicts.agents.size(), dicts.issues.size(), report.warnings.size());
  std::printf("load time: %.3f s\n", load);
  auto file = pp::ReadRecordFile(dir + "/GigaWord.sample.PETR.xml");
  if (!file.ok()) {
    std::fprintf(stderr, "bench_petrarch: %s\n", file.status().ToString().c_str());
    return 1;
  }
  std::vector<pp::SentenceRecord> sentences;
  for (const auto& item : file.value().items) {
    if (item.kind == pp::RecordItem::Kind::kSentence && !item.sentence.parse.empty()) {
      sentences.push_back(item.sentence);
    }
  }
  pp::TreeCoder coder(dicts);
  pp::CoderOptions options;
  const size_t expected = CodeAll(coder, sentences, options);  // warm-up and answer
  const auto start = Clock::now();
  for (int r = 0; r < rounds; ++r) {
    if (CodeAll(coder, sentences, options) != expected) {
      std::fprintf(stderr, "bench_petrarch: round %d coded a different number of events\n", r);
      return 1;
    }
  }
  const double secs = Since(start);
  const double n = static_cast<double>(sentences.size()) * rounds;
  std::printf("coding: %zu sentences x %d rounds in %.3f s = %.0f sentences/s on one core "
              "(%zu events per round)\n",
              sentences.size(), rounds, secs, n / secs, expected);
  return 0;
}
