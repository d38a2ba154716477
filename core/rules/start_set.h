// Where a match of a rule can begin, read from its compiled pattern, so that
// the matcher can try the rule (anchored) only at those words instead of
// letting PCRE2 scan every byte of a window.
//
// Every compiled rule opens with `(?<![A-Za-z0-9])` (core/rules/ruleset.cpp),
// so a match that begins with a letter or a digit begins a word of the
// matcher's tokenizer (a run of ASCII letters and digits). The analysis
// follows the pattern from its start through optional items, counted
// repetitions and every alternative, collecting the first word's shape
// (lower-case letters, `#` for any digit) until a byte that is never a letter
// or digit ends it:
//  - `words`: the whole first word ("the" in "(?:the )?{month}", "####" in
//    "\d{4}-\d\d");
//  - `prefixes`: how the first word begins when the pattern does not say
//    where it ends ("ye" in "ye[a-z]+"); a run of digits ("\d+") is not
//    such a case: it is read as 1 to 9 digits, the 9 standing for more too
//    (see word_shape);
//  - `next`: the bytes that may follow the first word;
//  - the same for the second word, read on from where the first one ends,
//    and which first words may be followed by anything; and for the third
//    word, read on from where the second one ends ("1.5 percent" is no
//    start of "{number} to {number} {unit}": "percent" cannot come third).
// A match may also begin with punctuation followed by a word ("'90s"):
// `lead` holds the bytes it may begin with (the words after it are read as
// first words too). Lookarounds, `\b` and `\K` consume nothing and are
// stepped over (they only narrow the matches). Anything it cannot read with
// certainty — a match that may be punctuation only, a class of letters, a
// back-reference — gives nullopt, and the rule keeps PCRE2's own scan. The
// result is thus always a superset of where matches begin.
#pragma once

#include <array>
#include <bitset>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dateline {

struct StartSet {
  std::vector<std::string> words;     // shapes, sorted, unique
  std::vector<std::string> prefixes;  // shapes, sorted, unique
  std::bitset<256> next;              // bytes that may follow a word of `words`; all when there are prefixes
  // Bytes a match may begin with when it begins with punctuation ("'90s"),
  // a word following; such a match is tried at these bytes between words.
  std::bitset<256> lead;
  // The second word of a match (the next word of the text), unless the first
  // word is one of `free_words` (the match may end after it, or the pattern
  // does not say what comes next) or matched a prefix.
  std::vector<std::string> second_words;     // shapes, sorted, unique
  std::vector<std::string> second_prefixes;  // shapes, sorted, unique
  std::vector<std::string> free_words;       // shapes, sorted, unique; a subset of `words`
  // The third word the same way, after a second word of `second_words`
  // unless it is one of `free_second_words`.
  std::vector<std::string> third_words;        // shapes, sorted, unique
  std::vector<std::string> third_prefixes;     // shapes, sorted, unique
  std::vector<std::string> free_second_words;  // shapes, sorted, unique; a subset of `second_words`

  // True when a match may begin at `word` (as written), followed by the byte
  // `next_byte` (-1: the subject ends there).
  bool admits(std::string_view word, int next_byte = -1) const;
  // True when `word` (as written; empty: none) may come second in a match
  // that begins with `first`.
  bool admits_second(std::string_view first, std::string_view word) const;
  // True when `word` (as written; empty: none) may come third in a match
  // whose second word is `second` (admitted by admits_second; the first word
  // not free).
  bool admits_third(std::string_view second, std::string_view word) const;
};

// A word's shape: lower-case, each digit written `#`, and a run of more than
// kShapeDigitRun digits written as that many: "1234567890" is "#########",
// which stands for any run of nine digits or more. So a pattern's "\d+" is
// a few shapes, each a whole word whose next byte and next word can be read.
inline constexpr std::size_t kShapeDigitRun = 9;
std::string word_shape(std::string_view word);

// What a byte of a word is in its shape: lower-case, '#' for a digit, 0 for
// a byte that is no letter or digit (it ends the word).
inline constexpr std::array<char, 256> kShapeByte = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c)
    t[c] = (c >= '0' && c <= '9')   ? '#'
           : (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a')
           : (c >= 'a' && c <= 'z') ? static_cast<char>(c)
                                    : 0;
  return t;
}();

// The hash of a word's shape: shape_hash() of the word or of its shape, or
// hash_shape_bytes() of the shape's `n` bytes at `p` when the caller has
// written them already (the matcher, as it reads a word). It reads 8 bytes
// at a time, so `p` must have 7 readable bytes past the shape; the bytes
// past it do not count. hash_zero_padded_shape() gives the same value for
// a shape followed by zero bytes up to a multiple of 8 (the caller zeroes
// them), without masking the last 8.
template <bool kZeroPadded>
inline std::uint64_t hash_shape_bytes_of(const char* p, std::size_t n) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
  std::uint64_t h = n * kMul;
  for (std::size_t i = 0; i < n; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, p + i, 8);
    // Little-endian: the first n - i bytes.
    if (!kZeroPadded && n - i < 8) w &= (std::uint64_t{1} << (8 * (n - i))) - 1;
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 31);
}
inline std::uint64_t hash_shape_bytes(const char* p, std::size_t n) { return hash_shape_bytes_of<false>(p, n); }
inline std::uint64_t hash_zero_padded_shape(const char* p, std::size_t n) { return hash_shape_bytes_of<true>(p, n); }
std::uint64_t shape_hash(std::string_view word);

// Shapes kept as hashes, each with the roles it has in a start set (bits: a
// first word, a free first word, ...), for a quick "which roles may this
// word have": never missing a role the word has, seldom giving one it has
// not (a collision of hashes, which costs the matcher an attempt that
// fails). All of a rule's sets are one table, so a word is one probe.
class ShapeRoles {
 public:
  ShapeRoles() = default;
  // Each set of shapes with its role bit.
  explicit ShapeRoles(const std::vector<std::pair<const std::vector<std::string>*, std::uint8_t>>& sets);
  std::uint8_t roles(std::uint64_t hash) const {
    // Most words of a window are in no set: a 256-bit filter on the top
    // byte of the hash turns nearly all of them away in a few instructions.
    if (!((filter_[hash >> 62] >> ((hash >> 56) & 63)) & 1)) return 0;
    if (hash == 0) hash = 1;  // 0 marks an empty slot
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].hash == hash) return slots_[i].roles;
      if (slots_[i].hash == 0) return 0;
    }
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::uint8_t roles = 0;
  };
  std::vector<Slot> slots_;  // open addressing, at most half full
  std::size_t mask_ = 0;
  std::uint64_t filter_[4] = {0, 0, 0, 0};  // bit (hash >> 56) set for each member
};

// True when `word` (as written) begins with the shape `prefix_shape`.
bool shape_starts_with(std::string_view word, std::string_view prefix_shape);

// Reads the start sets of compiled patterns (Rule::expanded), one at a time;
// what they have in common (a vocabulary's alternation) is parsed once. Not
// thread-safe; the patterns must outlive the reader.
class StartSetReader {
 public:
  StartSetReader();
  ~StartSetReader();
  std::optional<StartSet> read(std::string_view expanded);

 private:
  struct Memory;
  std::unique_ptr<Memory> memory_;
};

}  // namespace dateline
