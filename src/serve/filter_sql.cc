#include "serve/filter_sql.h"

namespace parley {

namespace {

class Builder {
 public:
  void StartClause() { clause_.clear(); }
  void Add(const std::string& clause) {
    clause_ += clause_.empty() ? " WHERE " : " AND ";
    clause_ += clause;
  }
  std::string TakeClause() { return std::move(clause_); }
  std::string Param(std::variant<int64_t, std::string> v) {
    out_.params.push_back(std::move(v));
    return "?" + std::to_string(out_.params.size());
  }
  // `column` starts with `prefix`, as a range the column's index can seek.
  std::string Prefix(const std::string& column, const std::string& prefix) {
    std::string upper = prefix;
    upper.back() = static_cast<char>(upper.back() + 1);
    return "(" + column + " >= " + Param(prefix) + " AND " + column + " < " + Param(upper) + ")";
  }
  // One side of a dyad: 3-letter codes match the root column exactly.
  std::string Side(const std::string& side, const std::string& code) {
    const std::string root = side == "source" ? "e.sroot" : "e.troot";
    if (code.size() == 3) return root + " = " + Param(code);
    if (code.size() < 3) return Prefix(root, code);
    return "(" + root + " = " + Param(code.substr(0, 3)) + " AND " + Prefix("e." + side, code) + ")";
  }
  FilterSql Take() { return std::move(out_); }

 private:
  FilterSql out_;
  std::string clause_;
};

// Which side an --actor filter is tested on, for one branch of BuildEventIdsSql.
enum class ActorSide { kEither, kSource, kTargetOnly };

void AddActors(const EventFilter& f, ActorSide side, Builder* b) {
  if (!f.actor.empty()) {
    const std::string src = b->Side("source", f.actor);
    if (side == ActorSide::kSource) {
      b->Add(src);
    } else if (side == ActorSide::kTargetOnly) {
      b->Add(b->Side("target", f.actor) + " AND NOT " + b->Side("source", f.actor));
    } else {
      b->Add("(" + src + " OR " + b->Side("target", f.actor) + ")");
    }
  }
  if (f.source.empty() && f.target.empty()) return;
  auto dyad = [&](const std::string& s, const std::string& t) {
    std::string c;
    if (!s.empty()) c = b->Side("source", s);
    if (!t.empty()) c += (c.empty() ? "" : " AND ") + b->Side("target", t);
    return "(" + c + ")";
  };
  if (!f.either_direction) return b->Add(dyad(f.source, f.target));
  b->Add("(" + dyad(f.source, f.target) + " OR " + dyad(f.target, f.source) + ")");
}

void AddOthers(const EventFilter& f, Builder* b) {
  if (!f.code.empty()) b->Add(b->Prefix("e.cameo", f.code));
  if (f.quad_class > 0) b->Add("e.quad = " + b->Param(int64_t{f.quad_class}));
  if (f.from.known()) b->Add("e.day >= " + b->Param(f.from.ToDays()));
  if (f.to.known()) b->Add("e.day <= " + b->Param(f.to.ToDays()));
  if (!f.place.empty()) b->Add("e.place = " + b->Param(f.place) + " COLLATE NOCASE");
  if (!f.text.empty()) {
    b->Add("e.id IN (SELECT m.event FROM mentions m WHERE m.sentence IN "
           "(SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH " + b->Param(f.text) + "))");
  }
}

std::string Limit(const EventFilter& f) {
  return f.limit > 0 ? " LIMIT " + std::to_string(f.limit) : "";
}

// One ordered, limited scan of the events matching `f` (with `side` for --actor).
std::string Branch(const EventFilter& f, ActorSide side, Builder* b) {
  b->StartClause();
  AddActors(f, side, b);
  AddOthers(f, b);
  return "SELECT e.id AS id, e.day AS day FROM events e" + b->TakeClause() +
         " ORDER BY e.day, e.id" + Limit(f);
}

}  // namespace

FilterSql BuildFilterSql(const EventFilter& f) {
  Builder b;
  b.StartClause();
  AddActors(f, ActorSide::kEither, &b);
  AddOthers(f, &b);
  FilterSql out = b.Take();
  out.where = b.TakeClause();
  return out;
}

FilterSql BuildEventIdsSql(const EventFilter& f) {
  Builder b;
  std::string text;
  if (f.actor.empty()) {
    text = Branch(f, ActorSide::kEither, &b);
  } else {
    text = "SELECT id, day FROM (" + Branch(f, ActorSide::kSource, &b) +
           ") UNION ALL SELECT id, day FROM (" + Branch(f, ActorSide::kTargetOnly, &b) +
           ") ORDER BY 2, 1" + Limit(f);
  }
  FilterSql out = b.Take();
  out.where = std::move(text);
  return out;
}

int FilterSql::BindTo(sql::Stmt* stmt) const {
  int i = 1;
  for (const auto& p : params) {
    if (const auto* n = std::get_if<int64_t>(&p)) stmt->Bind(i++, *n);
    else stmt->Bind(i++, std::string_view(std::get<std::string>(p)));
  }
  return i;
}

}  // namespace parley
