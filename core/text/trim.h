// Trimming spaces and tabs (and a CR left by CRLF files) off both ends.
#pragma once

#include <string_view>

namespace dateline {

inline std::string_view trim(std::string_view s) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace dateline
