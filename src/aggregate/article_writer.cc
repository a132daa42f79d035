// Store::Add — one article, its reporting sentences, actors and mentions, as one unit
// (a savepoint inside the batch transaction).
#include "aggregate/article_terms.h"
#include "aggregate/content_hash.h"
#include "aggregate/store_statements.h"
#include "util/utf8.h"

namespace parley {

namespace {

// The information source for NumSources: the feed name, else the URL's host, else the
// article itself (an unnamed source is counted as its own).
std::string FeedOf(const Article& a) {
  if (!a.source.empty()) return a.source;
  const size_t scheme = a.url.find("://");
  if (scheme != std::string::npos) {
    const size_t start = scheme + 3;
    return a.url.substr(start, a.url.find('/', start) - start);
  }
  return "article:" + a.id;
}

int64_t Chars(const Article& a, uint32_t byte) {
  return static_cast<int64_t>(CountCodePoints(std::string_view(a.body).substr(
      0, std::min<size_t>(byte, a.body.size()))));
}

}  // namespace

Result<bool> SqliteStore::Add(const Article& article, const std::vector<Event>& events) {
  if (!stmts_) return Status::InvalidArgument("store is open read-only");
  if (Status s = BeginBatchIfNeeded(); !s.ok()) return s;
  sql::Stmt& find = *stmts_->find_article;
  find.Bind(1, ContentHash(article.body));
  Status status;
  const bool seen = find.Step(&status);
  find.Reset();
  if (!status.ok()) return status;
  if (seen) return false;
  if (Status s = stmts_->savepoint->Run(); !s.ok()) return s;
  ArticleRow row;
  row.article = &article;
  auto id = InsertArticle(article, events, &row.feed);
  status = id.status();
  if (id.ok()) {
    row.id = id.value();
    for (size_t i = 0; i < events.size() && status.ok(); ++i) {
      auto sentence = InsertSentence(row, events[i]);
      status = sentence.ok() ? AddMention(row, events[i], sentence.value()) : sentence.status();
    }
  }
  if (!status.ok()) {
    (void)stmts_->rollback_to->Run();
    (void)stmts_->release->Run();
    return status;
  }
  if (Status s = stmts_->release->Run(); !s.ok()) return s;
  if (!stories_stale_) {
    // Recorded in the store too: a run killed before rebuilding the stories leaves the
    // mark, and the next Finish() or Stories() rebuilds them.
    if (Status s = stmts_->mark_stories_stale->Run(); !s.ok()) return s;
    stories_stale_ = true;
  }
  if (Status s = EndBatchIfFull(); !s.ok()) return s;
  return true;
}

Result<int64_t> SqliteStore::InsertArticle(const Article& a, const std::vector<Event>& events,
                                           std::string* feed) {
  *feed = FeedOf(a);
  sql::Stmt& s = *stmts_->insert_article;
  s.Bind(1, a.id).Bind(2, ContentHash(a.body)).Bind(3, a.url).Bind(4, *feed).Bind(5, a.title);
  s.Bind(6, a.published.ToString());
  if (a.published.known()) s.Bind(7, a.published.ToDays());
  s.Bind(8, a.dateline).Bind(9, a.origin).Bind(10, static_cast<int64_t>(CountCodePoints(a.body)));
  s.Bind(11, FormatTerms(ArticleTerms(a, events)));
  if (Status st = s.Run(); !st.ok()) return st;
  return db_->LastInsertId();
}

Result<int64_t> SqliteStore::InsertSentence(const ArticleRow& row, const Event& e) {
  sql::Stmt& find = *stmts_->find_sentence;
  find.Bind(1, row.id).Bind(2, static_cast<int64_t>(e.sentence));
  Status status;
  const bool found = find.Step(&status);
  const int64_t id = found ? find.Int(0) : 0;
  find.Reset();
  if (!status.ok()) return status;
  if (found) return id;
  sql::Stmt& ins = *stmts_->insert_sentence;
  ins.Bind(1, row.id).Bind(2, static_cast<int64_t>(e.sentence));
  ins.Bind(3, Chars(*row.article, e.sentence_start)).Bind(4, e.text);
  if (Status s = ins.Run(); !s.ok()) return s;
  const int64_t sentence_id = db_->LastInsertId();
  if (Status s = stmts_->insert_fts->Bind(1, sentence_id).Bind(2, e.text).Run(); !s.ok()) return s;
  return sentence_id;
}

Status SqliteStore::InsertActor(const Actor& actor) {
  if (actor.empty()) return Status::Ok();
  return stmts_->insert_actor->Bind(1, actor.code).Bind(2, actor.name).Run();
}

Status SqliteStore::InsertMention(int64_t event, const ArticleRow& row, const Event& e,
                                  int64_t sentence_id) {
  const Article& a = *row.article;
  sql::Stmt& s = *stmts_->insert_mention;
  s.Bind(1, event).Bind(2, row.id).Bind(3, sentence_id).Bind(4, e.cameo).Bind(5, row.feed);
  s.Bind(6, e.source.text).Bind(7, e.target.text);
  s.Bind(8, e.source.empty() ? int64_t{-1} : Chars(a, e.source.start));
  s.Bind(9, e.target.empty() ? int64_t{-1} : Chars(a, e.target.start));
  s.Bind(10, Chars(a, e.verb_start)).Bind(11, static_cast<double>(e.confidence));
  return s.Run();
}

}  // namespace parley
