// Store::Add — one article, its reporting sentences, actors and mentions, as one unit
// (a savepoint inside the batch transaction). Store::Digest — the CPU work before it.
#include "aggregate/article_terms.h"
#include "aggregate/content_hash.h"
#include "aggregate/store_statements.h"
#include "util/utf8.h"

#include <unordered_map>

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

// Byte offsets to character offsets, walking forward from the last answer (events come
// in text order, so an article costs about one pass).
class CharCursor {
 public:
  explicit CharCursor(std::string_view text) : text_(text) {}
  int64_t At(size_t byte) {
    byte = std::min(byte, text_.size());
    if (byte < byte_) byte_ = chars_ = 0;
    chars_ += CountCodePoints(text_.substr(byte_, byte - byte_));
    byte_ = byte;
    return static_cast<int64_t>(chars_);
  }

 private:
  std::string_view text_;
  size_t byte_ = 0, chars_ = 0;
};

// An article is its text; one whose text is empty after cleanup (a lone headline) is
// known by its id, title and URL instead, so that two such articles are not one.
int64_t ArticleIdentity(const Article& article) {
  if (!article.body.empty()) return ContentHash(article.body);
  return ContentHash("\x01" + article.id + "\n" + article.title + "\n" + article.url);
}

}  // namespace

ArticleDigest Store::Digest(const Article& article, const std::vector<Event>& events) {
  ArticleDigest d;
  d.hash = ArticleIdentity(article);
  d.terms = FormatTerms(ArticleTerms(article, events));
  CharCursor cursor(article.body);
  for (const Event& e : events) {
    ArticleDigest::Offsets at;
    at.sentence = cursor.At(e.sentence_start);
    if (!e.source.empty()) at.source = cursor.At(e.source.start);
    at.action = cursor.At(e.verb_start);
    if (!e.target.empty()) at.target = cursor.At(e.target.start);
    d.events.push_back(at);
  }
  d.length = cursor.At(article.body.size());
  return d;
}

Result<bool> SqliteStore::Add(const Article& article, const std::vector<Event>& events,
                              const ArticleDigest* digest) {
  if (!stmts_) return Status::InvalidArgument("store is open read-only");
  if (digest) return AddDigested(article, events, *digest);
  return AddDigested(article, events, Digest(article, events));
}

Result<bool> SqliteStore::AddDigested(const Article& article, const std::vector<Event>& events,
                                      const ArticleDigest& digest) {
  if (Status s = BeginBatchIfNeeded(); !s.ok()) return s;
  sql::Stmt& find = *stmts_->find_article;
  find.Bind(1, digest.hash);
  Status status;
  const bool seen = find.Step(&status);
  find.Reset();
  if (!status.ok()) return status;
  if (seen) return false;
  if (Status s = stmts_->savepoint->Run(); !s.ok()) return s;
  std::unordered_map<uint32_t, int64_t> sentences;  // index in the article -> row id
  ArticleRow row{0, FeedOf(article), &article, &digest, &sentences};
  auto id = InsertArticle(row);
  status = id.status();
  if (id.ok()) {
    row.id = id.value();
    for (size_t i = 0; i < events.size() && status.ok(); ++i) {
      auto sentence = InsertSentence(row, events[i], digest.events[i]);
      status = sentence.ok() ? AddMention(row, events[i], digest.events[i], sentence.value())
                             : sentence.status();
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

Result<int64_t> SqliteStore::InsertArticle(const ArticleRow& row) {
  const Article& a = *row.article;
  sql::Stmt& s = *stmts_->insert_article;
  s.Bind(1, a.id).Bind(2, row.digest->hash).Bind(3, a.url).Bind(4, row.feed).Bind(5, a.title);
  s.Bind(6, a.published.ToString());
  if (a.published.known()) s.Bind(7, a.published.ToDays());
  s.Bind(8, a.dateline).Bind(9, a.origin).Bind(10, row.digest->length);
  s.Bind(11, row.digest->terms);
  if (Status st = s.Run(); !st.ok()) return st;
  return db_->LastInsertId();
}

Result<int64_t> SqliteStore::InsertSentence(const ArticleRow& row, const Event& e,
                                            const ArticleDigest::Offsets& at) {
  auto known = row.sentences->find(e.sentence);
  if (known != row.sentences->end()) return known->second;
  sql::Stmt& ins = *stmts_->insert_sentence;
  ins.Bind(1, row.id).Bind(2, static_cast<int64_t>(e.sentence)).Bind(3, at.sentence);
  ins.Bind(4, e.text);
  if (Status s = ins.Run(); !s.ok()) return s;
  const int64_t sentence_id = db_->LastInsertId();
  (*row.sentences)[e.sentence] = sentence_id;
  return sentence_id;
}

Status SqliteStore::InsertActor(const Actor& actor) {
  if (actor.empty() || known_actors_.contains(actor.code)) return Status::Ok();
  known_actors_.insert(actor.code);  // after a rollback, INSERT OR IGNORE stays right
  return stmts_->insert_actor->Bind(1, actor.code).Bind(2, actor.name).Run();
}

Status SqliteStore::InsertMention(int64_t event, const ArticleRow& row, const Event& e,
                                  const ArticleDigest::Offsets& at, int64_t sentence_id) {
  sql::Stmt& s = *stmts_->insert_mention;
  s.Bind(1, event).Bind(2, row.id).Bind(3, sentence_id).Bind(4, e.cameo).Bind(5, row.feed);
  s.Bind(6, e.source.text).Bind(7, e.target.text).Bind(8, at.source).Bind(9, at.target);
  s.Bind(10, at.action).Bind(11, static_cast<double>(e.confidence));
  return s.Run();
}

}  // namespace parley
