// parley validate petrarch RECORDS.xml [--dicts DIR] — PETRARCH's unit-test records,
// coded by the PETRARCH-1 emulation over their Penn trees, or with --raw [--syntax S] by
// Parley's own pipeline from their text (docs/peers-petrarch.md).
#include <cstdio>
#include <memory>
#include <string>

#include "commands.h"
#include "peers/petrarch/raw_validation.h"
#include "peers/petrarch/validation.h"
#include "validate_command.h"

namespace parley::cli {

namespace {

struct ValidatePetrarchArgs {
  std::string records;
  std::string dicts;
  std::string explain;
  bool quiet = false;
  bool raw = false;
  std::string syntax = "tag";
};

std::string EventList(const auto& events) {
  std::string out;
  for (const auto& e : events) {
    if (!out.empty()) out += ", ";
    out += e.source + " " + e.target + " " + e.code;
  }
  return out.empty() ? "(none)" : out;
}

void PrintFailure(const petrarch::RecordOutcome& f) {
  std::printf("FAIL %s (line %zu)\n", f.id.c_str(), f.line);
  if (!f.text.empty()) std::printf("  text:     %s\n", f.text.c_str());
  if (!f.expected_error.empty() || !f.raised_error.empty()) {
    std::printf("  expected error: %s   raised: %s\n",
                f.expected_error.empty() ? "(none)" : f.expected_error.c_str(),
                f.raised_error.empty() ? "(none)" : f.raised_error.c_str());
  }
  std::printf("  expected: %s\n  coded:    %s%s\n", EventList(f.expected).c_str(),
              EventList(f.coded).c_str(), f.abandoned ? "   (coding stopped early)" : "");
  if (!f.failure_class.empty()) {
    std::printf("  class:    %s: %s\n", f.failure_class.c_str(), f.why.c_str());
  }
}

Result<petrarch::ValidationReport> Validate(const ValidatePetrarchArgs& args) {
  if (!args.raw) {
    petrarch::ValidationOptions options;
    options.dict_dir = args.dicts;
    options.explain_id = args.explain;
    return petrarch::RunValidation(args.records, options);
  }
  using S = PipelineOptions::Syntax;
  petrarch::RawValidationOptions options;
  options.dict_dir = args.dicts;
  options.syntax = args.syntax == "off"     ? S::kOff
                   : args.syntax == "parse" ? S::kParse
                   : args.syntax == "all"   ? S::kParseAll
                                            : S::kTag;
  return petrarch::RunRawValidation(args.records, options);
}

int RunValidatePetrarch(const ValidatePetrarchArgs& args) {
  if (args.raw && !args.explain.empty()) {
    std::fprintf(stderr, "parley validate petrarch: --explain needs the tree mode (no --raw)\n");
    return 2;
  }
  auto report = Validate(args);
  if (!report.ok()) {
    std::fprintf(stderr, "parley validate petrarch: %s\n", report.status().ToString().c_str());
    return 1;
  }
  const auto& r = report.value();
  for (const auto& w : r.warnings) std::fprintf(stderr, "%s\n", w.c_str());
  if (!args.quiet) {
    for (const auto& f : r.failures) PrintFailure(f);
  }
  if (!r.explained.empty()) {
    std::string line;
    for (const auto& item : r.explained) line += item + " ";
    std::printf("%s: %s\n", args.explain.c_str(), line.c_str());
  }
  if (args.raw) {
    std::printf("raw mode, --syntax %s: %s\n", args.syntax.c_str(), r.dictionaries.c_str());
  }
  if (!r.failure_classes.empty()) {
    std::string line;
    for (const auto& [name, n] : r.failure_classes) {
      line += (line.empty() ? "" : ", ") + name + " " + std::to_string(n);
    }
    std::printf("failures by class: %s\n", line.c_str());
  }
  if (args.raw) {
    std::printf("%d checked records have a text that differs from their tree\n",
                r.text_differs);
  }
  std::printf("dictionaries loaded in %.3f s; %d records coded in %.3f s; %d skipped by "
              "category\n",
              r.load_seconds, r.passed + r.failed, r.code_seconds, r.skipped);
  std::printf("%d passed, %d failed\n", r.passed, r.failed);
  return r.failed == 0 ? 0 : 1;
}

}  // namespace

void RegisterValidatePetrarchCommand(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ValidatePetrarchArgs>();
  CLI::App* cmd = ValidateCommand(app)->add_subcommand(
      "petrarch", "Run PETRARCH's unit-test records with their own dictionaries");
  cmd->add_option("records", args->records, "Validation records (PETR.UnitTest.records.xml)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--dicts", args->dicts,
                  "Folder of the dictionaries the <Environment> names (default: the records' "
                  "folder)")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--explain", args->explain,
                  "Print the coded linear parse (PETRARCH's ParseList) of this record id");
  cmd->add_flag("--raw", args->raw,
                "Code each record's text with Parley's own pipeline (the dictionaries "
                "converted as --dict-format phoenix does) instead of its Penn tree");
  cmd->add_option("--syntax", args->syntax,
                  "With --raw: off, tag, parse or all, as for parley code")
      ->check(CLI::IsMember({"off", "tag", "parse", "all"}))
      ->capture_default_str();
  cmd->add_flag("-q,--quiet", args->quiet, "Print only the summary");
  cmd->callback([args, exit_code] { *exit_code = RunValidatePetrarch(*args); });
}

}  // namespace parley::cli
