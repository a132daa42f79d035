// bench_syntax — tagger+parser throughput on one core, model load time and memory.
//
//   bench_syntax [TREEBANK.conllu] [--models DIR] [--repeat N] [--beam WIDTH] [--margin M]
//   bench_syntax --news CORPUS.jsonl.gz [--limit ARTICLES] [--models DIR] [--repeat N]
//                [--beam WIDTH] [--margin M]
//
// Parses the treebank's gold-tokenized sentences N times (default 3) on one thread and
// reports words/s. Checks its answer: the number of words parsed must equal N times the
// treebank's, and the UAS of the first pass must equal that of a separate evaluation.
// With --news, parses the sentences Parley's tokenizer and sentence splitter find in the
// first ARTICLES articles of a news corpus (default 2000); the check is then that every
// pass parses the same words into the same trees.
// Exit status 1 if a check fails. Default treebank: $PARLEY_SHARED/data/ud/en_ewt-ud-test.conllu.
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "analyze/syntax/conllu_reader.h"
#include "analyze/tokenizer.h"
#include "analyze/syntax/parse_eval.h"
#include "analyze/syntax/shared_dir.h"
#include "analyze/syntax/syntax_model.h"
#include "parley/ingest.h"

namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// CPU time of this thread in ms: words/s per core even when other processes share it.
double ThreadMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + ts.tv_nsec * 1e-6;
}

long MaxRssKb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

std::string DefaultTreebank() {
  return parley::syntax::SharedUdDir() + "/en_ewt-ud-test.conllu";
}

struct Args {
  std::string treebank = DefaultTreebank();
  std::string models = parley::SyntaxModel::DefaultDir();
  int repeat = 3;
  int beam = 0;  // 0 = the parser's own width
  float margin = -1;  // < 0: the parser's own beam margin (0 = the full beam)
  std::string news;  // a JSONL(.gz) corpus instead of the treebank
  size_t limit = 2000;
};

Args ParseArgs(int argc, char** argv) {
  Args args;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--models") == 0 && i + 1 < argc) args.models = argv[++i];
    else if (std::strcmp(argv[i], "--repeat") == 0 && i + 1 < argc) args.repeat = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--beam") == 0 && i + 1 < argc) args.beam = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--margin") == 0 && i + 1 < argc) args.margin = std::strtof(argv[++i], nullptr);
    else if (std::strcmp(argv[i], "--news") == 0 && i + 1 < argc) args.news = argv[++i];
    else if (std::strcmp(argv[i], "--limit") == 0 && i + 1 < argc) args.limit = std::strtoul(argv[++i], nullptr, 10);
    else args.treebank = argv[i];
  }
  return args;
}

// Parses every sentence once; returns the number of words and of correct heads.
std::pair<size_t, size_t> ParseAll(const parley::SyntaxModel& model,
                                   const std::vector<parley::syntax::TreebankSentence>& gold,
                                   parley::SyntaxWorkspace* ws, bool parse = true) {
  std::vector<std::string_view> forms;
  size_t words = 0, correct = 0;
  for (const auto& s : gold) {
    forms.clear();
    for (const auto& w : s.words) forms.push_back(w.form);
    model.AnalyzeWords(forms, parse, ws);
    for (size_t i = 0; i < forms.size(); ++i) correct += ws->heads[i] == s.words[i].head;
    words += forms.size();
  }
  return {words, correct};
}

// The word forms of every sentence Parley finds in the first `limit` articles.
std::vector<std::vector<std::string>> NewsSentences(const std::string& path, size_t limit) {
  std::vector<std::vector<std::string>> sentences;
  auto reader = parley::ArticleReader::Open({path}, {});
  parley::Article a;
  parley::Doc doc;
  for (size_t n = 0; n < limit && reader->Next(&a); ++n) {
    parley::Analyze(a, &doc);
    for (const parley::Sentence& s : doc.sentences) {
      std::vector<std::string> forms;
      for (uint32_t t = s.first_token; t < s.first_token + s.token_count; ++t) {
        forms.emplace_back(doc.tokens[t].form);
      }
      if (!forms.empty() && forms.size() <= parley::SyntaxModel::kMaxParseWords) {
        sentences.push_back(std::move(forms));
      }
    }
  }
  return sentences;
}

// Parses every news sentence once; appends the heads to *heads.
size_t ParseNews(const parley::SyntaxModel& model,
                 const std::vector<std::vector<std::string>>& sentences,
                 parley::SyntaxWorkspace* ws, std::vector<int>* heads) {
  std::vector<std::string_view> forms;
  size_t words = 0;
  for (const auto& s : sentences) {
    forms.assign(s.begin(), s.end());
    model.AnalyzeWords(forms, true, ws);
    heads->insert(heads->end(), ws->heads.begin(), ws->heads.begin() + forms.size());
    words += forms.size();
  }
  return words;
}

int RunNews(const Args& args, const parley::SyntaxModel& model) {
  const auto sentences = NewsSentences(args.news, args.limit);
  if (sentences.empty()) {
    std::fprintf(stderr, "bench_syntax: no sentences in %s\n", args.news.c_str());
    return 1;
  }
  parley::SyntaxWorkspace ws;
  std::vector<int> first, again;
  const size_t expected = ParseNews(model, sentences, &ws, &first);  // warm-up, reference
  size_t words = 0;
  bool ok = true;
  const double cpu_start = ThreadMs();
  for (int r = 0; r < args.repeat; ++r) {
    again.clear();
    words += ParseNews(model, sentences, &ws, &again);
    ok = ok && again == first;
  }
  const double cpu_ms = ThreadMs() - cpu_start;
  ok = ok && words == expected * static_cast<size_t>(args.repeat);
  std::printf("news: %zu sentences, %zu words from %s\n", sentences.size(), expected,
              args.news.c_str());
  std::printf("words %zu in %.0f ms CPU: %.0f words/s per core (tagger+parser, 1 thread)\n",
              words, cpu_ms, words / (cpu_ms / 1000));
  std::printf("%s\n", ok ? "check OK (every pass gave the same trees)" : "check FAILED");
  return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  Args args = ParseArgs(argc, argv);
  if (!args.news.empty()) args.treebank.clear();
  auto gold = args.treebank.empty()
                  ? parley::Result<std::vector<parley::syntax::TreebankSentence>>(
                        std::vector<parley::syntax::TreebankSentence>())
                  : parley::syntax::ReadConlluFile(args.treebank, nullptr);
  if (!gold.ok()) {
    std::fprintf(stderr, "bench_syntax: %s\n", gold.status().ToString().c_str());
    return 1;
  }
  long rss_before = MaxRssKb();
  Clock::time_point start = Clock::now();
  auto model = parley::SyntaxModel::Load(args.models);
  double load_ms = Ms(start);
  if (!model.ok()) {
    std::fprintf(stderr, "bench_syntax: %s\n", model.status().ToString().c_str());
    return 1;
  }
  long rss_model = MaxRssKb() - rss_before;
  if (args.beam > 0) model.value()->set_beam(args.beam);
  if (args.margin >= 0) model.value()->set_margin(args.margin);
  std::printf("beam width %d, margin %g\n", model.value()->parser().beam(),
              model.value()->parser().margin());
  if (!args.news.empty()) {
    std::printf("model load %.0f ms, model RSS %.1f MB\n", load_ms, rss_model / 1024.0);
    return RunNews(args, *model.value());
  }
  parley::SyntaxWorkspace ws;
  ParseAll(*model.value(), gold.value(), &ws);  // warm-up
  size_t words = 0, correct = 0;
  start = Clock::now();
  const double cpu_start = ThreadMs();
  for (int r = 0; r < args.repeat; ++r) {
    auto [w, c] = ParseAll(*model.value(), gold.value(), &ws);
    words += w;
    if (r == 0) correct = c;
  }
  double ms = Ms(start), cpu_ms = ThreadMs() - cpu_start;
  const double tag_start = ThreadMs();
  ParseAll(*model.value(), gold.value(), &ws, false);
  const double tag_ms = ThreadMs() - tag_start;
  std::printf("tagger alone: %.0f words/s per core\n", (words / args.repeat) / (tag_ms / 1000));
  auto check = parley::syntax::EvaluateGoldTokens(*model.value(), gold.value());
  size_t expected_words = check.scores.words.gold * static_cast<size_t>(args.repeat);
  double uas = static_cast<double>(correct) / (words / args.repeat);
  bool ok = words == expected_words && std::abs(uas - check.scores.uas.F1()) < 1e-9;
  std::printf("words %zu in %.0f ms CPU (%.0f ms wall): %.0f words/s per core "
              "(tagger+parser, 1 thread)\n", words, cpu_ms, ms, words / (cpu_ms / 1000));
  std::printf("UAS %.2f (check %.2f)\n", uas * 100, check.scores.uas.F1() * 100);
  std::printf("model load %.0f ms, model RSS %.1f MB, model tables %.1f MB\n", load_ms,
              rss_model / 1024.0, model.value()->bytes() / 1e6);
  std::printf("%s\n", ok ? "check OK" : "check FAILED");
  return ok ? 0 : 1;
}
