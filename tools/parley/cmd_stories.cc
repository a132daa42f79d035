// parley stories — the store's articles grouped into stories: id, title, dates, articles
// and events in date order.
#include <cstdio>
#include <memory>

#include "commands.h"
#include "store_args.h"

namespace parley::cli {

namespace {

struct StoriesArgs {
  StoreArgs store;
  std::string format = "table";
  size_t min_articles = 1;
  bool rebuild = false;
};

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

template <typename T, typename Fn>
std::string JsonList(const std::vector<T>& items, Fn fn) {
  std::string out = "[";
  for (const T& x : items) out += (out.size() > 1 ? "," : "") + fn(x);
  return out + "]";
}

void PrintJson(const Story& s) {
  std::printf("{\"id\":%lld,\"title\":%s,\"first\":\"%s\",\"last\":\"%s\",\"articles\":%s,"
              "\"events\":%s}\n",
              static_cast<long long>(s.id), JsonString(s.title).c_str(),
              s.first.ToString().c_str(), s.last.ToString().c_str(),
              JsonList(s.articles, JsonString).c_str(),
              JsonList(s.events, [](int64_t e) { return std::to_string(e); }).c_str());
}

void PrintRow(const Story& s) {
  std::printf("%-6lld %-10s %-10s %5zu %6zu  %s\n", static_cast<long long>(s.id),
              s.first.known() ? s.first.ToString().c_str() : "?",
              s.last.known() ? s.last.ToString().c_str() : "?", s.articles.size(),
              s.events.size(), s.title.c_str());
}

int RunStories(StoriesArgs& args) {
  if (args.format != "table" && args.format != "jsonl") {
    std::fprintf(stderr, "parley stories: --format wants table or jsonl\n");
    return 2;
  }
  auto store = OpenStoreToRead("stories", args.store, /*writable=*/args.rebuild);
  if (!store) return 1;
  if (args.rebuild) {
    if (Status s = store->BuildStories(); !s.ok()) {
      std::fprintf(stderr, "parley stories: %s\n", s.ToString().c_str());
      return 1;
    }
  }
  auto stories = store->Stories();
  if (!stories.ok()) {
    std::fprintf(stderr, "parley stories: %s\n", stories.status().ToString().c_str());
    return 1;
  }
  if (args.format == "table") {
    std::printf("%-6s %-10s %-10s %5s %6s  %s\n", "ID", "FIRST", "LAST", "ARTS", "EVENTS",
                "TITLE");
  }
  for (const Story& s : stories.value()) {
    if (s.articles.size() < args.min_articles) continue;
    if (args.format == "jsonl") PrintJson(s);
    else PrintRow(s);
  }
  return 0;
}

}  // namespace

void RegisterStoriesCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<StoriesArgs>();
  CLI::App* cmd = app.add_subcommand("stories", "Articles grouped into stories, with timelines");
  AddStoreOption(cmd, &args->store);
  cmd->add_option("-f,--format", args->format, "table or jsonl")->capture_default_str();
  cmd->add_option("--min-articles", args->min_articles, "Only stories with this many articles")
      ->capture_default_str();
  cmd->add_flag("--rebuild", args->rebuild, "Regroup all articles first");
  cmd->callback([args, exit_code] { *exit_code = RunStories(*args); });
}

}  // namespace parley::cli
