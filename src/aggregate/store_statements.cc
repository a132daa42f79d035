#include "aggregate/store_statements.h"

#include <utility>

namespace parley {

namespace {

constexpr const char* kEventColumns = "id, cameo, day, place, first_article";

}  // namespace

Status SqliteStore::Statements::Prepare(sql::Db* db) {
  // Seeks events_dyad by the actors' roots and the day range, then checks full codes.
  const std::string find_events = std::string("SELECT ") + kEventColumns +
                                  " FROM events WHERE sroot = substr(?1, 1, 3) AND "
                                  "troot = substr(?2, 1, 3) AND source = ?1 AND target = ?2";
  const std::pair<std::unique_ptr<sql::Stmt>*, std::string> all[] = {
      {&find_article, "SELECT id FROM articles WHERE hash = ?1"},
      {&insert_article,
       "INSERT INTO articles(ext_id, hash, url, feed, title, date, day, dateline, origin, "
       "length, terms) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
      {&insert_sentence, "INSERT INTO sentences(article, idx, start, text) VALUES(?1, ?2, ?3, ?4)"},
      {&insert_actor, "INSERT OR IGNORE INTO actors(code, name) VALUES(?1, ?2)"},
      {&find_events_dated, find_events + " AND day BETWEEN ?3 AND ?4 ORDER BY id"},
      {&find_events_undated, find_events + " AND day IS NULL AND first_article = ?3"},
      {&insert_event,
       "INSERT INTO events(date, day, source, target, sroot, troot, cameo, quad, goldstein, "
       "plover, place, first_article, first_sentence, is_root, added, num_mentions, "
       "num_sources, num_articles) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 1, 1, 1)"},
      {&has_article_mention,
       "SELECT EXISTS(SELECT 1 FROM mentions WHERE event = ?1 AND article = ?2)"},
      {&has_feed_mention, "SELECT EXISTS(SELECT 1 FROM mentions WHERE event = ?1 AND feed = ?2)"},
      // Counts only: no indexed column changes, so no index is rewritten.
      {&count_mention,
       "UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + ?2, "
       "num_sources = num_sources + ?3 WHERE id = ?1"},
      {&refine_event, "UPDATE events SET cameo = ?2, goldstein = ?3, quad = ?4 WHERE id = ?1"},
      {&insert_mention,
       "INSERT INTO mentions(event, article, sentence, cameo, feed, source_text, target_text, "
       "source_offset, target_offset, action_offset, confidence) "
       "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"},
      {&savepoint, "SAVEPOINT article"},
      {&release, "RELEASE article"},
      {&rollback_to, "ROLLBACK TO article"},
      {&mark_stories_stale, "INSERT OR REPLACE INTO meta(key, value) VALUES('stories_stale', '1')"},
  };
  for (const auto& [slot, text] : all) {
    auto stmt = db->Prepare(text);
    if (!stmt.ok()) return stmt.status();
    *slot = std::move(stmt).value();
  }
  return Status::Ok();
}

}  // namespace parley
