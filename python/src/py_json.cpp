#include "py_json.h"

namespace py = pybind11;

namespace dateline::python {
namespace {

template <class Json>
py::object convert(const Json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      py::dict d;
      for (const auto& [key, item] : value.items()) d[py::str(key)] = convert(item);
      return d;
    }
    case nlohmann::json::value_t::array: {
      py::list l(value.size());
      for (std::size_t i = 0; i < value.size(); ++i) l[i] = convert(value[i]);
      return l;
    }
    case nlohmann::json::value_t::string:
      return py::str(value.template get_ref<const std::string&>());
    case nlohmann::json::value_t::boolean:
      return py::bool_(value.template get<bool>());
    case nlohmann::json::value_t::number_integer:
      return py::int_(value.template get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned:
      return py::int_(value.template get<std::uint64_t>());
    case nlohmann::json::value_t::number_float:
      return py::float_(value.template get<double>());
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
    case nlohmann::json::value_t::binary:
      break;
  }
  return py::none();
}

}  // namespace

py::object to_python(const nlohmann::json& value) { return convert(value); }
py::object to_python(const nlohmann::ordered_json& value) { return convert(value); }

nlohmann::json from_python(py::handle value, const std::string& where) {
  if (value.is_none()) return nullptr;
  if (py::isinstance<py::bool_>(value)) return value.cast<bool>();
  if (py::isinstance<py::int_>(value)) return value.cast<std::int64_t>();
  if (py::isinstance<py::float_>(value)) return value.cast<double>();
  if (py::isinstance<py::str>(value)) return value.cast<std::string>();
  if (py::isinstance<py::dict>(value)) {
    nlohmann::json object = nlohmann::json::object();
    for (auto [key, item] : value.cast<py::dict>()) {
      if (!py::isinstance<py::str>(key)) throw py::type_error(where + ": keys must be str");
      std::string name = key.cast<std::string>();
      object[name] = from_python(item, where + "[\"" + name + "\"]");
    }
    return object;
  }
  if (py::isinstance<py::list>(value) || py::isinstance<py::tuple>(value)) {
    nlohmann::json array = nlohmann::json::array();
    std::size_t i = 0;
    for (py::handle item : value) array.push_back(from_python(item, where + "[" + std::to_string(i++) + "]"));
    return array;
  }
  throw py::type_error(where + ": cannot read a " +
                       py::str(py::type::handle_of(value).attr("__name__")).cast<std::string>());
}

}  // namespace dateline::python
