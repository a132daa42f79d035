// parley/article.h — one news report as it enters the pipeline.
#ifndef PARLEY_ARTICLE_H_
#define PARLEY_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace parley {

// Calendar date with a precision; an unknown date has precision kUnknown and zero fields.
struct Date {
  enum class Precision : uint8_t { kUnknown = 0, kYear, kMonth, kDay };
  int16_t year = 0;
  int8_t month = 0;
  int8_t day = 0;
  Precision precision = Precision::kUnknown;

  bool known() const { return precision != Precision::kUnknown; }
  // "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" for unknown.
  std::string ToString() const;
  // Days since 1970-01-01 for a day-precision date (month/day default to 1 otherwise).
  int64_t ToDays() const;
  // Parses "YYYY-MM-DD" (also accepts "YYYYMMDD" and a trailing time part); returns
  // an unknown date when `text` is not such a date.
  static Date Parse(std::string_view text);
  friend bool operator==(const Date&, const Date&) = default;
};

// An article after ingest. `body` is valid UTF-8 with '\n' line ends; every character
// offset Parley reports (tokens, sentences, events) is into this string.
struct Article {
  std::string id;         // stable identifier: JSONL "id", else file name (+ "#n" for more)
  std::string url;
  std::string source;     // publisher or feed name
  std::string title;
  Date published;         // publication date, unknown when the input carries none
  // Where `published` came from: "input" (JSONL "date"), "default" (--date), "json-ld",
  // "meta", "time", "url", "byline" (HTML page), "text" (a date written in the text),
  // or "" when unknown.
  std::string date_source;
  std::string dateline;   // dateline place as written ("MOSCOW"), empty when none
  std::string agency;     // news agency credited in the text ("Sputnik", "AFP/APP"), or ""
  std::string body;       // the text that is coded
  std::string origin;     // where it came from: "path" or "path:line"
};

}  // namespace parley

#endif  // PARLEY_ARTICLE_H_
