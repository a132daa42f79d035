// Stories in the store: regrouping all articles (BuildStories) and reading them back.
#include <algorithm>

#include "aggregate/story_builder.h"
#include "aggregate/store_statements.h"

namespace parley {

namespace {

struct ArticleInfo {
  int64_t id;
  std::string title, ext_id, date;
};

struct Loaded {
  std::vector<ArticleInfo> info;
  std::vector<StoryDoc> docs;
};

Result<Loaded> LoadArticles(sql::Db* db) {
  auto q = db->Prepare("SELECT id, ext_id, title, date, day, terms FROM articles ORDER BY id");
  if (!q.ok()) return q.status();
  Loaded out;
  Status status;
  sql::Stmt& s = *q.value();
  while (s.Step(&status)) {
    out.info.push_back({s.Int(0), std::string(s.Text(2)), std::string(s.Text(1)),
                        std::string(s.Text(3))});
    StoryDoc d;
    if (!s.IsNull(4)) d.day = s.Int(4);
    d.terms = ParseTerms(s.Text(5));
    out.docs.push_back(std::move(d));
  }
  if (!status.ok()) return status;
  return out;
}

struct Span {
  std::optional<int64_t> first_day, last_day;
  std::string first = "", last = "";
  int64_t articles = 0;
  void Add(const StoryDoc& d, const std::string& date) {
    ++articles;
    if (!d.day) return;
    if (!first_day || *d.day < *first_day) { first_day = d.day; first = date; }
    if (!last_day || *d.day > *last_day) { last_day = d.day; last = date; }
  }
};

Status WriteStories(sql::Db* db, const Loaded& l, const std::vector<int>& story_of,
                    const std::vector<int>& reps) {
  std::vector<Span> spans(reps.size());
  for (size_t i = 0; i < story_of.size(); ++i) spans[story_of[i]].Add(l.docs[i], l.info[i].date);
  auto set = db->Prepare("UPDATE articles SET story = ?2 WHERE id = ?1");
  auto ins = db->Prepare("INSERT INTO stories(id, title, first, last, articles) "
                         "VALUES(?1, ?2, ?3, ?4, ?5)");
  if (!set.ok()) return set.status();
  if (!ins.ok()) return ins.status();
  for (size_t i = 0; i < story_of.size(); ++i) {
    if (Status s = set.value()->Bind(1, l.info[i].id).Bind(2, story_of[i] + 1).Run(); !s.ok()) {
      return s;
    }
  }
  for (size_t k = 0; k < reps.size(); ++k) {
    const ArticleInfo& rep = l.info[reps[k]];
    sql::Stmt& s = *ins.value();
    s.Bind(1, static_cast<int64_t>(k + 1)).Bind(2, rep.title.empty() ? rep.ext_id : rep.title);
    s.Bind(3, spans[k].first).Bind(4, spans[k].last).Bind(5, spans[k].articles);
    if (Status st = s.Run(); !st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace

Status SqliteStore::BuildStories() {
  if (batch_ && batch_->open()) {
    if (Status s = batch_->Commit(); !s.ok()) return s;
  }
  auto loaded = LoadArticles(db_.get());
  if (!loaded.ok()) return loaded.status();
  const StoryOptions options;
  const std::vector<int> story_of = GroupStories(loaded.value().docs, options);
  const std::vector<int> reps = StoryRepresentatives(loaded.value().docs, story_of, options);
  sql::Transaction txn(db_.get());
  if (Status s = txn.Begin(); !s.ok()) return s;
  if (Status s = db_->Exec("DELETE FROM stories; DELETE FROM meta WHERE key = 'stories_stale'");
      !s.ok()) {
    return s;
  }
  if (Status s = WriteStories(db_.get(), loaded.value(), story_of, reps); !s.ok()) return s;
  if (Status s = txn.Commit(); !s.ok()) return s;
  stories_stale_ = false;
  return Status::Ok();
}

}  // namespace parley
