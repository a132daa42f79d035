// ingest/text_cleanup.h — from scraped page text to the text Parley codes.
//
// Scraped text carries debris around the article: navigation labels ("Listen Live"),
// comment boxes ("Leave a Reply"), teaser blocks ("You May Also Like" followed by truncated
// headlines), bylines, copyright lines. CleanText classifies each line by its shape, not by
// a list of phrases:
//   - prose: ends like a sentence (. ! ? or a closing quote) and has at least 3 words, or is
//     long (>= 25 words) whatever its ending;
//   - teaser: ends in an ellipsis ("…", "...") — a truncated headline or summary;
//   - label/headline: anything else (short, no sentence ending).
// Only prose lines are kept. A short label followed by a tail in which non-prose lines
// dominate ("Related", "You May Also Like") ends the article: the whole tail is dropped.
#ifndef PARLEY_INGEST_TEXT_CLEANUP_H_
#define PARLEY_INGEST_TEXT_CLEANUP_H_

#include <string>
#include <string_view>

#include "parley/article.h"

namespace parley {

struct CleanedText {
  std::string title;     // first line when it reads like a headline (if asked for)
  std::string dateline;  // "MOSCOW", "ISLAMABAD-Moscow" when the first paragraph has one
  std::string agency;    // "Sputnik" from "MOSCOW (Sputnik) —"
  std::string body;      // kept paragraphs, one per line, separated by blank lines
  Date published;        // a date written in the header lines (first six non-prose lines)
};

enum class LineKind { kProse, kTeaser, kLabel, kBlank };

// Classifies one line (leading/trailing spaces ignored).
LineKind ClassifyLine(std::string_view line);

// REQUIRES: `text` is valid UTF-8 with '\n' line ends (see NormalizeText).
CleanedText CleanText(std::string_view text, bool first_line_may_be_title);

}  // namespace parley

#endif  // PARLEY_INGEST_TEXT_CLEANUP_H_
