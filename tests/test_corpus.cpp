// The Duckling-style corpus under fixtures/corpus/: every line is one
// behaviour, and a failure names the file and line that broke.
//
// File format (one example per line, `#` starts a comment line):
//   reference: 2024-10-02          publication date or instant for the lines below
//   tz: America/New_York           publication zone for the lines below (optional;
//                                  a new `reference:` line clears it)
//   text => value [TYPE] [mod=X]   the text yields `value` at its extent
//   held talks on [Friday] => ...  [brackets] mark the extent within the text
//   text => NONE                   the text yields no expression at all
// negative.txt holds bare lines (no `=>`) that must yield nothing.
// pending.txt holds lines the rules do not handle yet: they run, their
// failures are reported as messages (not test failures), and a pending line
// that passes is reported so it can move to a run file. Set
// DATELINE_SHOW_PENDING=1 to see every pending line with what it yields today.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/normalizer.h"
#include "tests/temp_path.h"

using namespace dateline;
namespace fs = std::filesystem;

namespace {

struct CorpusLine {
  std::string file;
  int line = 0;
  std::string text;
  std::uint32_t begin = 0, end = 0;  // expected extent (bytes)
  bool expect_nothing = false;
  std::string value, type, mod;
  std::string reference, tz;

  std::string where() const { return file + ":" + std::to_string(line); }
};

std::string trim(const std::string& s) {
  auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return {};
  auto e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

[[noreturn]] void bad_line(const std::string& where, const std::string& why) {
  throw std::runtime_error(where + ": " + why);
}

// Reads one corpus file; `negative` files hold bare texts that must yield nothing.
std::vector<CorpusLine> load_corpus_file(const fs::path& path, bool negative) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(path.string() + ": cannot read");
  std::string file = fs::relative(path, DATELINE_SOURCE_DIR).generic_string();
  std::vector<CorpusLine> out;
  std::string reference = "2024-10-02", tz, raw;
  int line_no = 0;
  while (std::getline(in, raw)) {
    ++line_no;
    std::string line = trim(raw);
    std::string where = file + ":" + std::to_string(line_no);
    if (line.empty() || line.front() == '#') continue;
    if (line.rfind("reference:", 0) == 0) {
      reference = trim(line.substr(10));
      tz.clear();
      continue;
    }
    if (line.rfind("tz:", 0) == 0) {
      tz = trim(line.substr(3));
      continue;
    }
    CorpusLine c;
    c.file = file;
    c.line = line_no;
    c.reference = reference;
    c.tz = tz;
    std::string text = line;
    auto arrow = line.rfind("=>");
    if (negative) {
      if (arrow != std::string::npos) bad_line(where, "a negative line is bare text, without '=>'");
      c.expect_nothing = true;
    } else {
      if (arrow == std::string::npos) bad_line(where, "expected 'text => value [TYPE] [mod=X]' or 'text => NONE'");
      text = trim(line.substr(0, arrow));
      std::istringstream rest(line.substr(arrow + 2));
      rest >> c.value;
      if (c.value.empty()) bad_line(where, "no expected value after '=>'");
      c.expect_nothing = c.value == "NONE";
      std::string word;
      while (rest >> word) {
        if (word.rfind("mod=", 0) == 0)
          c.mod = word.substr(4);
        else if (word == "DATE" || word == "TIME" || word == "DURATION" || word == "SET")
          c.type = word;
        else
          bad_line(where, "unknown attribute '" + word + "' (expected DATE, TIME, DURATION, SET or mod=X)");
      }
    }
    auto open = text.find('['), close = text.find(']');
    if ((open == std::string::npos) != (close == std::string::npos) || (open != std::string::npos && close < open))
      bad_line(where, "unbalanced [brackets]");
    if (open != std::string::npos) {
      if (c.expect_nothing) bad_line(where, "a line that yields nothing has no extent to mark");
      c.text = text.substr(0, open) + text.substr(open + 1, close - open - 1) + text.substr(close + 1);
      c.begin = static_cast<std::uint32_t>(open);
      c.end = static_cast<std::uint32_t>(close - 1);
    } else {
      c.text = text;
      c.end = static_cast<std::uint32_t>(text.size());
    }
    out.push_back(std::move(c));
  }
  return out;
}

fs::path corpus_dir() { return fs::path(DATELINE_SOURCE_DIR) / "fixtures" / "corpus"; }

// The run files: every *.txt but negative.txt and pending.txt, in name order.
std::vector<fs::path> run_files() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(corpus_dir())) {
    auto name = entry.path().filename().string();
    if (entry.path().extension() == ".txt" && name != "negative.txt" && name != "pending.txt")
      files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

const Normalizer& normalizer() {
  static const Normalizer n;
  return n;
}

std::string describe(const std::string& text, const std::vector<Timex>& timexes) {
  if (timexes.empty()) return "nothing";
  std::string got;
  for (const auto& t : timexes) {
    if (!got.empty()) got += ", ";
    got += "[" + text.substr(t.begin, t.end - t.begin) + "] " + t.value + " " + std::string(to_string(t.type));
    if (!t.mod.empty()) got += " mod=" + t.mod;
    got += " (rule '" + std::string(t.rule) + "')";
  }
  return got;
}

// Runs one line; returns an empty string when it behaves as written, else
// what went wrong.
std::string check(const CorpusLine& c) {
  Reference ref;
  try {
    ref = parse_reference(c.reference, c.tz);
  } catch (const std::exception& e) {
    return std::string("bad reference: ") + e.what();
  }
  auto timexes = normalizer().extract(c.text, ref);
  std::string got = "got " + describe(c.text, timexes);
  if (c.expect_nothing) return timexes.empty() ? "" : "expected nothing, " + got;
  auto found = std::find_if(timexes.begin(), timexes.end(),
                            [&](const Timex& t) { return t.begin == c.begin && t.end == c.end; });
  std::string expected = "expected [" + c.text.substr(c.begin, c.end - c.begin) + "] " + c.value;
  if (!c.type.empty()) expected += " " + c.type;
  if (!c.mod.empty()) expected += " mod=" + c.mod;
  if (found == timexes.end()) return expected + ", " + got;
  bool ok = found->value == c.value && (c.type.empty() || to_string(found->type) == c.type) &&
            (c.mod.empty() ? found->mod.empty() : found->mod == c.mod);
  return ok ? "" : expected + ", " + got;
}

}  // namespace

TEST_CASE("corpus: every line of the run files yields its expected value at its extent") {
  int lines = 0;
  for (const auto& path : run_files()) {
    for (const auto& c : load_corpus_file(path, false)) {
      ++lines;
      std::string problem = check(c);
      CHECK_MESSAGE(problem.empty(), c.where() << ": " << c.text << "\n    " << problem);
    }
  }
  // The corpus is the specification: it must not silently shrink or vanish.
  CHECK(lines >= 250);
}

TEST_CASE("corpus: every line of negative.txt yields nothing") {
  auto lines = load_corpus_file(corpus_dir() / "negative.txt", true);
  CHECK(lines.size() >= 30);
  for (const auto& c : lines) {
    std::string problem = check(c);
    CHECK_MESSAGE(problem.empty(), c.where() << ": " << c.text << "\n    " << problem);
  }
}

TEST_CASE("corpus: pending.txt (known rule gaps) is reported, not enforced") {
  auto path = corpus_dir() / "pending.txt";
  if (!fs::exists(path)) return;
  const bool show = std::getenv("DATELINE_SHOW_PENDING") != nullptr;
  int failing = 0, passing = 0;
  for (const auto& c : load_corpus_file(path, false)) {
    std::string problem = check(c);
    if (problem.empty()) {
      ++passing;
      MESSAGE(c.where() << ": now passes, move it to a run file: " << c.text);
    } else {
      ++failing;
      if (show) MESSAGE(c.where() << ": " << c.text << "\n    " << problem);
    }
  }
  MESSAGE("pending.txt: " << failing << " lines still fail (known gaps), " << passing << " now pass");
}

TEST_CASE("corpus: malformed lines are rejected with their file and line") {
  auto dir = dateline::test::process_temp_path("dateline_corpus_format_test");
  fs::create_directories(dir);
  auto write = [&](const std::string& name, const std::string& body) {
    std::ofstream(dir / name, std::ios::binary) << body;
    return dir / name;
  };
  CHECK_THROWS_WITH_AS(load_corpus_file(write("a.txt", "reference: 2024-10-02\nno arrow here\n"), false),
                       doctest::Contains("a.txt:2: expected 'text => value"), std::runtime_error);
  CHECK_THROWS_WITH_AS(load_corpus_file(write("b.txt", "today => 2024-10-02 DAY\n"), false),
                       doctest::Contains("b.txt:1: unknown attribute 'DAY'"), std::runtime_error);
  CHECK_THROWS_WITH_AS(load_corpus_file(write("c.txt", "on [Friday => 2024-10-04\n"), false),
                       doctest::Contains("c.txt:1: unbalanced [brackets]"), std::runtime_error);
  CHECK_THROWS_WITH_AS(load_corpus_file(write("d.txt", "Theresa May => 2024-05\n"), true),
                       doctest::Contains("d.txt:1: a negative line is bare text"), std::runtime_error);
  auto ok = load_corpus_file(write("e.txt", "reference: 2024-12-30\ntz: Asia/Tokyo\nmet on [Friday] => 2024-12-27 DATE\n"), false);
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].text == "met on Friday");
  CHECK(ok[0].begin == 7);
  CHECK(ok[0].end == 13);
  CHECK(ok[0].reference == "2024-12-30");
  CHECK(ok[0].tz == "Asia/Tokyo");
  CHECK(ok[0].type == "DATE");
  fs::remove_all(dir);
}
