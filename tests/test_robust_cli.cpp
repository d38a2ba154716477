// Bad inputs through `dateline extract`, end to end: each is processed (with
// warnings naming byte offsets, and output offsets still right) or rejected
// with an error naming file, line and byte offset, and a documented exit
// status (docs/robustness.md). The inputs live in fixtures/bad/.
#include <doctest/doctest.h>

#include <sys/wait.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/text/utf8.h"
#include "core/timex.h"
#include "fuzz/timex3_value.h"
#include "tests/temp_path.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

const fs::path kBad = fs::path(DATELINE_SOURCE_DIR) / "fixtures" / "bad";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

struct Run {
  int status = -1;
  std::string out, err;
};

// Runs `dateline <args>` from the source directory. A hang is caught by the
// generous `timeout`, never by measuring time (exit 124 fails the check).
Run run(const std::string& args, const std::string& stdin_file = "/dev/null") {
  static int counter = 0;
  fs::path base = dateline::test::process_temp_path("dateline_robust_" + std::to_string(++counter));
  std::string command = "cd \"" DATELINE_SOURCE_DIR "\" && timeout 600 \"" DATELINE_BINARY "\" " + args + " < \"" +
                        stdin_file + "\" > \"" + base.string() + ".out\" 2> \"" + base.string() + ".err\"";
  int raw = std::system(command.c_str());
  Run r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(base.string() + ".out");
  r.err = read_file(base.string() + ".err");
  fs::remove(base.string() + ".out");
  fs::remove(base.string() + ".err");
  return r;
}

std::vector<json> json_lines(const std::string& out) {
  std::vector<json> records;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) records.push_back(json::parse(line));
  return records;
}

// The code points of valid UTF-8 text, one string each.
std::vector<std::string> code_points(const std::string& text) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) out.back() += text[i];
    else out.emplace_back(1, text[i]);
  }
  return out;
}

// The text dateline works on: without a leading BOM, invalid bytes as U+FFFD.
std::string as_processed(std::string raw) {
  if (raw.starts_with("\xEF\xBB\xBF")) raw.erase(0, 3);
  return dateline::repair_utf8(raw);
}

// Every timex's character offsets select its text in `text`, and its value is
// well formed.
void check_offsets_and_values(const json& record, const std::string& text) {
  auto chars = code_points(text);
  for (const auto& t : record["timexes"]) {
    std::size_t begin = t["begin"], end = t["end"];
    REQUIRE(begin < end);
    REQUIRE(end <= chars.size());
    std::string slice;
    for (std::size_t i = begin; i < end; ++i) slice += chars[i];
    CHECK(slice == t["text"].get<std::string>());
    std::string type = t["type"];
    auto kind = type == "DATE" ? dateline::TimexType::Date
                : type == "TIME" ? dateline::TimexType::Time
                : type == "DURATION" ? dateline::TimexType::Duration
                                     : dateline::TimexType::Set;
    CHECK(dateline::fuzz::check_timex3_value(kind, t["value"].get<std::string>()) == "");
  }
}

bool binary_missing() {
  if (fs::exists(DATELINE_BINARY)) return false;
  MESSAGE("skipped: the dateline binary is not built");
  return true;
}

}  // namespace

TEST_CASE("robust: invalid UTF-8, NUL bytes, a BOM, CRLF and an empty file are processed, offsets intact") {
  if (binary_missing()) return;
  struct Case {
    const char* file;
    std::vector<std::string> warnings;  // substrings of stderr
    std::size_t timexes;
  };
  const Case cases[] = {
      {"invalid-utf8.txt",
       {"warning: fixtures/bad/invalid-utf8.txt: (byte 9) invalid UTF-8 replaced by U+FFFD", "(byte 10)",
        "(byte 21)", "(byte 37)"},
       2},
      {"nul-bytes.txt", {"(byte 4) invalid UTF-8 replaced", "(byte 23)", "(byte 24)"}, 2},
      {"bom.txt", {}, 2},
      {"crlf.txt", {}, 3},
      {"empty.txt", {}, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.file));
    Run r = run(std::string("extract fixtures/bad/") + c.file + " --pub-date 2024-10-02 --format jsonl");
    CHECK(r.status == 0);
    for (const auto& w : c.warnings) CHECK_MESSAGE(r.err.find(w) != std::string::npos, r.err);
    if (c.warnings.empty()) CHECK(r.err == "");
    auto records = json_lines(r.out);
    REQUIRE(records.size() == 1);
    CHECK(records[0]["timexes"].size() == c.timexes);
    check_offsets_and_values(records[0], as_processed(read_file(kBad / c.file)));
  }
  // The BOM is not part of the text: "On" starts at character 0.
  auto bom = json_lines(run("extract fixtures/bad/bom.txt --pub-date 2024-10-02 --format jsonl").out);
  CHECK(bom[0]["timexes"][0]["begin"] == 3);
}

TEST_CASE("robust: a binary file is rejected with an error naming file, line and byte offset") {
  if (binary_missing()) return;
  Run r = run("extract fixtures/bad/binary.bin --pub-date 2024-10-02 --format jsonl");
  CHECK(r.status == 1);
  CHECK_MESSAGE(r.err.find("error: fixtures/bad/binary.bin:1: (byte 7) binary data, not "
                           "text") != std::string::npos,
                r.err);
  CHECK(r.err.find("warning") == std::string::npos);  // no warning per byte
  auto records = json_lines(r.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0]["source"] == "fixtures/bad/binary.bin");
  CHECK(records[0]["error"].get<std::string>().find("accepted: UTF-8 text") != std::string::npos);
}

TEST_CASE("robust: a directory or a missing file is an error, not a crash") {
  if (binary_missing()) return;
  Run dir = run("extract fixtures --pub-date 2024-10-02 --format jsonl");
  CHECK(dir.status == 1);
  CHECK(dir.err.find("error: fixtures: cannot read a directory") != std::string::npos);
  Run missing = run("extract fixtures/bad/no-such-file.txt --pub-date 2024-10-02 --format jsonl");
  CHECK(missing.status == 1);
  CHECK(missing.err.find("no-such-file.txt: cannot open file: No such file or directory") != std::string::npos);
}

TEST_CASE("robust: bad TimeML gets one clear error per document naming file, line and byte") {
  if (binary_missing()) return;
  const std::pair<const char*, const char*> cases[] = {
      {"malformed.tml", "fixtures/bad/malformed.tml:5: (byte 217) malformed XML: end tag </TEXT> does not match "
                        "the open <b>"},
      {"no-dct.tml", "fixtures/bad/no-dct.tml:1: (byte 0) no DCT"},
      {"two-dcts.tml", "fixtures/bad/two-dcts.tml:5: (byte 195) a second CREATION_TIME TIMEX3 (the first is at "
                       "line 4)"},
      {"impossible-dct.tml", "fixtures/bad/impossible-dct.tml:4: (byte 56) the DCT value \"1998-02-30\" is not a "
                             "real date"},
      {"invalid-utf8.tml", "fixtures/bad/invalid-utf8.tml:5: (byte 200) not UTF-8"},
      {"dct-inside-text.tml", "fixtures/bad/dct-inside-text.tml:4: (byte 62) the CREATION_TIME TIMEX3 is inside "
                              "<TEXT>; the DCT belongs before <TEXT>"},
  };
  std::string all;
  for (const auto& c : cases) {
    const std::string file = c.first, message = c.second;
    CAPTURE(file);
    Run r = run("extract fixtures/bad/" + file + " --format jsonl");
    CHECK(r.status == 1);
    CHECK_MESSAGE(r.err.find(message) != std::string::npos, r.err);
    auto records = json_lines(r.out);
    REQUIRE(records.size() == 1);
    CHECK(records[0]["error"].get<std::string>().find(message) != std::string::npos);
    all += " fixtures/bad/" + file;
  }
  // All of them at once, with a good one first: an error each, one document.
  Run r = run("extract fixtures/bad/bom-crlf.tml" + all + " --format jsonl");
  CHECK(r.status == 1);
  auto records = json_lines(r.out);
  REQUIRE(records.size() == std::size(cases) + 1);
  CHECK(records[0].contains("timexes"));
  for (std::size_t i = 1; i < records.size(); ++i) CHECK(records[i].contains("error"));
}

TEST_CASE("robust: a TimeML file with a BOM and CRLF line ends is read") {
  if (binary_missing()) return;
  Run r = run("extract fixtures/bad/bom-crlf.tml --format jsonl");
  CHECK(r.status == 0);
  auto records = json_lines(r.out);
  REQUIRE(records.size() == 1);
  CHECK(records[0]["timexes"].size() == 2);
  CHECK(records[0]["timexes"][0]["text"] == "Friday");
  CHECK(records[0]["timexes"][0]["value"] == "1998-01-02");
}

TEST_CASE("robust: a JSON Lines batch accounts for every input line") {
  if (binary_missing()) return;
  const std::string batch = read_file(kBad / "batch.jsonl");
  const std::size_t lines = static_cast<std::size_t>(std::count(batch.begin(), batch.end(), '\n'));
  for (bool with_default_date : {false, true}) {
    CAPTURE(with_default_date);
    Run r = run(std::string("extract fixtures/bad/batch.jsonl --format jsonl") +
                (with_default_date ? " --pub-date 2024-10-02" : ""));
    CHECK(r.status == 1);
    auto records = json_lines(r.out);
    REQUIRE(records.size() == lines);  // output records + error records = input lines
    std::size_t errors = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
      CAPTURE(i);
      if (!records[i].contains("error")) continue;
      ++errors;
      CHECK(records[i]["line"] == i + 1);
      CHECK(records[i].contains("id"));
      CHECK(r.err.find("error: fixtures/bad/batch.jsonl:" + std::to_string(i + 1) + ": ") != std::string::npos);
    }
    CHECK(errors == (with_default_date ? 7u : 8u));
    CHECK(records[0]["id"] == "a");
    CHECK(records[1]["error"].get<std::string>().find("not JSON") != std::string::npos);
    CHECK(records[2]["id"] == "c");
    CHECK(records[2]["error"] == "missing \"text\" (a string)");
    CHECK(records[3]["error"].get<std::string>().find("no such day; accepted:") != std::string::npos);
    CHECK(records[4]["error"].get<std::string>().find("'yesterday': not a date; accepted:") != std::string::npos);
    CHECK(records[6]["id"] == "g");
    CHECK(records[6]["timexes"][0]["text"] == "Tomorrow");
    CHECK(r.err.find("warning: fixtures/bad/batch.jsonl:7: (byte 241) invalid UTF-8 replaced") != std::string::npos);
    CHECK(records[7]["error"].get<std::string>().find("unknown time zone 'Mars/Olympus'") != std::string::npos);
    CHECK(records[8]["error"].get<std::string>().find("expected a JSON object") != std::string::npos);
    CHECK(records[9].contains("error") == !with_default_date);
  }
  // An all-good batch exits 0.
  Run good = run("extract fixtures/fuzz/jsonl/good.jsonl --format jsonl");
  CHECK(good.status == 0);
  CHECK(json_lines(good.out).size() == 2);
}

TEST_CASE("robust: bad options are usage errors (exit 2) that say what is accepted") {
  if (binary_missing()) return;
  const std::pair<const char*, const char*> cases[] = {
      {"--pub-date 2024-02-30", "bad publication date '2024-02-30': no such day; accepted: a date YYYY-MM-DD"},
      {"--pub-date yesterday", "bad publication date 'yesterday': not a date; accepted:"},
      {"--pub-date 2024-10-02 --tz Mars/Olympus", "unknown time zone 'Mars/Olympus': accepted: an IANA zone name"},
      {"--pub-date 2024-10-02 --format yaml", "yaml not in {text,json,jsonl,timeml}"},
      {"--pub-date 2024-10-02 --input csv", "csv not in {auto,text,timeml,jsonl}"},
      {"--pub-date 2024-10-02 --jobs 0", "--jobs"},
  };
  for (const auto& c : cases) {
    const std::string args = c.first, message = c.second;
    CAPTURE(args);
    Run r = run("extract fixtures/bad/crlf.txt " + args);
    CHECK(r.status == 2);
    CHECK_MESSAGE(r.err.find(message) != std::string::npos, r.err);
    CHECK(r.out == "");
  }
}

TEST_CASE("robust: a --rules directory with a broken pattern is a usage error naming file and line") {
  if (binary_missing()) return;
  const fs::path dir = dateline::test::process_temp_path("dateline_bad_rules");
  fs::remove_all(dir);
  fs::copy(DATELINE_SOURCE_DIR "/rules", dir, fs::copy_options::recursive);
  std::ofstream(dir / "en" / "broken.rules") << "rule: broken\npattern: the (unclosed\ntype: DATE\n";
  for (const char* command : {"extract", "timeline"}) {
    CAPTURE(command);
    Run r = run(std::string(command) + " fixtures/bad/crlf.txt --pub-date 2024-10-02 --rules " + dir.string());
    CHECK(r.status == 2);
    CHECK_MESSAGE(r.err.find("en/broken.rules:1: pattern does not compile") != std::string::npos, r.err);
    CHECK(r.out == "");
  }
  fs::remove_all(dir);
}

TEST_CASE("robust: impossible and extreme dates are rejected, never printed as nonsense") {
  if (binary_missing()) return;
  for (std::string pub : {"2024-10-02", "0001-01-01", "9999-12-31T23:59:59"}) {
    CAPTURE(pub);
    Run r = run("extract fixtures/bad/extreme-dates.txt --format jsonl --pub-date " + pub);
    CHECK(r.status == 0);
    auto records = json_lines(r.out);
    REQUIRE(records.size() == 1);
    check_offsets_and_values(records[0], read_file(kBad / "extreme-dates.txt"));
    for (const auto& t : records[0]["timexes"]) {
      std::string value = t["value"];
      CAPTURE(value);
      CHECK(value.find("30000") == std::string::npos);
      CHECK(value.find("99999") == std::string::npos);
      CHECK(value.find("-02-30") == std::string::npos);
      CHECK(value.substr(4, 3) != "-13");  // "the 13th" alone is a day, the 13th month is none
      CHECK(value.find("-04-31") == std::string::npos);
    }
  }
}

TEST_CASE("robust: output is the same bytes across runs and --jobs values") {
  if (binary_missing()) return;
  const std::string inputs = "fixtures/bad/batch.jsonl fixtures/fuzz/jsonl/mixed-bad.jsonl fixtures/bad/crlf.txt "
                             "fixtures/article-2024-10-02.txt fixtures/bad/invalid-utf8.tml fixtures/bad/bom-crlf.tml";
  for (std::string format : {"jsonl", "json", "text", "timeml"}) {
    CAPTURE(format);
    std::string args = "extract " + inputs + " --pub-date 2024-10-02 --format " + format;
    Run first = run(args + " --jobs 1");
    CHECK(first.status == 1);
    CHECK(first.out.size() > 100);
    for (std::string jobs : {"1", "2", "7"}) {
      CAPTURE(jobs);
      Run again = run(args + " --jobs " + jobs);
      CHECK(again.status == first.status);
      CHECK(again.out == first.out);
      CHECK(again.err == first.err);
    }
  }
}
