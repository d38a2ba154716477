// The shortcuts the timeline takes for speed give exactly what the plain
// ways give: JsonAppender::string escapes as nlohmann's dump() does (and
// fails as it does on invalid UTF-8), the JSON Lines dates equal iso8601().
// (The character offsets are core/text/utf8.h's, tested in test_utf8.cpp.)
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "core/io/json_appender.h"
#include "core/text/utf8.h"
#include "core/timeline/function_words.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_writers.h"

using namespace dateline;

namespace {

// Random strings over bytes that matter to escaping and UTF-8: plain
// letters, the escaped ASCII characters, DEL, and pieces of valid and broken
// multi-byte sequences.
std::string random_text(std::mt19937& rng, std::size_t max_length) {
  static const std::string kPieces[] = {
      "a", "Z", " ", "\"", "\\", "\n", "\t", "\r", "\b", "\f", "\x01", "\x1F", "\x7F", "/",
      "\xC3\xA9",          // é
      "\xE2\x80\x94",      // —
      "\xF0\x9F\x98\x80",  // emoji
      "\xED\x9F\xBF",      // U+D7FF, the last before the surrogates
      "\xEF\xBF\xBD",      // U+FFFD
      "\xF4\x8F\xBF\xBF",  // U+10FFFF
      "\x80", "\xC3", "\xE2\x80", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xF8", "\xFF",
      "plain ascii words here",
  };
  std::uniform_int_distribution<std::size_t> length(0, max_length);
  std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1);
  std::string s;
  for (std::size_t n = length(rng); n > 0; --n) s += kPieces[piece(rng)];
  return s;
}

// What dump() writes for the string, or "<error>" when it throws.
std::string dumped(const std::string& s) {
  try {
    return nlohmann::json(s).dump();
  } catch (const nlohmann::json::type_error&) {
    return "<error>";
  }
}

std::string appended(const std::string& s) {
  std::string out = "{";  // text before stays as it is
  try {
    JsonAppender(out).string(s);
  } catch (const nlohmann::json::type_error&) {
    return "<error>";
  }
  REQUIRE(out.front() == '{');
  return out.substr(1);
}

}  // namespace

TEST_CASE("JsonAppender::string writes what nlohmann's dump() writes") {
  for (int c = 0; c < 256; ++c) {
    std::string s(1, static_cast<char>(c));
    CAPTURE(c);
    CHECK(appended(s) == dumped(s));
    CHECK(appended("abcdefgh" + s + "ijklmnop") == dumped("abcdefgh" + s + "ijklmnop"));
  }
  // Every byte at every place of a 16-byte block read after the first 8
  // plain bytes (the SSE2 test of long plain runs).
  for (int c = 0; c < 256; ++c)
    for (std::size_t k = 0; k < 16; ++k) {
      const std::string s = "abcdefgh" + std::string(k, 'x') + static_cast<char>(c) + std::string(20, 'y');
      CAPTURE(c);
      CAPTURE(k);
      CHECK(appended(s) == dumped(s));
    }
  CHECK(appended("") == "\"\"");
  CHECK(appended("caf\xC3\xA9 \"x\"\x01") == "\"caf\xC3\xA9 \\\"x\\\"\\u0001\"");
  CHECK(appended("bad \xC3") == "<error>");
  std::mt19937 rng(7);
  int errors = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string s = random_text(rng, 12);
    CAPTURE(s);
    const std::string expected = dumped(s);
    errors += expected == "<error>";
    REQUIRE(appended(s) == expected);
  }
  CHECK(errors > 1000);  // the invalid inputs were exercised
  CHECK(errors < 19000);
}

TEST_CASE("timeline JSON Lines: start and end as iso8601 writes them, at any time of day and year") {
  using namespace std::chrono;
  const LocalSeconds kDays[] = {
      date::local_days{date::year{2024} / 10 / 2},  date::local_days{date::year{0} / 1 / 1},
      date::local_days{date::year{9999} / 12 / 31}, date::local_days{date::year{10000} / 1 / 1},
      date::local_days{date::year{-44} / 3 / 15},   date::local_days{date::year{1} / 2 / 28},
  };
  const seconds kTimes[] = {seconds{0}, seconds{1}, seconds{59}, seconds{3600}, seconds{45296}, seconds{86399}};
  for (LocalSeconds day : kDays) {
    for (seconds time : kTimes) {
      TimelineEntry e;
      e.date = "X";
      e.interval = Interval{day + time, day + time + seconds{86400}, Grain::Second};
      std::string line;
      append_entry_jsonl(line, e);
      CAPTURE(iso8601(day + time));
      CHECK(line == entry_to_json(e).dump() + "\n");
      CHECK(line.find("\"start\":\"" + iso8601(day + time) + "\"") != std::string::npos);
    }
  }
}

TEST_CASE("function words: one lookup answers every question, in any case") {
  using namespace dateline::timeline;
  CHECK(function_word_info("The").is(FunctionClass::Determiner));
  CHECK_FALSE(function_word_info("The").is(FunctionClass::Modal));
  CHECK(function_word_info("DID").is(FunctionClass::Auxiliary));
  CHECK(function_word_info("did").is(FunctionClass::Modal));
  CHECK(function_word_info("Throughout").relation() == Relation::Within);
  CHECK(function_word_info("until").relation() == Relation::Ends);
  CHECK(function_word_info("until").is(FunctionClass::Subordinator));
  CHECK_FALSE(function_word_info("share").is_any());  // Amount only
  CHECK(function_word_info("share").is(FunctionClass::Amount));
  CHECK(function_word_info("per").is_any());  // Amount and Other
  for (std::string_view none : {"", "election", "thee", "a'", "previouslyy", "abcdefghijklmnopq"}) {
    CAPTURE(none);
    CHECK(function_word_info(none).classes == 0);
    CHECK_FALSE(function_word_info(none).relation());
  }
  CHECK(is_function_word("Meanwhile", FunctionClass::Adverb));
  CHECK(is_any_function_word("they"));
  CHECK(relation_of_signal("Following") == Relation::After);
}
