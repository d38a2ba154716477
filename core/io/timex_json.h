// JSON views of extraction results (nlohmann::json), shared by the CLI, the
// benchmark and the Python binding so that every output has the same fields.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/io/document.h"
#include "core/text/utf8.h"
#include "core/timex.h"

namespace dateline {

// {"text", "begin", "end", "type", "value", "mod"?, "quant"?, "freq"?, "rule",
//  "interval"?: {"start", "end", "grain"}, "explanation"?}. begin/end are
// Unicode character offsets; the interval is half-open [start, end) in the
// publication's local time, ISO 8601.
nlohmann::json timex_to_json(const Timex& t, std::string_view text, const CharOffsets& chars);

// {"id", "pub_date", "timexes": [...]}; tids t1, t2 ... follow text order.
nlohmann::json document_to_json(const Document& doc, const std::vector<Timex>& timexes);

// Appends document_to_json(doc, timexes).dump() and a newline to `out` (one
// line of JSON Lines), byte for byte, without building the JSON objects:
// strings still go through nlohmann's serializer for escaping. This is the
// `extract --format jsonl` hot path.
void append_document_jsonl(std::string& out, const Document& doc, const std::vector<Timex>& timexes);

}  // namespace dateline
