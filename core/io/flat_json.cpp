#include "core/io/flat_json.h"

#include <algorithm>
#include <cstdint>

namespace dateline {
namespace {

class FlatReader {
 public:
  explicit FlatReader(std::string_view s) : s_(s) {}

  std::optional<FlatObject> object() {
    FlatObject out;
    skip_space();
    if (!eat('{')) return std::nullopt;
    skip_space();
    if (!eat('}')) {
      for (;;) {
        skip_space();
        std::string key;
        if (!string(key)) return std::nullopt;
        skip_space();
        if (!eat(':')) return std::nullopt;
        skip_space();
        std::optional<std::string> value;
        if (s_.substr(i_).starts_with("null")) {
          i_ += 4;
        } else if (!string(value.emplace())) {
          return std::nullopt;  // numbers, objects, arrays, booleans: nlohmann's job
        }
        if (std::any_of(out.begin(), out.end(), [&](const auto& m) { return m.first == key; })) return std::nullopt;
        out.emplace_back(std::move(key), std::move(value));
        skip_space();
        if (eat('}')) break;
        if (!eat(',')) return std::nullopt;
      }
    }
    skip_space();
    if (i_ != s_.size()) return std::nullopt;
    return out;
  }

 private:
  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool eat(char c) {
    if (i_ >= s_.size() || s_[i_] != c) return false;
    ++i_;
    return true;
  }

  // A string at s_[i_] into `out`, escapes decoded.
  bool string(std::string& out) {
    if (!eat('"')) return false;
    for (;;) {
      std::size_t run = i_;
      while (run < s_.size() && s_[run] != '"' && s_[run] != '\\' && static_cast<unsigned char>(s_[run]) >= 0x20)
        ++run;
      out.append(s_, i_, run - i_);
      i_ = run;
      if (i_ >= s_.size() || static_cast<unsigned char>(s_[i_]) < 0x20) return false;
      if (s_[i_++] == '"') return true;
      if (i_ >= s_.size()) return false;
      char e = s_[i_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u':
          if (!code_point(out)) return false;
          break;
        default: return false;
      }
    }
  }

  std::optional<std::uint32_t> hex4() {
    if (i_ + 4 > s_.size()) return std::nullopt;
    std::uint32_t v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else return std::nullopt;
    }
    return v;
  }

  // After "\u": one code point (a surrogate pair counts as one), as UTF-8.
  bool code_point(std::string& out) {
    auto cp = hex4();
    if (!cp || (*cp >= 0xDC00 && *cp <= 0xDFFF)) return false;
    if (*cp >= 0xD800 && *cp <= 0xDBFF) {
      if (!s_.substr(i_).starts_with("\\u")) return false;
      i_ += 2;
      auto low = hex4();
      if (!low || *low < 0xDC00 || *low > 0xDFFF) return false;
      *cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
    }
    std::uint32_t c = *cp;
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return true;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

}  // namespace

std::optional<FlatObject> read_flat_object(std::string_view json) { return FlatReader(json).object(); }

}  // namespace dateline
