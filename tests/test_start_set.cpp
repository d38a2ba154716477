// core/rules/start_set: where a rule's matches can begin, read from its
// compiled pattern. It must never miss a place where PCRE2 finds a match
// (checked on every example of the built-in rules), and it says "unknown"
// rather than guess.
#include <doctest/doctest.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <string>
#include <vector>

#include "core/rules/ruleset.h"
#include "core/rules/start_set.h"

using namespace dateline;

namespace {

// As the rule loader wraps every pattern.
std::optional<StartSet> read(const std::string& pattern) {
  std::string expanded = "(?<![A-Za-z0-9])(?:" + pattern + ")(?![A-Za-z0-9])";
  return StartSetReader().read(expanded);
}

std::vector<std::string> strings(std::initializer_list<const char*> list) { return {list.begin(), list.end()}; }

}  // namespace

TEST_CASE("the first word of a match: literal, optional, alternatives") {
  auto s = read("(?:the )?(?:last|next) (?:week|month)");
  REQUIRE(s);
  CHECK(s->words == strings({"last", "next", "the"}));
  CHECK(s->prefixes.empty());
  CHECK(s->admits("next"));
  CHECK(s->admits("Next"));
  CHECK(!s->admits("nextweek"));
  CHECK(!s->admits("week"));
}

TEST_CASE("an optional hyphen glues words; a space or the pattern's end closes them") {
  auto s = read("mid[\\s\\-]?(?:May|June)");
  REQUIRE(s);
  CHECK(s->words == strings({"mid", "midjune", "midmay"}));
}

TEST_CASE("digits are '#' in a word's shape; counted repetitions are read copy by copy") {
  auto year = read("(?<year>1\\d{3}|20\\d\\d)");
  REQUIRE(year);
  CHECK(year->words == strings({"####"}));
  CHECK(year->admits("2024"));
  CHECK(!year->admits("202"));
  CHECK(!year->admits("2024s"));
  auto fiscal = read("(?-i:FY) ?(?<year>\\d{2,4})");
  REQUIRE(fiscal);
  CHECK(fiscal->words == strings({"fy", "fy##", "fy###", "fy####"}));
  CHECK(fiscal->prefixes.empty());
  CHECK(fiscal->admits("FY2024"));
  auto many = read("(?<num>\\d+) days");
  REQUIRE(many);
  // A run of up to eight digits is a whole word, so its next byte and the
  // second word are read; a longer run leaves a prefix.
  CHECK(many->words == strings({"#", "##", "###", "####", "#####", "######", "#######", "########", "#########"}));
  CHECK(many->prefixes.empty());
  CHECK(many->admits("12345", ' '));
  CHECK(!many->admits("12345", '.'));
  CHECK(many->admits("1234567890", ' '));  // the last shape stands for nine digits or more
  CHECK(shape_hash("1234567890") == shape_hash("#########"));
  CHECK(word_shape("FY1234567890x") == "fy#########x");
  CHECK(many->admits_second("12", "days"));
  CHECK(!many->admits_second("12", "people"));
}

TEST_CASE("the bytes that may follow the first word") {
  auto iso = read("(?<year>\\d{4})-(?<month>[01]\\d)-(?<day>[0-3]\\d)");
  REQUIRE(iso);
  CHECK(iso->words == strings({"####"}));
  CHECK(iso->admits("2024", '-'));
  CHECK(!iso->admits("2024", ' '));
  CHECK(iso->admits("2024", -1));  // the subject ends after the word
  auto date = read("(?<day>[0-3]?\\d)[\\s/]");
  REQUIRE(date);
  CHECK(date->admits("5", '/'));
  CHECK(date->admits("5", '\n'));
  CHECK(!date->admits("5", ','));
  auto any = read("Nov(?:ember)?\\b");
  REQUIRE(any);
  CHECK(any->admits("Nov", '.'));
  CHECK(any->admits("Nov", 0xE2));  // any byte that is no letter or digit
  CHECK(!any->admits("Nov", 'e'));
}

TEST_CASE("the second word: read on from where the first one ends") {
  auto s = read("(?:the )?(?:last|next) (?:week|month)");
  REQUIRE(s);
  CHECK(s->free_words.empty());
  CHECK(s->second_words == strings({"last", "month", "next", "week"}));
  CHECK(s->admits_second("Last", "Week"));
  CHECK(!s->admits_second("last", "year"));
  CHECK(!s->admits_second("last", ""));
  auto alone = read("(?:the )?week|(?:last )?day");
  REQUIRE(alone);
  CHECK(alone->free_words == strings({"day", "week"}));  // the whole match
  CHECK(alone->admits_second("week", ""));
  CHECK(alone->admits_second("week", "ago"));
  CHECK(alone->admits_second("the", "day"));  // second words are pooled: "day" counts, "year" does not
  CHECK(alone->admits_second("the", "week"));
  CHECK(!alone->admits_second("last", "year"));
}

TEST_CASE("the third word: read on from where the second one ends") {
  auto s = read("(?:the )?(?:last|next) (?:week|month)(?: ago)?|(?:\\d+)(?:\\.\\d+)? (?:to|or) \\d+ days");
  REQUIRE(s);
  CHECK(s->third_words == strings({"#", "##", "###", "####", "#####", "######", "#######", "########",
                                   "#########", "ago", "month", "or", "to", "week"}));
  CHECK(s->free_second_words == strings({"month", "week"}));  // the match may end there
  CHECK(s->admits_third("1", "to"));      // "12.1 to 15 days"
  CHECK(!s->admits_third("5", "percent"));  // "1.5 percent" cannot go on
  CHECK(s->admits_third("to", "15"));
  CHECK(!s->admits_third("to", "the"));
  CHECK(s->admits_third("week", "anything"));
}

TEST_CASE("lookarounds, \\b and \\K consume nothing and are stepped over") {
  auto s = read("(?<=\\bin )(?=[a-z]+s\\b)(?:about \\K)?(?:weeks|days)\\b");
  REQUIRE(s);
  CHECK(s->words == strings({"about", "days", "weeks"}));
}

TEST_CASE("a repeated letter or an unread class leaves a prefix") {
  auto s = read("so+n|ye[a-z]+");
  REQUIRE(s);
  CHECK(s->prefixes == strings({"so", "ye"}));
  CHECK(s->admits("soooon"));
}

TEST_CASE("a match that begins with punctuation: the bytes it may begin with, and the word after them") {
  auto decade = read("(?:the )?(?:'|\xE2\x80\x99)\\d0s");
  REQUIRE(decade);
  CHECK(decade->lead.count() == 2);
  CHECK(decade->lead['\'']);
  CHECK(decade->lead[0xE2]);  // the first byte of the sequence only
  CHECK(!decade->lead[0x99]);
  CHECK(decade->words == strings({"##s", "the"}));
  auto money = read("[$\xC2\xA3]\\d+");
  REQUIRE(money);
  CHECK(money->lead['$']);
  CHECK(money->lead[0xC2]);
  CHECK(read("the")->lead.none());
}

TEST_CASE("unknown when a match may be punctuation only, begin with a letter class or an unread construct") {
  CHECK(!read("(?:'|\xE2\x80\x99)"));
  CHECK(!read("(?-i:[A-Z][a-z]+) May"));
  CHECK(!read("\\S+ old"));
  CHECK(!read("(?:the )?\\x41pril"));
  CHECK(!read("(?s)the"));
  CHECK(!read("(\\w)\\1"));
  // Not wrapped as the rule loader wraps: a match may begin inside a word.
  CHECK(!StartSetReader().read("May"));
}

TEST_CASE("every match of every built-in rule's examples begins where its start set admits") {
  RuleSet set = RuleSet::from_embedded();
  StartSetReader reader;  // one for all, as the matcher reads them
  std::vector<std::optional<StartSet>> sets;
  for (const Rule& rule : set.rules()) sets.push_back(reader.read(rule.expanded));
  std::size_t known = 0, checked = 0;
  pcre2_match_data* data = pcre2_match_data_create(64, nullptr);
  for (std::size_t r = 0; r < set.rules().size(); ++r) {
    const Rule& rule = set.rules()[r];
    if (!sets[r]) continue;
    ++known;
    for (const RuleExample& ex : rule.examples) {
      const auto* subject = reinterpret_cast<PCRE2_SPTR>(ex.text.data());
      for (std::size_t start = 0; start <= ex.text.size();) {
        int rc = pcre2_match(rule.code, subject, ex.text.size(), start, 0, data, nullptr);
        if (rc < 0) break;
        // Where the attempt began: before a \K, the match's reported start is later.
        std::size_t begin = pcre2_get_startchar(data);
        if (begin < ex.text.size() && !std::isalnum(static_cast<unsigned char>(ex.text[begin]))) {
          // A match that begins with punctuation: at a byte of the lead.
          INFO(rule.name, ": '", ex.text, "' at ", begin);
          CHECK(sets[r]->lead[static_cast<unsigned char>(ex.text[begin])]);
          ++checked;
          std::size_t me = pcre2_get_ovector_pointer(data)[1];
          start = me > start ? me : start + 1;
          continue;
        }
        std::size_t end = begin;
        while (end < ex.text.size() && std::isalnum(static_cast<unsigned char>(ex.text[end]))) ++end;
        std::string word = ex.text.substr(begin, end - begin);
        for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        INFO(rule.name, ": '", ex.text, "' at ", begin);
        CHECK(sets[r]->admits(word, end < ex.text.size() ? static_cast<unsigned char>(ex.text[end]) : -1));
        // The next word of the text: the match's second word when the match reaches it.
        std::size_t second = end;
        while (second < ex.text.size() && !std::isalnum(static_cast<unsigned char>(ex.text[second]))) ++second;
        std::size_t second_end = second;
        while (second_end < ex.text.size() && std::isalnum(static_cast<unsigned char>(ex.text[second_end]))) ++second_end;
        std::size_t me = pcre2_get_ovector_pointer(data)[1];
        std::string_view second_word = std::string_view(ex.text).substr(second, second_end - second);
        CHECK(sets[r]->admits_second(word, me > second ? second_word : ""));
        // The third word, when the second one is there and the first is not free.
        if (me > second && !std::binary_search(sets[r]->free_words.begin(), sets[r]->free_words.end(), word_shape(word))) {
          std::size_t third = second_end;
          while (third < ex.text.size() && !std::isalnum(static_cast<unsigned char>(ex.text[third]))) ++third;
          std::size_t third_end = third;
          while (third_end < ex.text.size() && std::isalnum(static_cast<unsigned char>(ex.text[third_end]))) ++third_end;
          std::string_view third_word = std::string_view(ex.text).substr(third, third_end - third);
          CHECK(sets[r]->admits_third(second_word, me > third ? third_word : ""));
        }
        ++checked;
        start = me > start ? me : start + 1;
      }
    }
  }
  pcre2_match_data_free(data);
  CHECK(known * 10 >= set.rules().size() * 9);  // nearly every rule is read
  CHECK(checked > 100);
}

TEST_CASE("shape hashes: a word and its shape hash alike; a table of shapes never misses a member's roles") {
  CHECK(shape_hash("2024") == shape_hash("####"));
  CHECK(shape_hash("Nov") == shape_hash("nov"));
  CHECK(shape_hash("FY25") == shape_hash("fy##"));
  CHECK(shape_hash("nov") != shape_hash("now"));
  // Distinct shapes: letters (digits would all be '#').
  auto word = [](int i) { return std::string{'w', static_cast<char>('a' + i % 26), static_cast<char>('a' + i / 26)}; };
  std::vector<std::string> shapes, others;
  for (int i = 0; i < 300; ++i) shapes.push_back(word(i));
  for (int i = 0; i < 300; i += 3) others.push_back(word(i));
  ShapeRoles roles({{&shapes, 1}, {&others, 4}});
  for (int i = 0; i < 300; ++i) CHECK(roles.roles(shape_hash(shapes[i])) == (i % 3 == 0 ? 5 : 1));
  CHECK(ShapeRoles().roles(shape_hash("the")) == 0);
  const auto the_a = strings({"the", "a"});
  CHECK(ShapeRoles({{&the_a, 2}}).roles(shape_hash("an")) == 0);
}
