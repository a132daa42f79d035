// parley — command-line front-end. Thin: every subcommand calls the library.
#include "commands.h"

int main(int argc, char** argv) {
  CLI::App app{"Parley: news text in, CAMEO/PLOVER event data out"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "parley 0.1.0");
  int exit_code = 0;
  parley::cli::RegisterCodeCommand(app, &exit_code);
  parley::cli::RegisterValidatePetrarchCommand(app, &exit_code);
  parley::cli::RegisterQueryCommands(app, &exit_code);
  parley::cli::RegisterTimelineCommand(app, &exit_code);
  parley::cli::RegisterStoriesCommand(app, &exit_code);
  parley::cli::RegisterValidateTabariCommand(app, &exit_code);
  parley::cli::RegisterExtractCommand(app, &exit_code);
  parley::cli::RegisterSyntaxCommands(app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  return exit_code;
}
