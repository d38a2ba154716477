// Writes JSON pieces into a string without building nlohmann::json objects:
// literals and numbers directly, strings escaped here exactly as nlohmann's
// dump() escapes them (ensure_ascii off: UTF-8 copied as is; ", \ and the
// control characters escaped, \b \t \n \f \r by name, the others as \u00xx).
// A string that is not valid UTF-8 goes to nlohmann's serializer, which
// throws its usual error. The hot output paths (`extract --format jsonl`,
// `timeline --format jsonl`) use it to write exactly what dump() writes, at a
// fraction of the cost.
#pragma once

#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/text/utf8.h"
#include "core/time/interval.h"

namespace dateline {

class JsonAppender {
 public:
  explicit JsonAppender(std::string& out) : out_(out) {}

  void raw(std::string_view s) { out_.append(s); }
  // A string known to need no escaping: the names of enums.
  void plain_string(std::string_view s) {
    out_ += '"';
    out_.append(s);
    out_ += '"';
  }
  // iso8601(t) (core/time/interval.h) as a string, the same characters,
  // written without snprintf or a temporary string: each dated expression
  // or timeline entry has two.
  void iso8601_string(LocalSeconds t) {
    const auto day = date::floor<date::days>(t);
    const date::year_month_day ymd{day};
    const int year = static_cast<int>(ymd.year());
    if (year < 0 || year > 9999) {
      string(iso8601(t));
      return;
    }
    char buf[24];
    char* p = buf;
    auto digits = [&p](unsigned v, int width) {
      for (int k = width - 1; k >= 0; --k, v /= 10) p[k] = static_cast<char>('0' + v % 10);
      p += width;
    };
    *p++ = '"';
    digits(static_cast<unsigned>(year), 4);
    *p++ = '-';
    digits(static_cast<unsigned>(ymd.month()), 2);
    *p++ = '-';
    digits(static_cast<unsigned>(ymd.day()), 2);
    const auto seconds = static_cast<unsigned>((t - day).count());  // 0 .. 86399
    if (seconds != 0) {
      *p++ = 'T';
      digits(seconds / 3600, 2);
      *p++ = ':';
      digits(seconds / 60 % 60, 2);
      *p++ = ':';
      digits(seconds % 60, 2);
    }
    *p++ = '"';
    out_.append(buf, static_cast<std::size_t>(p - buf));
  }
  void string(std::string_view s) {
    const std::size_t mark = out_.size();
    out_ += '"';
    std::size_t run = 0;  // start of the bytes not yet written
    for (std::size_t i = 0; i < s.size();) {
      if (i + 8 <= s.size() && is_plain_ascii(s.data() + i)) {
        // Long plain runs (a timeline's sentences) go on 16 bytes at a time;
        // short strings never pay for the test.
        for (i += 8; i + 16 <= s.size() && are_plain_ascii16(s.data() + i);) i += 16;
        continue;
      }
      const auto u = static_cast<unsigned char>(s[i]);
      if (u >= 0x80) {
        const std::size_t n = utf8_sequence_length(s, i);
        if (n == 0) {
          out_.resize(mark);
          serializer_dump(s);
          return;
        }
        i += n;
        continue;
      }
      if (u < 0x20 || u == '"' || u == '\\') {
        out_.append(s.data() + run, i - run);
        append_escape(u);
        run = i + 1;
      }
      ++i;
    }
    out_.append(s.data() + run, s.size() - run);
    out_ += '"';
  }
  // ,"key": (the comma unless it opens the object)
  void key(std::string_view k, bool first = false) {
    // Keys are plain ASCII names, mostly short: one append.
    char piece[32];
    if (k.size() + 4 > sizeof piece) {
      if (!first) out_ += ',';
      out_ += '"';
      out_.append(k);
      out_ += "\":";
      return;
    }
    std::size_t n = 0;
    if (!first) piece[n++] = ',';
    piece[n++] = '"';
    std::memcpy(piece + n, k.data(), k.size());
    n += k.size();
    piece[n++] = '"';
    piece[n++] = ':';
    out_.append(piece, n);
  }
  void number(std::size_t n) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    out_.append(buf, end);
  }
  void boolean(bool b) { out_.append(b ? "true" : "false"); }
  void null() { out_.append("null"); }

 private:
  // True when none of the 8 bytes at p needs a look: ASCII, not a control
  // character, not " or \\ (bit tricks on a 64-bit word, exact for "any").
  // The same for the 16 bytes at p, with SSE2 where there is (every x86-64):
  // a sentence of a timeline entry is read in a few instructions per 16
  // bytes instead of about twenty.
  static bool are_plain_ascii16(const char* p) {
#if defined(__SSE2__)
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Signed: the bytes of non-ASCII characters (0x80 and up) are below 0x20 too.
    const __m128i look = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                                      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                                   _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    return _mm_movemask_epi8(look) == 0;
#else
    return is_plain_ascii(p) && is_plain_ascii(p + 8);
#endif
  }
  static bool is_plain_ascii(const char* p) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull;
    constexpr std::uint64_t kHighs = 0x8080808080808080ull;
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    auto has_zero_byte = [](std::uint64_t v) { return ((v - kOnes) & ~v & kHighs) != 0; };
    const bool below_space = ((w - kOnes * 0x20) & ~w & kHighs) != 0;
    return !(w & kHighs) && !below_space && !has_zero_byte(w ^ (kOnes * '"')) && !has_zero_byte(w ^ (kOnes * '\\'));
  }

  void append_escape(unsigned char c) {
    switch (c) {
      case '\b': out_.append("\\b"); return;
      case '\t': out_.append("\\t"); return;
      case '\n': out_.append("\\n"); return;
      case '\f': out_.append("\\f"); return;
      case '\r': out_.append("\\r"); return;
      case '"': out_.append("\\\""); return;
      case '\\': out_.append("\\\\"); return;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out_.append(escape, sizeof escape);
      }
    }
  }

  // Writes `s` through nlohmann's serializer (made only when needed: it is
  // costly to construct), for its error on invalid UTF-8.
  void serializer_dump(std::string_view s) {
    if (!serializer_) serializer_.emplace(nlohmann::detail::output_adapter<char>(out_), ' ');
    serializer_->dump(nlohmann::json(std::string(s)), false, false, 0);
  }

  std::string& out_;
  std::optional<nlohmann::detail::serializer<nlohmann::json>> serializer_;
};

}  // namespace dateline
