// Reads a JSON object whose values are all strings or null — the shape of a
// JSON Lines input line — straight into strings, at a few instructions a
// byte where building an nlohmann::json cost over eighty.
// It accepts exactly what nlohmann::json::parse accepts for such an object
// and decodes it the same way; for anything else (another kind of value, a
// key given twice, bad syntax, a control byte in a string, a lone surrogate
// escape) it gives nullopt and the caller parses the line with nlohmann,
// which also words the error. The input must be valid UTF-8 (nlohmann
// rejects invalid bytes in strings; this reader does not look at them).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dateline {

// Members in the order written; a null value is nullopt.
using FlatObject = std::vector<std::pair<std::string, std::optional<std::string>>>;

std::optional<FlatObject> read_flat_object(std::string_view json);

}  // namespace dateline
