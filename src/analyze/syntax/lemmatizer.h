// analyze/syntax/lemmatizer.h — lemmas from (form, UPOS) by rules learned from a treebank.
//
// A rule cuts bytes off the end of the form, appends a string and sets the case
// ("K2:y": keep case, cut 2, append "y"; "L1:": lower-case, cut 1; "=be": the lemma
// itself). Known (form, UPOS) pairs use their most frequent rule; unknown words use the
// most frequent rule of their longest known suffix (up to 6 bytes) under that UPOS.
// Const and thread-safe.
#ifndef PARLEY_ANALYZE_SYNTAX_LEMMATIZER_H_
#define PARLEY_ANALYZE_SYNTAX_LEMMATIZER_H_

#include <string>
#include <string_view>
#include <vector>

#include "analyze/syntax/treebank.h"
#include "analyze/syntax/word_table.h"
#include "parley/doc.h"

namespace parley::syntax {

class Lemmatizer {
 public:
  static constexpr uint32_t kFormatVersion = 1;
  static constexpr int kMaxSuffix = 6;
  // A suffix rule for unknown words needs this many word types behind it.
  static constexpr int kMinSuffixTypes = 3;

  // Learns rules from the (form, UPOS, lemma) triples of `train`.
  static Lemmatizer Train(const std::vector<TreebankSentence>& train);

  // Writes the lemma of `form` into *out (reusing its capacity).
  void Lemmatize(std::string_view form, Upos upos, std::string* out) const;

  size_t rule_count() const { return rules_.size(); }
  Status Save(const std::string& path) const;
  Status Load(const std::string& path);

 private:
  uint32_t FindRule(std::string_view form, Upos upos) const;

  std::vector<std::string> rules_;
  WordTable known_;     // Feature(upos, lower form) -> rule
  WordTable suffixes_;  // Feature(upos, lower suffix) -> rule
};

// The rule that turns `form` into `lemma` (see the class comment).
std::string DeriveLemmaRule(std::string_view form, std::string_view lemma);

// Applies `rule` to `form`.
void ApplyLemmaRule(std::string_view rule, std::string_view form, std::string* out);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_LEMMATIZER_H_
