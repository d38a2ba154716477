#include "core/io/flat_json.h"

#include <simdjson.h>

#include <algorithm>

namespace dateline {

std::optional<FlatObject> read_flat_object(std::string_view json) {
  // simdjson reads up to SIMDJSON_PADDING bytes past the end: parse from a
  // per-thread copy that has them. One parser per thread keeps its buffers.
  thread_local std::string padded;
  thread_local simdjson::ondemand::parser parser;
  padded.reserve(json.size() + simdjson::SIMDJSON_PADDING);
  padded.assign(json);
  simdjson::padded_string_view input(padded.data(), padded.size(), padded.capacity());

  simdjson::ondemand::document doc;
  if (parser.iterate(input).get(doc)) return std::nullopt;
  simdjson::ondemand::object object;
  if (doc.get_object().get(object)) return std::nullopt;
  FlatObject out;
  for (auto field : object) {
    std::string_view key;
    if (field.unescaped_key().get(key)) return std::nullopt;
    if (std::any_of(out.begin(), out.end(), [&](const auto& m) { return m.first == key; })) return std::nullopt;
    simdjson::ondemand::value value;
    if (field.value().get(value)) return std::nullopt;
    simdjson::ondemand::json_type type;
    if (value.type().get(type)) return std::nullopt;
    if (type == simdjson::ondemand::json_type::null) {
      bool is_null = false;
      if (value.is_null().get(is_null) || !is_null) return std::nullopt;  // "nul", "nullx"
      out.emplace_back(std::string(key), std::nullopt);
    } else if (type == simdjson::ondemand::json_type::string) {
      std::string_view text;
      if (value.get_string().get(text)) return std::nullopt;
      out.emplace_back(std::string(key), std::string(text));
    } else {
      return std::nullopt;  // numbers, objects, arrays, booleans: nlohmann's job
    }
  }
  // Past the last token there is no location: anything else is trailing content.
  const char* trailing = nullptr;
  if (!doc.current_location().get(trailing)) return std::nullopt;
  return out;
}

}  // namespace dateline
