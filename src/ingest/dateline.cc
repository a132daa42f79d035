#include "ingest/dateline.h"

namespace parley {

namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsSpace(char c) { return c == ' ' || c == '\t'; }

// Length of an all-capitals word at s[p] (letters, inner '.' or '\''), 0 if none.
size_t CapsWord(std::string_view s, size_t p) {
  size_t q = p;
  while (q < s.size() && (IsUpper(s[q]) || ((s[q] == '.' || s[q] == '\'') && q > p))) ++q;
  return q - p >= 2 ? q - p : 0;
}

// Length of a capitalised or all-caps word at s[p] ("Moscow", "MOSCOW"), 0 if none.
size_t NameWord(std::string_view s, size_t p) {
  if (p >= s.size() || !IsUpper(s[p])) return 0;
  size_t q = p + 1;
  while (q < s.size() && (IsLower(s[q]) || IsUpper(s[q]))) ++q;
  return q - p >= 2 ? q - p : 0;
}

// Skips spaces, tabs and no-break spaces (U+00A0, common in scraped text).
size_t SkipSpaces(std::string_view s, size_t p) {
  for (;;) {
    if (p < s.size() && IsSpace(s[p])) ++p;
    else if (s.compare(p, 2, "\xC2\xA0") == 0) p += 2;
    else return p;
  }
}

// Reads "PLACE", "NEW YORK", "ISLAMABAD-Moscow"; returns the end of the place or 0.
size_t ReadPlace(std::string_view s, size_t p) {
  size_t n = CapsWord(s, p);
  if (n == 0) return 0;
  size_t end = p + n;
  for (;;) {
    if (end + 1 < s.size() && s[end] == ' ' && (n = CapsWord(s, end + 1)) > 0) {
      end += 1 + n;
    } else if (end + 1 < s.size() && (s[end] == '-' || s[end] == '/') &&
               (n = NameWord(s, end + 1)) > 0) {
      end += 1 + n;
    } else {
      return end;
    }
  }
}

// Separator after the place: em/en dash, "--", "-", ":" or ","; returns its length or 0.
size_t Separator(std::string_view s, size_t p) {
  if (s.compare(p, 3, "\xE2\x80\x94") == 0 || s.compare(p, 3, "\xE2\x80\x93") == 0) return 3;
  if (s.compare(p, 2, "--") == 0) return 2;
  if (p < s.size() && (s[p] == '-' || s[p] == ':' || s[p] == ',')) return 1;
  return 0;
}

}  // namespace

Dateline FindDateline(std::string_view s) {
  Dateline d;
  size_t p = SkipSpaces(s, 0);
  const size_t place_start = p;
  const size_t place_end = ReadPlace(s, p);
  if (place_end == 0) return d;
  size_t letters = 0;
  bool compound = false;
  for (size_t i = place_start; i < place_end; ++i) {
    letters += IsUpper(s[i]) || IsLower(s[i]);
    compound |= s[i] == '-' || s[i] == '/' || s[i] == ' ';
  }
  p = SkipSpaces(s, place_end);
  std::string agency;
  if (p < s.size() && s[p] == '(') {
    const size_t close = s.find(')', p);
    if (close == std::string_view::npos || close - p > 40) return d;
    agency = std::string(s.substr(p + 1, close - p - 1));
    p = SkipSpaces(s, close + 1);
  }
  const size_t sep = Separator(s, p);
  if (sep == 0) return d;
  // "NATO, the EU and ..." is a sentence, not a dateline: a comma needs a longer place.
  if (s[p] == ',' && agency.empty() && letters < 5 && !compound) return d;
  if (s[p] == ',' && p != place_end && agency.empty()) return d;
  const size_t end = SkipSpaces(s, p + sep);
  if (end >= s.size()) return d;
  d.place = std::string(s.substr(place_start, place_end - place_start));
  d.agency = std::move(agency);
  d.length = end;
  return d;
}

}  // namespace parley
