// aggregate/sqlite_store.h — the Store implementation (internal).
//
// Its methods are spread over files by concept: store_open.cc (opening, pragmas,
// batching), article_writer.cc (Add), event_merger.cc (event identity in SQL),
// story_store.cc (stories), and serve/ (queries, timelines).
#ifndef PARLEY_AGGREGATE_SQLITE_STORE_H_
#define PARLEY_AGGREGATE_SQLITE_STORE_H_

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "aggregate/event_identity.h"
#include "aggregate/sqlite_db.h"
#include "parley/store.h"

namespace parley {

class SqliteStore final : public Store {
 public:
  SqliteStore(std::unique_ptr<sql::Db> db, const StoreOptions& options);
  ~SqliteStore() override;

  Status Prepare();
  Result<bool> Add(const Article& article, const std::vector<Event>& events,
                   const ArticleDigest* digest) override;
  Status Finish() override;
  Status BuildStories() override;
  Result<StoreCounts> Counts() override;
  Status Query(const EventFilter& filter,
               const std::function<void(const StoredEvent&)>& fn) override;
  Status QueryMentions(const EventFilter& filter,
                       const std::function<void(const StoredMention&)>& fn) override;
  Result<std::vector<TimelinePoint>> Timeline(const EventFilter& filter,
                                              TimeBucket bucket) override;
  Result<std::vector<Story>> Stories() override;

  sql::Db* db() { return db_.get(); }
  // Adds the sentences stored since the last call to the full-text index (text_index.cc).
  Status CatchUpTextIndex();

 private:
  // The write path's prepared statements, made once by Prepare().
  struct Statements;
  // What Add knows about the article being written.
  struct ArticleRow {
    int64_t id = 0;
    std::string feed;
    const Article* article = nullptr;
    const ArticleDigest* digest = nullptr;
    std::unordered_map<uint32_t, int64_t>* sentences = nullptr;  // stored so far
  };

  Status PrepareSchema();
  Status BeginBatchIfNeeded();
  Status EndBatchIfFull();
  Result<bool> AddDigested(const Article& article, const std::vector<Event>& events,
                           const ArticleDigest& digest);
  Result<int64_t> InsertArticle(const ArticleRow& row);
  Result<int64_t> InsertSentence(const ArticleRow& row, const Event& e,
                                 const ArticleDigest::Offsets& at);
  Status InsertActor(const Actor& actor);
  Status AddMention(const ArticleRow& row, const Event& e, const ArticleDigest::Offsets& at,
                    int64_t sentence_id);
  // The event a mention joins: its id and its current CAMEO code.
  struct Found {
    int64_t id = 0;
    std::string cameo;
  };
  Result<std::optional<Found>> FindEvent(const HappeningKey& key);
  Result<int64_t> CreateEvent(const ArticleRow& row, const Event& e, int64_t sentence_id);
  Status CountMention(int64_t event, const ArticleRow& row, const Event& e,
                      const std::string& stored_cameo);
  Status InsertMention(int64_t event, const ArticleRow& row, const Event& e,
                       const ArticleDigest::Offsets& at, int64_t sentence_id);

  std::unique_ptr<sql::Db> db_;
  StoreOptions options_;
  std::unique_ptr<Statements> stmts_;
  std::unique_ptr<sql::Transaction> batch_;
  size_t batch_size_ = 0;
  bool stories_stale_ = false;
  bool indexes_deferred_ = false;  // a bulk load into an empty store: see schema.h
  std::string date_added_;  // YYYYMMDDHHMMSS of this session
  std::unordered_set<std::string> known_actors_;  // codes already in `actors`
};

}  // namespace parley

#endif  // PARLEY_AGGREGATE_SQLITE_STORE_H_
