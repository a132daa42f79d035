#include "analyze/syntax/lemmatizer.h"

#include <charconv>
#include <map>
#include <set>

#include "analyze/syntax/hash.h"

namespace parley::syntax {

namespace {

constexpr uint32_t kNoRule = UINT32_MAX;

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// HashString of the ASCII-lower-cased bytes, without building the string.
uint64_t LowerHash(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  }
  return Mix64(h);
}

uint64_t KnownKey(Upos upos, std::string_view form) {
  return Feature(1, static_cast<uint64_t>(upos), LowerHash(form));
}

uint64_t SuffixKey(Upos upos, std::string_view form, size_t len) {
  return Feature(2 + static_cast<uint32_t>(len), static_cast<uint64_t>(upos),
                 LowerHash(form.substr(form.size() - len)));
}

// Counts of rules per key; keeps the most frequent (ties: the smaller rule id) when it has
// at least `min_count` votes.
class RuleVotes {
 public:
  void Add(uint64_t key, uint32_t rule) { ++votes_[key][rule]; }
  std::map<uint64_t, uint32_t> Winners(int min_count = 1) const {
    std::map<uint64_t, uint32_t> out;
    for (const auto& [key, counts] : votes_) {
      uint32_t best = kNoRule;
      int best_count = 0;
      for (const auto& [rule, count] : counts) {
        if (count > best_count) best = rule, best_count = count;
      }
      if (best_count >= min_count) out[key] = best;
    }
    return out;
  }

 private:
  std::map<uint64_t, std::map<uint32_t, int>> votes_;
};

}  // namespace

std::string DeriveLemmaRule(std::string_view form, std::string_view lemma) {
  std::string lower_form = AsciiLower(form), lower_lemma = AsciiLower(lemma);
  size_t p = 0;
  while (p < lower_form.size() && p < lower_lemma.size() && lower_form[p] == lower_lemma[p]) ++p;
  std::string cut_append = std::to_string(form.size() - p) + ":" + std::string(lemma.substr(p));
  // Lower-casing first: "the" and "The" then share the rule of (the, DET).
  std::string out;
  ApplyLemmaRule("L" + cut_append, form, &out);
  if (out == lemma) return "L" + cut_append;
  ApplyLemmaRule("K" + cut_append, form, &out);
  if (out == lemma) return "K" + cut_append;
  return "=" + std::string(lemma);
}

void ApplyLemmaRule(std::string_view rule, std::string_view form, std::string* out) {
  out->clear();
  if (rule.empty()) {
    out->append(form);
    return;
  }
  if (rule[0] == '=') {
    out->append(rule.substr(1));
    return;
  }
  size_t colon = rule.find(':');
  size_t cut = 0;
  std::from_chars(rule.data() + 1, rule.data() + colon, cut);
  out->append(form.substr(0, form.size() > cut ? form.size() - cut : 0));
  out->append(rule.substr(colon + 1));
  if (rule[0] != 'L') return;
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

Lemmatizer Lemmatizer::Train(const std::vector<TreebankSentence>& train) {
  Lemmatizer lem;
  std::map<std::string, uint32_t> ids;
  RuleVotes known, suffixes;
  std::set<std::string> voted;  // word types that have voted for suffix rules
  for (const TreebankSentence& s : train) {
    for (const TreebankWord& w : s.words) {
      if (w.lemma.empty() || w.lemma == "_") continue;
      std::string rule = DeriveLemmaRule(w.form, w.lemma);
      auto [it, added] = ids.emplace(rule, static_cast<uint32_t>(lem.rules_.size()));
      if (added) lem.rules_.push_back(rule);
      known.Add(KnownKey(w.upos, w.form), it->second);
      if (rule[0] == '=') continue;
      // Unknown words follow the rules of word types, not tokens: one frequent word ("Nov"
      // -> "November") must not decide for every word that ends like it ("Lavrov").
      if (!voted.insert(std::to_string(static_cast<int>(w.upos)) + " " + AsciiLower(w.form) +
                        " " + rule).second) {
        continue;
      }
      for (size_t len = 0; len <= kMaxSuffix && len <= w.form.size(); ++len) {
        suffixes.Add(SuffixKey(w.upos, w.form, len), it->second);
      }
    }
  }
  lem.known_ = WordTable(known.Winners());
  lem.suffixes_ = WordTable(suffixes.Winners(kMinSuffixTypes));
  return lem;
}

uint32_t Lemmatizer::FindRule(std::string_view form, Upos upos) const {
  uint32_t rule = known_.Get(KnownKey(upos, form), kNoRule);
  for (size_t len = std::min<size_t>(kMaxSuffix, form.size()); rule == kNoRule; --len) {
    rule = suffixes_.Get(SuffixKey(upos, form, len), kNoRule);
    if (len == 0) break;
  }
  return rule < rules_.size() ? rule : kNoRule;
}

void Lemmatizer::Lemmatize(std::string_view form, Upos upos, std::string* out) const {
  uint32_t rule = FindRule(form, upos);
  if (rule == kNoRule) return ApplyLemmaRule("L0:", form, out);
  ApplyLemmaRule(rules_[rule], form, out);
}

Status Lemmatizer::Save(const std::string& path) const {
  BinaryWriter w;
  WriteHeader(&w, "LEMM", kFormatVersion);
  w.Put<uint32_t>(static_cast<uint32_t>(rules_.size()));
  for (const std::string& rule : rules_) w.PutString(rule);
  known_.Save(&w);
  suffixes_.Save(&w);
  return WriteWholeFile(path, w.bytes());
}

Status Lemmatizer::Load(const std::string& path) {
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  BinaryReader r(bytes.value());
  if (Status st = CheckHeader(&r, "LEMM", kFormatVersion); !st.ok()) return st;
  uint32_t count = 0;
  if (Status st = r.Get(&count); !st.ok()) return st;
  rules_.clear();
  for (uint32_t i = 0; i < count; ++i) {
    std::string rule;
    if (Status st = r.GetString(&rule); !st.ok()) return st;
    if (rule.empty() || (rule[0] != '=' && rule.find(':') == std::string::npos)) {
      return Status::Corruption("bad lemma rule");
    }
    rules_.push_back(std::move(rule));
  }
  if (Status st = known_.Load(&r); !st.ok()) return st;
  if (Status st = suffixes_.Load(&r); !st.ok()) return st;
  return r.done() ? Status::Ok() : Status::Corruption("trailing bytes in lemmatizer model");
}

}  // namespace parley::syntax
