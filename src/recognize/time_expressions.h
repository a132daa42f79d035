// recognize/time_expressions.h — when a sentence's event happened.
//
// The code stage calls ResolveEventDate once per sentence with that sentence's tokens and
// the article's publication date. The first time expression found decides:
//   today / tonight / this morning        -> the publication day            (day)
//   yesterday, tomorrow                    -> one day before / after         (day)
//   Monday ... Sunday ("on Friday")        -> that weekday on or before the
//                                             publication day ("next Friday": after) (day)
//   last week / this week                  -> the month of that week         (month)
//   last month / this month / next month   -> that month                     (month)
//   last year / this year / next year      -> that year                      (year)
//   April 5 / 5 April [2016]               -> that day; without a year, the latest one
//                                             not after publication          (day)
//   [in early|late|mid-] April [2016]      -> that month, same year rule     (month)
//   in / since / by 1994                   -> that year                      (year)
// With no expression the event takes the publication date. Dates are never invented:
// a relative expression with no publication date, or no date at all, gives kUnknown.
#ifndef PARLEY_RECOGNIZE_TIME_EXPRESSIONS_H_
#define PARLEY_RECOGNIZE_TIME_EXPRESSIONS_H_

#include <cstdint>
#include <span>

#include "parley/article.h"
#include "parley/doc.h"

namespace parley {

struct EventDate {
  Date date;                // precision kDay, kMonth, kYear or kUnknown
  bool from_text = false;   // true when a time expression in the sentence decided it
  uint32_t start = 0;       // byte span of that expression in Article::body (if from_text)
  uint32_t end = 0;
};

EventDate ResolveEventDate(std::span<const Token> sentence, const Date& published);

// Civil date of a day count since 1970-01-01 (the inverse of Date::ToDays).
Date DateFromDays(int64_t days);

}  // namespace parley

#endif  // PARLEY_RECOGNIZE_TIME_EXPRESSIONS_H_
