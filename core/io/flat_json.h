// Reads a JSON object whose values are all strings or null — the shape of a
// JSON Lines input line — straight into strings with simdjson (On Demand),
// at a few instructions a byte where building an nlohmann::json cost over
// eighty. For anything else (another kind of value, a key given twice, bad
// syntax or UTF-8, a lone surrogate escape) it gives nullopt and the caller
// parses the line with nlohmann, which holds every JSON value and words the
// error.
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
