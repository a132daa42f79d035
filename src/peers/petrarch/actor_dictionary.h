// peers/petrarch/actor_dictionary.h — PETRARCH actor and agent dictionaries.
//
// Actors: "PHRASE [CODE]" records, "+SYNONYM" lines sharing the record's codes, and
// tab-indented date restrictions "[CODE <YYMMDD]", "[CODE >YYYYMMDD]",
// "[CODE YYMMDD-YYMMDD]" (bounds inclusive) or "[CODE]" (default). "---STOP---" ends a
// file. Agents: "PHRASE {PLURAL} [~AGT]" (or "[AGT~]" to prefix), regular plurals when
// no {...}, "{}" for none, and "!MARKER! = A, B" substitution sets used as "CONGRESS!PERSON!".
// Unlike PETRARCH, the last record of each actor file keeps its own codes.
// Immutable after loading; safe to share between threads.
#ifndef PARLEY_PEERS_PETRARCH_ACTOR_DICTIONARY_H_
#define PARLEY_PEERS_PETRARCH_ACTOR_DICTIONARY_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "parley/status.h"
#include "peers/petrarch/dict_lines.h"
#include "peers/petrarch/noun_phrase.h"

namespace parley::petrarch {

// Days since 1 Jan 1601 (PETRARCH's ordinal dates) for "YYYYMMDD" or "YYMMDD" (YY <= 30
// means 20YY). Returns -1 for an invalid date.
int OrdinalDate(std::string_view text);

struct DatedCode {
  enum class Kind { kDefault, kBefore, kAfter, kBetween } kind = Kind::kDefault;
  int from = 0, to = 0;
  std::string code;
};

struct ActorEntry {
  NounPhrase phrase;
  size_t codes = 0;  // index into ActorDictionary's code lists
  size_t order = 0;  // position in load order (the record's own line comes first)
};

class ActorDictionary {
 public:
  Status Load(const std::string& path, LoadReport* report);
  void LoadLines(const std::vector<DictLine>& lines, const std::string& file,
                 LoadReport* report);

  // Finds the first actor phrase at words[start]; on success sets *length and returns
  // its code on `date` (ordinal), "" when the word starts no actor.
  std::string Match(const std::vector<std::string>& words, size_t start, int date,
                    size_t* length) const;
  size_t size() const { return entries_; }

  // For conversion to other formats: phrases by first word, and the code lists.
  const std::unordered_map<std::string, std::vector<ActorEntry>>& entries() const {
    return by_first_word_;
  }
  const std::vector<std::vector<DatedCode>>& code_lists() const { return codes_; }

 private:
  std::string CodeOn(size_t index, int date) const;
  void Restriction(const DictLine& line, const std::string& file, LoadReport* report);

  std::unordered_map<std::string, std::vector<ActorEntry>> by_first_word_;
  std::vector<std::vector<DatedCode>> codes_;
  std::vector<DatedCode> current_;  // codes of the record being read
  size_t entries_ = 0;
};

struct AgentEntry {
  NounPhrase phrase;
  std::string code;  // "~GOV" (append) or "NGO~" (prepend)
};

class AgentDictionary {
 public:
  Status Load(const std::string& path, LoadReport* report);
  void LoadLines(const std::vector<DictLine>& lines, const std::string& file,
                 LoadReport* report);
  // The first agent phrase at words[start], or nullptr; sets *length on success.
  const AgentEntry* Match(const std::vector<std::string>& words, size_t start,
                          size_t* length) const;
  size_t size() const { return entries_; }
  // For conversion to other formats: phrases by first word.
  const std::unordered_map<std::string, std::vector<AgentEntry>>& entries() const {
    return by_first_word_;
  }

 private:
  void Store(const std::string& text, const std::string& code);
  std::unordered_map<std::string, std::vector<AgentEntry>> by_first_word_;
  std::unordered_map<std::string, std::vector<std::string>> markers_;
  size_t entries_ = 0;
};

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_ACTOR_DICTIONARY_H_
