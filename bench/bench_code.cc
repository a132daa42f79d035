// bench_code — end-to-end coding throughput on real news (../shared/corpus/news).
//
//   bench_code [CORPUS.jsonl.gz] [--limit N] [--syntax off|tag|parse|all] [--beam WIDTH]
//              [--dict-format parley|phoenix] [--dict DIR]...
//
// Reads the corpus once into memory (ingest time reported separately), then codes it with
// 1 thread and with 2 threads. Baseline in the same run: tokenizing and sentence splitting
// alone, on one thread. Wall and CPU time are both reported: on a shared machine the CPU
// figures measure the work, the wall figures also the waiting. Checks its answer: both thread counts must give the same number of
// events and sentences. Prints articles/s, sentences/s, MB/s, ratios and peak memory.
// The coding stage alone (everything after tokenizing and sentence splitting) is the
// one-thread CPU time less the baseline's; its sentences per CPU-second are the per-core
// figure to set beside TABARI's. With --dict-format phoenix --dict DIR (PETRARCH's Phoenix
// dictionaries, converted as `parley code` does) the dictionary load time is reported and
// the default dictionaries are timed too, on one thread, as a second reference.
#include <sys/resource.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "analyze/tokenizer.h"
#include "parley/ingest.h"
#include "parley/pipeline.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point since) {
  return std::chrono::duration<double>(Clock::now() - since).count();
}

// CPU time of the whole process: on a loaded machine it measures the work, not the wait.
double CpuSeconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_stime.tv_sec + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

long PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

struct Run {
  double seconds = 0;
  double cpu_seconds = 0;
  uint64_t sentences = 0, events = 0, tagged = 0, parsed = 0;
  uint64_t digest = 0;  // order-free sum of the events' hashes: same events, same digest
};

uint64_t EventHash(const parley::Event& e) {
  return std::hash<std::string>{}(e.article_id + '\t' + std::to_string(e.sentence) + '\t' +
                                  e.source.code + '\t' + e.target.code + '\t' + e.cameo);
}

Run Code(const parley::Pipeline& p, const std::vector<parley::Article>& articles, int threads) {
  tbb::global_control gc(tbb::global_control::max_allowed_parallelism, threads);
  tbb::enumerable_thread_specific<std::unique_ptr<parley::Coder>> coders(
      [&] { return p.NewCoder(); });
  tbb::enumerable_thread_specific<uint64_t> events(0), digest(0);
  const auto start = Clock::now();
  const double cpu = CpuSeconds();
  tbb::parallel_for(tbb::blocked_range<size_t>(0, articles.size(), 16), [&](const auto& r) {
    auto& coder = coders.local();
    std::vector<parley::Event> out;
    for (size_t i = r.begin(); i < r.end(); ++i) {
      out.clear();
      (void)coder->Code(articles[i], &out);
      events.local() += out.size();
      for (const auto& e : out) digest.local() += EventHash(e);
    }
  });
  Run run;
  run.seconds = Seconds(start);
  run.cpu_seconds = CpuSeconds() - cpu;
  for (const auto& c : coders) {
    run.sentences += c->counts().sentences;
    run.tagged += c->counts().tagged;
    run.parsed += c->counts().parsed;
  }
  for (uint64_t e : events) run.events += e;
  for (uint64_t d : digest) run.digest += d;
  return run;
}

struct Loaded {
  std::unique_ptr<parley::Pipeline> pipeline;
  double seconds = 0;
};

Loaded Load(const parley::PipelineOptions& options) {
  const auto start = Clock::now();
  auto p = parley::Pipeline::Create(options);
  if (!p.ok()) {
    std::fprintf(stderr, "%s\n", p.status().ToString().c_str());
    std::exit(1);
  }
  return {std::move(p.value()), Seconds(start)};
}

Run TokenizeOnly(const std::vector<parley::Article>& articles) {
  parley::Doc doc;
  Run run;
  const auto start = Clock::now();
  const double cpu = CpuSeconds();
  for (const auto& a : articles) {
    parley::Analyze(a, &doc);
    run.sentences += doc.sentences.size();
  }
  run.seconds = Seconds(start);
  run.cpu_seconds = CpuSeconds() - cpu;
  return run;
}

void Report(const char* name, const Run& r, size_t articles, double mb, const Run& base) {
  std::printf("%-20s wall %6.2f s: %7.0f articles/s %8.0f sentences/s %6.2f MB/s | "
              "cpu %6.2f s: %8.0f sentences/cpu-s | %7llu events | x%.2f baseline cpu\n",
              name, r.seconds, articles / r.seconds, r.sentences / r.seconds, mb / r.seconds,
              r.cpu_seconds, r.sentences / r.cpu_seconds,
              static_cast<unsigned long long>(r.events), r.cpu_seconds / base.cpu_seconds);
}

}  // namespace

int main(int argc, char** argv) {
  std::string corpus;
  size_t limit = 0;
  std::string syntax = "tag";
  int beam = 0;  // 0 = the parser's own width
  std::string dict_format = "parley";
  std::vector<std::string> dicts;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--limit" && i + 1 < argc) limit = std::strtoul(argv[++i], nullptr, 10);
    else if (a == "--syntax" && i + 1 < argc) syntax = argv[++i];
    else if (a == "--beam" && i + 1 < argc) beam = std::atoi(argv[++i]);
    else if (a == "--dict-format" && i + 1 < argc) dict_format = argv[++i];
    else if (a == "--dict" && i + 1 < argc) dicts.push_back(argv[++i]);
    else corpus = a;
  }
  if (corpus.empty()) {
    const char* env = std::getenv("PARLEY_SHARED");
    corpus = std::string(env && *env ? env : PARLEY_SHARED_DEFAULT) +
             "/corpus/news/allsides-12k.jsonl.gz";
  }
  parley::PipelineOptions options;
  using S = parley::PipelineOptions::Syntax;
  options.syntax = syntax == "off" ? S::kOff : syntax == "parse" ? S::kParse
                   : syntax == "all" ? S::kParseAll : S::kTag;
  options.parser_beam = beam;
  options.dict_format = dict_format;
  options.extra_dict_dirs = dicts;
  const Loaded loaded = Load(options);
  const parley::Pipeline& pipeline = *loaded.pipeline;
  std::printf("dictionaries (%s) loaded in %.2f s: %s\n", dict_format.c_str(), loaded.seconds,
              pipeline.Describe().c_str());
  Loaded reference;  // the default dictionaries, when the run uses others
  if (dict_format != "parley") {
    parley::PipelineOptions defaults;
    defaults.syntax = options.syntax;
    defaults.parser_beam = beam;
    reference = Load(defaults);
    std::printf("reference: default dictionaries loaded in %.2f s\n", reference.seconds);
  }

  auto start = Clock::now();
  std::vector<parley::Article> articles;
  auto reader = parley::ArticleReader::Open({corpus}, {});
  parley::Article a;
  double bytes = 0;
  while ((limit == 0 || articles.size() < limit) && reader->Next(&a)) {
    bytes += a.body.size();
    articles.push_back(std::move(a));
  }
  const double ingest = Seconds(start);
  if (articles.empty()) return std::fprintf(stderr, "no articles in %s\n", corpus.c_str()), 1;
  const double mb = bytes / 1e6;
  std::printf("corpus %s: %zu articles, %.1f MB of text; ingest (read, parse, clean) %.2f s"
              " = %.1f MB/s\n", corpus.c_str(), articles.size(), mb, ingest, mb / ingest);

  const Run base = TokenizeOnly(articles);
  const Run one = Code(pipeline, articles, 1);
  const Run two = Code(pipeline, articles, 2);
  Report("baseline: tokenize", base, articles.size(), mb, base);
  Report("code, 1 thread", one, articles.size(), mb, base);
  Report("code, 2 threads", two, articles.size(), mb, base);
  Run ref;
  if (reference.pipeline) {
    ref = Code(*reference.pipeline, articles, 1);
    Report("default dicts, 1 th", ref, articles.size(), mb, base);
  }
  // The coding stage alone: one thread's CPU time less tokenizing and splitting.
  const double stage_cpu = one.cpu_seconds - base.cpu_seconds;
  std::printf("coding stage alone (%s dictionaries, --syntax %s): %.0f sentences/s per core",
              dict_format.c_str(), syntax.c_str(),
              stage_cpu > 0 ? one.sentences / stage_cpu : 0.0);
  if (reference.pipeline) {
    const double ref_cpu = ref.cpu_seconds - base.cpu_seconds;
    std::printf("; default dictionaries %.0f sentences/s per core; x%.2f the default's cpu",
                ref_cpu > 0 ? ref.sentences / ref_cpu : 0.0,
                ref_cpu > 0 ? stage_cpu / ref_cpu : 0.0);
  }
  std::printf("\n");
  std::printf("scaling 1 -> 2 threads: x%.2f; peak RSS %ld MB\n", one.seconds / two.seconds,
              PeakRssMb());
  std::printf("syntax: %llu of %llu sentences tagged (%.1f%%), %llu parsed (%.1f%%)\n",
              static_cast<unsigned long long>(one.tagged),
              static_cast<unsigned long long>(one.sentences), 100.0 * one.tagged / one.sentences,
              static_cast<unsigned long long>(one.parsed), 100.0 * one.parsed / one.sentences);
  if (one.events != two.events || one.digest != two.digest || one.sentences != two.sentences ||
      one.sentences != base.sentences || (reference.pipeline && ref.sentences != base.sentences)) {
    std::fprintf(stderr, "MISMATCH: results differ between runs\n");
    return 1;
  }
  std::printf("check: OK (same sentences and events in every run)\n");
  return 0;
}
