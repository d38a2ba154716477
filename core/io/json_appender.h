// Writes JSON pieces into a string without building nlohmann::json objects:
// literals and numbers directly, strings escaped here exactly as nlohmann's
// dump() escapes them (ensure_ascii off: UTF-8 copied as is; ", \ and the
// control characters escaped, \b \t \n \f \r by name, the others as \u00xx).
// A string that is not valid UTF-8 goes to nlohmann's serializer, which
// throws its usual error. The hot output paths (`extract --format jsonl`,
// `timeline --format jsonl`) use it to write exactly what dump() writes, at a
// fraction of the cost. The pieces are written straight into the string's
// room (see room()); the string holds exactly what was written once the
// appender is gone.
#pragma once

#include <algorithm>
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
  explicit JsonAppender(std::string& out) : out_(out), size_(out.size()) {}
  ~JsonAppender() { out_.resize(size_); }
  JsonAppender(const JsonAppender&) = delete;
  JsonAppender& operator=(const JsonAppender&) = delete;

  void raw(std::string_view s) { put(s); }
  // A string known to need no escaping: the names of enums.
  void plain_string(std::string_view s) {
    char* p = room(s.size() + 2);
    *p = '"';
    std::memcpy(p + 1, s.data(), s.size());
    p[s.size() + 1] = '"';
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
    put(std::string_view(buf, static_cast<std::size_t>(p - buf)));
  }
  void string(std::string_view s) {
    const std::size_t mark = size_;
    put('"');
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
          size_ = mark;
          serializer_dump(s);
          return;
        }
        i += n;
        continue;
      }
      if (u < 0x20 || u == '"' || u == '\\') {
        put(s.substr(run, i - run));
        append_escape(u);
        run = i + 1;
      }
      ++i;
    }
    put(s.substr(run));
    put('"');
  }
  // ,"key": (the comma unless it opens the object)
  void key(std::string_view k, bool first = false) {
    // Keys are plain ASCII names, mostly short: one append.
    char* p = room(k.size() + 3 + !first);
    if (!first) *p++ = ',';
    *p++ = '"';
    std::memcpy(p, k.data(), k.size());
    p[k.size()] = '"';
    p[k.size() + 1] = ':';
  }
  void number(std::size_t n) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    put(std::string_view(buf, static_cast<std::size_t>(end - buf)));
  }
  void boolean(bool b) { put(b ? std::string_view("true") : std::string_view("false")); }
  void null() { put("null"); }

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
      case '\b': put("\\b"); return;
      case '\t': put("\\t"); return;
      case '\n': put("\\n"); return;
      case '\f': put("\\f"); return;
      case '\r': put("\\r"); return;
      case '"': put("\\\""); return;
      case '\\': put("\\\\"); return;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char escape[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        put(std::string_view(escape, sizeof escape));
      }
    }
  }

  // Writes `s` through nlohmann's serializer (made only when needed: it is
  // costly to construct), for its error on invalid UTF-8.
  void serializer_dump(std::string_view s) {
    out_.resize(size_);  // the serializer appends to the string
    if (!serializer_) serializer_.emplace(nlohmann::detail::output_adapter<char>(out_), ' ');
    try {
      serializer_->dump(nlohmann::json(std::string(s)), false, false, 0);
    } catch (...) {
      size_ = out_.size();  // what it wrote before its error stays, as it would
      throw;
    }
    size_ = out_.size();
  }

  // Room for n more bytes at out_[size_], counted as written. An append to a
  // std::string checks its capacity and sets its length (about 40
  // instructions a piece; a JSON line has dozens): the string is resized by
  // a kilobyte or so once in a while instead (resize() zeroes what it adds,
  // so not by more: a timeline entry is about 500 bytes), and cut to size_
  // at the end.
  char* room(std::size_t n) {
    constexpr std::size_t kRoom = 1024;
    if (out_.size() - size_ < n) out_.resize(size_ + std::max(n, kRoom));
    char* p = out_.data() + size_;
    size_ += n;
    return p;
  }
  void put(std::string_view s) { std::memcpy(room(s.size()), s.data(), s.size()); }
  void put(char c) { *room(1) = c; }

  std::string& out_;
  std::size_t size_;  // the bytes of out_ written; those after are room
  std::optional<nlohmann::detail::serializer<nlohmann::json>> serializer_;
};

}  // namespace dateline
