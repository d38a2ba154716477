// A small, strict XML scanner for TimeML files. It cuts a document into tags
// and character data, keeping the raw byte span of every item, because the
// TimeML writer must reproduce the input byte for byte around the tags it
// changes. It checks well-formedness (matching tags, one root element, quoted
// attributes, known entities) and throws InputError naming file, line and
// byte offset. It does not read DTDs: only the five predefined entities and
// character references are accepted, which is all TimeML uses.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dateline::xml {

struct Attribute {
  std::string name;
  std::string value;  // entity-decoded
};

// One stretch of character data. A literal piece maps byte for byte onto the
// raw input; a reference piece (&amp;, &#233;, a CDATA section) is atomic: its
// decoded bytes cannot be split back onto raw bytes.
struct TextPiece {
  std::size_t raw_begin = 0;
  std::size_t raw_end = 0;
  std::string decoded;
  bool literal = true;
};

enum class ItemKind { StartTag, EndTag, EmptyTag, Text, Other /* comment, PI, DOCTYPE */ };

struct Item {
  ItemKind kind = ItemKind::Other;
  std::size_t raw_begin = 0;  // [raw_begin, raw_end) in the input
  std::size_t raw_end = 0;
  std::string name;                   // tags only
  std::vector<Attribute> attributes;  // start and empty tags only
  std::vector<TextPiece> pieces;      // Text only

  // The attribute's value, or empty when absent.
  std::string_view attribute(std::string_view attribute_name) const;
  bool has_attribute(std::string_view attribute_name) const;
  // Text only: the decoded character data.
  std::string text() const;
};

// Scans `raw` into items in document order. Throws InputError (with
// `source_name`) on the first well-formedness error.
std::vector<Item> scan(std::string_view raw, const std::string& source_name);

// Escapes text for character data or a double-quoted attribute value.
std::string escape(std::string_view text);

}  // namespace dateline::xml
