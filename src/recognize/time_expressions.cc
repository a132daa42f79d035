#include "recognize/time_expressions.h"

#include <array>
#include <charconv>
#include <string_view>

#include "ingest/text_date.h"

namespace parley {

namespace {

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

int WeekdayIndex(std::string_view w) {
  for (size_t i = 0; i < kWeekdays.size(); ++i) {
    if (w == kWeekdays[i]) return static_cast<int>(i);
  }
  return -1;
}

// Monday = 0 (1970-01-01 was a Thursday).
int WeekdayOf(int64_t days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }

int Number(std::string_view s) {
  int v = -1;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() ? v : -1;
}

// Day of month from "5", "5th", "21st"; -1 otherwise.
int DayNumber(std::string_view s) {
  size_t digits = 0;
  while (digits < s.size() && s[digits] >= '0' && s[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return -1;
  const std::string_view suffix = s.substr(digits);
  if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") {
    return -1;
  }
  const int d = Number(s.substr(0, digits));
  return d >= 1 && d <= 31 ? d : -1;
}

int YearNumber(std::string_view s) {
  if (s.size() != 4) return -1;
  const int y = Number(s);
  return y >= 1800 && y <= 2100 ? y : -1;
}

Date Make(int y, int m, int d, Date::Precision p) {
  Date out;
  out.year = static_cast<int16_t>(y);
  out.month = static_cast<int8_t>(p == Date::Precision::kYear ? 0 : m);
  out.day = static_cast<int8_t>(p == Date::Precision::kDay ? d : 0);
  out.precision = p;
  return out;
}

Date MonthOf(const Date& d) { return Make(d.year, d.month, 0, Date::Precision::kMonth); }

Date ShiftMonths(const Date& pub, int delta) {
  int m = pub.month - 1 + delta;
  int y = pub.year + (m < 0 ? (m - 11) / 12 : m / 12);
  m = ((m % 12) + 12) % 12 + 1;
  return Make(y, m, 0, Date::Precision::kMonth);
}

struct Scan {
  std::span<const Token> t;
  const Date& pub;
  bool have_pub;
  int64_t pub_days;

  std::string_view Norm(size_t i) const { return i < t.size() ? t[i].norm : std::string_view(); }

  EventDate Found(Date d, size_t first, size_t last) const {
    EventDate e;
    e.date = d;
    e.from_text = true;
    e.start = t[first].start;
    e.end = t[last].end;
    return e;
  }

  // Year for a month named without one: the latest not after publication.
  int YearForMonth(int month) const { return month <= pub.month ? pub.year : pub.year - 1; }

  bool Relative(size_t i, EventDate* out) const {
    const std::string_view w = Norm(i);
    const std::string_view next = Norm(i + 1);
    auto day = [&](int64_t delta, size_t last) {
      *out = Found(DateFromDays(pub_days + delta), i, last);
      return true;
    };
    if (w == "today" || w == "tonight") return day(0, i);
    if (w == "yesterday") return day(-1, i);
    if (w == "tomorrow") return day(1, i);
    if (w == "this" && (next == "morning" || next == "afternoon" || next == "evening")) {
      return day(0, i + 1);
    }
    const bool last = w == "last" || w == "past" || w == "previous";
    if (last || w == "this" || w == "next") {
      const int delta = last ? -1 : w == "next" ? 1 : 0;
      if (next == "week") {
        *out = Found(MonthOf(DateFromDays(pub_days + 7 * delta)), i, i + 1);
        return true;
      }
      if (next == "month") {
        *out = Found(ShiftMonths(pub, delta), i, i + 1);
        return true;
      }
      if (next == "year") {
        *out = Found(Make(pub.year + delta, 0, 0, Date::Precision::kYear), i, i + 1);
        return true;
      }
    }
    const int wd = WeekdayIndex(w);
    if (wd >= 0) {
      const std::string_view before = i > 0 ? Norm(i - 1) : std::string_view();
      const int today = WeekdayOf(pub_days);
      if (before == "next") return day((wd - today + 7) % 7 == 0 ? 7 : (wd - today + 7) % 7, i);
      return day(-((today - wd + 7) % 7), i);
    }
    return false;
  }

  // "May" is the month only with a date word beside it.
  bool MayIsMonth(size_t i) const {
    const std::string_view before = i > 0 ? Norm(i - 1) : std::string_view();
    return before == "in" || before == "of" || before == "since" || before == "until" ||
           before == "by" || before == "early" || before == "late" || before == "mid" ||
           before == "on" || DayNumber(before) > 0 || DayNumber(Norm(i + 1)) > 0 ||
           YearNumber(Norm(i + 1)) > 0;
  }

  // "April 5[, 2016]", "5 April [2016]", "[early] April [2016]".
  bool MonthName(size_t i, EventDate* out) const {
    const int month = MonthNumber(t[i].form);
    if (month == 0 || !t[i].capitalized || t[i].form.size() < 3) return false;
    if (t[i].form == "May" && !MayIsMonth(i)) return false;  // "May the talks succeed"
    size_t last = i;
    int day = DayNumber(Norm(i + 1));
    if (day > 0) last = i + 1;
    size_t first = i;
    if (day < 0 && i > 0 && DayNumber(Norm(i - 1)) > 0) {
      day = DayNumber(Norm(i - 1));
      first = i - 1;
    }
    size_t y_at = last + 1;
    if (Norm(y_at) == ",") ++y_at;
    int year = YearNumber(Norm(y_at));
    if (year > 0) last = y_at;
    if (year < 0) {
      if (!have_pub) return false;
      year = YearForMonth(month);
    }
    const auto p = day > 0 ? Date::Precision::kDay : Date::Precision::kMonth;
    *out = Found(Make(year, month, day, p), first, last);
    return true;
  }

  bool YearAfterPreposition(size_t i, EventDate* out) const {
    const std::string_view w = Norm(i);
    if (w != "in" && w != "since" && w != "by" && w != "during" && w != "from") return false;
    const int year = YearNumber(Norm(i + 1));
    if (year < 0) return false;
    *out = Found(Make(year, 0, 0, Date::Precision::kYear), i, i + 1);
    return true;
  }

  EventDate Run() const {
    EventDate e;
    for (size_t i = 0; i < t.size(); ++i) {
      if (have_pub && Relative(i, &e)) return e;
      if (MonthName(i, &e)) return e;
      if (YearAfterPreposition(i, &e)) return e;
    }
    if (have_pub) e.date = pub;
    return e;
  }
};

}  // namespace

Date DateFromDays(int64_t z) {
  // Civil-from-days (proleptic Gregorian), after H. Hinnant's public-domain derivation.
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return Make(y, m, d, Date::Precision::kDay);
}

EventDate ResolveEventDate(std::span<const Token> sentence, const Date& published) {
  const bool have_pub = published.precision == Date::Precision::kDay;
  const Scan scan{sentence, published, have_pub, have_pub ? published.ToDays() : 0};
  EventDate e = scan.Run();
  if (!e.from_text && !have_pub) e.date = published;  // month/year-only publication dates
  return e;
}

}  // namespace parley
