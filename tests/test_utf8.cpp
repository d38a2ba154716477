// core/text/utf8: invalid input is repaired to U+FFFD with the offsets of
// what was replaced; byte offsets map to code point offsets.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "core/text/utf8.h"

using namespace dateline;

namespace {
const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD
}

TEST_CASE("repair_utf8 keeps valid text byte for byte") {
  std::vector<std::size_t> replaced;
  std::string text = "Ishiba \xE2\x80\x94 Japan\xE2\x80\x99s leader, caf\xC3\xA9, \xF0\x9F\x93\x85";
  CHECK(repair_utf8(text, &replaced) == text);
  CHECK(replaced.empty());
  CHECK(is_valid_utf8(text));
  CHECK(repair_utf8("") == "");
}

TEST_CASE("repair_utf8 replaces each invalid byte and reports its offset") {
  std::vector<std::size_t> replaced;
  // A lone continuation byte at 3, a Latin-1 e-acute at 8.
  std::string out = repair_utf8("abc\x80" "defg\xE9h", &replaced);
  CHECK(out == "abc" + kReplacement + "defg" + kReplacement + "h");
  CHECK(replaced == std::vector<std::size_t>{3, 8});
}

TEST_CASE("repair_utf8 rejects truncated, overlong, surrogate and out-of-range sequences") {
  std::vector<std::size_t> replaced;
  // Truncated three-byte sequence at the end: each byte becomes U+FFFD.
  CHECK(repair_utf8("x\xE2\x80", &replaced) == "x" + kReplacement + kReplacement);
  CHECK(replaced == std::vector<std::size_t>{1, 2});
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong three-byte form
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // UTF-16 surrogate D800
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xF5\x80\x80\x80"));
  CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));        // U+10FFFF itself
}

TEST_CASE("repair_utf8 replaces NUL bytes, which the text never contains") {
  std::vector<std::size_t> replaced;
  std::string in("a\0b", 3);
  CHECK_FALSE(is_valid_utf8(in));
  CHECK(repair_utf8(in, &replaced) == "a" + kReplacement + "b");
  CHECK(replaced == std::vector<std::size_t>{1});
}

TEST_CASE("CharOffsets maps byte offsets to code point offsets") {
  SUBCASE("ASCII text: offsets are unchanged") {
    CharOffsets index("Nov. 5, 2024");
    CHECK(index.to_char(0) == 0);
    CHECK(index.to_char(5) == 5);
    CHECK(index.to_char(12) == 12);
  }
  SUBCASE("two-, three- and four-byte characters count once") {
    // "é" (2 bytes) "’" (3 bytes) "📅" (4 bytes)
    std::string text = "caf\xC3\xA9 Japan\xE2\x80\x99s \xF0\x9F\x93\x85 Nov. 5";
    CharOffsets index(text);
    CHECK(index.to_char(3) == 3);    // start of é
    CHECK(index.to_char(5) == 4);    // the space after é
    CHECK(index.to_char(11) == 10);  // start of ’
    CHECK(index.to_char(14) == 11);  // the s after ’
    CHECK(index.to_char(16) == 13);  // start of 📅
    CHECK(index.to_char(20) == 14);  // the space after it
    auto nov = text.find("Nov. 5");
    CHECK(index.to_char(nov) == 15);
    CHECK(index.to_char(text.size()) == count_chars(text));
    CHECK(count_chars(text) == 21);
  }
  SUBCASE("count_chars, eight bytes at a time, agrees with a byte-by-byte count on every span") {
    std::string text = "caf\xC3\xA9 Japan\xE2\x80\x99s \xF0\x9F\x93\x85 Nov. 5 \xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9 plain ASCII";
    for (std::size_t b = 0; b <= text.size(); ++b)
      for (std::size_t e = b; e <= text.size(); ++e) {
        std::size_t slow = 0;
        for (std::size_t i = b; i < e; ++i) slow += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        CHECK(count_chars(std::string_view(text).substr(b, e - b)) == slow);
      }
  }
  SUBCASE("an offset past the end maps to the end") {
    std::string text = "\xC3\xA9t\xC3\xA9";
    CharOffsets index(text);
    CHECK(index.to_char(text.size()) == 3);
    CHECK(index.to_char(text.size() + 10) == 3);
    CharOffsets ascii("Nov. 5");
    CHECK(ascii.to_char(100) == 6);
  }
}

TEST_CASE("CharOffsets: every byte's offset, asked in text order, backwards and at random") {
  // Counting on from the previous offset and the per-block counts (built
  // when an offset is asked behind the previous one) give what counting
  // the text up to the byte gives.
  std::mt19937 rng(11);
  for (int i = 0; i < 300; ++i) {
    std::string text;
    for (std::size_t n = rng() % 200; n > 0; --n) {
      switch (rng() % 5) {
        case 0: text += "\xC3\xA9"; break;
        case 1: text += "\xE2\x80\x94"; break;
        case 2: text += "\xF0\x9F\x98\x80"; break;
        default: text += static_cast<char>('a' + rng() % 26);
      }
    }
    CAPTURE(text);
    auto expected = [&](std::size_t b) { return count_chars(std::string_view(text).substr(0, b)); };
    CharOffsets forward(text), backward(text), random(text);
    for (std::size_t b = 0; b <= text.size(); ++b) {
      CAPTURE(b);
      REQUIRE(forward.to_char(b) == expected(b));
      REQUIRE(backward.to_char(text.size() - b) == expected(text.size() - b));
      const std::size_t r = rng() % (text.size() + 1);
      REQUIRE(random.to_char(r) == expected(r));
    }
  }
}

TEST_CASE("is_valid_utf8 says yes exactly when repair_utf8 would change nothing") {
  // Random byte strings biased towards UTF-8 lead and continuation bytes,
  // and NUL; the validator (simdjson) and the repair (byte by byte) agree.
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&] {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    return state;
  };
  const unsigned char pool[] = {'a', ' ', 0x00, 0x7F, 0x80, 0xBF, 0xC2, 0xDF, 0xE0, 0xED, 0xEF,
                                0xF0, 0xF4, 0xF5, 0xA0, 0x9F, 0x90, 0x8F, 0xC0, 0xFF};
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const std::size_t len = next() % 40;
    for (std::size_t i = 0; i < len; ++i) s += static_cast<char>(pool[next() % sizeof pool]);
    CAPTURE(s);
    CHECK(is_valid_utf8(s) == (repair_utf8(s) == s));
  }
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("Nov. 5 \xE2\x80\x94 caf\xC3\xA9"));
  CHECK_FALSE(is_valid_utf8(std::string("a\0b", 3)));
}
