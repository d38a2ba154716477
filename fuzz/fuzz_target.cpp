// One libFuzzer entry point for every target: the build compiles this file once
// per target with DATELINE_FUZZ_TARGET naming the check (fuzz_checks.h) to run.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fuzz/fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto check = dateline::fuzz::check_for_target(DATELINE_FUZZ_TARGET);
  std::string broken = check(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!broken.empty()) {
    std::fprintf(stderr, "invariant broken (%s): %s\n", DATELINE_FUZZ_TARGET, broken.c_str());
    std::abort();  // libFuzzer saves the input as a crash artifact
  }
  return 0;
}
