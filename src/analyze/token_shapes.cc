#include "analyze/token_shapes.h"

#include <algorithm>
#include <array>

namespace parley {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAlnum(char c) { return IsDigit(c) || IsAlpha(c); }

// Prefixes UD English keeps joined to the next word by a hyphen.
constexpr auto kPrefixes = std::to_array<std::string_view>({
    "anti", "co", "counter", "cross", "e", "ex", "extra", "inter", "intra", "mid", "mis",
    "multi", "neo", "non", "over", "post", "pre", "pro", "re", "semi", "sub", "vice"});

constexpr auto kEmoticons = std::to_array<std::string_view>({
    ":-)", ":-(", ";-)", ":-D", ":-P", ":'(", ":)", ":(", ":D", ":P", ":p", ";)", ";D", ";P",
    "=)", ":/", "(:", "^^", "^_^", "<3"});

uint32_t Emoticon(std::string_view text, uint32_t start, uint32_t end) {
  const char c = text[start];
  if (c != ':' && c != ';' && c != '=' && c != '(' && c != '^' && c != '<') return start;
  for (std::string_view e : kEmoticons) {
    const uint32_t stop = start + static_cast<uint32_t>(e.size());
    if (stop <= end && text.substr(start, e.size()) == e && (stop == end || !IsAlnum(text[stop])))
      return stop;
  }
  return start;
}

uint32_t Run(std::string_view text, uint32_t p, uint32_t end, bool (*pred)(char)) {
  while (p < end && pred(text[p])) ++p;
  return p;
}

// "713-853-3989", "853-7906", "12345-6789", "10-12-2001", "9/11", "5/30/00", "01-Feb-02",
// "12:30", "12:30:05", "'68", "’68". A clock time ends before letters ("7:30PM" -> 7:30 PM).
uint32_t NumericShape(std::string_view text, uint32_t start, uint32_t end) {
  if (text[start] == '\'' && start + 2 < end && Run(text, start + 1, end, IsDigit) == start + 3)
    return start + 3;  // '68: a year
  if (text.compare(start, 3, "\xE2\x80\x99") == 0 && start + 4 < end &&
      Run(text, start + 3, end, IsDigit) == start + 5)
    return start + 5;  // ’68
  uint32_t p = Run(text, start, end, IsDigit);
  if (p == start || p + 1 >= end) return start;
  if (text[p] == ':' && p - start <= 2 && Run(text, p + 1, end, IsDigit) == p + 3) {
    uint32_t q = p + 3;  // 12:30
    if (q + 2 < end && text[q] == ':' && Run(text, q + 1, end, IsDigit) == q + 3) q += 3;
    return q == end || !IsDigit(text[q]) ? q : start;
  }
  if (text[p] != '-' && text[p] != '/') return start;
  const char sep = text[p];
  uint32_t groups[4] = {p - start, 0, 0, 0};
  int count = 1;
  bool month = false;
  while (count < 4 && p + 1 < end && text[p] == sep) {
    const uint32_t q = sep == '-' && count == 1 && IsAlpha(text[p + 1])
                           ? Run(text, p + 1, end, IsAlpha)
                           : Run(text, p + 1, end, IsDigit);
    if (q == p + 1) break;
    month |= IsAlpha(text[p + 1]);
    groups[count++] = q - p - 1;
    p = q;
  }
  if (count < 2 || (p < end && IsAlnum(text[p]))) return start;
  if (sep == '/') return count <= 3 ? p : start;  // "9/11", "5/30/00"
  if (month) return count == 3 && groups[1] == 3 ? p : start;  // "01-Feb-02"
  const uint32_t last = groups[count - 1], prev = groups[count - 2];
  return last == 4 && (prev == 2 || prev == 3 || prev == 5) ? p : start;
}

// "AT&T", "a&m", "b/c", "w/o", "L/C": letters joined by & or / stay one token.
uint32_t JoinedLetters(std::string_view text, uint32_t start, uint32_t end) {
  const uint32_t p = Run(text, start, end, IsAlpha);
  if (p == start || p - start > 2 || p + 1 >= end || (text[p] != '&' && text[p] != '/')) {
    return start;
  }
  const uint32_t q = Run(text, p + 1, end, IsAlpha);
  if (q == p + 1 || q - p - 1 > 2 || (q < end && IsDigit(text[q]))) return start;
  return q;
}

// "non-state", and "mid-1980s" / "pre-1914" / "post-2001" with a year. Not inside a longer
// hyphenated name ("Lashkar-e-Toiba").
uint32_t PrefixedWord(std::string_view text, uint32_t start, uint32_t end) {
  if (start > 0 && text[start - 1] == '-') return start;
  const uint32_t p = Run(text, start, end, IsAlpha);
  if (p == start || p + 1 >= end || text[p] != '-' || !IsAlnum(text[p + 1])) return start;
  std::array<char, 8> lower{};
  if (p - start > lower.size()) return start;
  for (uint32_t i = start; i < p; ++i) lower[i - start] = static_cast<char>(text[i] | 0x20);
  const std::string_view prefix(lower.data(), p - start);
  if (std::find(kPrefixes.begin(), kPrefixes.end(), prefix) == kPrefixes.end()) return start;
  if (IsDigit(text[p + 1]) && prefix != "mid" && prefix != "pre" && prefix != "post") return start;
  return Run(text, p + 1, end, IsAlnum);
}

}  // namespace

uint32_t KeptTogetherEnd(std::string_view text, uint32_t start, uint32_t end) {
  // Emoticons may follow a word ("family:)"); the other shapes start a token.
  if (uint32_t e = Emoticon(text, start, end); e != start) return e;
  if (start > 0 && IsAlnum(text[start - 1])) return start;
  if (uint32_t e = NumericShape(text, start, end); e != start) return e;
  if (uint32_t e = JoinedLetters(text, start, end); e != start) return e;
  return PrefixedWord(text, start, end);
}

}  // namespace parley
