#include "analyze/tokenizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "analyze/token_shapes.h"
#include "util/utf8.h"

namespace parley {

namespace {

enum class CharClass : uint8_t { kSpace, kNewline, kLetter, kDigit, kApostrophe, kHyphen,
                                 kPeriod, kOther };

struct Char {
  char32_t cp = 0;
  uint32_t len = 1;
  CharClass cls = CharClass::kOther;
};

constexpr CharClass Classify(char32_t cp) {
  if (cp < 0x80) {
    if (cp == '\n') return CharClass::kNewline;
    if (cp == ' ' || cp == '\t') return CharClass::kSpace;
    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') return CharClass::kLetter;
    if (cp >= '0' && cp <= '9') return CharClass::kDigit;
    if (cp == '\'') return CharClass::kApostrophe;
    if (cp == '-') return CharClass::kHyphen;
    if (cp == '.') return CharClass::kPeriod;
    return CharClass::kOther;
  }
  if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) return CharClass::kApostrophe;
  if (cp == 0x2010 || cp == 0x2011) return CharClass::kHyphen;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_ND: return CharClass::kDigit;
    case UTF8PROC_CATEGORY_ZS: return CharClass::kSpace;
    case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP: return CharClass::kNewline;
    default: return CharClass::kOther;
  }
}

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (char32_t c = 0; c < 128; ++c) t[c] = Classify(c);
  return t;
}
constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiTable();

// Character cursor over text[.., end).
class Cursor {
 public:
  Cursor(std::string_view text, uint32_t pos, uint32_t end) : text_(text), end_(end) {
    Seek(pos);
  }
  uint32_t pos() const { return pos_; }
  bool done() const { return pos_ >= end_; }
  const Char& cur() const { return cur_; }
  // Class of the character `ahead` characters after the current one (kSpace past the end).
  Char Peek(int ahead) const {
    uint32_t p = pos_;
    Char c = cur_;
    for (int i = 0; i < ahead && p < end_; ++i) {
      p += c.len;
      c = At(p);
    }
    return c;
  }
  void Advance() { Seek(pos_ + cur_.len); }
  // Skips a run of ASCII letters and digits (the common case, without decoding), stopping
  // before an "n" that starts "n't" so the clitic can be split off.
  void SkipAsciiWord(uint32_t word_start) {
    uint32_t p = pos_;
    while (p < end_) {
      const unsigned char b = static_cast<unsigned char>(text_[p]);
      if (b >= 0x80) break;
      const CharClass cls = kAsciiClass[b];
      if (cls != CharClass::kLetter && cls != CharClass::kDigit) break;
      if ((b | 0x20) == 'n' && p > word_start && p + 1 < end_ && ApostropheAt(p + 1)) break;
      ++p;
    }
    if (p != pos_) Seek(p);
  }
  std::string_view text() const { return text_; }
  uint32_t end() const { return end_; }
  bool ApostropheAt(uint32_t p) const {
    return text_[p] == '\'' || (text_.compare(p, 2, "\xE2\x80") == 0 && p + 2 < end_ &&
                                (text_[p + 2] == '\x98' || text_[p + 2] == '\x99'));
  }
  void Seek(uint32_t p) {
    pos_ = p;
    cur_ = At(p);
  }
  Char At(uint32_t p) const {
    Char c;
    if (p >= end_) {
      c.cls = CharClass::kSpace;
      return c;
    }
    const unsigned char b = static_cast<unsigned char>(text_[p]);
    if (b < 0x80) {
      c.cp = b;
      c.cls = kAsciiClass[b];
      return c;
    }
    const size_t n = DecodeUtf8(text_, p, &c.cp);
    c.len = n ? static_cast<uint32_t>(n) : 1;
    c.cls = n ? Classify(c.cp) : CharClass::kOther;
    return c;
  }

 private:
  std::string_view text_;
  uint32_t end_;
  uint32_t pos_ = 0;
  Char cur_;
};

bool IsWordChar(CharClass c) { return c == CharClass::kLetter || c == CharClass::kDigit; }

// Clitic that starts at an apostrophe: returns its length in characters after the
// apostrophe ("s", "re", "ve", "ll", "d", "m"), 0 when none.
int CliticAfterApostrophe(const Cursor& c) {
  auto lower = [&](int i) {
    const Char ch = c.Peek(i);
    return ch.cp < 0x80 ? static_cast<char>(ch.cp | 0x20) : '\0';
  };
  auto ends = [&](int i) { return !IsWordChar(c.Peek(i).cls); };
  const char a = lower(1), b = lower(2);
  if ((a == 's' || a == 'd' || a == 'm') && ends(2)) return 1;
  if (((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')) && ends(3))
    return 2;
  return 0;
}

// At a word character: is this "n't"? (n followed by apostrophe and t, then a non-letter)
bool AtNegativeClitic(const Cursor& c) {
  const Char n = c.cur();
  if (n.cp != 'n' && n.cp != 'N') return false;
  const Char ap = c.Peek(1);
  if (ap.cls != CharClass::kApostrophe) return false;
  const Char t = c.Peek(2), after = c.Peek(3);
  return (n.cp == 'n' || n.cp == 'N') && ap.cls == CharClass::kApostrophe &&
         (t.cp == 't' || t.cp == 'T') && !IsWordChar(after.cls);
}

bool StartsWith(std::string_view text, uint32_t pos, std::string_view prefix) {
  return text.substr(pos, prefix.size()) == prefix;
}

bool AtUrl(std::string_view text, uint32_t pos) {
  const char c = text[pos];
  if (c != 'h' && c != 'w' && c != 'm') return false;
  return StartsWith(text, pos, "http://") || StartsWith(text, pos, "https://") ||
         StartsWith(text, pos, "www.") || StartsWith(text, pos, "mailto:");
}

// At a comma inside a number: is it followed by exactly three digits ("30,000", not
// "11,2000"; "1,350kg" is a number and its unit)?
bool ThousandsGroupAt(const Cursor& c) {
  for (int i = 1; i <= 3; ++i) {
    if (c.Peek(i).cls != CharClass::kDigit) return false;
  }
  return c.Peek(4).cls != CharClass::kDigit;
}

// Scans a word: letters/digits with inner periods (U.S, 3.5), inner commas between digits
// (30,000), inner apostrophes that are not clitics (O'Brien). Stops before "n't" and "'s".
void ScanWord(Cursor* c, bool* has_at) {
  const uint32_t start = c->pos();
  for (;;) {
    c->SkipAsciiWord(start);
    const Char ch = c->cur();
    if (IsWordChar(ch.cls)) {
      if (c->pos() > start && AtNegativeClitic(*c)) return;
      c->Advance();
      continue;
    }
    const Char next = c->Peek(1);
    const bool inner = IsWordChar(next.cls);
    if (ch.cls == CharClass::kPeriod && inner) { c->Advance(); continue; }
    if (ch.cp == ',' && next.cls == CharClass::kDigit && ThousandsGroupAt(*c)) {
      c->Advance();
      continue;
    }
    if (ch.cp == '@' && inner) { *has_at = true; c->Advance(); continue; }
    if (ch.cp == '_' && inner) { c->Advance(); continue; }  // "Lisa_resume.doc"
    // "franz371...@gmail.com": an address shortened by a mailing-list archive.
    if (ch.cls == CharClass::kPeriod && c->text().compare(c->pos(), 4, "...@") == 0 &&
        IsWordChar(c->Peek(4).cls)) {
      *has_at = true;
      return;
    }
    if (ch.cls == CharClass::kApostrophe && next.cls == CharClass::kLetter &&
        CliticAfterApostrophe(*c) == 0 && !(next.cp == 't' && c->pos() > start)) {
      c->Advance();
      continue;
    }
    return;
  }
}

// URLs and e-mail addresses run to the next space, less the punctuation that closes the
// sentence or bracket around them ("<a@b.org>", "(see www.x.org).").
void ScanUntilSpace(std::string_view text, uint32_t start, Cursor* c) {
  while (!c->done() && c->cur().cls != CharClass::kSpace && c->cur().cls != CharClass::kNewline)
    c->Advance();
  uint32_t end = c->pos();
  while (end > start + 1 && std::string_view(")>].,;:!?\"'").find(text[end - 1]) !=
                                std::string_view::npos)
    --end;
  if (end != c->pos()) c->Seek(end);
}

// At a period after a space: the end of a file extension written alone (".doc", ".xls"),
// or 0.
uint32_t FileExtensionEnd(const Cursor& c) {
  static constexpr std::string_view kExtensions[] = {
      "csv", "doc", "docx", "exe", "gif", "htm", "html", "jpg", "pdf", "png", "ppt", "pptx",
      "rtf", "txt", "vcf", "wav", "xls", "xlsx", "zip"};
  const std::string_view text = c.text();
  uint32_t p = c.pos() + 1;
  while (p < c.end() && text[p] >= 'a' && text[p] <= 'z') ++p;
  if (p - c.pos() < 3 || p - c.pos() > 5 || (p < c.end() && IsWordChar(c.At(p).cls))) return 0;
  const std::string_view word = text.substr(c.pos() + 1, p - c.pos() - 1);
  for (std::string_view e : kExtensions) {
    if (e == word) return p;
  }
  return 0;
}

bool IsSentencePunct(char32_t cp) { return cp == '.' || cp == '!' || cp == '?'; }

// Symbols whose runs form one token ("<<", "**", "$$$", "//"); quotes and brackets and
// the apostrophe pair up differently.
constexpr bool RunsTogether(char32_t cp) {
  return cp < 0x80 && cp > ' ' && !(cp >= '0' && cp <= '9') && !((cp | 0x20) >= 'a' &&
         (cp | 0x20) <= 'z') && cp != '"' && cp != '\'' && cp != '`' && cp != '(' && cp != ')' &&
         cp != '[' && cp != ']' && cp != '{' && cp != '}' && cp != ',' && cp != 0x7F;
}

// Runs of the same ASCII symbol ("...", "--", "**", "<<"), rules mixing "-" and "="
// ("==----"), mixed final punctuation (".?", "?!", but "..." apart from "?"), a doubled
// apostrophe used as a quote ("''", "’’") and a sign before a number ("+1 212") form one
// token. A hashtag stays "#" and its word, as the actor dictionaries need ("#Gaza").
void ScanPunct(Cursor* c, bool space_before) {
  const Char ch = c->cur();
  if (IsSentencePunct(ch.cp)) {
    if (ch.cp == '.') {
      if (const uint32_t ext = FileExtensionEnd(*c); ext != 0) {
        c->Seek(ext);
        return;
      }
    }
    if (ch.cp == '.' && c->Peek(1).cp == '.') {
      while (!c->done() && c->cur().cp == '.') c->Advance();
      return;
    }
    while (!c->done() && IsSentencePunct(c->cur().cp)) c->Advance();
    return;
  }
  if (ch.cls == CharClass::kApostrophe) {
    c->Advance();
    if (c->cur().cls == CharClass::kApostrophe) c->Advance();
    return;
  }
  if (ch.cp == '+' && space_before && c->Peek(1).cls == CharClass::kDigit) {
    c->Advance();
    bool has_at = false;
    ScanWord(c, &has_at);
    return;
  }
  if (ch.cp == '-' || ch.cp == '=') {
    while (!c->done() && (c->cur().cp == '-' || c->cur().cp == '=')) c->Advance();
    return;
  }
  if (RunsTogether(ch.cp)) {
    const char32_t first = ch.cp;
    while (!c->done() && c->cur().cp == first) c->Advance();
    return;
  }
  c->Advance();
}

// Lower-case ASCII forms without copying when already lower case.
bool NormalizeAscii(std::string_view form, Doc* doc, std::string* scratch,
                    std::string_view* out) {
  bool upper = false;
  for (const char c : form) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    upper |= c >= 'A' && c <= 'Z';
  }
  if (!upper) {
    *out = form;
    return true;
  }
  scratch->assign(form);
  for (char& c : *scratch) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  *out = doc->Intern(*scratch);
  return true;
}

std::string_view Normalize(std::string_view form, Doc* doc, std::string* scratch) {
  if (std::string_view ascii; NormalizeAscii(form, doc, scratch, &ascii)) return ascii;
  scratch->clear();
  bool changed = false;
  char32_t cp;
  for (size_t i = 0; i < form.size();) {
    const size_t n = DecodeUtf8(form, i, &cp);
    const size_t len = n ? n : 1;
    char32_t out = cp;
    if (n == 0) out = 0xFFFD;
    else if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) out = '\'';
    else if (cp == 0x201C || cp == 0x201D) out = '"';
    else if (cp == 0x2010 || cp == 0x2011) out = '-';
    else if (cp < 0x80) out = (cp >= 'A' && cp <= 'Z') ? cp | 0x20 : cp;
    else out = static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)));
    changed |= out != cp;
    AppendUtf8(out, scratch);
    i += len;
  }
  return changed ? doc->Intern(*scratch) : form;
}

bool IsUpperStart(std::string_view form) {
  char32_t cp;
  if (form.empty() || DecodeUtf8(form, 0, &cp) == 0) return false;
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU;
}

// Is the character after the current one a line break or the end of the text (a few
// spaces aside)?
bool AtLineEnd(const Cursor& c) {
  for (int i = 1; i <= 8; ++i) {
    const Char next = c.Peek(i);
    if (next.cls == CharClass::kNewline) return true;
    if (next.cls != CharClass::kSpace) return false;
    if (next.cp == 0) return true;  // past the end
  }
  return false;
}

// The word that follows the period under the cursor on the same line ("" if none).
std::string_view WordAfterPeriod(const Cursor& c) {
  const std::string_view text = c.text();
  uint32_t p = c.pos() + 1;
  while (p < c.end() && text[p] == ' ') ++p;
  uint32_t q = p;
  while (q < c.end() && q - p < 16 && static_cast<unsigned char>(text[q]) < 0x80 &&
         IsWordChar(kAsciiClass[static_cast<unsigned char>(text[q])]))
    ++q;
  return text.substr(p, q - p);
}

// After a word, takes the following period into the token for abbreviations and initials.
void MaybeTakePeriod(std::string_view text, uint32_t start, Cursor* c) {
  if (c->cur().cls != CharClass::kPeriod) return;
  // "Inc.." is the abbreviation and the full stop; "etc..." is a word and an ellipsis.
  const bool doubled = c->Peek(1).cls == CharClass::kPeriod;
  if (doubled && c->Peek(2).cls == CharClass::kPeriod) return;
  const std::string_view word = text.substr(start, c->pos() - start);
  if (word == "I") return;  // the pronoun, not an initial
  const bool initial = word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z' &&
                       !(start > 0 && text[start - 1] >= '0' && text[start - 1] <= '9');
  const bool dotted = word.find('.') != std::string_view::npos && word.size() <= 8 &&
                      std::none_of(word.begin(), word.end(), [](char ch) {
                        return ch >= '0' && ch <= '9';
                      });
  if (!(initial || dotted || IsAbbreviation(word))) return;
  if (doubled) {
    c->Advance();
    return;
  }
  // At the end of a line the period also ends the sentence, and UD writes it apart
  // ("etc ."), except after capital initials ("U.S.").
  const bool capitals = std::all_of(word.begin(), word.end(), [](char ch) {
    return (ch >= 'A' && ch <= 'Z') || ch == '.';
  });
  if (!capitals && AtLineEnd(*c)) return;
  // So it is when the next word opens a sentence: "etc. Then", "at 5 p.m. In" (but
  // "p.m. EST"); "No." only numbers ("No. 5").
  if (!capitals) {
    const std::string_view next = WordAfterPeriod(*c);
    if (word == "No" && (next.empty() || next[0] < '0' || next[0] > '9')) return;
    const bool capitalized = !next.empty() && next[0] >= 'A' && next[0] <= 'Z' &&
                             (next.size() == 1 || next[1] < 'A' || next[1] > 'Z');
    if (capitalized && (word == "etc" || (CanEndSentence(word) && IsSentenceOpener(next))))
      return;
  }
  c->Advance();
}

// Words written without their apostrophe, or run together, that UD English splits into
// syntactic words but keeps as one surface token: "dont" -> do nt, "cannot" -> can not,
// "im" -> i m, "gonna" -> gon na. Returns where the second word starts within text[start,
// end), or 0. Not "its", "id", "ill", "lets", "were", "well": ordinary words as often.
uint32_t ContractionSplit(std::string_view text, uint32_t start, uint32_t end) {
  const uint32_t n = end - start;
  if (n < 2 || n > 7) return 0;
  const char* w = text.data() + start;
  // Does w[from, from + lower.size()) spell `lower` in any case? (`| 0x20` maps only
  // upper-case letters onto lower-case ones.)
  auto spells = [w](uint32_t from, std::string_view lower) {
    for (uint32_t i = 0; i < lower.size(); ++i) {
      if ((w[from + i] | 0x20) != lower[i]) return false;
    }
    return true;
  };
  const char last = static_cast<char>(w[n - 1] | 0x20);
  if (last == 't') {
    if (n == 6 && spells(0, "cannot")) return start + 3;
    if (n < 4 || (w[n - 2] | 0x20) != 'n') return 0;
    static constexpr std::string_view kNegated[] = {
        "ai", "are", "ca", "could", "did", "do", "does", "had", "has", "have", "is", "must",
        "need", "should", "was", "were", "wo", "would"};
    for (std::string_view v : kNegated) {
      if (v.size() == n - 2 && spells(0, v)) return start + n - 2;
    }
    return 0;
  }
  if (last != 'a' && last != 'e' && last != 'm' && last != 's') return 0;
  struct Split { std::string_view word; uint32_t at; };
  static constexpr Split kSplits[] = {
      {"gonna", 3}, {"gotta", 3}, {"hes", 2},    {"im", 1},     {"ive", 1},
      {"outta", 3}, {"thats", 4}, {"theres", 5}, {"theyre", 4}, {"theyve", 4},
      {"wanna", 3}, {"whats", 4}, {"youre", 3},  {"youve", 3}};
  for (const Split& s : kSplits) {
    if (s.word.size() == n && spells(0, s.word)) {
      if (n == 2 && w[1] == 'M') return 0;  // "IM" (instant messaging) is not "I'm"
      return start + s.at;
    }
  }
  return 0;
}

// Splits a number from a unit or time written against it ("5pm", "65k", "35mm", "2bn"),
// keeping ordinals and decades ("2nd", "1980s") and single letters other than k and m
// ("3D"); and "alot" into "a lot". text[start, c) is a word.
void SplitGluedWord(std::string_view text, uint32_t start, Cursor* c) {
  const uint32_t end = c->pos();
  if (text[start] >= '0' && text[start] <= '9') {
    uint32_t p = start;
    while (p < end && ((text[p] >= '0' && text[p] <= '9') || text[p] == '.' || text[p] == ','))
      ++p;
    if (p == end || text[p - 1] == '.' || text[p - 1] == ',') return;
    for (uint32_t q = p; q < end; ++q) {
      if (kAsciiClass[static_cast<unsigned char>(text[q]) & 0x7F] != CharClass::kLetter ||
          static_cast<unsigned char>(text[q]) >= 0x80)
        return;
    }
    char unit[2] = {static_cast<char>(text[p] | 0x20),
                    end - p > 1 ? static_cast<char>(text[p + 1] | 0x20) : '\0'};
    const bool split =
        end - p == 1 ? unit[0] == 'k' || unit[0] == 'm'
                     : !(end - p == 2 && ((unit[0] == 's' && unit[1] == 't') ||
                                          (unit[0] == 'n' && unit[1] == 'd') ||
                                          (unit[0] == 'r' && unit[1] == 'd') ||
                                          (unit[0] == 't' && unit[1] == 'h')));
    if (split) c->Seek(p);
    return;
  }
  if (end - start == 4 && (text[start] | 0x20) == 'a' && (text[start + 1] | 0x20) == 'l' &&
      (text[start + 2] | 0x20) == 'o' && (text[start + 3] | 0x20) == 't')
    c->Seek(start + 1);
}

}  // namespace

void Tokenize(std::string_view text, uint32_t begin, uint32_t end, Doc* doc) {
  Cursor c(text, begin, end);
  std::string scratch;
  bool space_before = true;
  bool line_break = false;
  uint32_t joined_at = UINT32_MAX;  // where the second word of a split-up word starts
  while (!c.done()) {
    const Char ch = c.cur();
    if (ch.cls == CharClass::kSpace || ch.cls == CharClass::kNewline) {
      space_before = true;
      line_break |= ch.cls == CharClass::kNewline;
      c.Advance();
      continue;
    }
    const uint32_t start = c.pos();
    bool has_at = false;
    if (const uint32_t shape = KeptTogetherEnd(text, start, end); shape != start) {
      c.Seek(shape);
    } else if (AtUrl(text, start)) {
      ScanUntilSpace(text, start, &c);
    } else if (!space_before && AtNegativeClitic(c)) {
      for (int i = 0; i < 3; ++i) c.Advance();
    } else if (IsWordChar(ch.cls)) {
      ScanWord(&c, &has_at);
      if (has_at) {
        ScanUntilSpace(text, start, &c);
      } else {
        SplitGluedWord(text, start, &c);
        if (const uint32_t at = ContractionSplit(text, start, c.pos()); at != 0) {
          c.Seek(at);
          joined_at = at;
        } else if (c.pos() - start == 5 && c.cur().cp == '!' && text.substr(start, 5) == "Yahoo") {
          c.Advance();  // the company's name
        } else {
          MaybeTakePeriod(text, start, &c);
        }
      }
    } else if (ch.cls == CharClass::kApostrophe && CliticAfterApostrophe(c) > 0 &&
               !space_before) {
      const int n = CliticAfterApostrophe(c);
      for (int i = 0; i <= n; ++i) c.Advance();
    } else {
      ScanPunct(&c, space_before);
    }
    if (c.pos() == start) c.Advance();  // never stall
    Token t;
    t.start = start;
    t.end = c.pos();
    t.form = text.substr(start, t.end - start);
    t.norm = Normalize(t.form, doc, &scratch);
    t.lemma = t.norm;
    t.space_before = space_before;
    t.line_break_before = line_break;
    t.joined_to_previous = start == joined_at;
    t.capitalized = IsUpperStart(t.form);
    doc->tokens.push_back(t);
    space_before = false;
    line_break = false;
  }
}

void Analyze(const Article& article, Doc* doc) {
  doc->Clear();
  doc->article = &article;
  Tokenize(article.body, 0, static_cast<uint32_t>(article.body.size()), doc);
  SplitSentences(doc);
}

}  // namespace parley
