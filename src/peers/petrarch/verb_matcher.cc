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
};

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

  // Follows a synset edge from `path` for `word`; null when none holds the word.
  const VerbNode* Synset(const VerbNode* path, const std::string& word) const {
    for (const auto& [name, node] : path->synsets) {
      if (dict_.InSynset(name, word)) return node.get();
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
  const long lower_n = static_cast<long>(lower_.size());
  bool in_ne = false, in_nec = false;
  const VerbNode* path = root;
  std::vector<Step> left{{root, 0, 0, {}}};
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
  while (i < n) {
    if (!Tick()) return Upper::kBroken;
    const std::string& item = upper_[i < 0 ? i + n : i];  // i may be -1, as in Python
    const int skip = SkipItem(item);
    if (path->Has(item) && option <= 0) {
      left.push_back({path, i, 1, {}});
      path = path->Child(item);
    } else if (!path->synsets.empty() && option <= 1) {
      const VerbNode* next = Synset(path, item);
      if (next != nullptr) {
        left.push_back({path, i, 2, {}});
        path = next;
        ++i;
      }
      option = next != nullptr ? 0 : 2;
      continue;
    } else if (in_ne && option <= 2 && path->Has("+")) {
      left.push_back({path, i, 3, target});
      i = find_actor(i);
      if (i < 0) return Upper::kBroken;
      target = ActorLoc::At(i, true);
      path = path->Child("+");
      continue;
    } else if (in_ne && option <= 3 && path->Has("$")) {
      left.push_back({path, i, 4, source});
      i = find_actor(i);
      if (i < 0) return Upper::kBroken;
      source = ActorLoc::At(i, true);
      path = path->Child("$");
      continue;
    } else if (in_ne && option <= 4 && path->Has("^")) {
      long j = i;
      for (; j >= 0; --j) {
        if (upper_[j < n ? j : n - 1] == "~NE") {
          left.push_back({path, i, 5, {}});
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
      left.push_back({path, i, 6, {}});
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
      if (i < lower_n - 1) {
        ++i;
        continue;
      }
      return done(path);
    }
    if (option <= 6) {
      ++i;
      left.push_back({path, i, 7, {}});
      option = 0;
    } else if (path->Has("#")) {
      return done(path);
    } else if (left.back().option != 0) {
      const Step p = left.back();
      left.pop_back();
      path = p.path;
      i = p.i + 1;
      option = p.option;
      if (option == 3) target = p.saved;
      if (option == 4) source = p.saved;
    } else {
      return Upper::kNoMatch;
    }
  }
  return path->Has("#") ? done(path) : Upper::kNoMatch;
}

bool Matcher::MatchLower(const VerbNode* root, PatternMatch* match) {
  const long n = static_cast<long>(lower_.size());
  const VerbNode* path = root;
  std::vector<Step> left{{root, 0, 0, {}}};
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
    path = p.path;
    i = p.i + 1;
    option = p.option;
    if (restore && option == 3) target = p.saved;
    if (restore && option == 4) source = p.saved;
    if (matched == 0) return false;
    --matched;
    return true;
  };
  while (i < n) {
    if (!Tick()) return false;
    if (left.empty()) left.push_back({path, i, 0, {}});
    const std::string& item = lower_[i];
    if (SkipItem(item) > 0) {
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
    } else if (i == n - 1 && left.back().option != 0) {
      if (!retrace(false)) return false;
      actors.emplace(i, actor);
      continue;
    }
    actors.emplace(i, actor);
    if (path->Has(lower_[i]) && option <= 0) {
      ++matched;
      left.push_back({path, i, 1, {}});
      path = path->Child(lower_[i]);
    } else if (!path->synsets.empty() && option <= 1) {
      const VerbNode* next = Synset(path, lower_[i]);
      if (next != nullptr) {
        left.push_back({path, i, 2, {}});
        path = next;
        ++matched;
        ++i;
      }
      option = next != nullptr ? 0 : 2;
      continue;
    } else if (in_ne && option <= 2 && path->Has("+")) {
      left.push_back({path, i, 3, target});
      target = actor_at(i);
      path = path->Child("+");
      ++matched;
      continue;
    } else if (in_ne && option <= 3 && path->Has("$")) {
      left.push_back({path, i, 4, source});
      source = actor_at(i);
      path = path->Child("$");
      ++matched;
      continue;
    } else if (in_ne && option <= 4 && path->Has("^")) {
      long j = i;
      ++matched;
      for (; j < n; ++j) {
        if (lower_[j] == "~NE") {
          left.push_back({path, i, 5, {}});
          path = path->Child("^");
          i = j + 1;
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
      left.push_back({path, i, 6, {}});
      path = path->Child("%");
      ++matched;
      continue;
    } else if (i + 1 < n && option <= 6) {
      option = 0;
      left.push_back({path, i, 7, {}});
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
