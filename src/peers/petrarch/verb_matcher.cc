#include "peers/petrarch/verb_matcher.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "peers/petrarch/py_text.h"

namespace parley::petrarch {

namespace {

constexpr long kMaxSteps = 200000;

struct Step {
  const VerbNode* path;
  long i;
  int option;
  ActorLoc saved;
  long last_end;  // end of the last element matched, for '_' adjacency
  size_t synset_next = 0;  // for a synset step: the next synset edge to try
};

// Backtracking: continues from a saved step, at the word after it, or at the same word
// with the next synset edge when one is left to try.
void Resume(const Step& p, const VerbNode** path, long* i, int* option, size_t* synset_from,
            long* last_end) {
  *path = p.path;
  *i = p.i + 1;
  *option = p.option;
  if (*option == 2 && p.synset_next < p.path->synsets.size()) {
    *i = p.i;
    *option = 1;
    *synset_from = p.synset_next;
  }
  *last_end = p.last_end;
}

// True when only markup and stop words lie in seq[from, to).
bool Transparent(const Sequence& seq, long from, long to) {
  if (from > to) return false;
  for (long k = std::max(from, 0L); k < to && k < static_cast<long>(seq.size()); ++k) {
    if (SkipItem(seq[k]) == 0) return false;
  }
  return true;
}

// The edge for a word: "_WORD" when it may follow the last match directly, else WORD.
const VerbNode* WordEdge(const VerbNode* path, const std::string& word, bool adjacent) {
  if (adjacent) {
    if (const VerbNode* next = path->Child("_" + word)) return next;
  }
  return path->Child(word);
}

long Index(const Sequence& seq, const std::string& item, long from) {
  for (long k = from; k < static_cast<long>(seq.size()); ++k) {
    if (seq[k] == item) return k;
  }
  return -1;
}

bool Contains(const std::string& s, const char* part) {
  return s.find(part) != std::string::npos;
}

// State shared by the two halves of one pattern search.
class Matcher {
 public:
  Matcher(const VerbDictionary& dict, const Sequence& upper, const Sequence& lower)
      : dict_(dict), upper_(upper), lower_(lower) {}

  bool MatchLower(const VerbNode* root, PatternMatch* match);

 private:
  enum class Upper { kNoMatch, kMatch, kBroken };
  Upper MatchUpper(const VerbNode* root, PatternMatch* match);

  // Follows a synset edge from `path` at seq[at]; null when no synset phrase is there.
  // *length is the number of words the phrase covers.
  // Edges are tried from *edge on; on success *edge is the one taken.
  const VerbNode* Synset(const VerbNode* path, const Sequence& seq, long at, int step,
                         bool adjacent, size_t* edge, long* length) const {
    for (; *edge < path->synsets.size(); ++*edge) {
      const auto& [key, node] = path->synsets[*edge];
      const bool joined = key[0] == '_';
      if (joined && !adjacent) continue;
      const std::string name = joined ? key.substr(1) : key;
      if (const size_t n = dict_.SynsetMatch(name, seq, at, step); n > 0) {
        *length = static_cast<long>(n);
        return node.get();
      }
    }
    return nullptr;
  }
  bool Tick() { return ++steps_ < kMaxSteps; }

  const VerbDictionary& dict_;
  const Sequence& upper_;
  const Sequence& lower_;
  long steps_ = 0;
};

Matcher::Upper Matcher::MatchUpper(const VerbNode* root, PatternMatch* match) {
  const long n = static_cast<long>(upper_.size());
  bool in_ne = false, in_nec = false;
  const VerbNode* path = root;
  std::vector<Step> left{{root, 0, 0, {}, 0}};
  long last_end = 0;
  size_t synset_from = 0;  // first synset edge to try at this step
  ActorLoc source, target;
  long i = 0;
  int option = 0;
  auto done = [&](const VerbNode* p) {
    const VerbNode* end = p->Child("#");
    if (end == nullptr || end->info == nullptr) return Upper::kNoMatch;
    match->info = end->info.get();
    match->upper_source = source;
    match->upper_target = target;
    return Upper::kMatch;
  };
  auto find_actor = [&](long from) {
    for (long j = std::max(from, 0L); j < n; ++j) {
      if (upper_[j][0] == '(') return j;
    }
    return -1L;
  };
  // Unwinds to the latest synset step that has another edge to try.
  auto retry_synset = [&] {
    while (!left.empty()) {
      const Step p = left.back();
      left.pop_back();
      if (p.option != 2 || p.synset_next >= p.path->synsets.size()) continue;
      path = p.path;
      i = p.i;
      option = 1;
      last_end = p.last_end;
      synset_from = p.synset_next;
      return true;
    }
    return false;
  };
  for (;;) {
  while (i < n) {
    if (!Tick()) return Upper::kBroken;
    const std::string& item = upper_[i < 0 ? i + n : i];  // i may be -1, as in Python
    const int skip = SkipItem(item);
    const VerbNode* word_next =
        option <= 0 ? WordEdge(path, item, Transparent(upper_, last_end, i)) : nullptr;
    if (word_next != nullptr) {
      left.push_back({path, i, 1, {}, last_end});
      path = word_next;
      last_end = i + 1;
    } else if (!path->synsets.empty() && option <= 1) {
      long length = 0;
      size_t edge = synset_from;
      const VerbNode* next =
          Synset(path, upper_, i, -1, Transparent(upper_, last_end, i), &edge, &length);
      synset_from = 0;
      if (next != nullptr) {
        left.push_back({path, i, 2, {}, last_end, edge + 1});
        path = next;
        i += length;
        last_end = i;
      }
      option = next != nullptr ? 0 : 2;
      continue;
    } else if (in_ne && option <= 2 && path->Has("+")) {
      left.push_back({path, i, 3, target, last_end});
      i = find_actor(i);
      if (i < 0) return Upper::kBroken;
      target = ActorLoc::At(i, true);
      path = path->Child("+");
      continue;
    } else if (in_ne && option <= 3 && path->Has("$")) {
      left.push_back({path, i, 4, source, last_end});
      i = find_actor(i);
      if (i < 0) return Upper::kBroken;
      source = ActorLoc::At(i, true);
      path = path->Child("$");
      continue;
    } else if (in_ne && option <= 4 && path->Has("^")) {
      long j = i;
      for (; j >= 0; --j) {
        if (upper_[j < n ? j : n - 1] == "~NE") {
          left.push_back({path, i, 5, {}, last_end});
          path = path->Child("^");
          i = j - 1;
          break;
        }
      }
      if (j >= 0) continue;
    } else if (!in_ne && in_nec && option <= 5 && path->Has("%")) {
      long ka = std::max(i, 0L);
      while (!Contains(upper_[ka], "(NEC")) {
        if (++ka >= n) {
          option = 6;
          break;
        }
      }
      if (option == 6) continue;
      source = target = ActorLoc::At(ka, true);
      left.push_back({path, i, 6, {}, last_end});
      path = path->Child("%");
      i = ka;
      continue;
    }
    if (skip > 0) {
      if (Contains(item, "~NEC")) {
        in_nec = !in_nec;
      } else if (Contains(item, "~NE")) {
        in_ne = !in_ne;
      }
      if (i < n - 1) {
        ++i;
        continue;
      }
      const Upper r = done(path);
      if (r != Upper::kNoMatch || !retry_synset()) return r;
      continue;
    }
    if (option <= 6) {
      ++i;
      left.push_back({path, i, 7, {}, last_end});
      option = 0;
    } else if (path->Has("#")) {
      return done(path);
    } else if (left.back().option != 0) {
      const Step p = left.back();
      left.pop_back();
      Resume(p, &path, &i, &option, &synset_from, &last_end);
      if (option == 3) target = p.saved;
      if (option == 4) source = p.saved;
    } else {
      if (!retry_synset()) return Upper::kNoMatch;
    }
  }
  if (path->Has("#") && done(path) == Upper::kMatch) return Upper::kMatch;
  if (!retry_synset()) return Upper::kNoMatch;
  }
}

bool Matcher::MatchLower(const VerbNode* root, PatternMatch* match) {
  const long n = static_cast<long>(lower_.size());
  const VerbNode* path = root;
  std::vector<Step> left{{root, 0, 0, {}, 0}};
  long last_end = 0;
  size_t synset_from = 0;  // first synset edge to try at this step
  ActorLoc source, target;
  bool in_ne = false, in_nec = false;
  std::unordered_map<long, long> actors;  // position -> NE that contains it
  long actor = -1;
  long i = 0;
  int option = 0;
  size_t matched = 0;  // PETRARCH's matchlist length
  auto actor_at = [&](long at) {
    auto it = actors.find(at);
    return it == actors.end() || it->second < 0 ? ActorLoc::Bogus()
                                                : ActorLoc::At(it->second, false);
  };
  auto retrace = [&](bool restore) {
    const Step p = left.back();
    left.pop_back();
    Resume(p, &path, &i, &option, &synset_from, &last_end);
    if (restore && (option == 3 || option == 6)) target = p.saved;
    if (restore && option == 4) source = p.saved;
    if (matched == 0) return false;
    --matched;
    return true;
  };
  while (i < n) {
    if (!Tick()) return false;
    if (left.empty()) left.push_back({path, i, 0, {}, last_end});
    const std::string& item = lower_[i];
    // Stop words are stepped over unless the pattern names them here.
    const bool named = item[0] != '(' && item[0] != '~' && option <= 0 &&
                       WordEdge(path, item, Transparent(lower_, last_end, i)) != nullptr;
    // '%' after the verb: the coordination that opens here is the target.
    if (item.starts_with("(NEC") && option <= 5 && path->Has("%")) {
      const long end = Index(lower_, "~" + item.substr(1), i);
      if (end > i) {
        left.push_back({path, i, 6, target, last_end});
        target = ActorLoc::At(i, false);
        path = path->Child("%");
        ++matched;
        i = last_end = end;  // the closing "~NEC" is stepped over like other markup
        in_nec = !in_nec;     // ... and toggles this back
        option = 0;
        continue;
      }
    }
    // A complete pattern may leave a last word unmatched, as it may leave any other.
    const bool complete = option <= 6 && path->Has("#") && path->synsets.empty();
    if (SkipItem(item) > 0 && !named) {
      if (Contains(item, "NEC")) {
        in_nec = !in_nec;
      } else if (Contains(item, "NE")) {
        in_ne = !in_ne;
        if (item.size() > 3) actors[i] = actor = i;
      }
      if (i < n - 1) {
        ++i;
        continue;
      }
      if (path->Has("#")) option = 7;
    } else if (i == n - 1 && left.back().option != 0 && !(complete && !named)) {
      if (!retrace(false)) return false;
      actors.emplace(i, actor);
      continue;
    }
    actors.emplace(i, actor);
    const VerbNode* word_next =
        option <= 0 ? WordEdge(path, lower_[i], Transparent(lower_, last_end, i)) : nullptr;
    if (word_next != nullptr) {
      ++matched;
      left.push_back({path, i, 1, {}, last_end});
      path = word_next;
      last_end = i + 1;
    } else if (!path->synsets.empty() && option <= 1) {
      long length = 0;
      size_t edge = synset_from;
      const VerbNode* next =
          Synset(path, lower_, i, 1, Transparent(lower_, last_end, i), &edge, &length);
      synset_from = 0;
      if (next != nullptr) {
        left.push_back({path, i, 2, {}, last_end, edge + 1});
        path = next;
        ++matched;
        i += length;
        last_end = i;
      }
      option = next != nullptr ? 0 : 2;
      continue;
    } else if (in_ne && option <= 2 && path->Has("+")) {
      left.push_back({path, i, 3, target, last_end});
      target = actor_at(i);
      path = path->Child("+");
      ++matched;
      continue;
    } else if (in_ne && option <= 3 && path->Has("$")) {
      left.push_back({path, i, 4, source, last_end});
      source = actor_at(i);
      path = path->Child("$");
      ++matched;
      continue;
    } else if (in_ne && option <= 4 && path->Has("^")) {
      long j = i;
      ++matched;
      for (; j < n; ++j) {
        if (lower_[j] == "~NE") {
          left.push_back({path, i, 5, {}, last_end});
          path = path->Child("^");
          i = j + 1;
          last_end = i;
          in_ne = false;
          break;
        }
      }
      if (j >= n) ++i;
      continue;
    } else if (!in_ne && in_nec && option <= 5 && path->Has("%")) {
      long ka = i;
      if (ka >= static_cast<long>(upper_.size())) return false;
      while (!Contains(upper_[ka], "(NEC")) {
        if (++ka >= static_cast<long>(upper_.size())) {
          option = 6;
          break;
        }
      }
      if (option == 6) continue;
      if (ka >= n) return false;
      source = target = ActorLoc::Bogus();
      left.push_back({path, i, 6, {}, last_end});
      path = path->Child("%");
      ++matched;
      continue;
    } else if (i + 1 < n && option <= 6) {
      option = 0;
      left.push_back({path, i, 7, {}, last_end});
      ++i;
      ++matched;
      continue;
    } else if (path->Has("#")) {
      const Upper up = MatchUpper(path->Child("#"), match);
      if (up == Upper::kBroken) return false;
      if (up == Upper::kMatch) {
        match->lower_source = source;
        match->lower_target = target;
        return true;
      }
      match->info = nullptr;
      if (left.empty()) return false;
      retrace(true);
      continue;
    } else if (left.back().option != 0) {
      if (!retrace(true)) return false;
      continue;
    } else {
      break;
    }
    ++i;
    option = 0;
  }
  return true;
}

}  // namespace

int SkipItem(const std::string& item) {
  static const std::unordered_set<std::string> kFunction = {
      "THE", "A", "AN", "IT", "HE", "THEY", "HER", "HAS", "HAD", "HAVE", "SOME", "FEW", "THAT"};
  static const std::unordered_set<std::string> kNumbers = {
      "HUNDRED", "THOUSAND", "MILLION", "BILLION", "TRILLION", "DOZEN", "ONE", "TWO",
      "THREE",   "FOUR",     "FIVE",    "SIX",     "SEVEN",    "EIGHT", "NINE"};
  if (item.empty() || item[0] == '~' || item[0] == '(') return 1;
  if (kFunction.count(item)) return 2;
  if (kNumbers.count(item)) return 3;
  if (item == "DOLLAR" || item == "DUCAT") return 5;
  return IsInteger(item) ? 4 : 0;
}

bool MatchVerbPatterns(const VerbDictionary& dict, const VerbNode& patterns,
                       const Sequence& upper, const Sequence& lower, PatternMatch* match) {
  *match = PatternMatch();
  return Matcher(dict, upper, lower).MatchLower(&patterns, match);
}

}  // namespace parley::petrarch
