// peers/petrarch/verb_dictionary.h — PETRARCH verb dictionaries as pattern tries.
//
// Reads both dialects: PETRARCH-1 / validation files ("- SAID * TO ATTEND [082]", with
// $ source, + target, % compound and ^ skip markers) and PETRARCH-2 / CAMEO.2.0 files
// ("- * (FOR {FINANCIAL AID}) [0331]"), whose parentheses and braces only group words and
// are dropped. Blocks start with "--- NAME [code] ---"; verb lines list a verb, optional
// irregular forms in {...} and an optional code; "&NAME" opens a synset whose "+" lines
// are its members; multi-word verbs mark the verb word with '+' ("+CORDON_OFF").
// Transformation lines ("~ ...") are read past. Regular forms (S/ES, ED/D, ING) and
// synset plurals are generated as PETRARCH does.
//
// Storage mirrors PETRARCH's: a pattern is the words after the verb, then "#", then the
// words before the verb nearest-first, then "#", whose node carries the code. Verbs are
// stored the same way (following words, "#", preceding words, "#") under each form.
// Immutable after loading; safe to share between threads.
#ifndef PARLEY_PEERS_PETRARCH_VERB_DICTIONARY_H_
#define PARLEY_PEERS_PETRARCH_VERB_DICTIONARY_H_

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "parley/status.h"
#include "peers/petrarch/dict_lines.h"

namespace parley::petrarch {

struct VerbInfo {
  std::string meaning;  // block verb whose patterns apply ("" on a block's own entry)
  std::string code;     // CAMEO code, "---" for none, "a:b" for symmetric events
  size_t line = 0;      // dictionary line that defined it
};

struct VerbNode {
  std::unordered_map<std::string, std::unique_ptr<VerbNode>> next;  // words and markers
  std::vector<std::pair<std::string, std::unique_ptr<VerbNode>>> synsets;  // in file order
  std::unique_ptr<VerbInfo> info;  // set on the node that ends a pattern

  const VerbNode* Child(const std::string& key) const;
  bool Has(const std::string& key) const { return next.count(key) > 0; }
  // True when "#" is the only continuation.
  bool OnlyEnd() const { return next.size() == 1 && Has("#") && synsets.empty(); }
  VerbNode* Add(const std::string& key);
  VerbNode* AddSynset(const std::string& name);
};

class VerbDictionary {
 public:
  // Reads one verb file; malformed lines are reported and skipped.
  Status Load(const std::string& path, LoadReport* report);
  void LoadLines(const std::vector<DictLine>& lines, const std::string& file,
                 LoadReport* report);

  // The stored forms of a verb word ("SAID" -> node whose "#" leads to its data).
  const VerbNode* Verb(const std::string& word) const;
  // The pattern trie of a block verb ("SAY").
  const VerbNode* Patterns(const std::string& meaning) const;
  // Length of the longest phrase of synset `name` ("&CURRENCY") found in `seq` from
  // `at` on, reading forwards (step 1) or backwards (step -1, for the words before a
  // verb, which are stored nearest-first); 0 when none.
  size_t SynsetMatch(const std::string& name, const std::vector<std::string>& seq, long at,
                     int step) const;

  size_t verb_forms() const { return verbs_.size(); }
  // For conversion to other formats: verb forms, block pattern tries (by block verb) and
  // synset members (nullptr for an unknown synset).
  const std::unordered_map<std::string, VerbNode>& verbs() const { return verbs_; }
  const std::unordered_map<std::string, VerbNode>& blocks() const { return patterns_; }
  const std::vector<std::vector<std::string>>* Synset(const std::string& name) const {
    auto it = synsets_.find(name);
    return it == synsets_.end() ? nullptr : &it->second;
  }
  size_t pattern_count() const { return pattern_count_; }

 private:
  class Reader;
  std::unordered_map<std::string, VerbNode> verbs_;
  std::unordered_map<std::string, VerbNode> patterns_;
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> synsets_;
  size_t pattern_count_ = 0;
};

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_VERB_DICTIONARY_H_
