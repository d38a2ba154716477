// A document to process: its plain text, its id and its publication reference.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "core/time/reference.h"

namespace dateline {

struct Document {
  std::string id;              // file name, JSONL id, or TimeML DOCID
  std::string text;            // valid UTF-8 plain text that offsets refer to
  std::string pub_date;        // publication date as given (for output)
  std::optional<Reference> reference;  // absent when no publication date is known
  std::string source;          // where it came from: "file.jsonl:12" or "a.tml"
};

}  // namespace dateline
