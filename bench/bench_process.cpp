#include "bench/bench_process.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <stdexcept>

namespace dateline::bench {

ProcessCost run_process(const std::vector<std::string>& argv, const std::string& stdin_path) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  // fork + exec rather than posix_spawn: a vfork-style child shares this
  // process's memory until exec, and the kernel would report this process's
  // peak as the child's peak resident memory.
  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("cannot start " + argv[0] + ": fork failed");
  if (pid == 0) {
    int in = open(stdin_path.c_str(), O_RDONLY);
    int out = open("/dev/null", O_WRONLY);
    if (in < 0 || out < 0 || dup2(in, STDIN_FILENO) < 0 || dup2(out, STDOUT_FILENO) < 0) _exit(127);
    execv(args[0], args.data());
    _exit(127);
  }

  int status = 0;
  struct rusage usage {};
  while (wait4(pid, &status, 0, &usage) < 0)
    if (errno != EINTR) throw std::runtime_error("wait4 failed for " + argv[0]);
  auto end = std::chrono::steady_clock::now();

  auto seconds = [](const timeval& tv) { return static_cast<double>(tv.tv_sec) + tv.tv_usec / 1e6; };
  ProcessCost cost;
  cost.wall_seconds = std::chrono::duration<double>(end - start).count();
  cost.cpu_seconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
  cost.peak_rss_kb = usage.ru_maxrss;
  cost.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return cost;
}

}  // namespace dateline::bench
