// analyze/syntax/parser_features.h — feature templates of the transition parser.
//
// The rich non-local templates of Zhang & Nivre (2011): words and tags of the stack top
// (S0), its head and grand-head, its two leftmost and rightmost children, the next
// buffer words (N0-N2) and N0's leftmost children; distances, valencies and label sets;
// plus the second stack item S1, suffixes, and word classes from raw-corpus signatures
// (their typical left and right neighbours) or, when the input has them, hierarchical
// word clusters (word_clusters.h; Koo et al. 2008); the tags a word had in the treebank
// (so the parser can doubt a tagging error); what lies between S0 and N0 (punctuation,
// verbs, a conjunction). Each template becomes one 64-bit hash.
#ifndef PARLEY_ANALYZE_SYNTAX_PARSER_FEATURES_H_
#define PARLEY_ANALYZE_SYNTAX_PARSER_FEATURES_H_

#include <cstdint>
#include <vector>

#include "analyze/syntax/arc_eager.h"
#include "analyze/syntax/feature_writer.h"
#include "analyze/syntax/word_info.h"

namespace parley::syntax {

// How many punctuation marks, verbs and coordinating conjunctions precede a word.
struct TagsBefore {
  uint16_t punct = 0, verbs = 0, conj = 0;
};

// Fills (*out)[0..n]: entry i counts the tags of words 0..i-1 (saturating at 65535).
void CountTagsBefore(const uint8_t* tags, int n, std::vector<TagsBefore>* out);

// What the templates read of one word that does not depend on the parse: its word, tag,
// signature class, treebank tag set, cluster prefixes and 3-byte suffix. Computed once per
// sentence (PrepareInput), so a configuration's positions are copies, not lookups.
struct WordSlot {
  uint64_t w, p, c, a, k4, k6, kf, suffix;
};

// What the parser knows about the words of a sentence.
struct ParserInput {
  const WordInfo* words = nullptr;  // n entries
  const uint8_t* tags = nullptr;    // n UPOS ids
  const uint32_t* signatures = nullptr;  // n raw-corpus signatures (word_signatures.h)
  int n = 0;
  // n tag sets from the tagger's lexicon (TaggerWorkspace::ambiguity), or null = unseen.
  const uint32_t* tag_sets = nullptr;
  // n + 1 entries from CountTagsBefore; the parser and its trainer fill it.
  const TagsBefore* before = nullptr;
  const uint32_t* clusters = nullptr;  // n word-cluster values (word_clusters.h), or null
  // n + 2 entries: the slots of the n words, then of the root (n) and of "no word"
  // (n + 1); PrepareInput fills it.
  const WordSlot* slots = nullptr;
};

// The per-sentence tables the templates read (before, slots), kept by the caller.
struct SentenceTables {
  std::vector<TagsBefore> before;
  std::vector<WordSlot> slots;
};

// Fills `tables` for in's words and points in->before and in->slots at them.
void PrepareInput(ParserInput* in, SentenceTables* tables);

// What the feature templates see of a parser state: the positions they read (-1: the
// state has none), the relation of each position that has a head (-1: none yet), and
// the valencies and relation sets of S0 and N0 (with the values the templates use when
// there is no S0 or N0). The templates read a state only through its view, so two
// states with equal views have equal features; the beam parser keys its cache of
// evaluations by the view, without extracting the features of a state it has seen.
struct StateView {
  enum Position { kS0, kN0, kS1, kS0h, kS0h2, kS0l, kS0l2, kS0r, kS0r2, kN0l, kN0l2, kPositions };
  int32_t pos[kPositions];
  int32_t label[kPositions];
  int32_t s0_right_count, s0_left_count, n0_left_count;
  uint64_t s0_right_labels, s0_left_labels, n0_left_labels;

  // The view as 64-bit words, for hashing: every field, no padding.
  static constexpr size_t kWords = kPositions + 3 + 3;
  void ToWords(uint64_t* words) const;
};

StateView ViewOf(const ArcEagerState& s);

// The most features a state has (with or without word clusters).
inline constexpr size_t kMaxParserFeatures = 128;

// Replaces *out with the features of state `s` (REQUIRES: PrepareInput(&in)). They score
// the move and, for an arc, its relation.
void ParserFeatures(const ParserInput& in, const ArcEagerState& s, FeatureList* out);

// The templates fall in two sets: those of the stack top S0 and the buffer (N0 and the
// words after it, the word before N0, their distance and what lies between them), equal
// for all states with the same S0 and N0, and those of the tree built so far.
enum class FeatureSet { kAll, kStackTopAndBuffer, kTree };

// The features of `s` in `set`, in template order (kAll: as above).
void ParserFeatures(const ParserInput& in, const ArcEagerState& s, FeatureSet set,
                    FeatureList* out);
// The same from the state's view (ViewOf: the same features).
void ParserFeatures(const ParserInput& in, const StateView& view, FeatureSet set,
                    FeatureList* out);

// A feature of every configuration when the input has word clusters (a second bias).
// A model that holds it was trained with clusters (Parser::UsesClusters); without it the
// parser keeps the signature-class templates the clusters replace.
uint64_t ClusterMarkerFeature();

}  // namespace parley::syntax

#endif  // PARLEY_ANALYZE_SYNTAX_PARSER_FEATURES_H_
