// Each subcommand lives in its own file and exposes one setup function that
// registers its options and callback on the main App. main.cpp only wires them.
//
// Exit status, for every subcommand: 0 all inputs fine, 1 some inputs failed
// (each named on stderr, the rest still processed), 2 usage error. A callback
// reports 1 by throwing CLI::RuntimeError(1).
#pragma once

namespace CLI {
class App;
}

namespace dateline::cli {

void setup_extract(CLI::App& app);
void setup_explain(CLI::App& app);
void setup_eval(CLI::App& app);
void setup_timeline(CLI::App& app);

}  // namespace dateline::cli
