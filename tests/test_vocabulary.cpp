// core/rules/vocabulary: one table feeds both the regex and the value lookup.
// A surface's space matches spaces or a hyphen, its apostrophe ' or ’;
// `=Surface` is case-sensitive; `/regex/ => $` entries read the match.
#include <doctest/doctest.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <string>

#include "core/rules/rule_error.h"
#include "core/rules/vocabulary.h"

using namespace dateline;

namespace {

// True when the vocabulary's pattern matches all of `text`, compiled the way
// RuleSet compiles rules (case-insensitive).
bool matches_whole(const Vocabulary& v, const std::string& text) {
  std::string anchored = "^(?:" + v.pattern() + ")$";
  int err = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(anchored.c_str()), anchored.size(),
                                   PCRE2_CASELESS, &err, &offset, nullptr);
  REQUIRE_MESSAGE(code != nullptr, "pattern does not compile: " << anchored);
  pcre2_match_data* data = pcre2_match_data_create_from_pattern(code, nullptr);
  int rc = pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, 0, data, nullptr);
  pcre2_match_data_free(data);
  pcre2_code_free(code);
  return rc > 0;
}

// The first match of the pattern in `text` (unanchored), or "" when none.
std::string first_match(const Vocabulary& v, const std::string& text) {
  int err = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(v.pattern().c_str()), v.pattern().size(),
                                   PCRE2_CASELESS, &err, &offset, nullptr);
  REQUIRE(code != nullptr);
  pcre2_match_data* data = pcre2_match_data_create_from_pattern(code, nullptr);
  std::string out;
  if (pcre2_match(code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, 0, data, nullptr) > 0) {
    PCRE2_SIZE* ov = pcre2_get_ovector_pointer(data);
    out = text.substr(ov[0], ov[1] - ov[0]);
  }
  pcre2_match_data_free(data);
  pcre2_code_free(code);
  return out;
}

std::string rule_error_of(const std::string& contents) {
  try {
    Vocabulary v("test", contents, "en/vocab/test.vocab");
  } catch (const RuleError& e) {
    return e.what();
  }
  return "(accepted)";
}

}  // namespace

TEST_CASE("a space in a surface matches any run of spaces or a hyphen") {
  Vocabulary v("holiday", "New Year's Day => 01-01\nyear end => X\n", "en/vocab/holiday.vocab");
  CHECK(matches_whole(v, "New Year's Day"));
  CHECK(matches_whole(v, "New  Year's   Day"));
  CHECK(matches_whole(v, "New-Year's Day"));
  CHECK(matches_whole(v, "year-end"));
  CHECK(matches_whole(v, "year\nend"));
  CHECK_FALSE(matches_whole(v, "NewYear's Day"));
  CHECK_FALSE(matches_whole(v, "yearend"));
}

TEST_CASE("a hyphen in a surface may be a hyphen, a space or nothing") {
  Vocabulary v("mod", "mid- => MID\nyear-end => END\n", "en/vocab/mod.vocab");
  CHECK(matches_whole(v, "year-end"));
  CHECK(matches_whole(v, "year end"));
  CHECK(matches_whole(v, "yearend"));
  CHECK(v.lookup("year end") == "END");
  CHECK(v.lookup("Year-End") == "END");
}

TEST_CASE("an apostrophe matches a straight or a curly one") {
  Vocabulary v("holiday", "New Year's Eve => 12-31\n", "en/vocab/holiday.vocab");
  CHECK(matches_whole(v, "New Year's Eve"));
  CHECK(matches_whole(v, "New Year\xE2\x80\x99s Eve"));
  CHECK(v.lookup("new year\xE2\x80\x99s eve") == "12-31");
  CHECK_FALSE(matches_whole(v, "New Years Eve"));
}

TEST_CASE("surfaces match case-insensitively unless marked with '='") {
  Vocabulary v("month", "=May => 5\n=MAY => 5\nJune => 6\n", "en/vocab/month.vocab");
  CHECK(matches_whole(v, "June"));
  CHECK(matches_whole(v, "june"));
  CHECK(matches_whole(v, "JUNE"));
  CHECK(matches_whole(v, "May"));
  CHECK(matches_whole(v, "MAY"));
  CHECK_FALSE(matches_whole(v, "may"));
  CHECK_FALSE(matches_whole(v, "mAY"));
  // The '=' is not part of the surface.
  CHECK(v.lookup("May") == "5");
  auto words = v.words();
  CHECK(std::count(words.begin(), words.end(), "may") == 2);
}

TEST_CASE("regex metacharacters in a surface are literal") {
  Vocabulary v("month", "Nov. => 11\nSept. => 9\n", "en/vocab/month.vocab");
  CHECK(matches_whole(v, "Nov."));
  CHECK_FALSE(matches_whole(v, "Novx"));
  CHECK(matches_whole(v, "Sept."));
}

TEST_CASE("the alternation tries the longest surface first") {
  Vocabulary v("month", "Sep => 9\nSept => 9\nSeptember => 9\n", "en/vocab/month.vocab");
  CHECK(first_match(v, "on September 5") == "September");
  CHECK(first_match(v, "on Sept 5") == "Sept");
  CHECK(v.pattern() == "September|Sept|Sep");
}

TEST_CASE("lookup normalizes case, hyphens, spaces and curly apostrophes") {
  Vocabulary v("unit", "day => day\nweek end => weekend\n", "en/vocab/unit.vocab");
  CHECK(v.lookup("DAY") == "day");
  CHECK(v.lookup("week-end") == "weekend");
  CHECK(v.lookup("week   end") == "weekend");
  CHECK(v.lookup(" week end ") == "weekend");
  CHECK_FALSE(v.lookup("month"));
  CHECK_FALSE(v.lookup("days"));
  CHECK(Vocabulary::normalize_key("New-Year\xE2\x80\x99s  DAY") == "new year's day");
}

TEST_CASE("regex entries match their pattern and yield the shared value") {
  Vocabulary v("number", "two => 2\n/\\d{1,2}/ => $\n", "en/vocab/number.vocab");
  CHECK(matches_whole(v, "two"));
  CHECK(matches_whole(v, "12"));
  CHECK_FALSE(matches_whole(v, "123"));
  CHECK(v.lookup("two") == "2");
  CHECK(v.lookup("12") == "$");
  CHECK(v.matches_digits());
  // Literal words feed the trigger index; regex entries do not.
  auto words = v.words();
  CHECK(words == std::vector<std::string>{"two"});

  Vocabulary words_only("shift", "last => -1\nnext => 1\n", "en/vocab/shift.vocab");
  CHECK_FALSE(words_only.matches_digits());
}

TEST_CASE("comments and blank lines are ignored") {
  Vocabulary v("shift", "# shifts\n\nlast => -1   # the one before\n  next => 1\n", "en/vocab/shift.vocab");
  CHECK(v.lookup("last") == "-1");
  CHECK(v.lookup("next") == "1");
  CHECK(v.words() == std::vector<std::string>{"last", "next"});
}

TEST_CASE("bad vocabulary files are rejected naming file and line") {
  CHECK(rule_error_of("last => -1\nnext 1\n") == "en/vocab/test.vocab:2: expected 'surface => value'");
  CHECK(rule_error_of("# nothing\n=> 5\n").find("en/vocab/test.vocab:2: empty surface or value") == 0);
  CHECK(rule_error_of("last =>\n").find("en/vocab/test.vocab:1:") == 0);
  CHECK(rule_error_of("last => -1\nLast => 1\n").find("en/vocab/test.vocab:2: surface 'Last' already has value -1") == 0);
  CHECK(rule_error_of("/\\d+/ => $\n/[a-z]+/ => 1\n").find("en/vocab/test.vocab:2: all regex entries") == 0);
  CHECK(rule_error_of("# only a comment\n").find("en/vocab/test.vocab:") == 0);
  CHECK(rule_error_of("# only a comment\n").find("no entries") != std::string::npos);
  // The same surface twice with the same value is harmless.
  CHECK(rule_error_of("last => -1\nLAST => -1\n") == "(accepted)");
}
