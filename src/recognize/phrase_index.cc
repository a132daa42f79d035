#include "recognize/phrase_index.h"

#include <algorithm>

#include "analyze/tokenizer.h"

namespace parley {

namespace {

bool AllCapitals(std::string_view s) {
  bool letters = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    letters |= c >= 'A' && c <= 'Z';
  }
  return letters;
}

}  // namespace

void PhraseIndex::Reserve(size_t n) {
  phrases_.reserve(phrases_.size() + n);
  by_key_.reserve(by_key_.size() + n);
  by_first_.reserve(by_first_.size() + n / 2);
}

int PhraseIndex::Add(std::string_view name) {
  const std::string text(name);
  Doc& doc = scratch_;
  doc.Clear();
  Tokenize(text, 0, static_cast<uint32_t>(text.size()), &doc);
  if (doc.tokens.empty()) return -1;
  Phrase p;
  std::string key;
  for (const Token& t : doc.tokens) {
    p.norms.emplace_back(t.norm);
    p.capitalized.push_back(t.capitalized);
    key.append(t.norm).push_back('\x1f');
    key.push_back(t.capitalized ? 'C' : 'c');
  }
  if (doc.tokens.size() == 1 && text.size() <= 5 && AllCapitals(text)) {
    p.exact = text;
    key += "|" + text;
  }
  if (auto it = by_key_.find(key); it != by_key_.end()) return static_cast<int>(it->second);
  const uint32_t id = static_cast<uint32_t>(phrases_.size());
  by_key_.emplace(key, id);
  auto& bucket = by_first_[p.norms[0]];
  const size_t len = p.norms.size();
  phrases_.push_back(std::move(p));
  // Keep the bucket ordered longest first; equal lengths keep insertion order.
  const auto pos = std::find_if(bucket.begin(), bucket.end(), [&](uint32_t other) {
    return phrases_[other].norms.size() < len;
  });
  bucket.insert(pos, id);
  return static_cast<int>(id);
}

bool PhraseIndex::Matches(const Phrase& p, const Token* tokens, size_t n, size_t i) {
  if (i + p.norms.size() > n) return false;
  if (!p.exact.empty()) return tokens[i].form == p.exact;
  for (size_t k = 0; k < p.norms.size(); ++k) {
    const Token& t = tokens[i + k];
    if (t.norm != p.norms[k]) return false;
    if (p.capitalized[k] && !t.capitalized) return false;
  }
  return true;
}

}  // namespace parley
