// The TempEval-3 tokenization that extent scoring compares on.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/eval/te3_tokenizer.h"

namespace {

std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : dateline::eval::te3_tokenize(text)) out.emplace_back(text.substr(t.begin, t.end - t.begin));
  return out;
}

using W = std::vector<std::string>;

}  // namespace

TEST_CASE("te3 tokenizer: table") {
  struct Case {
    const char* text;
    W expected;
  };
  const Case cases[] = {
      {"by the mid-1990s", {"by", "the", "mid", "-", "1990s"}},
      {"a two-year strategy", {"a", "two", "-", "year", "strategy"}},
      {"an 8-month-old truce", {"an", "8-month-old", "truce"}},
      {"the U.S. embassy", {"the", "U.S.", "embassy"}},
      {"embassies in the U.S.", {"embassies", "in", "the", "U.S."}},
      {"Wednesday's ruling", {"Wednesday", "'s", "ruling"}},
      {"the companies' profits", {"the", "companies", "'", "profits"}},
      {"it didn't", {"it", "did", "n't"}},
      {"on Jan. 2", {"on", "Jan.", "2"}},
      {"Sept. 30, 1989", {"Sept.", "30", ",", "1989"}},
      {"Acme Corp. said", {"Acme", "Corp.", "said"}},
      {"at 10 p.m. Wednesday", {"at", "10", "p.m.", "Wednesday"}},
      {"at 6 a.m", {"at", "6", "a.m"}},
      {"He left Friday.", {"He", "left", "Friday", "."}},
      {"in 1998.", {"in", "1998", "."}},
      {"John F. Kennedy", {"John", "F.", "Kennedy"}},
      {"``It was a bomb,'' he said.", {"``", "It", "was", "a", "bomb", ",", "''", "he", "said", "."}},
      {"\"Today,\" she said", {"\"", "Today", ",", "\"", "she", "said"}},
      {"(Xinhua) --", {"(", "Xinhua", ")", "--"}},
      {"week--and", {"week", "--", "and"}},
      {"[last year]", {"[", "last", "year", "]"}},
      {"$1,000 or 3.5% at 10:30 on 11/02/89", {"$1,000", "or", "3.5%", "at", "10:30", "on", "11/02/89"}},
      {"Wait...", {"Wait", "..."}},
      {"year's end.", {"year", "'s", "end", "."}},
      {"  spaced\n\tout  ", {"spaced", "out"}},
      {"", {}},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    CHECK(words(c.text) == c.expected);
  }
}

TEST_CASE("te3 tokenizer: offsets are byte offsets into the text") {
  const std::string text = "caf\xC3\xA9 Friday's";
  auto tokens = dateline::eval::te3_tokenize(text);
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].begin == 0);
  CHECK(tokens[0].end == 5);
  CHECK(tokens[1].begin == 6);
  CHECK(tokens[1].end == 12);
  CHECK(tokens[2].begin == 12);
  CHECK(tokens[2].end == 14);
}

TEST_CASE("te3 tokenizer: which final periods belong to the word") {
  using dateline::eval::keeps_final_period;
  CHECK(keeps_final_period("U.S."));
  CHECK(keeps_final_period("a.m."));
  CHECK(keeps_final_period("Jan."));
  CHECK(keeps_final_period("SEPT."));
  CHECK(keeps_final_period("Inc."));
  CHECK(keeps_final_period("Mr."));
  CHECK_FALSE(keeps_final_period("Friday."));
  CHECK_FALSE(keeps_final_period("1998."));
  CHECK_FALSE(keeps_final_period("a."));
}
