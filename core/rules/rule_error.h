#pragma once

#include <stdexcept>
#include <string>

namespace dateline {

// A bad rule or vocabulary file; the message names the file and line.
class RuleError : public std::runtime_error {
 public:
  RuleError(const std::string& file, int line, const std::string& what)
      : std::runtime_error(file + ":" + std::to_string(line) + ": " + what) {}
};

}  // namespace dateline
