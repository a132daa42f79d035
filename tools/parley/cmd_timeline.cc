// parley timeline --dyad A,B [--by day|week|month] — a dyad's events over time: counts
// per quad class and mean Goldstein per period.
#include <cstdio>
#include <memory>

#include "commands.h"
#include "store_args.h"

namespace parley::cli {

namespace {

struct TimelineArgs {
  StoreArgs store;
  std::string by = "month";
  std::string format = "table";
};

bool ParseBucket(const std::string& s, TimeBucket* b) {
  if (s == "day") *b = TimeBucket::kDay;
  else if (s == "week") *b = TimeBucket::kWeek;
  else if (s == "month") *b = TimeBucket::kMonth;
  else return false;
  return true;
}

void PrintPoint(const TimelinePoint& p, const std::string& format) {
  const auto* q = p.by_quad;
  if (format == "jsonl") {
    std::printf("{\"period\":\"%s\",\"events\":%lld,\"verbal_cooperation\":%lld,"
                "\"material_cooperation\":%lld,\"verbal_conflict\":%lld,"
                "\"material_conflict\":%lld,\"mean_goldstein\":%.2f}\n",
                p.period.c_str(), static_cast<long long>(p.events), static_cast<long long>(q[1]),
                static_cast<long long>(q[2]), static_cast<long long>(q[3]),
                static_cast<long long>(q[4]), p.mean_goldstein);
    return;
  }
  const char* f = format == "csv" ? "%s,%lld,%lld,%lld,%lld,%lld,%.2f\n"
                                  : "%-10s %7lld %7lld %7lld %7lld %7lld %9.2f\n";
  std::printf(f, p.period.c_str(), static_cast<long long>(p.events),
              static_cast<long long>(q[1]), static_cast<long long>(q[2]),
              static_cast<long long>(q[3]), static_cast<long long>(q[4]), p.mean_goldstein);
}

void PrintHeader(const std::string& format) {
  if (format == "csv") {
    std::printf("period,events,verbal_cooperation,material_cooperation,verbal_conflict,"
                "material_conflict,mean_goldstein\n");
  } else if (format == "table") {
    std::printf("%-10s %7s %7s %7s %7s %7s %9s\n", "PERIOD", "EVENTS", "VCOOP", "MCOOP",
                "VCONF", "MCONF", "GOLDSTEIN");
  }
}

int RunTimeline(TimelineArgs& args) {
  TimeBucket bucket = TimeBucket::kMonth;
  std::string msg = ResolveFilter(&args.store);
  if (msg.empty() && !ParseBucket(args.by, &bucket)) msg = "--by wants day, week or month";
  if (msg.empty() && args.format != "table" && args.format != "csv" && args.format != "jsonl") {
    msg = "--format wants table, csv or jsonl";
  }
  if (!msg.empty()) {
    std::fprintf(stderr, "parley timeline: %s\n", msg.c_str());
    return 2;
  }
  auto store = OpenStoreToRead("timeline", args.store);
  if (!store) return 1;
  auto points = store->Timeline(args.store.filter, bucket);
  if (!points.ok()) {
    std::fprintf(stderr, "parley timeline: %s\n", points.status().ToString().c_str());
    return 1;
  }
  PrintHeader(args.format);
  for (const TimelinePoint& p : points.value()) PrintPoint(p, args.format);
  return 0;
}

}  // namespace

void RegisterTimelineCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<TimelineArgs>();
  CLI::App* cmd = app.add_subcommand(
      "timeline", "A dyad's events per period: counts per quad class, mean Goldstein");
  AddStoreOption(cmd, &args->store);
  AddFilterOptions(cmd, &args->store);
  cmd->add_option("--by", args->by, "day, week or month")->capture_default_str();
  cmd->add_option("-f,--format", args->format, "table, csv or jsonl")->capture_default_str();
  cmd->callback([args, exit_code] { *exit_code = RunTimeline(*args); });
}

}  // namespace parley::cli
