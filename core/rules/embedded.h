// The rules/ directory, embedded in the binary by cmake/embed_rules.cmake.
#pragma once

#include <string_view>
#include <vector>

namespace dateline {

struct EmbeddedFile {
  std::string_view path;  // relative to rules/, e.g. "en/vocab/month.vocab"
  std::string_view contents;
};

const std::vector<EmbeddedFile>& embedded_rule_files();

}  // namespace dateline
