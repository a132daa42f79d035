// code/verb_dictionary.h — CAMEO verb patterns (data/dict/verbs.txt; docs/dictionaries.md).
#ifndef PARLEY_CODE_VERB_DICTIONARY_H_
#define PARLEY_CODE_VERB_DICTIONARY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "code/inflection.h"
#include "parley/doc.h"
#include "parley/status.h"
#include "recognize/phrase_index.h"

namespace parley {

struct PatternElement {
  bool gap = false;                // "*": up to kMaxGap tokens
  bool verb = false;               // some alternative is a verb lemma ("meet+")
  std::vector<std::string> forms;  // accepted lower-case token forms
};

struct VerbPattern {
  std::string code;  // CAMEO code, or "---" for a blocking phrase
  std::vector<PatternElement> elements;
  std::string source;  // "file:line", for diagnostics
  bool reciprocal = false;  // "%": coordinated subjects act on each other ("X and Y met")
  bool blocks() const { return code == "---"; }
};

class VerbDictionary {
 public:
  static constexpr int kMaxGap = 4;
  // Gaps per pattern; matching tries (kMaxGap + 1)^gaps placements, so this bounds the
  // work per anchor whatever a user dictionary holds.
  static constexpr int kMaxGapsPerPattern = 4;

  // Loads irregular verb forms first (LoadIrregular), then pattern files.
  Status LoadIrregular(const std::string& path) { return inflector_.LoadIrregular(path); }
  Status LoadPatterns(const std::string& path);
  // For dictionaries converted from other formats (peers/petrarch/parley_dictionaries.h):
  // adds patterns built in memory, and the forms that count as past participles (for
  // passive "was attacked by X"). Patterns that break the rules above are reported in
  // problems() and skipped.
  void AddPatterns(std::vector<VerbPattern> patterns,
                   const std::vector<std::string>& participles);

  // Patterns whose first element accepts `norm`, longest first.
  const std::vector<uint32_t>* Anchored(std::string_view norm) const;
  const VerbPattern& pattern(uint32_t id) const { return patterns_[id]; }
  size_t size() const { return patterns_.size(); }
  // The longest pattern anchored at tokens[i] that matches, its id and *end (one past its
  // last token); -1 when none. Gaps never cross a clause break (";", ":", ".", dash).
  int LongestMatch(const Token* tokens, size_t n, size_t i, size_t* end) const;
  // The first token at or after `from` that can anchor a pattern (a candidate predicate),
  // or n when none.
  size_t NextAnchor(const Token* tokens, size_t n, size_t from) const;
  // True when a tagged token can anchor an event pattern: a verb pattern at a word tagged
  // VERB or AUX, or a pattern on a plain word ("talks") at any word.
  bool CanAnchorTagged(const Token& token) const;
  // True for a past participle of a dictionary verb ("attacked", "met").
  bool IsParticiple(std::string_view norm) const;
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  bool MatchFrom(const VerbPattern& p, size_t element, const Token* tokens, size_t n, size_t pos,
                 size_t* end) const;
  bool ParseElement(std::string_view text, PatternElement* e);
  // Checks `p`, stores it and indexes its anchor forms; false (reported) when invalid.
  bool Store(VerbPattern p, bool sort_anchors);
  void SortAnchor(std::vector<uint32_t>* ids) const;  // longest pattern first

  Inflector inflector_;
  std::vector<VerbPattern> patterns_;
  std::unordered_map<std::string, std::vector<uint32_t>, StringHash, std::equal_to<>> anchors_;
  std::unordered_set<std::string, StringHash, std::equal_to<>> participles_;
  std::vector<std::string> problems_;
};

}  // namespace parley

#endif  // PARLEY_CODE_VERB_DICTIONARY_H_
