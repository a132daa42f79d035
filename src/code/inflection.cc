#include "code/inflection.h"

#include <algorithm>

#include "util/dict_file.h"

namespace parley {

namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::vector<std::string> SplitSlash(std::string_view s) {
  const auto pieces = SplitList(s, '/');
  return {pieces.begin(), pieces.end()};
}

size_t VowelGroups(std::string_view w) {
  size_t groups = 0;
  bool prev = false;
  for (size_t i = 0; i < w.size(); ++i) {
    const bool v = IsVowel(w[i]) || (w[i] == 'y' && i > 0 && !prev);
    if (v && !prev) ++groups;
    prev = v;
  }
  return groups;
}

// Ends consonant-vowel-consonant (last not w, x, y): "ban", "stop", "admit".
bool EndsCvc(std::string_view w) {
  if (w.size() < 3) return false;
  const char a = w[w.size() - 3], b = w[w.size() - 2], c = w.back();
  return !IsVowel(a) && IsVowel(b) && !IsVowel(c) && c != 'w' && c != 'x' && c != 'y';
}

std::string ThirdPerson(std::string_view w) {
  std::string s(w);
  if (w.ends_with("s") || w.ends_with("x") || w.ends_with("z") || w.ends_with("ch") ||
      w.ends_with("sh") || w.ends_with("o")) return s + "es";
  if (w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    return s.substr(0, s.size() - 1) + "ies";
  }
  return s + "s";
}

// Adds `w` + suffix, with the final consonant doubled when the word ends CVC. A one-
// syllable word doubles ("ban" -> "banned"); a longer one may or may not ("visit",
// "admit"), so both spellings are produced: the wrong one never occurs in text.
void AddSuffixed(std::string_view w, std::string_view suffix, std::vector<std::string>* out) {
  std::string base(w);
  if (suffix[0] == 'e' && w.back() == 'e') {
    out->push_back(base + std::string(suffix.substr(1)));
    return;
  }
  if (suffix == "ing" && w.back() == 'e' && !w.ends_with("ee") && !w.ends_with("ye") &&
      !w.ends_with("oe") && w.size() > 2) {
    if (w.ends_with("ie")) out->push_back(base.substr(0, base.size() - 2) + "ying");
    else out->push_back(base.substr(0, base.size() - 1) + "ing");
    return;
  }
  if (suffix == "ed" && w.size() > 1 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    out->push_back(base.substr(0, base.size() - 1) + "ied");
    return;
  }
  if (EndsCvc(w)) {
    out->push_back(base + w.back() + std::string(suffix));
    if (VowelGroups(w) == 1) return;
  }
  out->push_back(base + std::string(suffix));
}

void Unique(std::vector<std::string>* v) {
  std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

Status Inflector::LoadIrregular(const std::string& path) {
  return ForEachDictLine(path, [&](size_t, std::string_view lemma, std::string_view rest) {
    std::string spaced(rest);
    std::replace(spaced.begin(), spaced.end(), '\t', ' ');
    const std::vector<std::string_view> parts = SplitList(spaced, ' ');
    if (parts.size() < 2) return;
    Irregular& irr = irregular_[std::string(lemma)];
    irr.past = SplitSlash(parts[0]);
    irr.participle = SplitSlash(parts[1]);
    if (parts.size() > 2) irr.third = parts[2];
  });
}

VerbForms Inflector::Forms(std::string_view lemma) const {
  VerbForms f;
  f.finite.emplace_back(lemma);
  AddSuffixed(lemma, "ing", &f.finite);
  const auto it = irregular_.find(std::string(lemma));
  if (it != irregular_.end()) {
    const Irregular& irr = it->second;
    f.finite.push_back(irr.third.empty() ? ThirdPerson(lemma) : irr.third);
    f.finite.insert(f.finite.end(), irr.past.begin(), irr.past.end());
    f.participle = irr.participle;
  } else {
    f.finite.push_back(ThirdPerson(lemma));
    AddSuffixed(lemma, "ed", &f.participle);
    f.finite.insert(f.finite.end(), f.participle.begin(), f.participle.end());
  }
  Unique(&f.finite);
  Unique(&f.participle);
  return f;
}

}  // namespace parley
