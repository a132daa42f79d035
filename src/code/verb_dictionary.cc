#include "code/verb_dictionary.h"

#include <algorithm>

#include "code/clause_words.h"
#include "util/dict_file.h"

namespace parley {

namespace {

bool IsEventCode(std::string_view code) {
  if (code == "---") return true;
  if (code.size() < 2 || code.size() > 4) return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool ValidWord(std::string_view w) {
  return !w.empty() && std::none_of(w.begin(), w.end(), [](char c) {
    return c == '*' || c == '|' || (c >= 'A' && c <= 'Z');
  });
}

}  // namespace

bool VerbDictionary::ParseElement(std::string_view text, PatternElement* e) {
  if (text == "*") {
    e->gap = true;
    return true;
  }
  for (std::string_view alt : SplitList(text, '|')) {
    const bool verb = alt.size() > 1 && alt.back() == '+';
    if (verb) alt.remove_suffix(1);
    if (!ValidWord(alt)) return false;
    if (!verb) {
      e->forms.emplace_back(alt);
      continue;
    }
    e->verb = true;
    VerbForms forms = inflector_.Forms(alt);
    e->forms.insert(e->forms.end(), forms.finite.begin(), forms.finite.end());
    for (auto& p : forms.participle) participles_.insert(std::move(p));
  }
  std::sort(e->forms.begin(), e->forms.end());
  e->forms.erase(std::unique(e->forms.begin(), e->forms.end()), e->forms.end());
  return !e->forms.empty();
}

Status VerbDictionary::LoadPatterns(const std::string& path) {
  return ForEachDictLine(path, [&](size_t line, std::string_view code, std::string_view rest) {
    const std::string where = path + ":" + std::to_string(line);
    if (!IsEventCode(code)) {
      problems_.push_back(where + ": bad event code \"" + std::string(code) + "\"");
      return;
    }
    VerbPattern p;
    p.code = std::string(code);
    p.source = where;
    std::string spaced(rest);
    std::replace(spaced.begin(), spaced.end(), '\t', ' ');
    std::vector<std::string_view> parts = SplitList(spaced, ' ');
    if (!parts.empty() && parts.back() == "%") {
      p.reciprocal = true;
      parts.pop_back();
    }
    for (std::string_view el : parts) {
      PatternElement e;
      if (!ParseElement(TrimSpaces(el), &e)) {
        problems_.push_back(where + ": bad pattern element \"" + std::string(el) + "\"");
        return;
      }
      p.elements.push_back(std::move(e));
    }
    Store(std::move(p), true);
  });
}

bool VerbDictionary::Store(VerbPattern p, bool sort_anchors) {
  const auto gaps = std::count_if(p.elements.begin(), p.elements.end(),
                                  [](const PatternElement& e) { return e.gap; });
  if (gaps > kMaxGapsPerPattern) {
    problems_.push_back(p.source + ": more than " + std::to_string(kMaxGapsPerPattern) +
                        " * gaps in one pattern");
    return false;
  }
  if (p.elements.empty() || p.elements[0].gap || p.elements.back().gap) {
    problems_.push_back(p.source + ": a pattern needs words and cannot start or end with *");
    return false;
  }
  if (!IsEventCode(p.code)) {
    problems_.push_back(p.source + ": bad event code \"" + p.code + "\"");
    return false;
  }
  const uint32_t id = static_cast<uint32_t>(patterns_.size());
  patterns_.push_back(std::move(p));
  for (const std::string& form : patterns_[id].elements[0].forms) {
    auto& ids = anchors_[form];
    ids.push_back(id);
    if (sort_anchors) SortAnchor(&ids);
  }
  return true;
}

void VerbDictionary::SortAnchor(std::vector<uint32_t>* ids) const {
  std::stable_sort(ids->begin(), ids->end(), [this](uint32_t a, uint32_t b) {
    return patterns_[a].elements.size() > patterns_[b].elements.size();
  });
}

void VerbDictionary::AddPatterns(std::vector<VerbPattern> patterns,
                                 const std::vector<std::string>& participles) {
  for (auto& p : patterns) {
    for (auto& e : p.elements) {
      std::sort(e.forms.begin(), e.forms.end());
      e.forms.erase(std::unique(e.forms.begin(), e.forms.end()), e.forms.end());
    }
    Store(std::move(p), false);
  }
  for (auto& [form, ids] : anchors_) SortAnchor(&ids);
  participles_.insert(participles.begin(), participles.end());
}

const std::vector<uint32_t>* VerbDictionary::Anchored(std::string_view norm) const {
  const auto it = anchors_.find(norm);
  return it == anchors_.end() ? nullptr : &it->second;
}

bool VerbDictionary::MatchFrom(const VerbPattern& p, size_t element, const Token* tokens,
                               size_t n, size_t pos, size_t* end) const {
  if (element == p.elements.size()) {
    *end = pos;
    return true;
  }
  const PatternElement& e = p.elements[element];
  if (e.gap) {
    for (size_t skip = 0; skip <= kMaxGap && pos + skip < n; ++skip) {
      if (skip > 0 && IsClauseBreak(tokens[pos + skip - 1].norm)) return false;
      if (MatchFrom(p, element + 1, tokens, n, pos + skip, end)) return true;
    }
    return false;
  }
  if (pos >= n) return false;
  if (!std::binary_search(e.forms.begin(), e.forms.end(), tokens[pos].norm)) return false;
  return MatchFrom(p, element + 1, tokens, n, pos + 1, end);
}

int VerbDictionary::LongestMatch(const Token* tokens, size_t n, size_t i, size_t* end) const {
  const std::vector<uint32_t>* ids = Anchored(tokens[i].norm);
  if (ids == nullptr) return -1;
  for (const uint32_t id : *ids) {  // longest first
    if (MatchFrom(patterns_[id], 1, tokens, n, i + 1, end)) return static_cast<int>(id);
  }
  return -1;
}

size_t VerbDictionary::NextAnchor(const Token* tokens, size_t n, size_t from) const {
  for (size_t i = from; i < n; ++i) {
    const auto* ids = Anchored(tokens[i].norm);
    if (ids != nullptr && !ids->empty() && !patterns_[ids->front()].blocks()) return i;
  }
  return n;
}

bool VerbDictionary::CanAnchorTagged(const Token& token) const {
  const auto* ids = Anchored(token.norm);
  if (ids == nullptr) return false;
  const bool verb = token.upos == Upos::kVerb || token.upos == Upos::kAux;
  return std::any_of(ids->begin(), ids->end(), [&](uint32_t id) {
    return !patterns_[id].blocks() && (verb || !patterns_[id].elements[0].verb);
  });
}

bool VerbDictionary::IsParticiple(std::string_view norm) const {
  return participles_.find(norm) != participles_.end();
}

}  // namespace parley
