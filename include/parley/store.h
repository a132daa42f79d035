// parley/store.h — the event database: one SQLite file of articles, sentences, events,
// mentions, actors and stories.
//
// A mention is one sentence that reported an event; an event is one real-world happening,
// merged from every mention that describes it (same dyad, compatible CAMEO code, dates
// within a window, compatible place — docs/store.md). Events carry GDELT's NumMentions,
// NumSources and NumArticles, counted over every report in the store.
//
//   auto store = parley::Store::Open("parley.db", {});
//   store.value()->Add(article, events);   // batched: a transaction per batch
//   store.value()->Finish();               // commits the last batch
//
// Crash safety: the file is in WAL mode and each batch of articles is one transaction, so
// a killed writer leaves the store as of its last committed batch. Articles are keyed by a
// hash of their body: adding the same article again changes nothing, which is what lets
// a rerun of the same input finish an interrupted job without duplicates.
//
// Thread-safety: a Store is used by one thread at a time. Several processes may read a
// store while one writes it.
#ifndef PARLEY_STORE_H_
#define PARLEY_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "parley/article.h"
#include "parley/event.h"
#include "parley/output.h"
#include "parley/status.h"

namespace parley {

struct StoreOptions {
  // Articles per write transaction. Default 1024. Larger is faster (each commit rewrites
  // the pages it touched into the WAL); a crash loses at most one batch, which a rerun
  // redoes.
  size_t batch_articles = 1024;
  // Mentions whose dates are at most this many days apart may be one event. Default 1.
  int merge_window_days = 1;
  // Open an existing store for reading only (queries, exports). Default false.
  bool read_only = false;
};

struct StoreCounts {
  int64_t articles = 0, sentences = 0, mentions = 0, events = 0, actors = 0, stories = 0;
};

// Which events a query returns. Empty fields do not filter; all filters must hold.
struct EventFilter {
  // Actor codes. A 3-letter code matches by country/root ("RUS" matches "RUSGOV");
  // a longer one matches codes that start with it.
  std::string actor;   // either side
  std::string source;  // source side (a dyad is source + target)
  std::string target;  // target side
  std::string code;    // CAMEO code prefix ("19", "036")
  int quad_class = 0;  // 1..4, 0 = any
  Date from, to;       // inclusive event-date range; unknown = open
  std::string place;   // event place, case-insensitive
  std::string text;    // full-text (FTS5) query over the reporting sentences
  bool either_direction = false;  // source/target also match the reversed dyad
  size_t limit = 0;               // 0 = all
};

// A stored event with its counts and its first report.
struct StoredEvent {
  int64_t id = 0;
  Event event;  // source/target/cameo/date/...; article_id and text: the first report
  std::string place;
  int num_mentions = 0, num_sources = 0, num_articles = 0;
  std::string url;         // URL of the first report ("" when none)
  std::string date_added;  // YYYYMMDDHHMMSS, UTC, when the store first saw the event
};

// One report of an event (GDELT's Mentions table).
struct StoredMention {
  int64_t event_id = 0;
  std::string event_added;  // the event's date_added
  std::string article_id, url, feed;
  uint32_t sentence = 0;      // 0-based index in the article
  int64_t source_offset = 0;  // character (code point) offsets in the article body
  int64_t target_offset = 0;  // -1 when no target
  int64_t action_offset = 0;
  double confidence = 0;      // 0..1
  int64_t doc_length = 0;     // article length in characters
};

enum class TimeBucket { kDay, kWeek, kMonth };

struct TimelinePoint {
  std::string period;      // "2020-10-01", week start "2020-09-28", or "2020-10"
  int64_t by_quad[5] = {}; // events per quad class (index 1..4; 0 = none)
  int64_t events = 0;
  double mean_goldstein = 0;
};

struct Story {
  int64_t id = 0;
  std::string title;
  Date first, last;
  std::vector<std::string> articles;  // article ids, in date order
  std::vector<int64_t> events;        // event ids, in date order
};

// What the store computes from an article before writing it: its content hash, length,
// story terms and the character offsets of its events. Digest() is a pure function and
// thread-safe, so a pipeline can run it on its parallel stage and keep the (serial)
// Add() cheap.
struct ArticleDigest {
  struct Offsets {
    int64_t sentence = 0, source = -1, target = -1, action = 0;  // characters; -1 = none
  };
  int64_t hash = 0;
  int64_t length = 0;  // characters
  std::string terms;
  std::vector<Offsets> events;  // one per event, in order
};

class Store {
 public:
  static ArticleDigest Digest(const Article& article, const std::vector<Event>& events);

  virtual ~Store() = default;
  // Opens or creates the store at `path`, migrating an older schema. A store made by a
  // newer Parley is refused (Unsupported).
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             const StoreOptions& options);

  // Adds an article and its coded events. Returns false, adding nothing, when an article
  // with the same body is already stored. Commits every `batch_articles` articles.
  // `digest`, when given, must be Digest(article, events); else Add computes it.
  virtual Result<bool> Add(const Article& article, const std::vector<Event>& events,
                           const ArticleDigest* digest = nullptr) = 0;
  // Commits the open batch (if any) and refreshes the planner's statistics.
  virtual Status Finish() = 0;
  // Regroups all articles into stories. Stories() does it by itself when articles were
  // added since the last grouping (a mark in the store says so, across processes).
  virtual Status BuildStories() = 0;

  // Table sizes; `stories` counts the last grouping (0 before the first Stories()).
  virtual Result<StoreCounts> Counts() = 0;
  // Calls `fn` for each matching event, oldest first (date, then id).
  virtual Status Query(const EventFilter& filter,
                       const std::function<void(const StoredEvent&)>& fn) = 0;
  // Calls `fn` for each mention of the matching events.
  virtual Status QueryMentions(const EventFilter& filter,
                               const std::function<void(const StoredMention&)>& fn) = 0;
  // Events of the dyad in `filter` (and its other filters) counted per period.
  virtual Result<std::vector<TimelinePoint>> Timeline(const EventFilter& filter,
                                                      TimeBucket bucket) = 0;
  virtual Result<std::vector<Story>> Stories() = 0;
};

// Writes the events matching `filter` to `out` (not owned) as `format`:
//   "jsonl"          one merged event a line, with its counts and first report (docs/store.md)
//   "csv", "tsv"     the same fields as columns, with a header row
//   "table"          aligned columns for a terminal
//   "gdelt-events"   GDELT 2.0 Events: 61 tab-separated columns, no header
//   "gdelt-mentions" GDELT 2.0 Mentions: 16 tab-separated columns, one row per mention
// `names` gives CAMEO names for jsonl/csv/table (may be empty). InvalidArgument for an
// unknown format; IOError when writing fails.
Status ExportEvents(Store& store, const EventFilter& filter, std::string_view format,
                    std::FILE* out, const EventNameFn& names = nullptr);

}  // namespace parley

#endif  // PARLEY_STORE_H_
