#include "ingest/html_content.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "ingest/html_boilerplate.h"
#include "ingest/html_dom.h"

namespace parley::html {

namespace {

struct NodeStats {
  double score = 0;
  uint32_t chars = 0;
  uint32_t link_chars = 0;
  bool scored = false;
};

using StatsMap = std::unordered_map<const GumboNode*, NodeStats>;

// Stats per element plus the scored containers in the order they were first credited,
// so that ties break the same way on every run.
struct Scoring {
  StatsMap stats;
  std::vector<const GumboNode*> candidates;
};

const GumboNode* ParentElement(const GumboNode* n) {
  const GumboNode* p = n ? n->parent : nullptr;
  return IsElement(p) ? p : nullptr;
}

bool IsHeading(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
         t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

double TagBias(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ARTICLE: return 8;
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_TH: return -5;
    default: return IsHeading(t) ? -5 : 0;
  }
}

double LinkDensity(const NodeStats& s) {
  return s.chars == 0 ? 0 : static_cast<double>(s.link_chars) / s.chars;
}

void CountText(const std::vector<TextBlock>& blocks, StatsMap* stats) {
  for (const TextBlock& b : blocks) {
    for (const GumboNode* n = b.owner; n; n = ParentElement(n)) {
      NodeStats& s = (*stats)[n];
      s.chars += b.text.size();
      s.link_chars += b.link_chars;
    }
  }
}

double BlockScore(const TextBlock& b) {
  return 1.0 + b.commas + std::min(b.text.size() / 100.0, 3.0);
}

void Credit(const GumboNode* n, double amount, Scoring* scoring) {
  NodeStats& s = scoring->stats[n];
  if (!s.scored) {
    s.scored = true;
    scoring->candidates.push_back(n);
    s.score = TagBias(TagOf(n)) + 25.0 * ClassWeight(n);
  }
  s.score += amount;
}

bool IsScorable(const TextBlock& b) {
  if (b.owner == nullptr || b.text.size() < 25) return false;
  if (IsHeading(TagOf(b.owner))) return false;
  return b.link_chars * 2 < b.text.size();
}

// Text written straight into a container (a <div> holding text and <br>s) is credited
// to the container, as if wrapped in a <p> of its own.
bool IsContainer(GumboTag t) {
  return t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_ARTICLE ||
         t == GUMBO_TAG_MAIN || t == GUMBO_TAG_TD || t == GUMBO_TAG_BODY ||
         t == GUMBO_TAG_CENTER || t == GUMBO_TAG_FORM;
}

void ScoreContainers(const std::vector<TextBlock>& blocks, Scoring* scoring) {
  for (const TextBlock& b : blocks) {
    if (!IsScorable(b)) continue;
    const double score = BlockScore(b);
    int level = 0;
    const GumboNode* first = IsContainer(TagOf(b.owner)) ? b.owner : ParentElement(b.owner);
    for (const GumboNode* n = first; n && level < 5;
         n = ParentElement(n), ++level) {
      const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      Credit(n, score / divider, scoring);
    }
  }
}

const GumboNode* TopCandidate(const Scoring& scoring, double* best) {
  const GumboNode* top = nullptr;
  *best = 0;
  for (const GumboNode* node : scoring.candidates) {
    const NodeStats& s = scoring.stats.at(node);
    const double v = s.score * (1.0 - LinkDensity(s));
    if (v > *best) {
      *best = v;
      top = node;
    }
  }
  return top;
}

double FinalScore(const Scoring& scoring, const GumboNode* n) {
  auto it = scoring.stats.find(n);
  if (it == scoring.stats.end() || !it->second.scored) return 0;
  return it->second.score * (1.0 - LinkDensity(it->second));
}

bool Contains(const GumboNode* ancestor, const GumboNode* n) {
  for (; n; n = ParentElement(n)) {
    if (n == ancestor) return true;
  }
  return false;
}

// When the article is split into several containers that each score nearly as well as
// the best, their common ancestor is the article.
const GumboNode* CommonAncestorOfRivals(const Scoring& scoring, const GumboNode* top,
                                        double top_score) {
  std::vector<const GumboNode*> rivals;
  for (const GumboNode* n : scoring.candidates) {
    if (n != top && FinalScore(scoring, n) >= 0.75 * top_score && !Contains(n, top) &&
        !Contains(top, n)) {
      rivals.push_back(n);
    }
  }
  if (rivals.size() < 2) return top;
  for (const GumboNode* a = ParentElement(top); a && TagOf(a) != GUMBO_TAG_BODY;
       a = ParentElement(a)) {
    size_t inside = 0;
    for (const GumboNode* r : rivals) inside += Contains(a, r);
    if (inside >= 2) return a;
  }
  return top;
}

// Climbs while the parent scores better (it holds more of the article), and past
// wrappers that hold nothing but the candidate.
const GumboNode* ClimbToArticle(const Scoring& scoring, const GumboNode* top) {
  double last = FinalScore(scoring, top);
  const double floor = last / 3;
  for (const GumboNode* p = ParentElement(top); p && TagOf(p) != GUMBO_TAG_BODY;
       p = ParentElement(p)) {
    const double s = FinalScore(scoring, p);
    if (s == 0) continue;
    if (s < floor) break;
    if (s > last) {
      top = p;
      break;
    }
    last = s;
  }
  for (const GumboNode* p = ParentElement(top);
       p && TagOf(p) != GUMBO_TAG_BODY && scoring.stats.count(p) &&
       scoring.stats.at(p).chars == scoring.stats.at(top).chars;
       p = ParentElement(p)) {
    top = p;
  }
  return top;
}

bool SiblingQualifies(const GumboNode* sib, const StatsMap& stats, double threshold) {
  auto it = stats.find(sib);
  if (it == stats.end()) return false;
  const NodeStats& s = it->second;
  if (s.scored && s.score * (1.0 - LinkDensity(s)) >= threshold) return true;
  if (TagOf(sib) != GUMBO_TAG_P) return false;
  const double ld = LinkDensity(s);
  return (s.chars > 80 && ld < 0.25) || (s.chars > 0 && ld == 0 && s.chars <= 80 && false);
}

std::unordered_set<const GumboNode*> ArticleRoots(const GumboNode* top, double top_score,
                                                   const StatsMap& stats) {
  std::unordered_set<const GumboNode*> roots{top};
  const GumboNode* parent = ParentElement(top);
  if (!parent) return roots;
  const double threshold = std::max(10.0, top_score * 0.2);
  const GumboVector& kids = parent->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    const auto* sib = static_cast<const GumboNode*>(kids.data[i]);
    if (sib != top && IsElement(sib) && SiblingQualifies(sib, stats, threshold)) {
      roots.insert(sib);
    }
  }
  return roots;
}

bool UnderRoots(const GumboNode* n, const std::unordered_set<const GumboNode*>& roots) {
  for (; n; n = ParentElement(n)) {
    if (roots.count(n)) return true;
  }
  return false;
}

bool KeepBlock(const TextBlock& b, std::string_view title) {
  if (b.link_chars * 2 > b.text.size()) return false;
  const GumboTag t = TagOf(b.owner);
  if (IsHeading(t) && !title.empty() && b.text == title) return false;
  return true;
}

}  // namespace

std::vector<size_t> SelectArticleBlocks(const std::vector<TextBlock>& blocks,
                                        std::string_view title) {
  Scoring scoring;
  CountText(blocks, &scoring.stats);
  ScoreContainers(blocks, &scoring);
  double top_score = 0;
  const GumboNode* top = TopCandidate(scoring, &top_score);
  std::vector<size_t> out;
  if (!top) return out;
  top = ClimbToArticle(scoring, CommonAncestorOfRivals(scoring, top, top_score));
  top_score = std::max(top_score, FinalScore(scoring, top));
  const auto roots = ArticleRoots(top, top_score, scoring.stats);
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (UnderRoots(blocks[i].owner, roots) && KeepBlock(blocks[i], title)) out.push_back(i);
  }
  return out;
}

}  // namespace parley::html
