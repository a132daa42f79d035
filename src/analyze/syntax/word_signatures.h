// analyze/syntax/word_signatures.h — word statistics learned from raw text.
//
// For each word (lower-cased, digits folded) seen at least kMinCount times in a raw
// corpus, a 32-bit signature: bits 0-3 how often it is capitalized inside a sentence
// (bucketed), bits 4-7 log2 frequency, bits 8-15 and 16-23 its most typical left and
// right neighbour among the corpus's 250 most frequent words. These give the tagger
// evidence about words the treebank never shows (mostly proper vs. common nouns).
#ifndef PARLEY_ANALYZE_SYNTAX_WORD_SIGNATURES_H_
#define PARLEY_ANALYZE_SYNTAX_WORD_SIGNATURES_H_

#include <string>
#include <vector>

#include "analyze/syntax/word_table.h"
#include "parley/status.h"

namespace parley::syntax {

constexpr int kSignatureMinCount = 5;

inline uint32_t SignatureCasing(uint32_t sig) { return sig & 0xf; }
inline uint32_t SignatureFrequency(uint32_t sig) { return (sig >> 4) & 0xf; }
inline uint32_t SignatureLeft(uint32_t sig) { return (sig >> 8) & 0xff; }
inline uint32_t SignatureRight(uint32_t sig) { return (sig >> 16) & 0xff; }

// Reads the JSONL(.gz) files (a "text" field per line) twice and builds the table.
Result<WordTable> BuildWordSignatures(const std::vector<std::string>& files);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_WORD_SIGNATURES_H_
