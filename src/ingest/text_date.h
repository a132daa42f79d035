// ingest/text_date.h — a publication date written in a page's header lines.
//
// Recognised: "2023-09-20 02:35", "20th June 2016", "02 December 2020" (also glued to a
// time: "01:36 GMT02 December 2020"), "June 20, 2016", "Jun 20 2016". Only whole dates
// (day, month and year) are taken.
#ifndef PARLEY_INGEST_TEXT_DATE_H_
#define PARLEY_INGEST_TEXT_DATE_H_

#include <string_view>

#include "parley/article.h"

namespace parley {

// The first full date in `line`, or an unknown date.
Date FindDateInLine(std::string_view line);

// Month number for an English month name or abbreviation ("June", "Jun", "Sept"), else 0.
int MonthNumber(std::string_view word);

}  // namespace parley

#endif  // PARLEY_INGEST_TEXT_DATE_H_
