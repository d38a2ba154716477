// The _dateline extension: dateline's Normalizer for Python. Results are the
// dicts the CLI writes as JSON (core/io/timex_json.h), converted field by
// field. C++ work runs with the GIL released, so threads sharing one
// Normalizer run in parallel; Python objects are only touched with it held.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/io/timex_json.h"
#include "core/normalizer.h"
#include "core/rules/rule_error.h"
#include "py_documents.h"
#include "py_json.h"

namespace py = pybind11;

namespace dateline::python {
namespace {

// Issues each problem that did not stop extraction as a RuntimeWarning.
void warn_all(const std::vector<std::string>& warnings) {
  for (const auto& w : warnings)
    if (PyErr_WarnEx(PyExc_RuntimeWarning, w.c_str(), 1) < 0) throw py::error_already_set();
}

Normalizer make_normalizer(const std::optional<std::filesystem::path>& rules_dir) {
  if (!rules_dir) return Normalizer();
  // The same check and wording as the CLI's --rules option.
  if (!std::filesystem::is_directory(*rules_dir))
    throw py::value_error("Directory does not exist: " + rules_dir->string());
  try {
    py::gil_scoped_release release;
    return Normalizer(*rules_dir);
  } catch (const RuleError& e) {
    throw py::value_error(e.what());  // names the rule file and line
  }
}

// The embedded rules, compiled on first use and shared by every caller. The
// GIL stays held while they compile: releasing it inside a static's
// initializer would deadlock against a second thread waiting for the same
// static with the GIL.
const Normalizer& default_normalizer() {
  static const Normalizer normalizer;
  return normalizer;
}

std::string optional_string(const py::object& value) { return value.is_none() ? std::string() : value.cast<std::string>(); }

py::object extract_text(const Normalizer& normalizer, py::str text, const py::object& pub_date, const py::object& tz,
                        bool explain) {
  std::string date = pub_date_string(pub_date);
  // std::invalid_argument from a bad date or zone becomes ValueError with
  // the message the CLI prints.
  InputItem item = make_text_item(text.cast<std::string>(), "text", "text", date, optional_string(tz));
  std::vector<std::string> warnings = std::move(item.warnings);
  nlohmann::json timexes;
  {
    py::gil_scoped_release release;
    ExtractOptions options;
    options.explain = explain;
    options.warnings = &warnings;
    const Document& doc = *item.document;
    timexes = std::move(document_to_json(doc, normalizer.extract(doc.text, *doc.reference, options))["timexes"]);
  }
  warn_all(warnings);
  return to_python(timexes);
}

nlohmann::json error_record(const InputItem& item) {
  return {{"id", item.id.empty() ? nlohmann::json(nullptr) : nlohmann::json(item.id)},
          {"source", item.source},
          {"error", item.error}};
}

std::vector<InputItem> read_documents(const py::iterable& docs, const py::object& pub_date, const py::object& tz,
                                      const std::string& errors) {
  if (errors != "raise" && errors != "record")
    throw py::value_error("errors must be \"raise\" or \"record\", not \"" + errors + "\"");
  DocumentDefaults defaults{pub_date.is_none() ? std::string() : pub_date_string(pub_date), optional_string(tz)};
  std::vector<InputItem> items;
  for (py::handle doc : docs) {
    items.push_back(document_from_python(doc, items.size(), defaults));
    if (errors == "raise" && !items.back().document)
      throw py::value_error(items.back().source + ": " + items.back().error);
  }
  return items;
}

py::object extract_documents(const Normalizer& normalizer, const py::iterable& docs, const py::object& pub_date,
                             const py::object& tz, bool explain, const std::string& errors) {
  std::vector<InputItem> items = read_documents(docs, pub_date, tz, errors);
  std::vector<std::string> warnings;
  nlohmann::json out = nlohmann::json::array();
  {
    py::gil_scoped_release release;
    ExtractOptions options;
    options.explain = explain;
    for (InputItem& item : items) {
      for (auto& w : item.warnings) warnings.push_back(std::move(w));
      if (!item.document) {
        out.push_back(error_record(item));
        continue;
      }
      const Document& doc = *item.document;
      std::vector<std::string> doc_warnings;
      options.warnings = &doc_warnings;
      out.push_back(document_to_json(doc, normalizer.extract(doc.text, *doc.reference, options)));
      for (auto& w : doc_warnings) warnings.push_back(doc.source + ": " + w);
    }
  }
  warn_all(warnings);
  return to_python(out);
}

constexpr const char* kExtractDoc = R"doc(
Find and normalize the temporal expressions of one text.

pub_date is the publication date the text is read against: "2024-10-02",
"2024-10-02T18:30:00+09:00" (or a datetime.date / datetime.datetime); tz an
IANA zone name such as "Asia/Tokyo" that decides what "today" is.

Returns one dict per expression, in text order, with the fields of the CLI's
JSON output: tid, text, begin, end (Unicode character offsets), type, value,
mod/quant/freq when present, rule, interval {start, end, grain} for DATE and
TIME (half-open, local time), explanation when explain=True.

Raises ValueError with the CLI's message for a bad pub_date or tz.)doc";

constexpr const char* kExtractDocumentsDoc = R"doc(
Extract from a batch of documents, one result per document, in order.

Each document is a mapping like a JSON Lines input line: "text" (str),
"pub_date" (str or date; falls back to the pub_date argument), optional "id"
(default "doc N", 1-based) and "tz" (falls back to the tz argument).

Returns the CLI's `extract --format jsonl` records: {"id", "pub_date",
"timexes": [...]}. A bad document raises ValueError naming it ("docs[3]: ...")
when errors="raise"; with errors="record" it yields {"id", "source", "error"}
in its place, as the CLI does, and the rest are still processed. The GIL is
released for the whole batch.)doc";

}  // namespace

PYBIND11_MODULE(_dateline, m) {
  m.doc() = "dateline: TimeML TIMEX3 temporal tagging and timelines for English news (C++ core).";

  py::class_<Normalizer>(m, "Normalizer", R"doc(
Compiled dateline rules. Construct once (compiling the rules takes a while)
and reuse: every method is safe to call from several threads at once and
releases the GIL while C++ runs.

Normalizer() uses the rules built into the module; Normalizer(rules_dir)
loads a directory laid out like the source tree's rules/ (ValueError naming
the file and line of a bad rule).)doc")
      .def(py::init(&make_normalizer), py::arg("rules_dir") = py::none())
      .def("extract", &extract_text, kExtractDoc, py::arg("text"), py::arg("pub_date"), py::arg("tz") = py::none(),
           py::kw_only(), py::arg("explain") = false)
      .def("extract_documents", &extract_documents, kExtractDocumentsDoc, py::arg("docs"), py::kw_only(),
           py::arg("pub_date") = py::none(), py::arg("tz") = py::none(), py::arg("explain") = false,
           py::arg("errors") = "raise");

  m.def(
      "extract",
      [](py::str text, const py::object& pub_date, const py::object& tz, bool explain) {
        return extract_text(default_normalizer(), std::move(text), pub_date, tz, explain);
      },
      kExtractDoc, py::arg("text"), py::arg("pub_date"), py::arg("tz") = py::none(), py::kw_only(),
      py::arg("explain") = false);

}

}  // namespace dateline::python
