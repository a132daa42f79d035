// analyze/syntax/word_info.h — per-word hashes shared by the tagger and the parser.
//
// Computed once per word of a sentence so that feature extraction only combines
// precomputed 64-bit values. No allocation: hashes are streamed over the bytes.
#ifndef PARLEY_ANALYZE_SYNTAX_WORD_INFO_H_
#define PARLEY_ANALYZE_SYNTAX_WORD_INFO_H_

#include <cstdint>
#include <string_view>

namespace parley::syntax {

struct WordInfo {
  uint64_t form = 0;      // exact form
  uint64_t lower = 0;     // ASCII-lower-cased form, digits folded to '0'
  uint64_t shape = 0;     // "Xxx", "dd-dd": character classes, runs capped at 2
  uint64_t prefix[3] = {};  // lower-cased prefixes of 1..3 bytes
  uint64_t suffix[4] = {};  // lower-cased suffixes of 1..4 bytes
  bool upper_initial = false;
  bool has_digit = false;
  bool has_hyphen = false;
  bool all_upper = false;   // has letters, none lower-case
  bool has_letter = false;
};

WordInfo ComputeWordInfo(std::string_view form);

// Lower-cases ASCII letters and folds digits to '0', as hashed into WordInfo::lower.
char FoldChar(char c);

// The hash of the folded string (WordInfo::lower of `s`).
uint64_t FoldedHash(std::string_view s);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_WORD_INFO_H_
