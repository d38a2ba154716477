// core/rules/ruleset: rules and vocabularies read from SourceFiles, compiled
// once, indexed by trigger words. A bad rule, vocabulary or pattern gives a
// RuleError that names the file and line.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "core/rules/rule_error.h"
#include "core/rules/ruleset.h"

using namespace dateline;
using SourceFile = RuleSet::SourceFile;

namespace {

const SourceFile kMonth{"en/vocab/month.vocab", "November => 11\nNov. => 11\n=May => 5\n"};
const SourceFile kOrdinal{"en/vocab/ordinal.vocab", "fifth => 5\nfirst => 1\n"};
const SourceFile kFunctionWords{"en/vocab/function_words.vocab", "the => 1\nof => 1\n"};

// The RuleError message for a set of files holding `rules` in en/test.rules.
std::string error_of(const std::string& rules, std::vector<SourceFile> extra = {}) {
  std::vector<SourceFile> files = {kMonth, kOrdinal, kFunctionWords, {"en/test.rules", rules}};
  files.insert(files.end(), extra.begin(), extra.end());
  try {
    RuleSet set(files);
  } catch (const RuleError& e) {
    return e.what();
  }
  return "(accepted)";
}

const Rule& rule_named(const RuleSet& set, const std::string& name) {
  auto it = std::find_if(set.rules().begin(), set.rules().end(), [&](const Rule& r) { return r.name == name; });
  REQUIRE(it != set.rules().end());
  return *it;
}

}  // namespace

TEST_CASE("a rule file gives named rules with their type, constants, priority and examples") {
  RuleSet set({kMonth, kOrdinal, kFunctionWords,
               {"en/test.rules",
                "# a comment\n"
                "reference: 2024-03-01\n"
                "\n"
                "rule: <month> <day>\n"
                "pattern: {month} (?<day>\\d{1,2})\n"
                "type: DATE\n"
                "priority: 2\n"
                "example: Nov. 5 => 2024-11-05\n"
                "example: the vote on [Nov. 5] => 2024-11-05 DATE mod=START\n"
                "\n"
                "rule: last <month>\n"
                "pattern: last {month}\n"
                "type: DATE\n"
                "set: shift=-1 mod=END\n"}});
  REQUIRE(set.rules().size() == 2);
  const Rule& md = rule_named(set, "<month> <day>");
  CHECK(md.file == "en/test.rules");
  CHECK(md.line == 4);
  CHECK(md.type == TimexType::Date);
  CHECK(md.priority == 2);
  CHECK_FALSE(md.is_filter);
  CHECK(md.code != nullptr);
  REQUIRE(md.examples.size() == 2);
  CHECK(md.examples[0].text == "Nov. 5");
  CHECK(md.examples[0].begin == 0);
  CHECK(md.examples[0].end == 6);
  CHECK(md.examples[0].reference == "2024-03-01");
  CHECK(md.examples[0].line == 8);
  CHECK(md.examples[1].text == "the vote on Nov. 5");
  CHECK(md.examples[1].begin == 12);
  CHECK(md.examples[1].end == 18);
  CHECK(md.examples[1].type == "DATE");
  CHECK(md.examples[1].mod == "START");

  const Rule& last = rule_named(set, "last <month>");
  CHECK(last.constants.get(Field::Shift) == -1);
  CHECK(last.constants.get(Field::Mod) == static_cast<int>(Mod::End));
  CHECK(last.examples.empty());
  CHECK(set.vocabulary("month") != nullptr);
  CHECK(set.vocabulary("week") == nullptr);
}

TEST_CASE("{vocab} captures into the field of its name, {vocab:field} into another, {-vocab} not at all") {
  RuleSet set({kMonth, kOrdinal, kFunctionWords,
               {"en/test.rules",
                "rule: the <ordinal> of <month>\n"
                "pattern: (?:the )?(?<year>\\d{4})? ?[(]?{ordinal:day} of {month}\n"
                "type: DATE\n"
                "\n"
                "rule: ordinal alone\n"
                "pattern: {-ordinal} time\n"
                "type: DATE\n"}});
  const Rule& r = rule_named(set, "the <ordinal> of <month>");
  REQUIRE(r.captures.size() == 3);
  auto capture = [&](Field f) {
    auto it = std::find_if(r.captures.begin(), r.captures.end(), [&](const Capture& c) { return c.field == f; });
    REQUIRE(it != r.captures.end());
    return *it;
  };
  // Group numbers count the groups before each expansion (not the [(] class).
  CHECK(capture(Field::Year).group == 1);
  CHECK(capture(Field::Year).vocab == nullptr);
  CHECK(capture(Field::Day).group == 2);
  CHECK(capture(Field::Day).vocab == set.vocabulary("ordinal"));
  CHECK(capture(Field::Month).group == 3);
  CHECK(capture(Field::Month).vocab == set.vocabulary("month"));
  CHECK(r.expanded.find("(?<day>") != std::string::npos);

  const Rule& alone = rule_named(set, "ordinal alone");
  CHECK(alone.captures.empty());
  CHECK(alone.vocabs_used == std::vector<std::string>{"ordinal"});
}

TEST_CASE("rules are indexed by the words that can trigger them") {
  RuleSet set({kMonth, kOrdinal, kFunctionWords,
               {"en/test.rules",
                "rule: <month> <day>\n"
                "pattern: {month} (?<day>\\d{1,2})\n"
                "type: DATE\n"
                "\n"
                "rule: weeks ago\n"
                "pattern: (?:the )?weeks ago\n"
                "type: DATE\n"
                "set: ref=PAST_REF\n"
                "\n"
                "filter: May the name\n"
                "pattern: Theresa (?<drop>May)\n"}});
  REQUIRE(set.rules().size() == 3);
  const RuleMask* november = set.triggered_by_word("november");
  REQUIRE(november != nullptr);
  CHECK(november->test(0));
  CHECK_FALSE(november->test(1));
  // Words of an abbreviation ("Nov.") and case-sensitive surfaces ("May") index in lower case.
  REQUIRE(set.triggered_by_word("nov"));
  CHECK(set.triggered_by_word("may")->test(0));
  // Literal pattern words trigger; function words do not.
  REQUIRE(set.triggered_by_word("weeks"));
  CHECK(set.triggered_by_word("weeks")->test(1));
  CHECK(set.triggered_by_word("ago")->test(1));
  CHECK(set.triggered_by_word("the") == nullptr);
  // A filter is indexed like a rule, so it runs where its words occur.
  REQUIRE(set.triggered_by_word("theresa"));
  CHECK(set.triggered_by_word("theresa")->test(2));
  CHECK(set.triggered_by_word("tuesday") == nullptr);
  // Only the rule with \d runs on numbers.
  CHECK(set.triggered_by_number().test(0));
  CHECK_FALSE(set.triggered_by_number().test(1));
}

TEST_CASE("words of a lookaround trigger nothing; a word with an optional last letter triggers both forms") {
  RuleSet set({kMonth, kOrdinal, kFunctionWords,
               {"en/test.rules",
                "rule: quarters\n"
                "pattern: (?<!\\blast )quarters? (?=ended\\b)(?!\\d)\n"
                "type: DATE\n"}});
  REQUIRE(set.triggered_by_word("quarters"));
  REQUIRE(set.triggered_by_word("quarter"));
  CHECK(set.triggered_by_word("quarter")->test(0));
  CHECK(set.triggered_by_word("last") == nullptr);
  CHECK(set.triggered_by_word("ended") == nullptr);
  CHECK_FALSE(set.triggered_by_number().test(0));
}

TEST_CASE("a bad rule file is a RuleError naming the file and line") {
  CHECK(error_of("rule: x\npattern: {month}\nkind: DATE\n") == "en/test.rules:3: unknown key 'kind'");
  CHECK(error_of("rule: x\npattern: {month}\ntype: DAY\n") ==
        "en/test.rules:3: type must be DATE, TIME, DURATION or SET");
  CHECK(error_of("type: DATE\n") == "en/test.rules:1: 'type' outside a rule");
  CHECK(error_of("rule: x\npattern {month}\n") == "en/test.rules:2: expected 'key: value'");
  CHECK(error_of("\n\nrule: no pattern\ntype: DATE\n\nrule: y\npattern: {month}\n") ==
        "en/test.rules:3: rule has no pattern");
  CHECK(error_of("rule: x\npattern: {month}\nset: month=13\n") == "en/test.rules:3: bad value '13' for field month");
  CHECK(error_of("rule: x\npattern: {month}\nset: colour=red\n") == "en/test.rules:3: bad 'set:' assignment 'colour=red'");
  CHECK(error_of("rule: x\npattern: {month}\nset: num=X\n") == "en/test.rules:3: bad value 'X' for field num: a number");
  CHECK(error_of("rule: x\npattern: {month}\npriority: high\n") == "en/test.rules:3: bad priority 'high': an integer");
  CHECK(error_of("rule: x\npattern: {month}\nexample: November\n") == "en/test.rules:3: example needs 'text => value'");
  CHECK(error_of("rule: x\npattern: {month}\nexample: November => 2024-11 DAY\n") ==
        "en/test.rules:3: unknown example attribute 'DAY'");
}

TEST_CASE("a bad pattern is a RuleError naming the rule's file and line") {
  const std::string head = "# header\n\nrule: bad\n";  // the rule starts on line 3
  CHECK(error_of(head + "pattern: {weekday} night\n") == "en/test.rules:3: unknown vocabulary {weekday}");
  CHECK(error_of(head + "pattern: {month:colour}\n").find("en/test.rules:3: {month} captures into 'colour', which is not a field") == 0);
  CHECK(error_of(head + "pattern: {month} (?<x>\\d+)\n") == "en/test.rules:3: named group 'x' is not a field");
  CHECK(error_of(head + "pattern: {month} (\\d+\n").find("en/test.rules:3: pattern does not compile: ") == 0);
  CHECK(error_of(head + "pattern: {month\n") == "en/test.rules:3: unclosed {vocab}");
  CHECK(error_of("filter: no drop\npattern: Theresa May\n") == "en/test.rules:1: a filter needs a group named 'drop'");
  CHECK(error_of(head + "pattern: (?:a|b)\\s+\n").find("en/test.rules:3: rule has no trigger word") == 0);
}

TEST_CASE("a bad vocabulary is a RuleError naming its file and line") {
  CHECK(error_of("rule: x\npattern: {month}\n", {{"en/vocab/weekday.vocab", "Monday => 1\nTuesday 2\n"}}) ==
        "en/vocab/weekday.vocab:2: expected 'surface => value'");
  CHECK(error_of("rule: x\npattern: {month}\n", {{"fr/vocab/month.vocab", "novembre => 11\n"}})
            .find("vocabulary 'month' defined twice") != std::string::npos);
}

TEST_CASE("the embedded rules and the rules directory load the same rules") {
  RuleSet embedded = RuleSet::from_embedded();
  CHECK(embedded.rules().size() > 50);
  for (const Rule& r : embedded.rules()) CHECK(r.code != nullptr);
  RuleSet dir = RuleSet::from_directory(std::filesystem::path(DATELINE_SOURCE_DIR) / "rules");
  REQUIRE(dir.rules().size() == embedded.rules().size());
  for (std::size_t i = 0; i < dir.rules().size(); ++i) {
    CHECK(dir.rules()[i].name == embedded.rules()[i].name);
    CHECK(dir.rules()[i].expanded == embedded.rules()[i].expanded);
  }
  CHECK_THROWS_WITH_AS(RuleSet::from_directory("/nonexistent/rules"),
                       doctest::Contains("/nonexistent/rules:0: not a rules directory"), RuleError);
}
