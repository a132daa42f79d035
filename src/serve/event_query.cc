// Store queries: events and mentions matching an EventFilter, and table counts.
#include "aggregate/sqlite_store.h"
#include "serve/filter_sql.h"

namespace parley {

namespace {

constexpr const char* kEventSelect =
    "SELECT e.id, e.date, e.source, e.target, e.cameo, e.goldstein, e.quad, e.plover, "
    "e.place, e.num_mentions, e.num_sources, e.num_articles, e.added, a.ext_id, a.url, "
    "s.idx, s.text, coalesce(sa.name, ''), coalesce(ta.name, '') "
    "FROM (%s) f JOIN events e ON e.id = f.id JOIN articles a ON a.id = e.first_article "
    "JOIN sentences s ON s.id = e.first_sentence "
    "LEFT JOIN actors sa ON sa.code = e.source LEFT JOIN actors ta ON ta.code = e.target";

constexpr const char* kMentionSelect =
    "SELECT m.event, e.added, a.ext_id, a.url, a.feed, s.idx, m.source_offset, "
    "m.target_offset, m.action_offset, m.confidence, a.length "
    "FROM (%s) f JOIN events e ON e.id = f.id JOIN mentions m ON m.event = e.id "
    "JOIN articles a ON a.id = m.article "
    "JOIN sentences s ON s.id = m.sentence";

std::string Str(const sql::Stmt& s, int col) { return std::string(s.Text(col)); }

StoredEvent ReadEvent(const sql::Stmt& s) {
  StoredEvent r;
  r.id = s.Int(0);
  Event& e = r.event;
  e.date = Date::Parse(s.Text(1));
  e.source.code = Str(s, 2);
  e.target.code = Str(s, 3);
  e.cameo = Str(s, 4);
  e.goldstein = s.Real(5);
  e.quad_class = static_cast<QuadClass>(s.Int(6));
  e.plover = Str(s, 7);
  r.place = Str(s, 8);
  r.num_mentions = static_cast<int>(s.Int(9));
  r.num_sources = static_cast<int>(s.Int(10));
  r.num_articles = static_cast<int>(s.Int(11));
  r.date_added = Str(s, 12);
  e.article_id = Str(s, 13);
  r.url = Str(s, 14);
  e.sentence = static_cast<uint32_t>(s.Int(15));
  e.text = Str(s, 16);
  e.source.name = Str(s, 17);
  e.target.name = Str(s, 18);
  return r;
}

StoredMention ReadMention(const sql::Stmt& s) {
  StoredMention m;
  m.event_id = s.Int(0);
  m.event_added = Str(s, 1);
  m.article_id = Str(s, 2);
  m.url = Str(s, 3);
  m.feed = Str(s, 4);
  m.sentence = static_cast<uint32_t>(s.Int(5));
  m.source_offset = s.Int(6);
  m.target_offset = s.Int(7);
  m.action_offset = s.Int(8);
  m.confidence = s.Real(9);
  m.doc_length = s.Int(10);
  return m;
}

// Runs `select` over the filtered events, calling `row` for each result row. The filter,
// order and limit pick event ids alone (BuildEventIdsSql), in a subquery at the "%s" in
// `select`, so the joins (sentence texts, URLs, names) touch only the rows returned.
template <typename Fn>
Status RunFiltered(sql::Db* db, std::string_view select, const EventFilter& filter,
                   const std::string& outer_order, Fn row) {
  const FilterSql where = BuildEventIdsSql(filter);
  const size_t hole = select.find("%s");
  const std::string text = std::string(select.substr(0, hole)) + where.where +
                           std::string(select.substr(hole + 2)) + outer_order;
  auto stmt = db->Prepare(text);
  if (!stmt.ok()) return stmt.status();
  where.BindTo(stmt.value().get());
  Status status;
  while (stmt.value()->Step(&status)) row(*stmt.value());
  return status;
}

}  // namespace

Status SqliteStore::Query(const EventFilter& filter,
                          const std::function<void(const StoredEvent&)>& fn) {
  if (!filter.text.empty()) {
    if (Status s = CatchUpTextIndex(); !s.ok()) return s;
  }
  return RunFiltered(db_.get(), kEventSelect, filter, " ORDER BY e.day, e.id",
                     [&](const sql::Stmt& s) { fn(ReadEvent(s)); });
}

Status SqliteStore::QueryMentions(const EventFilter& filter,
                                  const std::function<void(const StoredMention&)>& fn) {
  if (!filter.text.empty()) {
    if (Status s = CatchUpTextIndex(); !s.ok()) return s;
  }
  return RunFiltered(db_.get(), kMentionSelect, filter, " ORDER BY e.day, e.id, m.id",
                     [&](const sql::Stmt& s) { fn(ReadMention(s)); });
}

Result<StoreCounts> SqliteStore::Counts() {
  StoreCounts c;
  const std::pair<int64_t*, const char*> all[] = {
      {&c.articles, "articles"}, {&c.sentences, "sentences"}, {&c.mentions, "mentions"},
      {&c.events, "events"},     {&c.actors, "actors"},       {&c.stories, "stories"}};
  for (const auto& [slot, table] : all) {
    auto n = db_->QueryInt(std::string("SELECT count(*) FROM ") + table);
    if (!n.ok()) return n.status();
    *slot = n.value();
  }
  return c;
}

}  // namespace parley
