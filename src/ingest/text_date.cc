#include "ingest/text_date.h"

#include <array>
#include <cctype>
#include <string>

namespace parley {

namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Reads a run of digits at s[p]; returns its length (0 if none) and the value.
size_t Number(std::string_view s, size_t p, int* value) {
  size_t q = p;
  *value = 0;
  while (q < s.size() && IsDigit(s[q]) && q - p < 4) *value = *value * 10 + (s[q++] - '0');
  return q - p;
}

size_t Word(std::string_view s, size_t p) {
  size_t q = p;
  while (q < s.size() && IsAlpha(s[q])) ++q;
  return q - p;
}

size_t SkipSeparators(std::string_view s, size_t p) {
  while (p < s.size() && (s[p] == ' ' || s[p] == ',' || s[p] == '.')) ++p;
  return p;
}

Date Make(int y, int m, int d) {
  char buf[40];  // room for any three ints: no truncation
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return Date::Parse(buf);
}

// "20th June 2016" / "02 December 2020" starting at p.
Date DayMonthYear(std::string_view s, size_t p) {
  int day, year;
  size_t n = Number(s, p, &day);
  if (n == 0 || n > 2) return {};
  p += n;
  if (const size_t w = Word(s, p); w == 2) p += 2;  // st nd rd th
  p = SkipSeparators(s, p);
  const size_t w = Word(s, p);
  const int month = MonthNumber(s.substr(p, w));
  if (month == 0) return {};
  p = SkipSeparators(s, p + w);
  if (Number(s, p, &year) != 4) return {};
  return Make(year, month, day);
}

// "June 20, 2016" starting at p.
Date MonthDayYear(std::string_view s, size_t p) {
  const size_t w = Word(s, p);
  const int month = MonthNumber(s.substr(p, w));
  if (month == 0) return {};
  p = SkipSeparators(s, p + w);
  int day, year;
  const size_t n = Number(s, p, &day);
  if (n == 0 || n > 2) return {};
  p += n;
  if (Word(s, p) == 2) p += 2;
  p = SkipSeparators(s, p);
  if (Number(s, p, &year) != 4) return {};
  return Make(year, month, day);
}

}  // namespace

int MonthNumber(std::string_view word) {
  if (word.size() < 3) return 0;
  std::string w(word);
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w == "sept") return 9;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (w == kMonths[i] || (w.size() == 3 && kMonths[i].substr(0, 3) == w)) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

Date FindDateInLine(std::string_view s) {
  for (size_t p = 0; p < s.size(); ++p) {
    const bool word_start = p == 0 || !IsAlpha(s[p - 1]);
    if (IsDigit(s[p]) && (p == 0 || !IsDigit(s[p - 1]))) {
      if (Date d = Date::Parse(s.substr(p)); d.known() && s.substr(p).size() >= 10) return d;
      if (Date d = DayMonthYear(s, p); d.known()) return d;
    } else if (IsAlpha(s[p]) && word_start) {
      if (Date d = MonthDayYear(s, p); d.known()) return d;
    }
  }
  return {};
}

}  // namespace parley
