// tools/parley/cmd_validate_tabari.cc — `parley validate tabari PROJECT`: codes TABARI's
// validation suite with the project's own dictionaries and options, prints each failure
// (expected vs coded) and ends with "N passed, N failed".
#include <cstdio>
#include <memory>
#include <string>

#include "commands.h"
#include "peers/tabari/validation.h"
#include "validate_command.h"

namespace parley::cli {
namespace {

struct ValidateTabariArgs {
  std::string project;
  bool warnings = false;
};

int RunValidateTabari(const ValidateTabariArgs& args) {
  Result<tabari::ValidationReport> r = tabari::RunValidation(args.project);
  if (!r.ok()) {
    std::fprintf(stderr, "parley validate tabari: %s\n", r.status().message().c_str());
    return 1;
  }
  if (args.warnings) {
    for (const std::string& w : r->warnings) std::fprintf(stderr, "%s\n", w.c_str());
  }
  for (const tabari::ValidationFailure& f : r->failures) {
    std::printf("FAIL %s (%s)\n  expected: %s\n  coded:    %s\n", f.id.c_str(), f.where.c_str(),
                f.expected.c_str(), f.coded.c_str());
  }
  std::printf("events matched: %d of %d; dictionaries loaded in %.3f s; %zu dictionary lines skipped\n",
              r->events_matched, r->events_expected, r->load_seconds, r->warnings.size());
  std::printf("%d passed, %d failed\n", r->passed, r->failed);
  return r->failed == 0 ? 0 : 1;
}

}  // namespace

void RegisterValidateTabariCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ValidateTabariArgs>();
  CLI::App* cmd = ValidateCommand(app)->add_subcommand(
      "tabari", "Run TABARI's validation suite (a .project file) with its own dictionaries");
  cmd->add_option("project", args->project, "TABARI .project file, e.g. Validate.project")->required();
  cmd->add_flag("--warnings", args->warnings, "Print skipped dictionary lines as file:line: reason");
  cmd->callback([args, exit_code] { *exit_code = RunValidateTabari(*args); });
}

}  // namespace parley::cli
