// peers/tabari/sentence.cc — filtering, words and roots (the lexical half of the parse).
#include "peers/tabari/sentence.h"

#include <cctype>

namespace parley::tabari {
namespace {

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool IsPunct(char c) { return std::ispunct(static_cast<unsigned char>(c)) != 0; }
constexpr size_t kMaxWordChars = 62;

}  // namespace

void Sentence::Filter(std::string_view t) {
  filtered_.clear();
  all_caps_ = true;
  auto at = [&](size_t i) { return i < t.size() ? t[i] : '\0'; };
  for (size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (std::islower(static_cast<unsigned char>(c))) all_caps_ = false;
    if (c == '/' && at(i + 1) == '*') {
      const size_t end = t.find("*/", i + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    if (opt_->fbis && c == '[') {
      const size_t end = t.find(']', i);
      if (end == std::string_view::npos) break;
      i = end;
      continue;
    }
    if (!IsPunct(c)) {
      filtered_ += (c == '\t' || c == '\n' || c == '\r') ? ' ' : c;
      continue;
    }
    const char prev = i > 0 ? t[i - 1] : '\0', next = at(i + 1);
    switch (c) {
      case ';': case ':': case '(': case ')': filtered_ += " , "; break;
      case ',': if (!(IsDigit(prev) && IsDigit(next))) filtered_ += " , "; break;
      case '.': filtered_ += ((IsDigit(prev) && IsDigit(next)) || IsUpper(prev)) ? '.' : ' '; break;
      case '\'': case '$': filtered_ += c; break;
      case '"': filtered_ += " \" "; break;
      default: filtered_ += ' ';
    }
  }
}

void Sentence::Lex() {
  words_.clear();
  lits_.clear();
  bool first = true;
  size_t i = 0;
  while (i < filtered_.size() && static_cast<int>(words_.size()) < kMaxWords) {
    while (i < filtered_.size() && filtered_[i] == ' ') ++i;
    if (i >= filtered_.size()) break;
    size_t end = i;
    while (end < filtered_.size() && filtered_[end] != ' ' && end - i < kMaxWordChars) ++end;
    Word word;
    if (!all_caps_ && IsUpper(filtered_[i])) {
      word.mid_cap = !first;
      first = false;
    }
    for (size_t k = i; k < end; ++k) {
      filtered_[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(filtered_[k])));
    }
    word.text = std::string_view(filtered_).substr(i, end - i);
    word.lit_begin = static_cast<uint32_t>(lits_.size());
    if (word.text == ",") {
      word.type = WordType::kComma;
    } else {
      dict_->MatchWord(word.text, &lits_);
      if (IsDigit(word.text[0]) && lits_.size() == word.lit_begin) word.type = WordType::kNumber;
    }
    word.lit_end = static_cast<uint32_t>(lits_.size());
    words_.push_back(std::move(word));
    i = end;
  }
}

int Sentence::HasLiteral(int i, LitId lit) const {
  if (i < 0 || i >= size()) return 0;
  const Word& wd = word(i);
  for (uint32_t k = wd.lit_begin; k < wd.lit_end; ++k) {
    if (lits_[k].lit == lit) return lits_[k].exact ? 2 : 1;
  }
  return 0;
}

// TABARI's matchLex: can `phrase` (a root of `type`) start at word `begin`?
bool Sentence::MatchRoot(const Phrase& phrase, WordType type, int begin, int* nmatch,
                         std::vector<int>* matched) const {
  matched->clear();
  *nmatch = 0;
  bool skip = false;
  int i = begin;
  for (size_t e = 0; phrase[e].id != kEndLit; ++e) {
    const LitId lit = phrase[e].id;
    while (true) {
      if (i > last() || word(i).type == WordType::kComma) return false;
      if (HasLiteral(i, lit)) break;
      if (!skip) return false;
      ++i;
    }
    matched->push_back(i);
    *nmatch += static_cast<int>(dict_->LiteralLength(lit));
    const uint16_t conn = phrase[e].conn;
    const std::string_view text = word(i).text;
    if (text.size() > dict_->LiteralLength(lit) && !(conn & kConnSkip)) {
      if (conn == kConnEqual) return false;
      const bool last_elem = phrase[e + 1].id == kEndLit;
      const std::string_view rest = text.substr(dict_->LiteralLength(lit));
      if (!last_elem) return false;
      if (type == WordType::kActor || type == WordType::kAgent || type == WordType::kNoun) {
        if (rest == "S") { *nmatch += 1; return true; }
        if (rest == "'S" || rest == "ES") { *nmatch += 2; return true; }
      }
      if (type == WordType::kVerb) {
        if (rest == "S") { *nmatch += 1; return true; }
        if (rest == "ED" || rest == "ES" || rest == "EN") { *nmatch += 2; return true; }
        if (rest == "ING") { *nmatch += 3; return true; }
        if (rest == "D" && text[dict_->LiteralLength(lit) - 1] == 'E') { *nmatch += 1; return true; }
      }
      return false;
    }
    skip = (conn & kConnPart) != 0;
    ++i;
  }
  return true;
}

void Sentence::AssignRoots() {
  for (int i = 0; i < size(); ++i) {
    Word& wd = w(i);
    if (wd.type != WordType::kNull || wd.lit_begin == wd.lit_end) continue;
    int best = 0;
    RootId best_root = kNoRoot;
    for (uint32_t k = wd.lit_begin; k < wd.lit_end; ++k) {
      for (RootId r : dict_->StartingWith(lits_[k].lit)) {
        const Root& root = dict_->root(r);
        int n = 0;
        if (MatchRoot(root.phrase, root.type, i, &n, &scratch_) && n > best) {
          best = n;
          best_root = r;
          best_.swap(scratch_);
        }
      }
    }
    if (best_root == kNoRoot) continue;
    const WordType type = dict_->root(best_root).type;
    wd.root = best_root;
    AddHead(i, {TagType::kWord, type, 1});
    for (int m : best_) w(m).type = type;
    AddTail(best_.back(), {TagType::kWord, type, 1});
  }
}

void Sentence::Parse(const Dictionary& dict, const Options& options, std::string_view text, int32_t day,
                     RootId forward) {
  dict_ = &dict;
  opt_ = &options;
  day_ = day;
  forward_ = forward >= 0 && dict.root(forward).type == WordType::kActor ? forward : kNoRoot;
  first_actor_ = kNoRoot;
  forwarded_word_ = -1;
  error_ = Error::kNone;
  has_clauses_ = discard_ = complex_ = false;
  complex_reason_.clear();
  Filter(text);
  Lex();
  n_ = static_cast<int>(words_.size());
  Word halt;
  halt.type = WordType::kHalt;
  words_.push_back(std::move(halt));  // words_[n_] is the Halt word
  if (n_ == 0) {
    error_ = Error::kNoText;
    return;
  }
  if (n_ < options.min_words) {
    error_ = Error::kTooShort;
    return;
  }
  AssignRoots();
  MarkNouns();
  if (options.convert_agents) ConvertAgents();
  MarkCompounds();
  MarkSubordinates();
  NullSubordinates();
  MarkClauses();
  DereferencePronouns();
  CheckDiscards();
  if (!discard_) EvaluateComplexity();
}

}  // namespace parley::tabari
