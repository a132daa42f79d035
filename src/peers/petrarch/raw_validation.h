// peers/petrarch/raw_validation.h — PETRARCH's unit-test records coded from their raw
// text by Parley's own pipeline (`parley validate petrarch RECORDS.xml --raw`).
//
// The tree mode (validation.h) runs the PETRARCH-1 emulation over each record's Penn
// tree. The raw mode ignores the tree: each record's <Text> becomes a one-sentence
// Article dated with the record's date, and Parley's Pipeline codes it (tokenizer, actor
// finder, and the code stage at the chosen syntax level) with the validation
// dictionaries of the <Environment> converted by the Phoenix converter
// (parley_dictionaries.h). The coded events are normalised to PETRARCH's way of writing
// them (NormalizeEvents) and scored with the tree mode's rule (ScoreRecord). Records the
// suite does not check (<Skip/>, categories outside <Include>) are skipped the same way.
#ifndef PARLEY_PEERS_PETRARCH_RAW_VALIDATION_H_
#define PARLEY_PEERS_PETRARCH_RAW_VALIDATION_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "parley/event.h"
#include "parley/pipeline.h"
#include "parley/status.h"
#include "peers/petrarch/tree_coder.h"
#include "peers/petrarch/validation.h"

namespace parley::petrarch {

struct RawValidationOptions {
  std::string dict_dir;  // "" = the folder of the records file
  PipelineOptions::Syntax syntax = PipelineOptions::Syntax::kTag;
  std::string data_dir;    // Parley's data folder (CAMEO table); "" = the default
  std::string models_dir;  // tagger and parser; "" = the default
};

// How PETRARCH writes the roles of its agent dictionary: role -> true when the agent
// code is a prefix ("[NGO~]": NGOARN), false when a suffix ("[~GOV]": ARNGOV).
using AgentRoles = std::map<std::string, bool>;

// Parley's events of one record, written as PETRARCH writes them:
//  - an agent alone ("the government", Parley: GOV) is "---GOV";
//  - a country with a prefix role (Parley: ARNNGO) is "NGOARN";
//  - a missing source or target drops the event when `require_dyad` (PETRARCH's default),
//    else it is written "---";
//  - events whose source and target codes are equal are dropped (PETRARCH drops
//    self-references), and equal (source, target, code) triples are kept once.
// Event codes are compared as written.
std::vector<CodedEvent> NormalizeEvents(const std::vector<Event>& events,
                                        const AgentRoles& roles, bool require_dyad);

// Whether a record's text says what its tree's leaves say (letters and digits compared,
// case and everything else ignored). Some records were edited in one and not the other
// ("government" in the text, "Congresses" in the tree); raw mode cannot pass those.
bool TextMatchesTree(std::string_view text, std::string_view parse);

Result<ValidationReport> RunRawValidation(const std::string& records_path,
                                          const RawValidationOptions& options);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_RAW_VALIDATION_H_
