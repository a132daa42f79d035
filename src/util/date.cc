#include <cstdio>

#include "parley/article.h"

namespace parley {

namespace {
bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

int Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}
}  // namespace

std::string Date::ToString() const {
  char buf[40];  // room for any three ints: no truncation
  switch (precision) {
    case Precision::kUnknown: return "";
    case Precision::kYear: std::snprintf(buf, sizeof buf, "%04d", year); break;
    case Precision::kMonth: std::snprintf(buf, sizeof buf, "%04d-%02d", year, month); break;
    case Precision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      break;
  }
  return buf;
}

// Howard Hinnant's days_from_civil.
int64_t Date::ToDays() const {
  int y = year, m = month > 0 ? month : 1, d = day > 0 ? day : 1;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

Date Date::Parse(std::string_view s) {
  Date d;
  int y = Digits(s, 0, 4);
  if (y < 1) return d;
  size_t p = 4;
  bool dashed = s.size() > 4 && s[4] == '-';
  if (dashed) ++p;
  int m = Digits(s, p, 2);
  p += 2;
  if (dashed && m >= 0) {
    if (s.size() <= p || s[p] != '-') return d;
    ++p;
  }
  int day = Digits(s, p, 2);
  p += 2;
  if (m < 1 || m > 12 || day < 1 || day > DaysInMonth(y, m)) return d;
  if (p < s.size() && s[p] != 'T' && s[p] != ' ' && s[p] != 't') return d;
  d.year = static_cast<int16_t>(y);
  d.month = static_cast<int8_t>(m);
  d.day = static_cast<int8_t>(day);
  d.precision = Precision::kDay;
  return d;
}

}  // namespace parley
