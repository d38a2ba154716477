// core/rules/letter_run_search: which sets of letter strings occur in a text,
// found in one pass; the same answer as searching for each string.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/rules/letter_run_search.h"

using namespace dateline;

TEST_CASE("each set's bit is set when one of its strings occurs, in either case, overlapping or not") {
  LetterRunSearch search({{"he", "she"}, {"hers"}, {"ago"}, {"his"}});
  CHECK(search.find("USHERS") == 0b0011);  // "she", "he" and "hers" overlap
  CHECK(search.find("a year ago.") == 0b0100);
  CHECK(search.find("Chicago") == 0b0100);  // inside a word counts, as in a substring search
  CHECK(search.find("this") == 0b1000);
  CHECK(search.find("") == 0);
}

TEST_CASE("no string spans a byte that is not a letter") {
  LetterRunSearch search({{"ago"}, {"ab"}});
  CHECK(search.find("a-go a go a1go") == 0);
  CHECK(search.find("xaab") == 0b10);  // a failed "aa" still finds "ab"
}

TEST_CASE("a string with anything but a-z is left out, and sets past the 64th get no bit") {
  std::vector<std::vector<std::string>> sets(70, std::vector<std::string>{"zz"});
  sets[0] = {"per cent", "Q3"};
  LetterRunSearch search(sets);
  CHECK(search.find("per cent Q3") == 0);
  CHECK(search.find("zz") == ~std::uint64_t{1});
}

TEST_CASE("the same answer as a substring search, on every window of a text") {
  std::vector<std::vector<std::string>> sets = {{"ago"}, {"earlier", "before", "previously"}, {"quarter"},
                                                {"th", "st", "nd", "rd"}, {"year"}, {"the"}};
  LetterRunSearch search(sets);
  std::string text = "Three years ago, the FIRST quarter was weaker than the 2nd; Chicago previously said so.";
  std::string lower = text;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::size_t b = 0; b < text.size(); b += 3)
    for (std::size_t e = b; e <= text.size(); e += 5) {
      std::uint64_t expected = 0;
      for (std::size_t i = 0; i < sets.size(); ++i)
        for (const std::string& s : sets[i])
          if (std::string_view(lower).substr(b, e - b).find(s) != std::string_view::npos) expected |= 1u << i;
      CHECK(search.find(std::string_view(text).substr(b, e - b)) == expected);
    }
}

TEST_CASE("strings too many for the automaton's 16-bit states: every set counts as found") {
  // 3,000 distinct strings of 30 letters need some 90,000 states.
  std::vector<std::vector<std::string>> sets(2);
  sets[0] = {"ago"};
  for (int i = 0; i < 3000; ++i) {
    std::string s(30, 'a');
    for (int k = 0, v = i; k < 6; ++k, v /= 26) s[k] = static_cast<char>('a' + v % 26);
    sets[1].push_back(s);
  }
  LetterRunSearch search(sets);
  CHECK(search.find("") == 0b11);  // a superset: no rule is skipped wrongly
  CHECK(search.find("nothing here") == 0b11);
}
