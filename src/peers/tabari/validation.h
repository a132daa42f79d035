// peers/tabari/validation.h — runs TABARI's validation suite (manual 10.1): each record of
// the project's .text files carries its expected events in {SRC / TGT / EVENT} blocks, or
// {---} (no events), {###} (discard), {+++} (complex); {OPTION: ...} changes the options.
// The standard suite ends at the record that says "end of the standard validation records".
#ifndef PARLEY_PEERS_TABARI_VALIDATION_H_
#define PARLEY_PEERS_TABARI_VALIDATION_H_

#include <string>
#include <vector>

#include "parley/status.h"

namespace parley::tabari {

struct ValidationFailure {
  std::string id;       // record id, e.g. "DEMO-04"
  std::string where;    // file:line
  std::string expected; // "{ DAG / GON / 032 } { GON / DAG / 033 }"
  std::string coded;    // same form, or "(complex: reason)" etc.
};

struct ValidationReport {
  int passed = 0, failed = 0;
  int events_expected = 0, events_matched = 0;
  double load_seconds = 0, code_seconds = 0;
  std::vector<ValidationFailure> failures;
  std::vector<std::string> warnings;  // dictionary lines that were skipped
};

// Loads the project's dictionaries and options and checks every record.
Result<ValidationReport> RunValidation(const std::string& project_path);

}  // namespace parley::tabari

#endif  // PARLEY_PEERS_TABARI_VALIDATION_H_
