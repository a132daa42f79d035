// analyze/syntax/tagger.h — the UPOS tagger: two greedy left-to-right passes of an
// averaged perceptron.
//
// Features: the word, its affixes and shape, two words either side, the two previous
// tags, the tag-ambiguity class (tags seen in training) of the word and its right
// neighbours, raw-corpus signatures (word_signatures.h) and word-cluster prefixes
// (word_clusters.h) of the word and its neighbours. The second pass also sees the first
// pass's tags of the words to the right. Const and thread-safe; all scratch space lives
// in a TaggerWorkspace.
#ifndef PARLEY_ANALYZE_SYNTAX_TAGGER_H_
#define PARLEY_ANALYZE_SYNTAX_TAGGER_H_

#include <span>
#include <string_view>
#include <vector>

#include "analyze/syntax/feature_writer.h"
#include "analyze/syntax/linear_model.h"
#include "analyze/syntax/word_info.h"
#include "analyze/syntax/word_table.h"
#include "parley/doc.h"

namespace parley::syntax {

// The tag set (TaggerWorkspace::ambiguity) of a word the tagger's lexicon does not hold.
constexpr uint32_t kUnseenWordTags = 1u << 31;

// Per-thread scratch space; reuse it across sentences (no allocation once warm).
struct TaggerWorkspace {
  std::vector<WordInfo> words;
  std::vector<uint32_t> ambiguity;  // per word: bit u = seen with UPOS u in training
  std::vector<uint32_t> signature;  // word_signatures.h; 0 = not in the raw corpus
  std::vector<uint32_t> cluster;    // word_clusters.h; 0 = not clustered
  FeatureList features;
  std::vector<int> first;   // first-pass tags
  std::vector<int> second;  // second-pass tags
  uint64_t casing = 0;      // sentence casing class (lower-case, title-case, mixed, ...)
};

class Tagger {
 public:
  static constexpr uint32_t kFormatVersion = 3;

  Tagger() = default;
  Tagger(LinearModel first, LinearModel second, WordTable lexicon, WordTable signatures,
         WordTable clusters)
      : first_(std::move(first)), second_(std::move(second)), lexicon_(std::move(lexicon)),
        signatures_(std::move(signatures)), clusters_(std::move(clusters)) {}

  // Tags `words` (whose WordInfo is already in ws->words) into out[0..n).
  void Tag(TaggerWorkspace* ws, Upos* out) const;

  // Fills ws->words, ambiguity, signature and cluster for `forms`.
  void Prepare(std::span<const std::string_view> forms, TaggerWorkspace* ws) const;

  const LinearModel& first() const { return first_; }
  const LinearModel& second() const { return second_; }
  const WordTable& lexicon() const { return lexicon_; }
  // True when the treebank saw `form` (any case) and only ever as VERB or AUX: tagging
  // cannot change what such a word is.
  bool AlwaysVerb(std::string_view form) const;
  const WordTable& signatures() const { return signatures_; }
  // Word clusters from raw text (word_clusters.h), also read by the parser; may be empty.
  const WordTable& clusters() const { return clusters_; }

  Status Save(const std::string& path) const;
  Status Load(const std::string& path);

 private:
  // After loading, both models score from their 16-bit head records (linear_model.h):
  // faster. Freshly trained taggers (jackknifing, dev scores) keep the exact float
  // weights, so training gives the same results as before the head records existed.
  void EnableHeads() {
    first_.EnableHead(first_.num_classes());
    second_.EnableHead(second_.num_classes());
  }

  LinearModel first_;
  LinearModel second_;
  WordTable lexicon_;
  WordTable signatures_;
  WordTable clusters_;
};

// Appends the features of word i given the two previous tags (-1 = none).
void TaggerFeatures(const TaggerWorkspace& ws, int i, int prev1, int prev2,
                    FeatureList* out);

// Appends the second-pass features of word i (they read ws.first).
void TaggerRightFeatures(const TaggerWorkspace& ws, int i, int prev1, FeatureList* out);

// Greedy left-to-right decoding with `model`; second pass if `second`. Writes tag ids.
void TaggerPass(const LinearModel& model, bool second, TaggerWorkspace* ws, int* out);

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_TAGGER_H_
