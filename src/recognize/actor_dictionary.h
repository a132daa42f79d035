// recognize/actor_dictionary.h — actors (with dated roles) and agents, in Parley's format.
//
// Format: docs/dictionaries.md. Loading never stops at a bad line: each is reported as
// "file:line: reason" in problems() and skipped.
#ifndef PARLEY_RECOGNIZE_ACTOR_DICTIONARY_H_
#define PARLEY_RECOGNIZE_ACTOR_DICTIONARY_H_

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "parley/article.h"
#include "parley/status.h"
#include "recognize/phrase_index.h"

namespace parley {

struct ActorRecord {
  std::string code;  // "RUSGOV"
  std::string name;  // canonical name
  int64_t from = std::numeric_limits<int64_t>::min();  // days since epoch, inclusive
  int64_t to = std::numeric_limits<int64_t>::max();
  bool dated() const {
    return from != std::numeric_limits<int64_t>::min() ||
           to != std::numeric_limits<int64_t>::max();
  }
};

class ActorDictionary {
 public:
  // Loads every *.txt in `dir`/actors and `dir`/agents.txt (each optional). Records of a
  // later call replace, name by name, those of earlier calls (`--dict DIR` overrides).
  Status LoadDir(const std::string& dir);
  // Loads one actors file / one agents file.
  Status LoadActorsFile(const std::string& path);
  Status LoadAgentsFile(const std::string& path);
  // For dictionaries converted from other formats (peers/petrarch/parley_dictionaries.h):
  // adds one record under each of `names` (the record's name is its canonical name), and
  // one agent phrase whose `role` is one or more 3-letter codes ("GOV", "GOVMIL").
  // Return false (and add nothing) for a bad code or when no name has tokens.
  bool AddRecord(ActorRecord record, const std::vector<std::string>& names);
  bool AddAgent(std::string_view role, std::string_view phrase);

  const PhraseIndex& actor_names() const { return actor_names_; }
  const PhraseIndex& agent_names() const { return agent_names_; }

  // The record a name (phrase id) denotes on `date`: the one whose range holds the date
  // (the narrowest if several); for an unknown date, the undated record or else the most
  // recent one. nullptr when the name has records but none holds the date.
  const ActorRecord* Resolve(int phrase_id, const Date& date) const;
  // Role code ("GOV") of an agent phrase.
  const std::string& AgentRole(int phrase_id) const { return agent_roles_[phrase_id]; }

  size_t record_count() const { return records_.size(); }
  const std::vector<std::string>& problems() const { return problems_; }

 private:
  void AddActor(std::string_view name, uint32_t record);
  void Problem(const std::string& file, size_t line, const std::string& reason);

  PhraseIndex actor_names_;
  PhraseIndex agent_names_;
  std::vector<ActorRecord> records_;
  std::vector<std::vector<uint32_t>> records_of_phrase_;  // by actor phrase id
  std::vector<int> phrase_layer_;                          // load call that last set it
  std::vector<std::string> agent_roles_;                   // by agent phrase id
  int layer_ = 0;
  std::vector<std::string> problems_;
};


}  // namespace parley

#endif  // PARLEY_RECOGNIZE_ACTOR_DICTIONARY_H_
