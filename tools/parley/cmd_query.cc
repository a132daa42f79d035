// parley query / parley export — events from the store, filtered, in a chosen format.
#include <cstdio>
#include <memory>

#include "commands.h"
#include "parley/output.h"
#include "store_args.h"

namespace parley::cli {

namespace {

struct QueryArgs {
  StoreArgs store;
  std::string format;
  std::string out;
  size_t limit = 0;
};

// CAMEO names come from the CAMEO table when it loads; without it, none.
EventNameFn CameoNames() {
  auto names = LoadEventNames();
  return names.ok() ? std::move(names.value()) : nullptr;
}

int RunQuery(const std::string& command, QueryArgs& args) {
  if (std::string msg = ResolveFilter(&args.store); !msg.empty()) {
    std::fprintf(stderr, "parley %s: %s\n", command.c_str(), msg.c_str());
    return 2;
  }
  args.store.filter.limit = args.limit;
  auto store = OpenStoreToRead(command, args.store);
  if (!store) return 1;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(nullptr, &std::fclose);
  if (!args.out.empty() && args.out != "-") {
    file.reset(std::fopen(args.out.c_str(), "wb"));
    if (!file) {
      std::fprintf(stderr, "parley %s: cannot write %s\n", command.c_str(), args.out.c_str());
      return 2;
    }
  }
  const bool named = args.format == "jsonl" || args.format == "csv" || args.format == "tsv";
  const EventNameFn names = named ? CameoNames() : nullptr;
  const Status s = ExportEvents(*store, args.store.filter, args.format,
                                file ? file.get() : stdout, names);
  if (s.ok()) return 0;
  std::fprintf(stderr, "parley %s: %s\n", command.c_str(), s.ToString().c_str());
  return s.code() == Status::Code::kInvalidArgument ? 2 : 1;
}

CLI::App* AddCommand(CLI::App& app, const char* name, const char* help, const char* format,
                     int* exit_code) {
  auto args = std::make_shared<QueryArgs>();
  args->format = format;
  CLI::App* cmd = app.add_subcommand(name, help);
  AddStoreOption(cmd, &args->store);
  AddFilterOptions(cmd, &args->store);
  cmd->add_option("-f,--format", args->format,
                  "table, jsonl, csv, tsv, gdelt-events or gdelt-mentions")
      ->capture_default_str();
  cmd->add_option("-o,--out", args->out, "Output file (default: stdout)");
  cmd->add_option("-n,--limit", args->limit, "At most this many rows (0: all)");
  cmd->callback([args, exit_code, name] { *exit_code = RunQuery(name, *args); });
  return cmd;
}

}  // namespace

void RegisterQueryCommands(CLI::App& app, int* exit_code) {
  AddCommand(app, "query", "Events from the store, filtered (by actor, dyad, code, date...)",
             "table", exit_code);
  AddCommand(app, "export", "Export the store's events: gdelt-events, gdelt-mentions, jsonl, csv",
             "gdelt-events", exit_code);
}

}  // namespace parley::cli
