// Acceptance: the example article fixtures/article-2024-10-02.txt, published
// 2024-10-02, yields the expressions issue 2 lists, and nothing for "2%" or
// "overnight".
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/normalizer.h"

using namespace dateline;

namespace {

struct Seed {
  std::string text;
  std::vector<Timex> timexes;
};

const Seed& seed() {
  static const Seed s = [] {
    Seed out;
    std::ifstream in(std::filesystem::path(DATELINE_SOURCE_DIR) / "fixtures" / "article-2024-10-02.txt",
                     std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot read fixtures/article-2024-10-02.txt");
    std::stringstream buf;
    buf << in.rdbuf();
    out.text = buf.str();
    out.timexes = Normalizer().extract(out.text, parse_reference("2024-10-02"));
    return out;
  }();
  return s;
}

// Byte offsets of every occurrence of `needle` in the article.
std::vector<std::size_t> occurrences(const std::string& needle) {
  std::vector<std::size_t> at;
  for (auto p = seed().text.find(needle); p != std::string::npos; p = seed().text.find(needle, p + 1))
    at.push_back(p);
  return at;
}

// The expression at exactly [begin, begin + length), or null.
const Timex* at_extent(std::size_t begin, std::size_t length) {
  for (const auto& t : seed().timexes)
    if (t.begin == begin && t.end == begin + length) return &t;
  return nullptr;
}

// The expression whose extent is exactly the `n`th occurrence of `text`.
const Timex* expression(const std::string& text, std::size_t n = 0) {
  auto at = occurrences(text);
  REQUIRE_MESSAGE(at.size() > n, "the article has no occurrence " << n << " of '" << text << "'");
  const Timex* t = at_extent(at[n], text.size());
  CHECK_MESSAGE(t != nullptr, "no expression at '" << text << "' (occurrence " << n << ")");
  return t;
}

bool overlaps_any(const std::string& text) {
  for (auto at : occurrences(text))
    for (const auto& t : seed().timexes)
      if (t.begin < at + text.size() && at < t.end) return true;
  return false;
}

}  // namespace

TEST_CASE("seed article: Wednesday is the publication day") {
  const Timex* t = expression("Wednesday");
  REQUIRE(t);
  CHECK(t->value == "2024-10-02");
  CHECK(t->type == TimexType::Date);
}

TEST_CASE("seed article: Nov. 5 is the coming election day") {
  const Timex* t = expression("Nov. 5");
  REQUIRE(t);
  CHECK(t->value == "2024-11-05");
  CHECK(t->type == TimexType::Date);
}

TEST_CASE("seed article: both Tuesdays are the day before publication") {
  REQUIRE(occurrences("Tuesday").size() == 2);
  for (std::size_t n = 0; n < 2; ++n) {
    CAPTURE(n);
    const Timex* t = expression("Tuesday", n);
    REQUIRE(t);
    CHECK(t->value == "2024-10-01");
    CHECK(t->type == TimexType::Date);
  }
}

TEST_CASE("seed article: 2027 in 'by 2027' is the year") {
  auto by = occurrences("by 2027");
  REQUIRE(by.size() == 1);
  const Timex* t = at_extent(by[0] + 3, 4);
  REQUIRE_MESSAGE(t, "no expression at '2027'");
  CHECK(t->value == "2027");
  CHECK(t->type == TimexType::Date);
}

TEST_CASE("seed article: 'a day' after is a duration of one day") {
  const Timex* t = expression("a day");
  REQUIRE(t);
  CHECK(t->value == "P1D");
  CHECK(t->type == TimexType::Duration);
}

TEST_CASE("seed article: 'at a future date' yields 'a future date', FUTURE_REF") {
  auto at = occurrences("at a future date");
  REQUIRE(at.size() == 1);
  const Timex* t = at_extent(at[0] + 3, std::string("a future date").size());
  REQUIRE_MESSAGE(t, "no expression at 'a future date'");
  CHECK(t->value == "FUTURE_REF");
  CHECK(t->type == TimexType::Date);
}

TEST_CASE("seed article: nothing for 2% or overnight") {
  REQUIRE(occurrences("2%").size() == 1);
  REQUIRE(occurrences("overnight").size() == 1);
  CHECK_FALSE(overlaps_any("2%"));
  CHECK_FALSE(overlaps_any("overnight"));
}

TEST_CASE("seed article: the shipped fixture is the shared seed article") {
  std::filesystem::path shared = std::filesystem::path(DATELINE_SHARED_DIR) / "seed" / "article-2024-10-02.txt";
  if (!std::filesystem::exists(shared)) {
    MESSAGE("skipped: " << shared.string() << " is absent");
    return;
  }
  std::ifstream in(shared, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  CHECK(buf.str() == seed().text);
}
