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

TEST_CASE("find_zero_padded finds what find finds, with the hash of the padded shape") {
  std::vector<std::pair<std::string, int>> entries = {{"a", 1},         {"may", 2},      {"tomorrow", 3},
                                                      {"yesterdays", 4}, {"fortnightly", 5}, {"sixteenthcentury", 6}};
  auto hash = [](std::string_view w) { return shape_hash(w); };
  WordTable<int> table(entries, hash);
  for (std::string word : {"a", "may", "tomorrow", "yesterdays", "fortnightly", "sixteenthcentury", "mays", "tomorro",
                           "b", "sixteenthcenturyx"}) {
    CAPTURE(word);
    const std::size_t n = word.size();
    word.append(8, '\0');  // zero bytes up to a multiple of 8, and beyond
    CHECK(hash_zero_padded_shape(word.data(), n) == hash(word.substr(0, n)));
    const int* padded = table.find_zero_padded(std::string_view(word.data(), n), hash(word.substr(0, n)));
    const int* plain = table.find(word.substr(0, n), hash(word.substr(0, n)));
    CHECK(padded == plain);
  }
  auto same = [](std::string_view) { return std::uint64_t{42}; };  // colliding hashes: the key decides
  WordTable<int> colliding({{"march", 2}, {"marcha", 3}}, same);
  std::string marc(16, '\0');
  marc.replace(0, 5, "march");
  CHECK(*colliding.find_zero_padded(std::string_view(marc.data(), 5), 42) == 2);
  CHECK_FALSE(colliding.find_zero_padded(std::string_view(marc.data(), 4), 42));
}
