// dateline: find, normalize and order the temporal expressions of news text.
#include <CLI/CLI.hpp>

#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"dateline: find and normalize temporal expressions (TimeML TIMEX3) in news text"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dateline 0.1.0");
  dateline::cli::setup_extract(app);
  dateline::cli::setup_explain(app);
  dateline::cli::setup_eval(app);
  dateline::cli::setup_timeline(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::RuntimeError& e) {
    return e.get_exit_code();
  } catch (const CLI::ParseError& e) {
    // CLI11 reports usage errors with code 1..; dateline's contract is 2.
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return 0;
}
