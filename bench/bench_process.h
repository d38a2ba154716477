// Running the `dateline` binary as a child process and reading what it cost:
// wall time, CPU time (user + system) and peak resident memory.
#pragma once

#include <string>
#include <vector>

namespace dateline::bench {

struct ProcessCost {
  double wall_seconds = 0;
  double cpu_seconds = 0;     // user + system, all threads
  long peak_rss_kb = 0;       // getrusage ru_maxrss of the child
  int exit_code = 0;          // -1 when it did not exit normally
};

// Runs `argv` (argv[0] is the program path) with stdin from `stdin_path` and
// stdout to /dev/null (stderr is kept). Throws std::runtime_error when the
// process cannot be forked; a program that cannot be executed exits with 127.
// The child's peak resident memory includes what this process had resident
// when it forked, so measure memory before loading anything big.
ProcessCost run_process(const std::vector<std::string>& argv, const std::string& stdin_path = "/dev/null");

}  // namespace dateline::bench
