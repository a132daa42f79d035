// peers/petrarch/parley_dictionaries.h — PETRARCH / Phoenix dictionaries converted into
// Parley's own ActorDictionary and VerbDictionary, so Parley's coder runs on raw text with
// them (`parley code --dict-format phoenix --dict DIR`; docs/dictionaries.md).
//
// The PETRARCH readers (dictionaries.h) load the files; this converts what maps onto
// Parley's formats and counts what does not:
//  - actors: every phrase of a record with the record's codes; "[CODE]" defaults become
//    undated records, "<D", ">D" and "D-D" restrictions dated ones. Names are written in
//    title case ("UNITED_STATES_" -> "United States", with "of", "the", "and", ... after
//    the first word in lower case: "Prince of Dol Amroth"); one-word names of up to three
//    letters stay in capitals ("US", "UN") and so match only that spelling.
//  - agents: each phrase (plurals included) with its role, "~GOV" and "IGO~" alike.
//  - verbs: each verb form (multi-word verbs "+CORDON_OFF" as adjacent words) with its
//    code; block patterns "- * WORDS [code]" anchored on every single-word form of the
//    block's verbs. Words joined by '_' stay adjacent, words separated by blanks get a
//    `*` gap before them; synsets become alternatives of their one-word members; a
//    target marker '+' ends the pattern or becomes a gap, '^' becomes a gap. Skipped and
//    counted: patterns with words before the verb, a '$' or '%' marker, symmetric codes
//    "a:b", synsets without one-word members, or more than VerbDictionary::kMaxGapsPerPattern
//    gaps; block patterns are not applied to multi-word verbs.
// Discards and issues are not used by Parley's coder.
#ifndef PARLEY_PEERS_PETRARCH_PARLEY_DICTIONARIES_H_
#define PARLEY_PEERS_PETRARCH_PARLEY_DICTIONARIES_H_

#include <map>
#include <string>
#include <vector>

#include "parley/status.h"

namespace parley {
class ActorDictionary;
class VerbDictionary;
}  // namespace parley

namespace parley::petrarch {

struct ConversionReport {
  size_t actor_records = 0, actor_names = 0, actors_skipped = 0;
  size_t agent_phrases = 0, agents_skipped = 0;
  size_t verb_patterns = 0;       // Parley patterns made from verb forms
  size_t block_patterns = 0;      // PETRARCH block patterns converted
  std::map<std::string, size_t> skipped;  // block patterns skipped, by reason
  std::vector<std::string> warnings;      // malformed lines reported by the readers
  size_t skipped_total() const;
  std::string Summary() const;  // one line
};

// Loads the Phoenix dictionaries of `dir` (PhoenixFiles) into `actors` and `verbs`.
// An unreadable file is an error; everything else is counted in `report`.
// (The types are spelt in full: petrarch:: has its own ActorDictionary and VerbDictionary.)
Status LoadPhoenixDictionaries(const std::string& dir, parley::ActorDictionary* actors,
                               parley::VerbDictionary* verbs, ConversionReport* report);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_PARLEY_DICTIONARIES_H_
