// core/rules/matcher: numbers in digits and words; among overlapping matches
// the longest wins, then the higher priority, then the earlier rule; filters
// drop known false hits; a rule that hits a PCRE2 limit is reported, not hung on.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/rules/matcher.h"
#include "core/rules/ruleset.h"

using namespace dateline;

namespace {

struct Found {
  std::string text;
  std::string rule;
  Fields fields;
};

// Every candidate the matcher offers, all accepted.
std::vector<Found> find_all(const RuleSet& set, const std::string& text, std::vector<std::string>* warnings = nullptr,
                            const Matcher::Accept& decide = {}) {
  Matcher matcher(set);
  std::vector<Found> out;
  matcher.find(
      text,
      [&](const Candidate& c) {
        if (decide && !decide(c)) return false;
        out.push_back({text.substr(c.begin, c.end - c.begin), set.rules()[c.rule].name, c.fields});
        return true;
      },
      warnings);
  return out;
}

std::vector<RuleSet::SourceFile> files(const std::string& rules) {
  return {{"en/vocab/month.vocab", "November => 11\nNov. => 11\n=May => 5\nMarch => 3\n"},
          {"en/vocab/number.vocab", "two => 2\nthree => 3\n/\\d+/ => $\n"},
          {"en/vocab/unit.vocab", "weeks => week\nyears => year\n"},
          {"en/vocab/function_words.vocab", "the => 1\nin => 1\n"},
          {"en/test.rules", rules}};
}

}  // namespace

TEST_CASE("parse_number reads digits, fractions and number words") {
  CHECK(parse_number("48") == 48);
  CHECK(parse_number("1,000") == 1000);
  CHECK(parse_number("2.5") == doctest::Approx(2.5));
  CHECK(parse_number("2 1/2") == doctest::Approx(2.5));
  CHECK(parse_number("2\xC2\xBD") == doctest::Approx(2.5));  // 2½
  CHECK(parse_number("3 3/4") == doctest::Approx(3.75));
  CHECK(parse_number("1990s") == 1990);
  CHECK(parse_number("two") == 2);
  CHECK(parse_number("Twenty-four") == 24);
  CHECK(parse_number("twenty four") == 24);
  CHECK(parse_number("a") == 1);
  CHECK(parse_number("a hundred") == 100);
  CHECK(parse_number("two thousand") == 2000);
  CHECK(parse_number("one hundred and fifty") == 150);
  CHECK(parse_number("half") == doctest::Approx(0.5));
  CHECK_FALSE(parse_number(""));
  CHECK_FALSE(parse_number("several"));
  CHECK_FALSE(parse_number("12abc"));
  CHECK_FALSE(parse_number("two dozen"));
  CHECK_FALSE(parse_number("."));
}

TEST_CASE("the longest of overlapping matches wins") {
  RuleSet set(files(
      "rule: <month>\npattern: {month}\ntype: DATE\n\n"
      "rule: <month> <day>\npattern: {month} (?<day>\\d{1,2})\ntype: DATE\n\n"
      "rule: <year>\npattern: (?<year>\\d{4})\ntype: DATE\n\n"
      "rule: <month> <day>, <year>\npattern: {month} (?<day>\\d{1,2}), (?<year>\\d{4})\ntype: DATE\n"));
  auto found = find_all(set, "The vote on Nov. 5, 2024 and another in March.");
  REQUIRE(found.size() == 2);
  CHECK(found[0].text == "Nov. 5, 2024");
  CHECK(found[0].rule == "<month> <day>, <year>");
  CHECK(found[0].fields.get(Field::Month) == 11);
  CHECK(found[0].fields.get(Field::Day) == 5);
  CHECK(found[0].fields.get(Field::Year) == 2024);
  CHECK(found[1].text == "March");
  CHECK(found[1].fields.get(Field::Month) == 3);
  CHECK_FALSE(found[1].fields.has(Field::Day));
}

TEST_CASE("on equal length the higher priority wins, then the earlier rule") {
  RuleSet prio(files(
      "rule: first\npattern: {number:num} {unit}\ntype: DURATION\n\n"
      "rule: second\npattern: {number:num} {unit}\ntype: DATE\npriority: 1\n"));
  auto found = find_all(prio, "for two weeks");
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "second");

  RuleSet order(files(
      "rule: first\npattern: {number:num} {unit}\ntype: DURATION\n\n"
      "rule: second\npattern: {number:num} {unit}\ntype: DATE\n"));
  found = find_all(order, "for two weeks");
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == "first");
  CHECK(found[0].fields.num == doctest::Approx(2));
  CHECK(found[0].fields.get(Field::Unit) == static_cast<int>(Unit::Week));
}

TEST_CASE("a candidate the caller refuses leaves room for the next best one") {
  RuleSet set(files(
      "rule: <month>\npattern: {month}\ntype: DATE\n\n"
      "rule: <month> <day>\npattern: {month} (?<day>\\d{1,2})\ntype: DATE\n"));
  // The caller rejects the longer match (as the Normalizer does when a date does not resolve).
  auto found = find_all(set, "on Nov. 30 or so", nullptr, [](const Candidate&) { return true; });
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Nov. 30");
  found = find_all(set, "on Nov. 30 or so", nullptr, [](const Candidate& c) { return !c.fields.has(Field::Day); });
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Nov.");
}

TEST_CASE("a capture whose text is no valid value for its field drops the candidate") {
  RuleSet set(files("rule: <month> <day>\npattern: {month} (?<day>\\d{1,2})\ntype: DATE\n"));
  CHECK(find_all(set, "on Nov. 5").size() == 1);
  CHECK(find_all(set, "on Nov. 45").empty());  // no day 45
}

TEST_CASE("filters drop the candidates that overlap their drop group") {
  RuleSet set(files(
      "rule: <month>\npattern: {month}\ntype: DATE\n\n"
      "filter: May the modal\npattern: (?<drop>(?-i:May)) (?:be|have)\n\n"
      "filter: a person named May\npattern: Theresa (?<drop>May)\n"));
  CHECK(find_all(set, "They met in May.").size() == 1);
  CHECK(find_all(set, "May be later.").empty());
  CHECK(find_all(set, "Theresa May said").empty());
  // Only the overlapping candidate goes: the other one in the text stays.
  auto found = find_all(set, "Theresa May spoke in November.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "November");
}

TEST_CASE("rules match whole words only") {
  RuleSet set(files("rule: <month>\npattern: {month}\ntype: DATE\n"));
  CHECK(find_all(set, "Marching bands").empty());
  CHECK(find_all(set, "NovemberX").empty());
  CHECK(find_all(set, "(November)").size() == 1);
}

TEST_CASE("a rule that hits the PCRE2 match limit is reported as a warning, not hung on") {
  // Nested quantifiers backtrack exponentially when the final letter is missing.
  RuleSet set(files(
      "rule: catastrophic\npattern: ago (?:a+)+b\ntype: DATE\nset: ref=PAST_REF\n\n"
      "rule: <month>\npattern: {month}\ntype: DATE\n"));
  std::vector<std::string> warnings;
  std::string text = "ago " + std::string(40, 'a') + "c b in November";
  auto found = find_all(set, text, &warnings);
  REQUIRE(warnings.size() >= 1);
  CHECK(warnings[0].find("rule 'catastrophic' gave up at byte") == 0);
  CHECK(warnings[0].find("limit") != std::string::npos);
  // The other rules still run.
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "November");
  // Without a warnings sink the limit is silent but still bounded.
  CHECK(find_all(set, text).size() == 1);
}

TEST_CASE("a rule tried only at its start words finds what a scan finds: leftmost, not overlapping") {
  // Both rules start at known words, so they run anchored. Each keeps its
  // own leftmost, non-overlapping matches; the resolution then picks among
  // both rules' candidates.
  RuleSet set(files(
      "rule: <n> weeks\npattern: (?:about \\K)?{number:num} (?:more )?{unit}\ntype: DURATION\n\n"
      "rule: weeks of <month>\npattern: (?:the )?{unit} of {month}\ntype: DATE\n"));
  Matcher matcher(set);
  std::vector<std::pair<std::string, std::string>> seen;  // every candidate, none accepted
  std::string text = "about two weeks, then three more weeks of November, and the years of March";
  matcher.find(
      text,
      [&](const Candidate& c) {
        seen.emplace_back(text.substr(c.begin, c.end - c.begin), set.rules()[c.rule].name);
        return false;
      },
      nullptr);
  std::sort(seen.begin(), seen.end());
  CHECK(seen == std::vector<std::pair<std::string, std::string>>{{"the years of March", "weeks of <month>"},
                                                                 {"three more weeks", "<n> weeks"},
                                                                 {"two weeks", "<n> weeks"},
                                                                 {"weeks of November", "weeks of <month>"}});
}
