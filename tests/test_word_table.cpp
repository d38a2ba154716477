// core/rules/word_table.h: the matcher's table of words, looked up by the
// word and the hash the candidate pass computed.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/rules/start_set.h"
#include "core/rules/word_table.h"

using namespace dateline;

TEST_CASE("every word is found with its value, and other words are not") {
  std::vector<std::pair<std::string, int>> entries;
  for (int i = 0; i < 2000; ++i) entries.emplace_back("w" + std::to_string(i), i);
  auto hash = [](std::string_view w) { return shape_hash(w); };
  WordTable<int> table(entries, hash);
  for (const auto& [word, value] : entries) {
    const int* found = table.find(word, hash(word));
    REQUIRE(found);
    CHECK(*found == value);
  }
  for (int i = 2000; i < 4000; ++i) {
    std::string other = "w" + std::to_string(i);
    CHECK_FALSE(table.find(other, hash(other)));
  }
  CHECK_FALSE(WordTable<int>().find("w1", hash("w1")));
}

TEST_CASE("words whose hashes collide are told apart by the word") {
  auto same = [](std::string_view) { return std::uint64_t{42}; };
  WordTable<int> table({{"may", 1}, {"march", 2}, {"june", 3}}, same);
  CHECK(*table.find("march", 42) == 2);
  CHECK(*table.find("june", 42) == 3);
  CHECK_FALSE(table.find("july", 42));
  auto zero = [](std::string_view) { return std::uint64_t{0}; };  // 0 is a hash like any other
  WordTable<int> zeros({{"a", 7}}, zero);
  CHECK(*zeros.find("a", 0) == 7);
  CHECK_FALSE(zeros.find("b", 0));
}
