#include "core/text/utf8.h"

#include <cstdint>
#include <cstring>

#include <simdjson.h>

namespace dateline {
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned char lo = 0x80, hi = 0xBF;  // bounds of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  unsigned char c1 = byte(i + 1);
  if (c1 < lo || c1 > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  return n;
}

namespace {

// A sequence the repaired text keeps: well-formed UTF-8 other than NUL.
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  return s[i] == '\0' ? 0 : utf8_sequence_length(s, i);
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  // simdjson's validator checks the same rules (no overlong forms, no
  // surrogates, nothing past U+10FFFF) 32 or 64 bytes at a time; a NUL byte,
  // which UTF-8 allows, is refused here on top (memchr is vectorised too).
  return std::memchr(s.data(), 0, s.size()) == nullptr && simdjson::validate_utf8(s.data(), s.size());
}

std::string repair_utf8(std::string_view in, std::vector<std::size_t>* replaced) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size();) {
    std::size_t n = valid_sequence_length(in, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      if (replaced) replaced->push_back(i);
      ++i;
    } else {
      out.append(in, i, n);
      i += n;
    }
  }
  return out;
}

std::size_t count_chars(std::string_view s) {
  // Counts the bytes that begin a character: all but the continuation
  // bytes (10xxxxxx), eight at a time (a byte's bit 6 shifted onto its bit 7).
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  std::size_t n = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // At most one bit per byte: a multiply adds them up in the top byte
    // (std::popcount is a library call on the baseline x86-64 target).
    n += 8 - static_cast<std::size_t>((((w & ~(w << 1) & kHigh) >> 7) * 0x0101010101010101ull) >> 56);
  }
  for (; i < s.size(); ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

void CharOffsets::count_blocks() const {
  // Whole blocks only: an offset in the last, partial one counts from its start.
  chars_before_.resize(text_.size() / kBlock + 1);
  std::size_t chars = 0;
  for (std::size_t b = 0; b + 1 < chars_before_.size(); ++b) {
    chars_before_[b] = static_cast<std::uint32_t>(chars);
    chars += kBlock - continuations_in_word(b * kBlock) - continuations_in_word(b * kBlock + 8);
  }
  chars_before_.back() = static_cast<std::uint32_t>(chars);
}

}  // namespace dateline
