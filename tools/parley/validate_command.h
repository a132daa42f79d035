// tools/parley/validate_command.h — the shared "validate" parent subcommand; each peer
// (tabari, petrarch) adds its own subcommand under it.
#ifndef PARLEY_TOOLS_VALIDATE_COMMAND_H_
#define PARLEY_TOOLS_VALIDATE_COMMAND_H_

#include <CLI/CLI.hpp>

namespace parley::cli {

// Returns the existing "validate" subcommand of app, or adds it.
inline CLI::App* ValidateCommand(CLI::App& app) {
  try {
    return app.get_subcommand("validate");
  } catch (const CLI::OptionNotFound&) {
    CLI::App* cmd = app.add_subcommand("validate", "Run a peer coder's validation suite");
    cmd->require_subcommand(1);
    return cmd;
  }
}

}  // namespace parley::cli

#endif  // PARLEY_TOOLS_VALIDATE_COMMAND_H_
