// Store::Stories — every story with its articles and events in date order.
#include "aggregate/sqlite_store.h"

namespace parley {

namespace {

constexpr const char* kStories = "SELECT id, title, first, last FROM stories ORDER BY id";
constexpr const char* kArticles =
    "SELECT ext_id FROM articles WHERE story = ?1 ORDER BY day IS NULL, day, id";
constexpr const char* kEvents =
    "SELECT DISTINCT e.id, e.day FROM articles a JOIN mentions m ON m.article = a.id "
    "JOIN events e ON e.id = m.event WHERE a.story = ?1 ORDER BY e.day IS NULL, e.day, e.id";

Status FillStory(sql::Stmt* articles, sql::Stmt* events, Story* story) {
  Status status;
  articles->Bind(1, story->id);
  while (articles->Step(&status)) story->articles.emplace_back(articles->Text(0));
  articles->Reset();
  if (!status.ok()) return status;
  events->Bind(1, story->id);
  while (events->Step(&status)) story->events.push_back(events->Int(0));
  events->Reset();
  return status;
}

}  // namespace

Result<std::vector<Story>> SqliteStore::Stories() {
  if (stories_stale_) {
    if (Status s = BuildStories(); !s.ok()) return s;
  }
  auto list = db_->Prepare(kStories);
  auto articles = db_->Prepare(kArticles);
  auto events = db_->Prepare(kEvents);
  for (const Status* s : {&list.status(), &articles.status(), &events.status()}) {
    if (!s->ok()) return *s;
  }
  std::vector<Story> out;
  Status status;
  for (sql::Stmt& s = *list.value(); s.Step(&status);) {
    Story story;
    story.id = s.Int(0);
    story.title = std::string(s.Text(1));
    story.first = Date::Parse(s.Text(2));
    story.last = Date::Parse(s.Text(3));
    out.push_back(std::move(story));
  }
  if (!status.ok()) return status;
  for (Story& story : out) {
    Status s = FillStory(articles.value().get(), events.value().get(), &story);
    if (!s.ok()) return s;
  }
  return out;
}

}  // namespace parley
