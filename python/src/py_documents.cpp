#include "py_documents.h"

#include <stdexcept>

namespace py = pybind11;

namespace dateline::python {

std::string pub_date_string(py::handle value) {
  if (py::isinstance<py::str>(value)) return value.cast<std::string>();
  if (py::hasattr(value, "isoformat")) return value.attr("isoformat")().cast<std::string>();
  throw py::type_error("pub_date must be a str such as \"2024-10-02\" or a datetime.date/datetime, not " +
                       py::str(py::type::handle_of(value).attr("__name__")).cast<std::string>());
}

InputItem document_from_python(py::handle doc, std::size_t index, const DocumentDefaults& defaults) {
  InputItem item;
  item.source = "docs[" + std::to_string(index) + "]";
  auto fail = [&](std::string why) {
    item.error = std::move(why);
    return item;
  };
  if (!py::isinstance<py::dict>(doc) && !py::hasattr(doc, "get"))
    return fail("expected a mapping with \"text\", not " +
                py::str(py::type::handle_of(doc).attr("__name__")).cast<std::string>());
  if (py::object source = doc.attr("get")("source"); py::isinstance<py::str>(source))
    item.source = source.cast<std::string>();
  py::object id = doc.attr("get")("id");
  item.id = id.is_none() ? "doc " + std::to_string(index + 1) : py::str(id).cast<std::string>();
  py::object text = doc.attr("get")("text");
  if (!py::isinstance<py::str>(text)) return fail("missing \"text\" (a string)");
  std::string pub_date = defaults.pub_date;
  if (py::object p = doc.attr("get")("pub_date"); !p.is_none()) {
    try {
      pub_date = pub_date_string(p);
    } catch (const py::type_error&) {
      return fail("\"pub_date\" must be a string such as \"2024-10-02\"");
    }
  }
  std::string tz = defaults.tz;
  if (py::object z = doc.attr("get")("tz"); py::isinstance<py::str>(z)) tz = z.cast<std::string>();
  if (pub_date.empty()) return fail("no publication date: the document has no \"pub_date\" and no pub_date was given");
  std::string utf8;
  try {
    utf8 = text.cast<std::string>();
  } catch (const py::cast_error&) {
    return fail("\"text\" is not encodable as UTF-8 (lone surrogates?)");
  }
  try {
    InputItem made = make_text_item(std::move(utf8), item.id, item.source, pub_date, tz);
    return made;
  } catch (const std::invalid_argument& e) {
    return fail(e.what());
  }
}

std::vector<InputItem> documents_from_python(const py::iterable& docs, const py::object& pub_date,
                                             const py::object& tz, const std::string& errors) {
  if (errors != "raise" && errors != "record")
    throw py::value_error("errors must be \"raise\" or \"record\", not \"" + errors + "\"");
  DocumentDefaults defaults{pub_date.is_none() ? std::string() : pub_date_string(pub_date),
                            tz.is_none() ? std::string() : tz.cast<std::string>()};
  std::vector<InputItem> items;
  for (py::handle doc : docs) {
    items.push_back(document_from_python(doc, items.size(), defaults));
    if (errors == "raise" && !items.back().document)
      throw py::value_error(items.back().source + ": " + items.back().error);
  }
  return items;
}

}  // namespace dateline::python
