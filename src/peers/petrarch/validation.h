// peers/petrarch/validation.h — running a PETRARCH validation file (unit-test records).
//
// Loads the dictionaries its <Environment> names (from the records' folder, or from
// `dict_dir`), applies <Config> options in file order, codes every sentence whose
// category is included, and compares the coded events with the <EventCoding>s as
// PETRARCH does: every coded event must pair with a distinct expected one and vice
// versa; an expected error ("dateline", "sentencediscard", ...) must be the one raised.
#ifndef PARLEY_PEERS_PETRARCH_VALIDATION_H_
#define PARLEY_PEERS_PETRARCH_VALIDATION_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "parley/status.h"
#include "peers/petrarch/records.h"
#include "peers/petrarch/tree_coder.h"

namespace parley::petrarch {

struct RecordOutcome {
  std::string id;
  size_t line = 0;
  bool passed = false;
  std::vector<ExpectedEvent> expected;
  std::vector<CodedEvent> coded;
  std::string expected_error, raised_error;  // "" when none
  bool abandoned = false;
  std::string text;  // the sentence as coded (raw mode only)
  // Raw mode: the failure class (raw_validation.h) and what it rests on.
  std::string failure_class, why;
  bool text_matches_tree = true;  // raw mode: raw_validation.h TextMatchesTree
};

struct ValidationReport {
  int passed = 0, failed = 0, skipped = 0;
  std::vector<RecordOutcome> failures;
  std::vector<std::string> warnings;  // dictionary problems, "file:line: reason"
  double load_seconds = 0, code_seconds = 0;
  std::vector<std::string> explained;  // linear parse of the record named by explain_id
  std::string dictionaries;            // what was loaded, one line (raw mode only)
  std::map<std::string, int> failure_classes;  // raw mode: failures by class
  int text_differs = 0;  // raw mode: checked records whose text differs from their tree
};

struct ValidationOptions {
  std::string dict_dir;    // "" = the folder of the records file
  std::string explain_id;  // record whose coded linear parse to return, if any
};

Result<ValidationReport> RunValidation(const std::string& records_path,
                                       const ValidationOptions& options);

// Whether the suite checks `record`: not <Skip/>ped, and its category included by the
// file's <Include> and not <Exclude>d.
bool IsChecked(const RecordFile& file, const SentenceRecord& record);

// Calls code(record, options) for each record the suite checks, in file order, with the
// <Config> options in force at that point; counts the unchecked ones in report->skipped
// and reports bad <Config> lines in report->warnings. Stops at <Stop/>.
void ForEachCheckedRecord(
    const RecordFile& file, const std::string& records_path, ValidationReport* report,
    const std::function<void(const SentenceRecord&, const CoderOptions&)>& code);

// Scores one record against what the coder produced (exposed for tests).
RecordOutcome ScoreRecord(const SentenceRecord& record, const SentenceResult& result);

}  // namespace parley::petrarch

#endif  // PARLEY_PEERS_PETRARCH_VALIDATION_H_
