// Reading the documents of one input file (or stdin): plain text, TimeML, or
// JSON Lines, detected by name and content or chosen by the caller. JSON Lines
// are streamed line by line, so memory stays bounded on any batch size.
// Every input unit becomes exactly one InputItem: a document, or an error
// that names the file, line and byte offset. Nothing is dropped silently.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/document.h"

namespace dateline {

struct TimemlDoc;

enum class InputKind { Auto, Text, Timeml, Jsonl };
std::optional<InputKind> parse_input_kind(std::string_view name);  // "text", "timeml", "jsonl", "auto"

struct InputOptions {
  InputKind kind = InputKind::Auto;
  std::string pub_date;  // for plain text, and JSONL lines without pub_date
  std::string tz;        // IANA zone of the publication
};

struct InputItem {
  std::optional<Document> document;          // absent when the item failed
  std::shared_ptr<const TimemlDoc> timeml;   // the parsed file, for TimeML inputs
  std::string error;                         // why the item failed
  std::string id;                            // document id when known
  std::string source;                        // "file", or "file:LINE" for JSONL
  std::size_t line = 0;                      // JSONL line number (1-based), else 0
  std::vector<std::string> warnings;         // e.g. invalid UTF-8 replaced, at byte N
};

// Reads `path` ("-" is stdin) and hands each item to `sink`, in input order.
void read_input(const std::string& path, const InputOptions& options,
                const std::function<void(InputItem&&)>& sink);

// Builds a document from text: repairs invalid UTF-8 (a warning per bad
// sequence, with its byte offset) and drops a leading byte order mark.
// Throws std::invalid_argument when the publication date or zone is bad, or
// when the text is binary (over 10%, and over 16 bytes, of its first 4 KiB
// NUL or invalid UTF-8).
InputItem make_text_item(std::string text, std::string id, std::string source, const std::string& pub_date,
                         const std::string& tz);

}  // namespace dateline
