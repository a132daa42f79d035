// parley code INPUT... — raw news in, coded events out.
#include <tbb/enumerable_thread_specific.h>
#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "commands.h"
#include "input_format.h"
#include "parley/ingest.h"
#include "parley/output.h"
#include "parley/pipeline.h"
#include "parley/store.h"
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
  std::string syntax = "tag";
  int beam = 0;  // 0 = the parser's own width
  std::vector<std::string> dicts;
  std::string dict_format = "parley";
  std::string store;        // --store DB: also write the embedded event store
  size_t store_batch = StoreOptions{}.batch_articles;
  bool format_given = false;
  int threads = 1;
  bool strict = false;
  bool quiet = false;
};

// One article moving through the threads: read in order, coded anywhere, written in order.
struct Work {
  Article article;
  std::vector<Event> events;
  Status status;
  ArticleDigest digest;  // with --store: computed on the parallel stage
};

struct Totals {
  uint64_t articles = 0, sentences = 0, events = 0, failed = 0, stored = 0, already = 0;
};

int Usage(const std::string& message) {
  std::fprintf(stderr, "parley code: %s\n", message.c_str());
  return 2;
}

// Hands an article and its events to the store; a store error stops the run.
void AddToStore(Store& store, const Work& w, Totals* totals, std::atomic<bool>* stop) {
  auto added = store.Add(w.article, w.events, &w.digest);
  if (!added.ok()) {
    std::fprintf(stderr, "parley code: store: %s\n", added.status().message().c_str());
    *stop = true;
    return;
  }
  ++(added.value() ? totals->stored : totals->already);
}

bool ParseSyntax(const std::string& s, PipelineOptions::Syntax* out) {
  using S = PipelineOptions::Syntax;
  if (s == "off") *out = S::kOff;
  else if (s == "tag") *out = S::kTag;
  else if (s == "parse") *out = S::kParse;
  else if (s == "all") *out = S::kParseAll;
  else return false;
  return true;
}

// The store's own thread: the in-order writer stage hands it finished articles through a
// bounded queue, so SQLite inserts (and commits, checkpoints) overlap coding instead of
// holding up the pipeline. Articles reach the store in input order, as before.
class StoreThread {
 public:
  StoreThread(Store& store, Totals* totals, std::atomic<bool>* stop)
      : store_(store), totals_(totals), stop_(stop), thread_([this] { Run(); }) {}
  ~StoreThread() { Close(); }

  void Push(std::unique_ptr<Work> w) {
    std::unique_lock lock(mu_);
    not_full_.wait(lock, [&] { return queue_.size() < kCapacity; });
    queue_.push_back(std::move(w));
    not_empty_.notify_one();
  }
  // Stores what is queued and ends the thread.
  void Close() {
    {
      std::lock_guard lock(mu_);
      if (closed_) return;
      closed_ = true;
    }
    not_empty_.notify_one();
    thread_.join();
  }

 private:
  static constexpr size_t kCapacity = 64;
  void Run() {
    for (;;) {
      std::unique_ptr<Work> w;
      {
        std::unique_lock lock(mu_);
        not_empty_.wait(lock, [&] { return closed_ || !queue_.empty(); });
        if (queue_.empty()) return;
        w = std::move(queue_.front());
        queue_.pop_front();
        not_full_.notify_one();
      }
      if (!stop_->load()) AddToStore(store_, *w, totals_, stop_);
    }
  }

  Store& store_;
  Totals* totals_;  // only stored and already: the writer stage counts the rest
  std::atomic<bool>* stop_;
  std::mutex mu_;
  std::condition_variable not_empty_, not_full_;
  std::deque<std::unique_ptr<Work>> queue_;
  bool closed_ = false;
  std::thread thread_;
};

Totals RunPipeline(const Pipeline& pipeline, ArticleReader& reader, EventWriter* writer,
                   Store* store, const CodeArgs& args, std::atomic<bool>& stop) {
  tbb::global_control threads(tbb::global_control::max_allowed_parallelism, args.threads);
  tbb::enumerable_thread_specific<std::unique_ptr<Coder>> coders(
      [&] { return pipeline.NewCoder(); });
  Totals totals, stored;
  std::unique_ptr<StoreThread> store_thread;
  if (store) store_thread = std::make_unique<StoreThread>(*store, &stored, &stop);
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
    if (store && w->status.ok()) w->digest = Store::Digest(w->article, w->events);
    return w;
  };
  auto write = [&](Work* w) {
    std::unique_ptr<Work> owned(w);
    if (!w->status.ok()) {
      ++totals.failed;
      std::fprintf(stderr, "%s: %s\n", w->article.origin.c_str(), w->status.message().c_str());
      return;
    }
    if (writer) writer->Write(w->article, w->events);
    totals.events += w->events.size();
    progress.Update(++totals.articles, totals.events);
    if (store_thread) store_thread->Push(std::move(owned));
  };
  tbb::parallel_pipeline(
      static_cast<size_t>(args.threads) * 4,
      tbb::make_filter<void, Work*>(tbb::filter_mode::serial_in_order, read) &
          tbb::make_filter<Work*, Work*>(tbb::filter_mode::parallel, code) &
          tbb::make_filter<Work*, void>(tbb::filter_mode::serial_in_order, write));
  if (store_thread) store_thread->Close();
  totals.stored = stored.stored;
  totals.already = stored.already;
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

// With --store alone (no --out, no --format) the events go to the store only.
bool WritesEvents(const CodeArgs& args) {
  return args.store.empty() || !args.out.empty() || args.format_given;
}

std::unique_ptr<Store> OpenStore(const CodeArgs& args) {
  StoreOptions options;
  options.batch_articles = args.store_batch;
  auto store = Store::Open(args.store, options);
  if (store.ok()) return std::move(store).value();
  std::fprintf(stderr, "parley code: %s\n", store.status().ToString().c_str());
  return nullptr;
}

// Commits the last batch and prints the store's line.
Status FinishStore(Store& store, const CodeArgs& args, const Totals& t) {
  if (Status s = store.Finish(); !s.ok()) return s;
  auto n = store.Counts();
  if (!n.ok()) return n.status();
  std::fprintf(stderr,
               "parley: store %s: %llu new articles, %llu already stored; %lld articles, "
               "%lld mentions, %lld events\n",
               args.store.c_str(), static_cast<unsigned long long>(t.stored),
               static_cast<unsigned long long>(t.already), static_cast<long long>(n->articles),
               static_cast<long long>(n->mentions), static_cast<long long>(n->events));
  return Status::Ok();
}

int RunCode(const CodeArgs& args) {
  const auto start = std::chrono::steady_clock::now();
  InputOptions in;
  if (!ParseInputFormat(args.input_format, &in.format)) {
    return Usage("unknown --input-format \"" + args.input_format + "\" (" + kInputFormats + ")");
  }
  if (!args.date.empty()) {
    in.default_date = Date::Parse(args.date);
    if (!in.default_date.known()) return Usage("--date wants YYYY-MM-DD, got " + args.date);
  }
  if (args.threads < 1) return Usage("-j wants a positive number of threads");
  PipelineOptions po;
  po.data_dir = args.data_dir;
  if (!ParseSyntax(args.syntax, &po.syntax)) {
    return Usage("unknown --syntax \"" + args.syntax + "\" (off, tag, parse, all)");
  }
  po.parser_beam = args.beam;
  po.extra_dict_dirs = args.dicts;
  po.dict_format = args.dict_format;
  auto pipeline = Pipeline::Create(po);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "parley code: %s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  const auto& problems = pipeline.value()->load_problems();
  if (args.dict_format == "phoenix") {  // converted dictionaries: a report, not every line
    const double load =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::fprintf(stderr, "parley code: loaded in %.2f s: %s\n", load,
                 pipeline.value()->Describe().c_str());
    for (size_t i = 0; i < problems.size() && i < 5; ++i) {
      std::fprintf(stderr, "%s\n", problems[i].c_str());
    }
    if (problems.size() > 5) std::fprintf(stderr, "... %zu more\n", problems.size() - 5);
  } else {
    for (const auto& p : problems) std::fprintf(stderr, "%s\n", p.c_str());
  }

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
  std::unique_ptr<Store> store;
  if (!args.store.empty() && !(store = OpenStore(args))) return 1;
  EventWriter* events_out = WritesEvents(args) ? writer.value().get() : nullptr;

  std::atomic<bool> stop{false};
  const bool strict = args.strict;
  in.on_problem = [&stop, strict](const std::string& msg) {
    std::fprintf(stderr, "%s\n", msg.c_str());
    if (strict) stop = true;
  };
  auto reader = ArticleReader::Open(args.inputs, in);
  const Totals totals = RunPipeline(p, *reader, events_out, store.get(), args, stop);
  Status written = writer.value()->Finish();
  if (store && written.ok()) written = FinishStore(*store, args, totals);
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
  cmd->add_option("--input-format", args->input_format, kInputFormats)
      ->capture_default_str();
  cmd->add_option("-f,--format", args->format, "jsonl, tsv, csv, gdelt or table")
      ->capture_default_str()
      ->each([args](const std::string&) { args->format_given = true; });
  cmd->add_option("-o,--out", args->out, "Output file (default: stdout)");
  cmd->add_option("--date", args->date, "Publication date for inputs that carry none");
  cmd->add_option("--dict", args->dicts, "Extra or replacement dictionary folder (repeatable)")
      ->allow_extra_args(false);  // `--dict DIR INPUT`: INPUT is not a second folder
  cmd->add_option("--dict-format", args->dict_format,
                  "parley, or phoenix (PETRARCH's Phoenix dictionaries replace the defaults)")
      ->check(CLI::IsMember({"parley", "phoenix"}))
      ->capture_default_str();
  cmd->add_option("--store", args->store,
                  "Also write the event store DB (SQLite); alone, events go only there");
  cmd->add_option("--store-batch", args->store_batch, "Articles per store transaction")
      ->capture_default_str();
  cmd->add_option("--data", args->data_dir, "Parley data folder (default: built-in)");
  cmd->add_option("--syntax", args->syntax,
                  "off, tag (tag what coding needs), parse (parse sentences that can yield "
                  "events) or all (parse everything)")
      ->capture_default_str();
  cmd->add_option("--beam", args->beam,
                  "Parser beam width for --syntax parse/all (default: the model's; 1 = greedy)")
      ->check(CLI::Range(0, 64));
  cmd->add_option("-j,--threads", args->threads, "Coding threads")->capture_default_str();
  cmd->add_flag("--strict", args->strict, "Stop at the first bad record");
  cmd->add_flag("-q,--quiet", args->quiet, "No progress display");
  cmd->callback([args, exit_code] { *exit_code = RunCode(*args); });
}

}  // namespace parley::cli
