// A path under the system's temporary directory that only this test process
// uses: test processes run at once (ctest -j2, two checkouts) and must not
// write over each other's files.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>

namespace dateline::test {

inline std::filesystem::path process_temp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / (name + "." + std::to_string(::getpid()));
}

}  // namespace dateline::test
