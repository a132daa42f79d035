#include "aggregate/story_builder.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace parley {

namespace {

using Vec = std::vector<std::pair<int, float>>;  // (term id, weight), unit length

struct Centroid {
  std::unordered_map<int, float> w;
  double norm2 = 0;
  std::optional<int64_t> first, last;
};

struct Space {
  std::vector<Vec> vecs;
  std::vector<int> df;
};

Vec Weigh(const TermCounts& terms, const std::unordered_map<std::string, int>& ids,
          const std::vector<int>& df, double n, size_t keep) {
  Vec v;
  for (const auto& [term, tf] : terms) {
    const int id = ids.at(term);
    const double idf = std::log((n + 1) / (df[id] + 1));
    v.emplace_back(id, static_cast<float>((1.0 + std::log(std::max(tf, 1))) * idf));
  }
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (v.size() > keep) v.resize(keep);
  double norm = 0;
  for (const auto& p : v) norm += p.second * p.second;
  norm = std::sqrt(norm);
  for (auto& p : v) p.second = static_cast<float>(p.second / (norm > 0 ? norm : 1));
  return v;
}

Space Vectorize(const std::vector<StoryDoc>& docs, const StoryOptions& o) {
  std::unordered_map<std::string, int> ids;
  Space s;
  for (const auto& d : docs) {
    for (const auto& t : d.terms) {
      auto [it, fresh] = ids.try_emplace(t.first, static_cast<int>(ids.size()));
      if (fresh) s.df.push_back(0);
      ++s.df[it->second];
    }
  }
  const double n = static_cast<double>(docs.size()) + o.prior_docs;
  for (const auto& d : docs) s.vecs.push_back(Weigh(d.terms, ids, s.df, n, o.vector_terms));
  return s;
}

void AddTo(Centroid* c, const Vec& v, std::optional<int64_t> day) {
  for (const auto& [id, w] : v) {
    float& x = c->w[id];
    c->norm2 += 2.0 * x * w + static_cast<double>(w) * w;
    x += w;
  }
  if (!day) return;
  c->first = c->first ? std::min(*c->first, *day) : *day;
  c->last = c->last ? std::max(*c->last, *day) : *day;
}

double Damp(const Centroid& c, std::optional<int64_t> day, double scale) {
  if (!day || !c.first) return 1.0;
  const int64_t gap = *day < *c.first ? *c.first - *day : (*day > *c.last ? *day - *c.last : 0);
  return 1.0 / (1.0 + static_cast<double>(gap) / scale);
}

double Cosine(const Vec& v, const Centroid& c) {
  double dot = 0;
  for (const auto& [id, w] : v) {
    auto it = c.w.find(id);
    if (it != c.w.end()) dot += w * it->second;
  }
  return c.norm2 > 0 ? dot / std::sqrt(c.norm2) : 0;
}

std::vector<size_t> DateOrder(const std::vector<StoryDoc>& docs) {
  std::vector<size_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (docs[a].day.has_value() != docs[b].day.has_value()) return docs[a].day.has_value();
    return docs[a].day.value_or(0) < docs[b].day.value_or(0);
  });
  return order;
}

class Grouper {
 public:
  Grouper(const std::vector<StoryDoc>& docs, const StoryOptions& o)
      : docs_(docs), o_(o), space_(Vectorize(docs, o)),
        postings_(space_.df.size()),
        max_df_(std::max<size_t>(50, docs.size() / 50)) {}

  std::vector<int> Run() {
    std::vector<int> story_of(docs_.size(), -1);
    for (size_t i : DateOrder(docs_)) story_of[i] = Place(i);
    const std::vector<int> merged = MergeSimilarStories();
    for (int& s : story_of) s = merged[s];
    return story_of;
  }

 private:
  int Place(size_t i) {
    const Vec& v = space_.vecs[i];
    int best = -1;
    double best_score = o_.threshold;
    for (int s : Candidates(v)) {
      const double score = Cosine(v, stories_[s]) * Damp(stories_[s], docs_[i].day, o_.gap_scale);
      if (score >= best_score) { best_score = score; best = s; }
    }
    if (best < 0) {
      best = static_cast<int>(stories_.size());
      stories_.emplace_back();
    }
    AddTo(&stories_[best], v, docs_[i].day);
    for (const auto& p : v) {
      auto& list = postings_[p.first];
      if (list.empty() || list.back() != best) list.push_back(best);
    }
    return best;
  }

  // A second pass: a story joins an older one whose centroid is similar enough (a story
  // told again years later starts apart, since one article is a noisy centroid).
  // Returns the new 0-based number of each story, still in order of first members.
  std::vector<int> MergeSimilarStories() {
    std::vector<int> parent(stories_.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (size_t s = 1; s < stories_.size(); ++s) {
      const Vec v = Top(stories_[s]);
      int best = -1;
      double best_score = o_.threshold;
      for (int c : Candidates(v)) {
        if (c >= static_cast<int>(s)) continue;
        const double score = Cosine(v, stories_[c]) * Damp(stories_[c], stories_[s].first, o_.gap_scale);
        if (score >= best_score) { best_score = score; best = c; }
      }
      if (best >= 0) parent[s] = parent[best];
    }
    std::vector<int> number(stories_.size(), -1);
    int next = 0;
    for (size_t s = 0; s < stories_.size(); ++s) {
      number[s] = parent[s] == static_cast<int>(s) ? next++ : number[parent[s]];
    }
    return number;
  }

  // A centroid's strongest terms as a unit vector.
  Vec Top(const Centroid& c) const {
    Vec v(c.w.begin(), c.w.end());
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (v.size() > o_.vector_terms) v.resize(o_.vector_terms);
    double norm = 0;
    for (const auto& p : v) norm += p.second * p.second;
    for (auto& p : v) p.second = static_cast<float>(p.second / std::sqrt(norm > 0 ? norm : 1));
    return v;
  }

  // Stories sharing the most of the doc's strongest terms (common terms skipped): at
  // most kMaxCandidates, so each article costs a bounded amount of work.
  std::vector<int> Candidates(const Vec& v) {
    constexpr size_t kLookupTerms = 12, kMaxCandidates = 24;
    std::unordered_map<int, int> shared;
    for (size_t t = 0; t < v.size() && t < kLookupTerms; ++t) {
      if (static_cast<size_t>(space_.df[v[t].first]) > max_df_) continue;
      for (int s : postings_[v[t].first]) ++shared[s];
    }
    std::vector<std::pair<int, int>> ranked(shared.begin(), shared.end());
    const size_t keep = std::min(ranked.size(), kMaxCandidates);
    std::partial_sort(ranked.begin(), ranked.begin() + keep, ranked.end(),
                      [](const auto& a, const auto& b) {
                        return a.second != b.second ? a.second > b.second : a.first < b.first;
                      });
    std::vector<int> out;
    for (size_t i = 0; i < keep; ++i) out.push_back(ranked[i].first);
    return out;
  }

  const std::vector<StoryDoc>& docs_;
  const StoryOptions& o_;
  Space space_;
  std::vector<std::vector<int>> postings_;
  size_t max_df_;
  std::vector<Centroid> stories_;
};

}  // namespace

std::vector<int> GroupStories(const std::vector<StoryDoc>& docs, const StoryOptions& options) {
  return Grouper(docs, options).Run();
}

std::vector<int> StoryRepresentatives(const std::vector<StoryDoc>& docs,
                                      const std::vector<int>& story_of,
                                      const StoryOptions& options) {
  const Space space = Vectorize(docs, options);
  const int n = story_of.empty() ? 0 : *std::max_element(story_of.begin(), story_of.end()) + 1;
  std::vector<Centroid> centroids(n);
  for (size_t i = 0; i < docs.size(); ++i) AddTo(&centroids[story_of[i]], space.vecs[i], {});
  std::vector<int> rep(n, -1);
  std::vector<double> best(n, -1);
  for (size_t i = 0; i < docs.size(); ++i) {
    const double c = Cosine(space.vecs[i], centroids[story_of[i]]);
    if (c > best[story_of[i]]) { best[story_of[i]] = c; rep[story_of[i]] = static_cast<int>(i); }
  }
  return rep;
}

}  // namespace parley
