// UTF-8 handling: repairing invalid input and mapping byte offsets to the
// Unicode character (code point) offsets that dateline's outputs use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
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

// Number of code points in a valid UTF-8 string.
std::size_t count_chars(std::string_view s);

// Maps byte offsets of a UTF-8 text to code point offsets: the code points
// that start before the byte; an offset past the end maps to the end. Every
// output (JSON, text, timelines) asks for the offsets of expressions, which
// come mostly in text order: an offset at or after the previous one is
// counted on from it, reading the text only up to the last one asked. The
// first offset asked behind the previous one builds a count per 16-byte
// block, and from then on every offset costs a block's count at most (a
// timeline asks for its events' and expressions' offsets in turn, and
// counting on from the previous offset there cost 1% more instructions).
// One per document; not thread-safe.
class CharOffsets {
 public:
  explicit CharOffsets(std::string_view text) : text_(text) {}
  std::size_t to_char(std::size_t byte) const {
    if (byte > text_.size()) byte = text_.size();
    if (byte >= byte_ && chars_before_.empty()) {
      chars_ += count_chars(text_.substr(byte_, byte - byte_));
    } else {
      if (chars_before_.empty()) count_blocks();
      const std::size_t begin = byte / kBlock * kBlock;  // of the byte's block
      std::size_t chars = chars_before_[byte / kBlock] + (byte - begin);
      for (std::size_t i = begin; i + 8 <= byte; i += 8) chars -= continuations_in_word(i);
      for (std::size_t i = byte & ~std::size_t{7}; i < byte; ++i) chars -= is_continuation(text_[i]);
      chars_ = chars;
    }
    byte_ = byte;
    return chars_;
  }

 private:
  static constexpr std::size_t kBlock = 16;
  static bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
  // UTF-8 continuation bytes (10xxxxxx) among the 8 bytes at `i`, as
  // count_chars counts them.
  std::size_t continuations_in_word(std::size_t i) const {
    std::uint64_t w;
    std::memcpy(&w, text_.data() + i, 8);
    return static_cast<std::size_t>((((w & ~(w << 1) & 0x8080808080808080ull) >> 7) * 0x0101010101010101ull) >> 56);
  }
  void count_blocks() const;

  std::string_view text_;
  mutable std::size_t byte_ = 0, chars_ = 0;         // the previous offset asked, and its answer
  mutable std::vector<std::uint32_t> chars_before_;  // per block, once an offset was asked out of order
};

}  // namespace dateline
