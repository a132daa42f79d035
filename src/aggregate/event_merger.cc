// Event identity in the store: find the event a new mention belongs to (the rule is in
// event_identity.h), or create one; then update its GDELT counts.
#include "aggregate/store_statements.h"

namespace parley {

namespace {

std::string Root(const std::string& code) { return code.substr(0, 3); }

HappeningKey MentionKey(const Event& e, int64_t article) {
  HappeningKey k;
  k.source = e.source.code;
  k.target = e.target.code;
  k.cameo = e.cameo;
  if (e.date.known()) k.day = e.date.ToDays();
  k.article = article;  // k.place: the coder reports no event place yet
  return k;
}

HappeningKey StoredKey(const sql::Stmt& s, const HappeningKey& mention) {
  HappeningKey k;
  k.source = mention.source;
  k.target = mention.target;
  k.cameo = std::string(s.Text(1));
  if (!s.IsNull(2)) k.day = s.Int(2);
  k.place = std::string(s.Text(3));
  k.article = s.Int(4);
  return k;
}

int64_t DayGap(const HappeningKey& a, const HappeningKey& b) {
  return a.day && b.day ? std::llabs(*a.day - *b.day) : 0;
}

}  // namespace

Status SqliteStore::AddMention(const ArticleRow& row, const Event& e,
                               const ArticleDigest::Offsets& at, int64_t sentence_id) {
  if (Status s = InsertActor(e.source); !s.ok()) return s;
  if (Status s = InsertActor(e.target); !s.ok()) return s;
  auto found = FindEvent(MentionKey(e, row.id));
  if (!found.ok()) return found.status();
  int64_t event = 0;
  if (found.value()) {
    event = found.value()->id;
    if (Status s = CountMention(event, row, e, found.value()->cameo); !s.ok()) return s;
  } else {
    auto created = CreateEvent(row, e, sentence_id);  // counts start at 1
    if (!created.ok()) return created.status();
    event = created.value();
  }
  return InsertMention(event, row, e, at, sentence_id);
}

// The closest stored event (then the oldest) that the mention may join.
Result<std::optional<SqliteStore::Found>> SqliteStore::FindEvent(const HappeningKey& key) {
  const int window = options_.merge_window_days;
  sql::Stmt& s = key.day ? *stmts_->find_events_dated : *stmts_->find_events_undated;
  s.Bind(1, key.source).Bind(2, key.target);
  if (key.day) s.Bind(3, *key.day - window).Bind(4, *key.day + window);
  else s.Bind(3, key.article);
  std::optional<Found> best;
  int64_t best_gap = 0;
  Status status;
  while (s.Step(&status)) {
    const HappeningKey stored = StoredKey(s, key);
    if (!SameHappening(stored, key, window)) continue;
    const int64_t gap = DayGap(stored, key);
    if (!best || gap < best_gap) {
      best = Found{s.Int(0), stored.cameo};
      best_gap = gap;
    }
  }
  s.Reset();
  if (!status.ok()) return status;
  return best;
}

Result<int64_t> SqliteStore::CreateEvent(const ArticleRow& row, const Event& e,
                                         int64_t sentence_id) {
  sql::Stmt& s = *stmts_->insert_event;
  s.Bind(1, e.date.ToString());
  if (e.date.known()) s.Bind(2, e.date.ToDays());
  s.Bind(3, e.source.code).Bind(4, e.target.code).Bind(5, Root(e.source.code));
  s.Bind(6, Root(e.target.code)).Bind(7, e.cameo).Bind(8, static_cast<int>(e.quad_class));
  s.Bind(9, e.goldstein).Bind(10, e.plover).Bind(11, row.article->dateline);
  s.Bind(12, row.id).Bind(13, sentence_id).Bind(14, e.sentence == 0 ? 1 : 0);
  s.Bind(15, date_added_);
  if (Status st = s.Run(); !st.ok()) return st;
  return db_->LastInsertId();
}

// GDELT: NumMentions counts every mention (several in one article too); NumArticles the
// distinct articles; NumSources the distinct information sources (feeds).
Status SqliteStore::CountMention(int64_t event, const ArticleRow& row, const Event& e,
                                 const std::string& stored_cameo) {
  auto exists = [&](sql::Stmt& q, auto value) -> Result<bool> {
    q.Bind(1, event).Bind(2, value);
    Status status;
    const bool yes = q.Step(&status) && q.Int(0) != 0;
    q.Reset();
    if (!status.ok()) return status;
    return yes;
  };
  auto in_article = exists(*stmts_->has_article_mention, row.id);
  if (!in_article.ok()) return in_article.status();
  auto in_feed = exists(*stmts_->has_feed_mention, std::string_view(row.feed));
  if (!in_feed.ok()) return in_feed.status();
  sql::Stmt& u = *stmts_->count_mention;
  u.Bind(1, event).Bind(2, in_article.value() ? 0 : 1).Bind(3, in_feed.value() ? 0 : 1);
  if (Status s = u.Run(); !s.ok()) return s;
  if (MoreSpecificCameo(stored_cameo, e.cameo) == stored_cameo) return Status::Ok();
  sql::Stmt& r = *stmts_->refine_event;  // the event takes the more specific code
  r.Bind(1, event).Bind(2, e.cameo).Bind(3, e.goldstein).Bind(4, static_cast<int>(e.quad_class));
  return r.Run();
}

}  // namespace parley
