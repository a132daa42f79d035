// analyze/tokenizer.h — Article text -> tokens and sentences (Penn/UD-style tokens).
//
// Tokens follow UD English conventions closely enough for the parser: clitics split
// ("Russia's" -> Russia 's, "don't" -> do n't, and without the apostrophe "dont" -> do nt,
// "cannot" -> can not, "gonna" -> gon na), hyphenated words split (ex - Soviet), known
// abbreviations and initials keep their period ("Mr.", "U.S.", "J.") unless it also ends
// the sentence ("etc. Then" -> etc . Then), numbers keep their inner separators ("30,000",
// "3.5") but not a glued unit ("5pm" -> 5 pm), URLs, e-mail addresses and clock times
// stay whole. Curly quotes used as apostrophes ("Russia‘s") behave like ASCII ones.
// Offsets are bytes into Article::body.
#ifndef PARLEY_ANALYZE_TOKENIZER_H_
#define PARLEY_ANALYZE_TOKENIZER_H_

#include <string_view>

#include "parley/doc.h"

namespace parley {

// Appends the tokens of text[begin, end) to doc->tokens. `text` is Article::body.
// Work is linear in the input; no allocation besides doc growth and interning of norms.
void Tokenize(std::string_view text, uint32_t begin, uint32_t end, Doc* doc);

// Splits doc->tokens into doc->sentences (abbreviation-, initial- and quote-aware; a
// blank line always ends a sentence). REQUIRES: doc->article set and tokens filled.
void SplitSentences(Doc* doc);

// Clears `doc`, then tokenizes and splits `article`. The Doc views `article->body`.
void Analyze(const Article& article, Doc* doc);

// True if `word` (without its final period, case-sensitive as written, e.g. "Mr", "U.S",
// "Gen") is an abbreviation that takes a period.
bool IsAbbreviation(std::string_view word);
// True for abbreviations that often end a sentence ("Inc", "U.S", "etc").
bool CanEndSentence(std::string_view word);
// True if `word` as written is capitalised and typically opens a sentence ("The", "If",
// "Thanks").
bool IsSentenceOpener(std::string_view word);

}  // namespace parley

#endif  // PARLEY_ANALYZE_TOKENIZER_H_
