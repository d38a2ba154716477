// core/io/flat_json: the fast reader of JSON Lines objects gives what
// nlohmann::json gives for every object of strings and nulls, and declines
// (nullopt) everything else, so that nlohmann can word the error.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/io/flat_json.h"

using namespace dateline;

namespace {

// The object as nlohmann reads it, in the flat reader's form (members sorted,
// as nlohmann keeps them); nullopt when nlohmann fails or finds another shape.
std::optional<FlatObject> by_nlohmann(const std::string& line) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
  if (!j.is_object()) return std::nullopt;
  FlatObject out;
  for (auto& [key, value] : j.items()) {
    if (value.is_string()) out.emplace_back(key, value.get<std::string>());
    else if (value.is_null()) out.emplace_back(key, std::nullopt);
    else return std::nullopt;
  }
  return out;
}

std::optional<FlatObject> sorted(std::optional<FlatObject> o) {
  if (o) std::sort(o->begin(), o->end());
  return o;
}

}  // namespace

TEST_CASE("strings, nulls, escapes and white space read as nlohmann reads them") {
  for (std::string line : {
           R"({"id": "a1", "text": "Nov. 5", "pub_date": "2024-10-02"})",
           R"(  {"text":"x","id":null}  )",
           "{\t\"text\" :\r\n\"two\\nlines\" }",
           R"({})",
           R"({"text": "quote \" backslash \\ slash \/ \b\f\n\r\t"})",
           R"({"text": "caf\u00e9 \u2019 \ud83d\ude00 \u0041"})",
           "{\"text\": \"caf\xC3\xA9 as bytes\"}",
           R"({"": ""})",
       }) {
    INFO(line);
    auto fast = read_flat_object(line);
    REQUIRE(fast);
    CHECK(sorted(fast) == sorted(by_nlohmann(line)));
  }
}

TEST_CASE("anything but an object of strings and nulls is declined, valid JSON or not") {
  for (std::string line : {
           R"({"id": 7, "text": "x"})",          // a number
           R"({"text": "x", "tags": ["a"]})",    // an array
           R"({"text": "x", "ok": true})",       // a boolean
           R"({"text": "x", "text": "y"})",      // a key twice
           R"(["text"])",                        // not an object
           R"({"text": "x"} trailing)",          // more after the object
           R"({"text": "x",})",                  // a trailing comma
           R"({"text": "x)",                     // unterminated
           "{\"text\": \"tab\tinside\"}",        // a raw control byte
           R"({"text": "\x41"})",                // an unknown escape
           R"({"text": "\ud83d alone"})",        // a lone high surrogate
           R"({"text": "\ude00"})",              // a lone low surrogate
           R"({"text": "\u12G4"})",              // a bad hex digit
           R"({"text": nul})",
           R"({text: "x"})",
           "",
       }) {
    INFO(line);
    CHECK_FALSE(read_flat_object(line));
  }
}

TEST_CASE("every line of the silver news corpus reads as nlohmann reads it") {
  std::filesystem::path corpus = std::filesystem::path(DATELINE_SHARED_DIR) / "data/bench/silver-news.jsonl";
  if (!std::filesystem::exists(corpus)) return;  // no shared data here
  std::ifstream in(corpus);
  std::string line;
  std::size_t lines = 0;
  while (std::getline(in, line)) {
    ++lines;
    auto fast = read_flat_object(line);
    REQUIRE(fast);
    REQUIRE(sorted(fast) == sorted(by_nlohmann(line)));
  }
  CHECK(lines > 1000);
}
