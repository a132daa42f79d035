// tools/parley/store_args.h — what the store commands (query, export, timeline, stories)
// share: the --store option, the event filters, and opening the store to read.
#ifndef PARLEY_TOOLS_STORE_ARGS_H_
#define PARLEY_TOOLS_STORE_ARGS_H_

#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "parley/store.h"

namespace parley::cli {

struct StoreArgs {
  std::string store = "parley.db";
  std::string dyad;  // "ARM,AZE"
  std::string from, to;
  EventFilter filter;
};

inline void AddStoreOption(CLI::App* cmd, StoreArgs* a) {
  cmd->add_option("--store", a->store, "Event store (SQLite file)")->capture_default_str();
}

inline void AddFilterOptions(CLI::App* cmd, StoreArgs* a) {
  EventFilter& f = a->filter;
  cmd->add_option("--actor", f.actor, "Actor code on either side (3 letters: country/root)");
  cmd->add_option("--source", f.source, "Source actor code (prefix)");
  cmd->add_option("--target", f.target, "Target actor code (prefix)");
  cmd->add_option("--dyad", a->dyad, "SOURCE,TARGET actor codes");
  cmd->add_flag("--both", f.either_direction, "Dyad in either direction");
  cmd->add_option("--code", f.code, "CAMEO code prefix (\"19\", \"036\")");
  cmd->add_option("--quad", f.quad_class, "Quad class 1..4")->check(CLI::Range(0, 4));
  cmd->add_option("--from", a->from, "First event date YYYY-MM-DD");
  cmd->add_option("--to", a->to, "Last event date YYYY-MM-DD");
  cmd->add_option("--place", f.place, "Event place");
  cmd->add_option("--text", f.text, "Full-text query over the reporting sentences");
}

// Completes the filter from the string options; returns a usage message or "".
inline std::string ResolveFilter(StoreArgs* a) {
  EventFilter& f = a->filter;
  if (!a->dyad.empty()) {
    const size_t comma = a->dyad.find(',');
    if (comma == std::string::npos) return "--dyad wants SOURCE,TARGET, got " + a->dyad;
    f.source = a->dyad.substr(0, comma);
    f.target = a->dyad.substr(comma + 1);
  }
  for (auto [text, date] : {std::pair{&a->from, &f.from}, std::pair{&a->to, &f.to}}) {
    if (text->empty()) continue;
    *date = Date::Parse(*text);
    if (!date->known()) return "dates are YYYY-MM-DD, got " + *text;
  }
  return "";
}

// Opens an existing store (read-only unless `writable`), printing the problem and
// returning null on failure.
inline std::unique_ptr<Store> OpenStoreToRead(const std::string& command, const StoreArgs& a,
                                              bool writable = false) {
  if (!std::filesystem::exists(a.store)) {
    std::fprintf(stderr, "parley %s: no store at %s (make one with parley code --store)\n",
                 command.c_str(), a.store.c_str());
    return nullptr;
  }
  StoreOptions options;
  options.read_only = !writable;
  auto store = Store::Open(a.store, options);
  if (store.ok()) return std::move(store).value();
  std::fprintf(stderr, "parley %s: %s\n", command.c_str(), store.status().ToString().c_str());
  return nullptr;
}

}  // namespace parley::cli

#endif  // PARLEY_TOOLS_STORE_ARGS_H_
