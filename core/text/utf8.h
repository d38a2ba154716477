// UTF-8 handling: repairing invalid input and mapping byte offsets to the
// Unicode character (code point) offsets that dateline's outputs use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// Returns `in` with every invalid UTF-8 sequence (and NUL byte) replaced by
// U+FFFD. The byte offsets (in `in`) of the replaced sequences go to
// `replaced` when it is not null.
std::string repair_utf8(std::string_view in, std::vector<std::size_t>* replaced = nullptr);

// The length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7:
// no overlong forms, no surrogates, nothing above U+10FFFF; NUL is one
// byte), or 0 when there is none. `i` must be inside `s`.
std::size_t utf8_sequence_length(std::string_view s, std::size_t i);

// True when `s` is valid UTF-8 without NUL bytes.
bool is_valid_utf8(std::string_view s);

// Maps byte offsets of a valid UTF-8 text to code point offsets. Built once
// per document; lookups are O(1) for offsets on character boundaries.
class CharIndex {
 public:
  explicit CharIndex(std::string_view text);
  std::size_t to_char(std::size_t byte_offset) const;

 private:
  std::vector<std::uint32_t> char_at_byte_;  // empty when the text is pure ASCII
};

// Number of code points in a valid UTF-8 string.
std::size_t count_chars(std::string_view s);

}  // namespace dateline
