// bench_code — end-to-end coding throughput on real news (../shared/corpus/news).
//
//   bench_code [CORPUS.jsonl.gz] [--limit N]
//
// Reads the corpus once into memory (ingest time reported separately), then codes it with
// 1 thread and with 2 threads. Baseline in the same run: tokenizing and sentence splitting
// alone, on one thread. Wall and CPU time are both reported: on a shared machine the CPU
// figures measure the work, the wall figures also the waiting. Checks its answer: both thread counts must give the same number of
// events and sentences. Prints articles/s, sentences/s, MB/s, ratios and peak memory.
#include <sys/resource.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
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
};

Run Code(const parley::Pipeline& p, const std::vector<parley::Article>& articles, int threads) {
  tbb::global_control gc(tbb::global_control::max_allowed_parallelism, threads);
  tbb::enumerable_thread_specific<std::unique_ptr<parley::Coder>> coders(
      [&] { return p.NewCoder(); });
  tbb::enumerable_thread_specific<uint64_t> events(0);
  const auto start = Clock::now();
  const double cpu = CpuSeconds();
  tbb::parallel_for(tbb::blocked_range<size_t>(0, articles.size(), 16), [&](const auto& r) {
    auto& coder = coders.local();
    std::vector<parley::Event> out;
    for (size_t i = r.begin(); i < r.end(); ++i) {
      out.clear();
      (void)coder->Code(articles[i], &out);
      events.local() += out.size();
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
  return run;
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
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--limit" && i + 1 < argc) limit = std::strtoul(argv[++i], nullptr, 10);
    else corpus = a;
  }
  if (corpus.empty()) {
    const char* env = std::getenv("PARLEY_SHARED");
    corpus = std::string(env && *env ? env : PARLEY_SHARED_DEFAULT) +
             "/corpus/news/allsides-12k.jsonl.gz";
  }
  auto pipeline = parley::Pipeline::Create({});
  if (!pipeline.ok()) return std::fprintf(stderr, "%s\n", pipeline.status().ToString().c_str()), 1;

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
  const Run one = Code(*pipeline.value(), articles, 1);
  const Run two = Code(*pipeline.value(), articles, 2);
  Report("baseline: tokenize", base, articles.size(), mb, base);
  Report("code, 1 thread", one, articles.size(), mb, base);
  Report("code, 2 threads", two, articles.size(), mb, base);
  std::printf("scaling 1 -> 2 threads: x%.2f; peak RSS %ld MB\n", one.seconds / two.seconds,
              PeakRssMb());
  std::printf("syntax: %llu of %llu sentences tagged (%.1f%%), %llu parsed (%.1f%%)\n",
              static_cast<unsigned long long>(one.tagged),
              static_cast<unsigned long long>(one.sentences), 100.0 * one.tagged / one.sentences,
              static_cast<unsigned long long>(one.parsed), 100.0 * one.parsed / one.sentences);
  if (one.events != two.events || one.sentences != two.sentences || one.sentences != base.sentences) {
    std::fprintf(stderr, "MISMATCH: results differ between runs\n");
    return 1;
  }
  std::printf("check: OK (same sentences and events in every run)\n");
  return 0;
}
