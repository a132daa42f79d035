// bench_store — query and timeline latency on a store of at least a million events.
//
//   bench_store [STORE.db] [--events N]
//
// Synthesizes the store through the public Store API when it is missing or smaller than
// N events (default 1,000,000): actors drawn Zipf-like from 150 countries with agents,
// CAMEO codes from the whole table, dates over ten years, four events per article, so a
// few dyads are large (as USA-CHN is in real data) and cross-report merging happens.
// Then times, on the open store (best of 5 after a warm-up):
//   - a dyad timeline by month, for the largest dyad          target <= 100 ms
//   - a filtered query returning 1,000 rows                   target <=  50 ms
// Checks its answers: the timeline's counts add up to the number of events a plain
// query returns for the dyad, and every queried row matches its filter.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "parley/store.h"

namespace {

using Clock = std::chrono::steady_clock;

double Ms(Clock::time_point since) {
  return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

const char* const kAgents[] = {"", "", "", "GOV", "MIL", "REB", "BUS", "CVL", "OPP", "COP"};
struct Code { const char* cameo; double goldstein; int quad; };
const Code kCodes[] = {
    {"010", 0, 1},  {"012", -0.4, 1}, {"020", 3, 1},   {"036", 4, 1},   {"040", 1, 1},
    {"042", 1.9, 1}, {"043", 2.8, 1}, {"046", 7, 1},   {"057", 8, 1},   {"061", 6.4, 2},
    {"070", 7, 2},  {"073", 7.4, 2},  {"081", 5, 2},   {"090", -2, 3},  {"111", -2, 3},
    {"112", -2, 3}, {"120", -4, 3},   {"130", -4.4, 3}, {"138", -7, 3}, {"160", -4, 3},
    {"172", -5, 4}, {"173", -5, 4},   {"180", -9, 4},  {"190", -10, 4}, {"193", -10, 4},
    {"195", -10, 4}, {"1951", -10, 4}, {"200", -10, 4}};

std::string Country(int i) {
  std::string c = "AAA";
  c[0] = static_cast<char>('A' + i / 26 % 26);
  c[1] = static_cast<char>('A' + i % 26);
  c[2] = static_cast<char>('A' + (i * 7) % 26);
  return c;
}

class Generator {
 public:
  parley::Article NextArticle(int n) {
    parley::Article a;
    a.id = "synthetic-" + std::to_string(n);
    a.source = "feed" + std::to_string(n % 40);
    const int day = static_cast<int>(rng_() % 3650);
    a.published = parley::Date{static_cast<int16_t>(2010 + day / 365),
                               static_cast<int8_t>(1 + day % 365 / 31 % 12),
                               static_cast<int8_t>(1 + day % 28), parley::Date::Precision::kDay};
    a.body = "Synthetic report " + std::to_string(n) + ".";
    return a;
  }
  parley::Event NextEvent(const parley::Article& a) {
    parley::Event e;
    e.article_id = a.id;
    e.date = a.published;
    e.source.code = Actor();
    e.target.code = Actor();
    e.source.name = e.source.code;
    e.target.name = e.target.code;
    const Code& c = kCodes[rng_() % std::size(kCodes)];
    e.cameo = c.cameo;
    e.goldstein = c.goldstein;
    e.quad_class = static_cast<parley::QuadClass>(c.quad);
    e.text = a.body;
    e.confidence = 0.7f;
    return e;
  }

 private:
  std::string Actor() {
    const int country = static_cast<int>(zipf_(rng_)) % 150;
    return Country(country) + kAgents[rng_() % std::size(kAgents)];
  }
  std::mt19937_64 rng_{42};
  std::geometric_distribution<int> zipf_{0.1};
};

int Generate(const std::string& path, int64_t target) {
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
  parley::StoreOptions o;
  o.batch_articles = 5000;
  auto store = parley::Store::Open(path, o);
  if (!store.ok()) return std::fprintf(stderr, "%s\n", store.status().ToString().c_str()), 1;
  Generator gen;
  const auto start = Clock::now();
  int64_t events = 0;
  for (int n = 0; events < target; ++n) {
    const parley::Article a = gen.NextArticle(n);
    std::vector<parley::Event> ev;
    for (int k = 0; k < 4; ++k) ev.push_back(gen.NextEvent(a));
    if (!store.value()->Add(a, ev).ok()) return 1;
    if (n % 20000 == 19999) events = store.value()->Counts().value().events;
  }
  if (!store.value()->Finish().ok()) return 1;
  const auto c = store.value()->Counts().value();
  std::printf("generated %lld articles, %lld mentions -> %lld events in %.1f s\n",
              static_cast<long long>(c.articles), static_cast<long long>(c.mentions),
              static_cast<long long>(c.events), Ms(start) / 1000);
  return 0;
}

template <typename Fn>
double BestOf(int runs, Fn fn) {
  fn();  // warm-up: the first read pulls the pages in
  double best = 1e18;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    fn();
    best = std::min(best, Ms(start));
  }
  return best;
}

bool Matches(const parley::StoredEvent& e, const parley::EventFilter& f) {
  const bool actor = e.event.source.code.rfind(f.actor, 0) == 0 ||
                     e.event.target.code.rfind(f.actor, 0) == 0;
  const int64_t day = e.event.date.ToDays();
  return actor && e.event.cameo.rfind(f.code, 0) == 0 && day >= f.from.ToDays() &&
         day <= f.to.ToDays();
}

int Measure(parley::Store& store) {
  parley::EventFilter dyad;
  dyad.source = Country(0);
  dyad.target = Country(1);
  int64_t timeline_events = 0, query_events = 0;
  const double timeline_ms = BestOf(5, [&] {
    timeline_events = 0;
    for (const auto& p : store.Timeline(dyad, parley::TimeBucket::kMonth).value()) {
      timeline_events += p.events;
    }
  });
  (void)store.Query(dyad, [&](const parley::StoredEvent&) { ++query_events; });
  parley::EventFilter f;
  f.actor = Country(2);
  f.code = "1";
  f.from = parley::Date::Parse("2013-01-01");
  f.to = parley::Date::Parse("2016-12-31");
  f.limit = 1000;
  size_t rows = 0, wrong = 0;
  const double query_ms = BestOf(5, [&] {
    rows = wrong = 0;
    (void)store.Query(f, [&](const parley::StoredEvent& e) {
      ++rows;
      wrong += !Matches(e, f);
    });
  });
  const auto c = store.Counts().value();
  std::printf("store: %lld events, %lld mentions\n", static_cast<long long>(c.events),
              static_cast<long long>(c.mentions));
  std::printf("timeline %s,%s by month: %lld events, %.1f ms (target 100 ms: %.2fx of budget)\n",
              dyad.source.c_str(), dyad.target.c_str(), static_cast<long long>(timeline_events),
              timeline_ms, timeline_ms / 100);
  std::printf("query actor=%s code=1* 2013-2016 limit 1000: %zu rows, %.1f ms "
              "(target 50 ms: %.2fx of budget)\n",
              f.actor.c_str(), rows, query_ms, query_ms / 50);
  const bool ok = timeline_events == query_events && timeline_events > 0 && rows == 1000 &&
                  wrong == 0;
  std::printf("check: %s (timeline %lld = query %lld; %zu rows off the filter)\n",
              ok ? "ok" : "FAILED", static_cast<long long>(timeline_events),
              static_cast<long long>(query_events), wrong);
  return ok ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = "bench-store.db";
  int64_t target = 1000000;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--events" && i + 1 < argc) target = std::atoll(argv[++i]);
    else path = a;
  }
  bool fresh = !std::filesystem::exists(path);
  if (!fresh) {
    parley::StoreOptions ro;
    ro.read_only = true;
    auto s = parley::Store::Open(path, ro);
    fresh = !s.ok() || s.value()->Counts().value().events < target;
  }
  if (fresh && Generate(path, target) != 0) return 1;
  parley::StoreOptions ro;
  ro.read_only = true;
  auto store = parley::Store::Open(path, ro);
  if (!store.ok()) return std::fprintf(stderr, "%s\n", store.status().ToString().c_str()), 1;
  return Measure(*store.value());
}
