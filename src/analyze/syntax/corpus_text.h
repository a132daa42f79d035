// analyze/syntax/corpus_text.h — raw text for unsupervised word statistics.
//
// Reads the "text" field of every line of a JSONL file (gzip-compressed or not) and
// splits it into rough UD-like tokens (punctuation and the clitics 's, n't split off).
#ifndef PARLEY_ANALYZE_SYNTAX_CORPUS_TEXT_H_
#define PARLEY_ANALYZE_SYNTAX_CORPUS_TEXT_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/status.h"

namespace parley::syntax {

// Calls `fn` with the decoded "text" value of each line that has one.
Status ForEachJsonlText(const std::string& path, const std::function<void(std::string_view)>& fn);

// Splits `text` into tokens; a token is {view into text or into *storage}. Sentence
// starts (after . ! ? or a blank line) are marked in *starts (parallel to *tokens).
void RoughTokenize(std::string_view text, std::vector<std::string_view>* tokens,
                   std::vector<bool>* starts);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_CORPUS_TEXT_H_
