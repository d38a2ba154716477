// Replays the fuzz corpus in the ordinary build: every file under
// fixtures/fuzz/<target>/ (the seeds, and every input a fuzzer ever broke an
// invariant with) goes through the same check as the libFuzzer target
// fuzz_<target> (fuzz/fuzz_checks.h), so a fixed crash stays fixed.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "fuzz/fuzz_checks.h"
#include "fuzz/timex3_value.h"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("fuzz corpus replay: every file under fixtures/fuzz/<target>/ keeps its target's invariants") {
  const fs::path root = fs::path(DATELINE_SOURCE_DIR) / "fixtures" / "fuzz";
  REQUIRE(fs::is_directory(root));
  std::size_t replayed = 0;
  for (const auto& dir : fs::directory_iterator(root)) {
    if (!dir.is_directory()) continue;
    const std::string target = dir.path().filename().string();
    auto check = dateline::fuzz::check_for_target(target);
    REQUIRE_MESSAGE(static_cast<bool>(check), "fixtures/fuzz/" << target << " has no fuzz target of that name");
    for (const auto& file : fs::recursive_directory_iterator(dir.path())) {
      if (!file.is_regular_file()) continue;
      INFO("input: " << fs::relative(file.path(), root).string());
      CHECK(check(read_file(file.path())) == "");
      ++replayed;
    }
  }
  MESSAGE("replayed " << replayed << " fuzz inputs");
  CHECK(replayed >= 20);
}

TEST_CASE("the TIMEX3 value validator accepts TimeML values and rejects nonsense") {
  using dateline::TimexType;
  using dateline::fuzz::check_timex3_value;
  for (const char* good : {"2024-10-02", "2024", "199", "199X", "19", "2024-11", "2024-W45", "2024-W45-WE",
                           "2020-W53", "2024-Q4", "2024-QX", "2024-H2", "2024-FA", "2024-10-02TNI",
                           "2024-10-02T18:30", "2024-10-02T18:30:59", "1989-10-27T24", "PRESENT_REF",
                           "XXXX-WXX-1", "XXXX-10", "0001-01-01", "9999-12-31", "2024-02-29"})
    CHECK_MESSAGE(check_timex3_value(TimexType::Date, good) == "", std::string(good));
  for (const char* bad : {"2882-01-5", "2024-13", "2024-02-30", "2023-02-29", "0000", "10000", "2024-W54",
                          "2024-W53", "2024-Q5", "2024-H3", "2024-10-02T25:00", "2024-10-02T24:30", "2024-10T10",
                          "2024-", "", "P2W", "-2024", "2024-10-02TXY", "24x"})
    CHECK_MESSAGE(check_timex3_value(TimexType::Date, bad) != "", std::string(bad));
  for (const char* good : {"P2W", "P1Y6M", "PT4H", "PXY", "P1DE", "P2L", "PT1H30M", "P2.5Y", "P1Q"})
    CHECK_MESSAGE(check_timex3_value(TimexType::Duration, good) == "", std::string(good));
  for (const char* bad : {"P", "PT", "2024", "P2", "PY", "P-2Y", "P2Z", "P99999999999999Y1"})
    CHECK_MESSAGE(check_timex3_value(TimexType::Duration, bad) != "", std::string(bad));
  CHECK(check_timex3_value(TimexType::Set, "P1D") == "");
  CHECK(check_timex3_value(TimexType::Set, "XXXX-WXX-4") == "");
  CHECK(check_timex3_value(TimexType::Set, "XXXX-13") != "");
}
