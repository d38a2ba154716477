// Large and pathological inputs: a 100 MB single-line document, long runs of
// digits, of "very", of whitespace and of dates, and a rule that backtracks
// exponentially. Each must finish (a hang is caught by `timeout` in the
// command, never by a timed assertion) with correct offsets and counts, and a
// rule that hits PCRE2's match limit is reported as a warning.
// DATELINE_BIG_INPUT_MB shrinks the big document (the sanitizer run uses 10).
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/temp_path.h"

namespace {

namespace fs = std::filesystem;

struct Run {
  int status = -1;
  std::string out, err;
};

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

fs::path temp_path(const std::string& name) {
  return dateline::test::process_temp_path("dateline_large_" + name);
}

Run run_on(const fs::path& input, const std::string& args) {
  fs::path out = temp_path("out"), err = temp_path("err");
  std::string command = "timeout 900 \"" DATELINE_BINARY "\" extract \"" + input.string() + "\" " + args + " > \"" +
                        out.string() + "\" 2> \"" + err.string() + "\"";
  int raw = std::system(command.c_str());
  Run r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  fs::remove(out);
  fs::remove(err);
  return r;
}

fs::path write_repeated(const std::string& name, const std::string& unit, std::size_t times,
                        const std::string& tail = "") {
  fs::path path = temp_path(name);
  std::ofstream file(path, std::ios::binary);
  for (std::size_t i = 0; i < times; ++i) file << unit;
  file << tail;
  return path;
}

bool binary_missing() {
  if (fs::exists(DATELINE_BINARY)) return false;
  MESSAGE("skipped: the dateline binary is not built");
  return true;
}

}  // namespace

TEST_CASE("robust: a 100 MB single-line document with invalid bytes keeps every expression and offset") {
  if (binary_missing()) return;
  std::size_t megabytes = 100;
  if (const char* mb = std::getenv("DATELINE_BIG_INPUT_MB")) megabytes = std::stoul(mb);
  // 1,024 bytes: one date, one invalid byte (a U+FFFD character in the
  // output text), no newline.
  std::string unit = "It will vote on Nov. 5 \xff ";
  unit += std::string(1024 - unit.size(), 'a');
  const std::size_t units = megabytes * 1024;
  fs::path big = write_repeated("big.txt", unit, units);
  Run r = run_on(big, "--pub-date 2024-10-02 --format jsonl");
  fs::remove(big);
  CHECK(r.status == 0);
  auto doc = nlohmann::json::parse(r.out);
  const auto& timexes = doc["timexes"];
  REQUIRE(timexes.size() == units);
  // Each unit is 1,024 bytes and 1,024 characters (the bad byte becomes one character).
  CHECK(timexes[0]["begin"] == 16);
  CHECK(timexes[units - 1]["begin"] == (units - 1) * 1024 + 16);
  CHECK(timexes[units - 1]["end"] == (units - 1) * 1024 + 22);
  CHECK(timexes[units - 1]["value"] == "2024-11-05");
  // Ten warnings name bytes, then one line counts the rest.
  CHECK(r.err.find("(byte 23) invalid UTF-8 replaced by U+FFFD") != std::string::npos);
  CHECK(r.err.find(std::to_string(units - 10) + " more invalid bytes replaced by U+FFFD (the last at byte " +
                   std::to_string((units - 1) * 1024 + 23) + ")") != std::string::npos);
}

TEST_CASE("robust: long runs of digits, of 'very', of whitespace and of dates finish") {
  if (binary_missing()) return;
  struct Case {
    const char* name;
    std::string unit;
    std::size_t times;
    std::string tail;
    std::size_t timexes;
  };
  const Case cases[] = {
      {"digits", "1 ", 1'000'000, "", 0},
      {"one-number", "9", 5'000'000, "", 0},
      {"very", "very ", 1'000'000, "long ago", 0},
      {"whitespace", " \t\n", 2'000'000, "Monday", 1},
      {"dates", "Nov. 5 ", 200'000, "", 200'000},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.name));
    fs::path input = write_repeated(c.name, c.unit, c.times, c.tail);
    Run r = run_on(input, "--pub-date 2024-10-02 --format jsonl");
    fs::remove(input);
    CHECK(r.status == 0);
    auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["timexes"].size() == c.timexes);
  }
}

TEST_CASE("robust: a rule that hits PCRE2's match limit is reported as a warning, not hung on") {
  if (binary_missing()) return;
  fs::path rules = temp_path("rules");
  fs::remove_all(rules);
  fs::copy(fs::path(DATELINE_SOURCE_DIR) / "rules", rules, fs::copy_options::recursive);
  // Nested quantifiers: exponential backtracking on numbers with no [xy] after them.
  std::ofstream(rules / "en" / "catastrophic.rules") << "reference: 2024-10-02\n\n"
                                                        "rule: catastrophic\n"
                                                        "pattern: (?:(?:\\d+)+ ?)+[xy](?<year>\\d{4})\n"
                                                        "type: DATE\n"
                                                        "example: 1 1 y2024 => 2024\n";
  std::string numbers;
  for (int i = 0; i < 40; ++i) numbers += "1111111111 ";
  fs::path input = write_repeated("numbers.txt", numbers, 1, "and on Nov. 5");
  Run r = run_on(input, "--pub-date 2024-10-02 --format jsonl --rules \"" + rules.string() + "\"");
  fs::remove(input);
  fs::remove_all(rules);
  CHECK(r.status == 0);
  CHECK_MESSAGE(r.err.find("rule 'catastrophic' gave up at byte 0: match limit exceeded") != std::string::npos, r.err);
  auto doc = nlohmann::json::parse(r.out);
  REQUIRE(doc["timexes"].size() >= 1);
  CHECK(doc["timexes"].back()["value"] == "2024-11-05");  // the other rules still ran
}
