// peers/tabari/dictionary.cc — literals, phrases, roots and the shared helpers of the readers.
#include "peers/tabari/dictionary.h"

#include <algorithm>
#include <cctype>

namespace parley::tabari {

Dictionary::Dictionary() {
  trie_.emplace_back();
  const char* symbols[] = {"", ",", "#", "*", "$", "+", "@", "%", "^", "{", "|", "}"};
  for (const char* sym : symbols) lit_text_.emplace_back(sym);
  while (lit_text_.size() < kFirstWordLit) lit_text_.emplace_back();
  starts_.resize(lit_text_.size());
  for (LitId id = kCommaLit; id <= kCloseLit; ++id) {  // symbols keep their fixed ids
    trie_[0].next.push_back({symbols[id][0], static_cast<int32_t>(trie_.size())});
    trie_.emplace_back();
    trie_.back().lit = id;
  }
  std::sort(trie_[0].next.begin(), trie_[0].next.end());
  AddBuiltin("A_", WordType::kDeterm);
  AddBuiltin("AN_", WordType::kDeterm);
  AddBuiltin("THE_", WordType::kDeterm);
  AddBuiltin("AND_", WordType::kConj);
  builtins_.and_lit = roots_.back().phrase[0].id;
  AddBuiltin("NOR_", WordType::kConj);
  builtins_.nor_lit = roots_.back().phrase[0].id;
  AddBuiltin("BUT_", WordType::kConj);
  AddBuiltin("OR_", WordType::kConj);
  AddBuiltin("IN_", WordType::kPrep);
  AddBuiltin("OF_", WordType::kPrep);
  RootId* pronouns[] = {&builtins_.he, &builtins_.him, &builtins_.she, &builtins_.her,
                        &builtins_.it, &builtins_.them, &builtins_.their, &builtins_.they};
  const char* names[] = {"HE_", "HIM_", "SHE_", "HER_", "IT_", "THEM_", "THEIR_", "THEY_"};
  for (int i = 0; i < 8; ++i) {
    AddBuiltin(names[i], WordType::kPronoun);
    *pronouns[i] = static_cast<RootId>(roots_.size() - 1);
  }
  AddBuiltin("WERE_", WordType::kAuxil);
  AddBuiltin("WAS_", WordType::kAuxil);
  AddBuiltin("BEEN_", WordType::kAuxil);
  AddBuiltin("BY_", WordType::kByword);
  AddBuiltin("FORMER_", WordType::kAdjctv);
  builtins_.former = static_cast<RootId>(roots_.size() - 1);
  builtins_.elite = codes_.Intern("~ELI");
}

void Dictionary::AddBuiltin(std::string_view phrase, WordType type) {
  Root r;
  r.phrase = StorePhrase(phrase).value();
  r.type = type;
  r.text = std::string(phrase);
  AddRoot(std::move(r));
}

LitId Dictionary::InternLiteral(std::string_view text) {
  int32_t node = 0;
  for (char c : text) {
    auto& next = trie_[static_cast<size_t>(node)].next;
    auto it = std::lower_bound(next.begin(), next.end(), c,
                               [](const auto& p, char ch) { return p.first < ch; });
    if (it != next.end() && it->first == c) {
      node = it->second;
      continue;
    }
    const int32_t child = static_cast<int32_t>(trie_.size());
    next.insert(it, {c, child});
    trie_.emplace_back();
    node = child;
  }
  TrieNode& n = trie_[static_cast<size_t>(node)];
  if (n.lit == kEndLit) {
    n.lit = static_cast<LitId>(lit_text_.size());
    lit_text_.emplace_back(text);
    starts_.emplace_back();
  }
  return n.lit;
}

void Dictionary::MatchWord(std::string_view word, std::vector<LitMatch>* out) const {
  int32_t node = 0;
  for (size_t i = 0; i < word.size(); ++i) {
    const auto& next = trie_[static_cast<size_t>(node)].next;
    auto it = std::lower_bound(next.begin(), next.end(), word[i],
                               [](const auto& p, char ch) { return p.first < ch; });
    if (it == next.end() || it->first != word[i]) return;
    node = it->second;
    const LitId lit = trie_[static_cast<size_t>(node)].lit;
    if (lit == kEndLit) continue;
    // TABARI buckets literals by their first two characters, so a one-letter literal
    // only reaches words whose second character is not a letter or digit.
    if (i == 0 && word.size() > 1 && std::isalnum(static_cast<unsigned char>(word[1]))) continue;
    out->push_back({lit, i + 1 == word.size()});
  }
}

bool Dictionary::IsLiteral(std::string_view word) const {
  std::vector<LitMatch> m;
  MatchWord(word, &m);
  return !m.empty();
}

namespace {

bool IsDelim(char c) { return c == ' ' || c == '_' || c == '~' || c == '='; }

// Connector for the word that ends at text[end] (TABARI's Phrases.store rules).
uint16_t ConnectorAt(std::string_view text, size_t* end) {
  if (*end >= text.size()) return kConnPart | kConnSkip;
  const char c = text[*end];
  if (c == ' ') return kConnPart | kConnSkip;
  if (c == '=') return kConnEqual;
  if (c == '~') {
    if (*end + 1 < text.size() && text[*end + 1] == '_') ++*end;
    return kConnPart;
  }
  if (*end + 1 < text.size() && text[*end + 1] == ' ') {  // "_ "
    ++*end;
    return kConnSkip;
  }
  return 0;  // "_" followed by a word, or at the very end
}

}  // namespace

Result<Phrase> Dictionary::StorePhrase(std::string_view text, bool synset_root_mode) {
  Phrase phrase;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) break;
    size_t end = i;
    while (end < text.size() && !IsDelim(text[end])) ++end;
    std::string_view word = text.substr(i, end - i);
    const bool last = end >= text.size();
    if (!word.empty() && word[0] == '&' && !synset_root_mode) {
      // A synset designator: refers to the synset root declared earlier.
      const LitId lit = InternLiteral(word);
      RootId syn = kNoRoot;
      for (RootId r : starts_[lit]) if (roots_[static_cast<size_t>(r)].type == WordType::kSynset) syn = r;
      if (syn == kNoRoot) return Status::InvalidArgument("undeclared &synset designator " + std::string(word));
      uint16_t conn = kConnSynset | kConnSkip;
      if (!last && text[end] != ' ') conn = kConnSynset | kConnPart;
      if (!last && (text[end] == '_' || text[end] == '~') && end + 1 < text.size() && text[end + 1] == ' ') ++end;
      phrase.push_back({static_cast<uint32_t>(syn), conn});
      i = end + 1;
      continue;
    }
    const LitId lit = word.empty() ? kEndLit : InternLiteral(word);
    const uint16_t conn = ConnectorAt(text, &end);
    if (lit != kEndLit) phrase.push_back({lit, conn});
    i = end + 1;
  }
  phrase.push_back({kEndLit, 0});
  return phrase;
}

RootId Dictionary::AddRoot(Root root) {
  const RootId id = static_cast<RootId>(roots_.size());
  if (!root.phrase.empty() && root.phrase[0].id != kEndLit && !(root.phrase[0].conn & kConnSynset)) {
    starts_[root.phrase[0].id].push_back(id);
  }
  roots_.push_back(std::move(root));
  return id;
}

bool Dictionary::IsDuplicateRoot(const Phrase& phrase) const {
  if (phrase.empty() || phrase[0].id == kEndLit) return false;
  for (RootId r : starts_[phrase[0].id]) {
    const Phrase& other = roots_[static_cast<size_t>(r)].phrase;
    if (other.size() != phrase.size()) continue;
    bool same = true;
    for (size_t k = 0; k < phrase.size() && same; ++k) {
      same = other[k].id == phrase[k].id && other[k].conn == phrase[k].conn;
    }
    if (same) return true;
  }
  return false;
}

const std::vector<Pattern>& Dictionary::PatternsOf(RootId id) const {
  const Root& r = root(id);
  return r.patterns_of == kNoRoot ? r.patterns : root(r.patterns_of).patterns;
}

size_t Dictionary::pattern_count() const {
  size_t n = 0;
  for (const Root& r : roots_) n += r.patterns.size();
  return n;
}

}  // namespace parley::tabari
