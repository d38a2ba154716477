// The _dateline extension: dateline's Normalizer and timeline for Python.
// Results are the dicts the CLI writes as JSON (core/io/timex_json.h,
// core/timeline/timeline_writers.h), converted field by field. C++ work runs
// with the GIL released, so threads sharing one Normalizer run in parallel;
// Python objects are only touched with it held.
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
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_writers.h"
#include "docstrings.h"
#include "py_documents.h"
#include "py_json.h"
#include "py_timeline.h"

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

// What one document of a batch produced.
struct Processed {
  nlohmann::json record;                // the CLI's extract JSONL record, or its error record
  std::vector<TimelineEntry> entries;   // in document order, when the timeline was asked for
};

struct BatchOptions {
  bool explain = false;
  bool expressions = true;  // false: records without "timexes" (only the timeline is wanted)
  bool timeline = false;
  std::uint32_t first_index = 0;  // doc_index of the batch's first document
};

// Runs without the GIL: touches no Python object.
std::vector<Processed> process(const Normalizer& normalizer, std::vector<InputItem>& items, const BatchOptions& batch,
                               std::vector<std::string>& warnings) {
  std::vector<Processed> out(items.size());
  ExtractOptions options;
  options.explain = batch.explain;
  for (std::size_t i = 0; i < items.size(); ++i) {
    InputItem& item = items[i];
    for (auto& w : item.warnings) warnings.push_back(std::move(w));
    if (!item.document) {
      out[i].record = {{"id", item.id.empty() ? nlohmann::json(nullptr) : nlohmann::json(item.id)},
                       {"source", item.source},
                       {"error", item.error}};
      continue;
    }
    const Document& doc = *item.document;
    std::vector<std::string> doc_warnings;
    options.warnings = &doc_warnings;
    auto timexes = normalizer.extract(doc.text, *doc.reference, options);
    for (auto& w : doc_warnings) warnings.push_back(doc.source + ": " + w);
    out[i].record = batch.expressions ? document_to_json(doc, timexes)
                                      : nlohmann::json{{"id", doc.id}, {"pub_date", doc.pub_date}};
    if (batch.timeline)
      out[i].entries = build_timeline(doc, timexes, batch.first_index + static_cast<std::uint32_t>(i));
  }
  return out;
}

py::list entries_to_python(const std::vector<TimelineEntry>& entries) {
  py::list list;
  for (const auto& e : entries) list.append(to_python(entry_record(e)));
  return list;
}

std::vector<TimelineEntry> entries_from_python(const py::iterable& entries) {
  std::vector<TimelineEntry> out;
  for (py::handle entry : entries) {
    std::string where = "entries[" + std::to_string(out.size()) + "]";
    nlohmann::json record = from_python(entry, where);
    out.push_back(entry_from_record(record, where));  // std::invalid_argument: ValueError
  }
  return out;
}

py::object extract_text(const Normalizer& normalizer, const py::str& text, const py::object& pub_date,
                        const py::object& tz, bool explain) {
  std::string date = pub_date_string(pub_date);
  // std::invalid_argument from a bad date or zone becomes ValueError with
  // the message the CLI prints.
  std::vector<InputItem> items;
  items.push_back(make_text_item(text.cast<std::string>(), "text", "text", date, optional_string(tz)));
  std::vector<std::string> warnings;
  std::vector<Processed> done;
  {
    py::gil_scoped_release release;
    done = process(normalizer, items, {.explain = explain}, warnings);
  }
  warn_all(warnings);
  return to_python(done[0].record["timexes"]);
}

py::list extract_documents(const Normalizer& normalizer, const py::iterable& docs, const py::object& pub_date,
                           const py::object& tz, bool explain, const std::string& errors, bool timeline,
                           std::uint32_t first_index, bool expressions) {
  std::vector<InputItem> items = documents_from_python(docs, pub_date, tz, errors);
  std::vector<std::string> warnings;
  std::vector<Processed> done;
  {
    py::gil_scoped_release release;
    done = process(normalizer, items, {explain, expressions, timeline, first_index}, warnings);
  }
  warn_all(warnings);
  py::list out;
  for (const Processed& p : done) {
    py::object record = to_python(p.record);
    if (timeline && !p.record.contains("error")) record["events"] = entries_to_python(p.entries);
    out.append(record);
  }
  return out;
}

py::list timeline_of(const Normalizer& normalizer, const py::object& docs, const py::object& pub_date,
                     const py::object& tz) {
  // A lone str is one document, not an iterable of one-character documents.
  py::list batch;
  if (py::isinstance<py::str>(docs)) batch.append(py::dict(py::arg("text") = docs, py::arg("id") = "text"));
  else if (!py::isinstance<py::iterable>(docs))
    throw py::type_error("docs must be a str or an iterable of mappings, not " +
                         py::str(py::type::handle_of(docs).attr("__name__")).cast<std::string>());
  py::iterable all = py::isinstance<py::str>(docs) ? py::iterable(batch) : docs.cast<py::iterable>();
  std::vector<InputItem> items = documents_from_python(all, pub_date, tz, "raise");
  std::vector<std::string> warnings;
  std::vector<TimelineEntry> merged;
  {
    py::gil_scoped_release release;
    for (Processed& p : process(normalizer, items, {.timeline = true}, warnings))
      merged.insert(merged.end(), std::make_move_iterator(p.entries.begin()), std::make_move_iterator(p.entries.end()));
    order_timeline(merged);
  }
  warn_all(warnings);
  return entries_to_python(merged);
}

// Orders the caller's dicts themselves: only the fields that ordering
// compares are read, and each entry's position rides along in `source`,
// which ordering never looks at.
py::list order_entries(const py::iterable& entries) {
  std::vector<py::object> originals;
  std::vector<TimelineEntry> keys;
  for (py::handle entry : entries) {
    std::string where = "entries[" + std::to_string(originals.size()) + "]";
    nlohmann::json fields = nlohmann::json::object();
    if (py::isinstance<py::dict>(entry)) {
      py::dict d = py::reinterpret_borrow<py::dict>(entry);
      for (const char* key : kOrderingKeys)
        if (d.contains(key)) fields[key] = from_python(d[key], where + "[\"" + key + "\"]");
    } else {
      fields = from_python(entry, where);  // not a dict: entry_ordering_from_record names the problem
    }
    keys.push_back(entry_ordering_from_record(fields, where));  // std::invalid_argument: ValueError
    keys.back().source = std::to_string(originals.size());
    originals.push_back(py::reinterpret_borrow<py::object>(entry));
  }
  {
    py::gil_scoped_release release;
    order_timeline(keys);
  }
  py::list ordered;
  for (const TimelineEntry& key : keys) ordered.append(originals[std::stoul(key.source)]);
  return ordered;
}

std::string to_ics(const py::iterable& entries, bool coarse) {
  std::vector<TimelineEntry> all = entries_from_python(entries);
  py::gil_scoped_release release;
  IcsOptions options;
  options.coarse = coarse;
  return timeline_to_ics(all, options);
}

}  // namespace

PYBIND11_MODULE(_dateline, m) {
  m.doc() = "dateline: TimeML TIMEX3 temporal tagging and timelines for English news (C++ core).";

  py::class_<Normalizer>(m, "Normalizer", doc::kNormalizer)
      .def(py::init(&make_normalizer), py::arg("rules_dir") = py::none())
      .def("extract", &extract_text, doc::kExtract, py::arg("text"), py::arg("pub_date"), py::arg("tz") = py::none(),
           py::kw_only(), py::arg("explain") = false)
      .def("extract_documents", &extract_documents, doc::kExtractDocuments, py::arg("docs"), py::kw_only(),
           py::arg("pub_date") = py::none(), py::arg("tz") = py::none(), py::arg("explain") = false,
           py::arg("errors") = "raise", py::arg("timeline") = false, py::arg("first_index") = 0,
           py::arg("expressions") = true)
      .def("timeline", &timeline_of, doc::kTimeline, py::arg("docs"), py::kw_only(),
           py::arg("pub_date") = py::none(), py::arg("tz") = py::none());

  m.def(
      "extract",
      [](const py::str& text, const py::object& pub_date, const py::object& tz, bool explain) {
        return extract_text(default_normalizer(), text, pub_date, tz, explain);
      },
      doc::kExtract, py::arg("text"), py::arg("pub_date"), py::arg("tz") = py::none(), py::kw_only(),
      py::arg("explain") = false);
  m.def(
      "timeline",
      [](const py::object& docs, const py::object& pub_date, const py::object& tz) {
        return timeline_of(default_normalizer(), docs, pub_date, tz);
      },
      doc::kTimeline, py::arg("docs"), py::kw_only(), py::arg("pub_date") = py::none(), py::arg("tz") = py::none());
  m.def("order_timeline", &order_entries, doc::kOrderTimeline, py::arg("entries"));
  m.def("to_ics", &to_ics, doc::kToIcs, py::arg("entries"), py::kw_only(), py::arg("coarse") = false);
}

}  // namespace dateline::python
