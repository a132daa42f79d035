// parley code INPUT... — raw news in, coded events out.
#include <tbb/enumerable_thread_specific.h>
#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "parley/ingest.h"
#include "parley/output.h"
#include "parley/pipeline.h"
#include "progress.h"

namespace parley::cli {

namespace {

struct CodeArgs {
  std::vector<std::string> inputs;
  std::string input_format = "auto";
  std::string format = "jsonl";
  std::string out;
  std::string date;
  std::string data_dir;
  std::vector<std::string> dicts;
  int threads = 1;
  bool strict = false;
  bool quiet = false;
};

// One article moving through the threads: read in order, coded anywhere, written in order.
struct Work {
  Article article;
  std::vector<Event> events;
  Status status;
};

struct Totals {
  uint64_t articles = 0, sentences = 0, events = 0, failed = 0;
};

int Usage(const std::string& message) {
  std::fprintf(stderr, "parley code: %s\n", message.c_str());
  return 2;
}

bool ParseInputFormat(const std::string& s, InputFormat* f) {
  if (s == "auto") *f = InputFormat::kAuto;
  else if (s == "text" || s == "txt") *f = InputFormat::kText;
  else if (s == "jsonl") *f = InputFormat::kJsonl;
  else return false;
  return true;
}

Totals RunPipeline(const Pipeline& pipeline, ArticleReader& reader, EventWriter& writer,
                   const CodeArgs& args, const std::atomic<bool>& stop) {
  tbb::global_control threads(tbb::global_control::max_allowed_parallelism, args.threads);
  tbb::enumerable_thread_specific<std::unique_ptr<Coder>> coders(
      [&] { return pipeline.NewCoder(); });
  Totals totals;
  Progress progress(!args.quiet);
  auto read = [&](tbb::flow_control& fc) -> Work* {
    auto w = std::make_unique<Work>();
    if (stop.load() || !reader.Next(&w->article) || stop.load()) {
      fc.stop();
      return nullptr;
    }
    return w.release();
  };
  auto code = [&](Work* w) -> Work* {
    w->status = coders.local()->Code(w->article, &w->events);
    return w;
  };
  auto write = [&](Work* w) {
    std::unique_ptr<Work> owned(w);
    if (!w->status.ok()) {
      ++totals.failed;
      std::fprintf(stderr, "%s: %s\n", w->article.origin.c_str(), w->status.message().c_str());
      return;
    }
    writer.Write(w->article, w->events);
    totals.events += w->events.size();
    progress.Update(++totals.articles, totals.events);
  };
  tbb::parallel_pipeline(
      static_cast<size_t>(args.threads) * 4,
      tbb::make_filter<void, Work*>(tbb::filter_mode::serial_in_order, read) &
          tbb::make_filter<Work*, Work*>(tbb::filter_mode::parallel, code) &
          tbb::make_filter<Work*, void>(tbb::filter_mode::serial_in_order, write));
  progress.Done();
  for (const auto& c : coders) totals.sentences += c->counts().sentences;
  return totals;
}

void PrintSummary(const Totals& t, const IngestCounts& in, double seconds) {
  std::fprintf(stderr,
               "parley: %llu articles, %llu sentences, %llu events, %llu skipped, "
               "%llu repaired, %.2f s\n",
               static_cast<unsigned long long>(t.articles),
               static_cast<unsigned long long>(t.sentences),
               static_cast<unsigned long long>(t.events),
               static_cast<unsigned long long>(in.skipped + t.failed),
               static_cast<unsigned long long>(in.repaired), seconds);
}

int RunCode(const CodeArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  InputOptions in;
  if (!ParseInputFormat(args.input_format, &in.format)) {
    return Usage("unknown --input-format \"" + args.input_format + "\" (auto, text, jsonl)");
  }
  if (!args.date.empty()) {
    in.default_date = Date::Parse(args.date);
    if (!in.default_date.known()) return Usage("--date wants YYYY-MM-DD, got " + args.date);
  }
  if (args.threads < 1) return Usage("-j wants a positive number of threads");
  PipelineOptions po;
  po.data_dir = args.data_dir;
  po.extra_dict_dirs = args.dicts;
  auto pipeline = Pipeline::Create(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "parley code: %s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  for (const auto& p : pipeline.value()->load_problems()) std::fprintf(stderr, "%s\n", p.c_str());

  std::FILE* out = stdout;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> out_file(nullptr, &std::fclose);
  if (!args.out.empty() && args.out != "-") {
    out_file.reset(std::fopen(args.out.c_str(), "wb"));
    if (!out_file) return Usage("cannot write " + args.out);
    out = out_file.get();
  }
  const Pipeline& p = *pipeline.value();
  auto writer = EventWriter::Create(args.format, out,
                                    [&p](std::string_view c) { return p.EventName(c); });
  if (!writer.ok()) return Usage(writer.status().message());

  std::atomic<bool> stop{false};
  const bool strict = args.strict;
  in.on_problem = [&stop, strict](const std::string& msg) {
    std::fprintf(stderr, "%s\n", msg.c_str());
    if (strict) stop = true;
  };
  auto reader = ArticleReader::Open(args.inputs, in);
  const Totals totals = RunPipeline(p, *reader, *writer.value(), args, stop);
  const Status written = writer.value()->Finish();
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  PrintSummary(totals, reader->counts(), secs);
  if (!written.ok()) {
    std::fprintf(stderr, "parley code: %s\n", written.message().c_str());
    return 1;
  }
  const uint64_t bad = reader->counts().skipped + totals.failed;
  return (bad > 0 || stop) ? 1 : 0;
}

}  // namespace

void RegisterCodeCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<CodeArgs>();
  CLI::App* cmd = app.add_subcommand("code", "Code news articles into CAMEO events");
  cmd->add_option("inputs", args->inputs, "Files, folders or - (stdin)")->required();
  cmd->add_option("--input-format", args->input_format, "auto, text or jsonl")
      ->capture_default_str();
  cmd->add_option("-f,--format", args->format, "jsonl, tsv, csv, gdelt or table")
      ->capture_default_str();
  cmd->add_option("-o,--out", args->out, "Output file (default: stdout)");
  cmd->add_option("--date", args->date, "Publication date for inputs that carry none");
  cmd->add_option("--dict", args->dicts, "Extra or replacement dictionary folder");
  cmd->add_option("--data", args->data_dir, "Parley data folder (default: built-in)");
  cmd->add_option("-j,--threads", args->threads, "Coding threads")->capture_default_str();
  cmd->add_flag("--strict", args->strict, "Stop at the first bad record");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress display");
  cmd->callback([args, exit_code] { *exit_code = RunCode(*args); });
}

}  // namespace parley::cli
