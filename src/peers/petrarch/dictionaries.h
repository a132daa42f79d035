// peers/petrarch/dictionaries.h — the set of dictionaries one PETRARCH run codes with.
#ifndef PARLEY_PEERS_PETRARCH_DICTIONARIES_H_
#define PARLEY_PEERS_PETRARCH_DICTIONARIES_H_

#include <string>
#include <vector>

#include "parley/status.h"
#include "peers/petrarch/actor_dictionary.h"
#include "peers/petrarch/dict_lines.h"
#include "peers/petrarch/discard_list.h"
#include "peers/petrarch/issue_list.h"
#include "peers/petrarch/verb_dictionary.h"

namespace parley::petrarch {

struct DictionaryFiles {
  std::string verbs;                // required
  std::vector<std::string> actors;  // at least one
  std::string agents;               // required
  std::string discards;             // optional
  std::string issues;               // optional
};

// The files PETRARCH-2 ships for operational coding, inside `dir`.
DictionaryFiles PhoenixFiles(const std::string& dir);

struct Dictionaries {
  VerbDictionary verbs;
  ActorDictionary actors;
  AgentDictionary agents;
  DiscardList discards;
  IssueList issues;

  // Loads every file; an unreadable file is an error, malformed records are reported
  // in `report` ("file:line: reason") and skipped.
  Status Load(const DictionaryFiles& files, LoadReport* report);
};

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_DICTIONARIES_H_
