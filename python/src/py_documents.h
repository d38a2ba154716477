// Python documents (mappings with "text", "pub_date", optional "id" and "tz",
// the same fields as a JSON Lines input line) as core InputItems: a document,
// or an error that names the document, worded like the CLI's JSONL errors.
#pragma once

#include <pybind11/pybind11.h>

#include <cstddef>
#include <string>
#include <vector>

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
// problem is in InputItem::error. InputItem::source is the mapping's
// "source" when it has one (e.g. "archive.jsonl:12"), else "docs[INDEX]".
InputItem document_from_python(pybind11::handle doc, std::size_t index, const DocumentDefaults& defaults);

// Converts a batch; `pub_date` and `tz` (None or a value) are the defaults.
// With errors "raise", the first bad document raises ValueError
// "SOURCE: why"; with "record" it stays in the batch as a failed item.
std::vector<InputItem> documents_from_python(const pybind11::iterable& docs, const pybind11::object& pub_date,
                                             const pybind11::object& tz, const std::string& errors);

}  // namespace dateline::python
