// peers/petrarch/records.h — PETRARCH's XML sentence files and validation records.
//
// <Sentences><Sentence date="YYYYMMDD" id="..." ...><Text>..</Text><Parse>..</Parse>
// </Sentence>...; validation files wrap them in <Validation> with an <Environment>
// (<Verbfile>, <Actorfile>, <Agentfile>, <Discardfile>, <Include>, <Exclude>), add
// <EventCoding sourcecode= targetcode= eventcode=> (or noevents=, or error=) to each
// sentence, and may place <Config option= value=> between sentences; <Stop/> ends
// the run and <Skip/> inside a sentence skips it.
#ifndef PARLEY_PEERS_PETRARCH_RECORDS_H_
#define PARLEY_PEERS_PETRARCH_RECORDS_H_

#include <string>
#include <vector>

#include "parley/status.h"

namespace parley::petrarch {

struct ExpectedEvent {
  std::string source, target, code;
};

struct SentenceRecord {
  std::string id, date, category;
  size_t line = 0;  // where <Sentence> starts in the file
  std::string text, parse;
  std::vector<ExpectedEvent> expected;  // empty for noevents
  std::string error;                    // expected error ("dateline", "storydiscard")
  bool skip = false;
};

struct RecordItem {
  enum class Kind { kSentence, kConfig, kStop } kind = Kind::kSentence;
  SentenceRecord sentence;     // kSentence
  std::string option, value;   // kConfig
};

struct RecordFile {
  // From <Environment>; empty when absent.
  std::string verb_file, actor_file, agent_file, discard_file;
  std::vector<std::string> include, exclude;
  std::vector<RecordItem> items;
};

// Reads a whole file. Corruption names the file and line of malformed XML.
Result<RecordFile> ReadRecordFile(const std::string& path);
Result<RecordFile> ParseRecords(const std::string& xml, const std::string& name);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_RECORDS_H_
