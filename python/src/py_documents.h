// Python documents (mappings with "text", "pub_date", optional "id" and "tz",
// the same fields as a JSON Lines input line) as core InputItems: a document,
// or an error that names the document, worded like the CLI's JSONL errors.
#pragma once

#include <pybind11/pybind11.h>

#include <cstddef>
#include <string>

#include "core/io/inputs.h"

namespace dateline::python {

// Defaults for documents that lack a field, like the CLI's --pub-date / --tz.
struct DocumentDefaults {
  std::string pub_date;
  std::string tz;
};

// A publication date given as a str, or as a datetime.date / datetime.datetime
// (through its isoformat()). Throws TypeError for anything else.
std::string pub_date_string(pybind11::handle value);

// Converts docs[index]. Needs the GIL. Never throws for bad content: the
// problem is in InputItem::error, with InputItem::source "docs[INDEX]".
InputItem document_from_python(pybind11::handle doc, std::size_t index, const DocumentDefaults& defaults);

}  // namespace dateline::python
