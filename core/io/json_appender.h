// Writes JSON pieces into a string without building nlohmann::json objects:
// literals and numbers directly, strings through one nlohmann serializer (for
// escaping) and one reused json string value. The hot output paths
// (`extract --format jsonl`, `timeline --format jsonl`) use it to write
// exactly what nlohmann's dump() writes, at a fraction of the cost.
#pragma once

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace dateline {

class JsonAppender {
 public:
  explicit JsonAppender(std::string& out)
      : out_(out), serializer_(nlohmann::detail::output_adapter<char>(out), ' '), value_(std::string()) {}

  void raw(std::string_view s) { out_.append(s); }
  void string(std::string_view s) {
    // Printable ASCII without quotes or backslashes needs no escape: written
    // as is, as the serializer writes it, without its per-byte dispatch.
    if (std::all_of(s.begin(), s.end(), [](char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; })) {
      out_ += '"';
      out_.append(s);
      out_ += '"';
      return;
    }
    value_.get_ref<std::string&>().assign(s);
    serializer_.dump(value_, false, false, 0);
  }
  // ,"key": (the comma unless it opens the object)
  void key(std::string_view k, bool first = false) {
    if (!first) out_ += ',';
    out_ += '"';
    out_.append(k);  // keys are plain ASCII names
    out_ += "\":";
  }
  void number(std::size_t n) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, n);
    out_.append(buf, end);
  }
  void boolean(bool b) { out_.append(b ? "true" : "false"); }
  void null() { out_.append("null"); }

 private:
  std::string& out_;
  nlohmann::detail::serializer<nlohmann::json> serializer_;
  nlohmann::json value_;
};

}  // namespace dateline
