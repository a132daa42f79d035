// tools/parley/commands.h — each cmd_*.cc registers its subcommands on the CLI11 app.
// A subcommand's callback stores its exit status in *exit_code (0 ok, 1 failure or
// skipped input, 2 usage error).
#ifndef PARLEY_TOOLS_COMMANDS_H_
#define PARLEY_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>

namespace parley::cli {

void RegisterCodeCommand(CLI::App& app, int* exit_code);
void RegisterValidatePetrarchCommand(CLI::App& app, int* exit_code);
// query, export (cmd_query.cc), timeline, stories: read the event store.
void RegisterQueryCommands(CLI::App& app, int* exit_code);
void RegisterTimelineCommand(CLI::App& app, int* exit_code);
void RegisterStoriesCommand(CLI::App& app, int* exit_code);
void RegisterValidateTabariCommand(CLI::App& app, int* exit_code);
void RegisterExtractCommand(CLI::App& app, int* exit_code);
// train tagger|parser, eval parse, parse (cmd_syntax.cc).
void RegisterSyntaxCommands(CLI::App& app, int* exit_code);

}  // namespace parley::cli

#endif  // PARLEY_TOOLS_COMMANDS_H_
