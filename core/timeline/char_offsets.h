// Byte offset -> Unicode character offset in a UTF-8 text, as CharIndex
// (core/text/utf8.h) gives it, but built only when first asked and 16 times
// smaller: a count of code points per 16-byte block, the rest counted on
// demand. A timeline needs a few offsets per expression, not one per byte.
// Internal to core/timeline.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace dateline::timeline {

class CharOffsets {
 public:
  explicit CharOffsets(std::string_view text) : text_(text) {}

  // The number of code points that start before `byte` (clamped to the text).
  std::uint32_t to_char(std::size_t byte) const {
    if (byte > text_.size()) byte = text_.size();
    if (!built_) build();
    const std::size_t block = byte / kBlock;
    std::size_t continuations = continuations_before_[block];
    for (std::size_t i = block * kBlock; i + 8 <= byte; i += 8) continuations += continuations_in_word(i);
    for (std::size_t i = byte & ~std::size_t{7}; i < byte; ++i) continuations += is_continuation(text_[i]);
    return static_cast<std::uint32_t>(byte - continuations);
  }

 private:
  static constexpr std::size_t kBlock = 16;

  static bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

  // UTF-8 continuation bytes (10xxxxxx) among the 8 bytes at `i`: a byte's
  // top bit set and the bit below it clear. The flags, one per byte, are
  // summed into the top byte by a multiply (std::popcount is a library call
  // without -mpopcnt).
  std::size_t continuations_in_word(std::size_t i) const {
    std::uint64_t w;
    std::memcpy(&w, text_.data() + i, 8);
    const std::uint64_t flags = (w & ~(w << 1) & 0x8080808080808080ull) >> 7;
    return static_cast<std::size_t>((flags * 0x0101010101010101ull) >> 56);
  }

  void build() const {
    const std::size_t blocks = text_.size() / kBlock + 1;
    continuations_before_.resize(blocks);
    std::size_t count = 0;
    for (std::size_t b = 0; b < blocks; ++b) {
      continuations_before_[b] = static_cast<std::uint32_t>(count);
      const std::size_t begin = b * kBlock;
      if (begin + kBlock > text_.size()) break;  // the last, partial block is counted on demand
      for (std::size_t i = begin; i < begin + kBlock; i += 8) count += continuations_in_word(i);
    }
    built_ = true;
  }

  std::string_view text_;
  mutable bool built_ = false;
  mutable std::vector<std::uint32_t> continuations_before_;  // per 16-byte block
};

}  // namespace dateline::timeline
