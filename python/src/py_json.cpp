#include "py_json.h"

namespace py = pybind11;

namespace dateline::python {

py::object to_python(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      py::dict d;
      for (const auto& [key, item] : value.items()) d[py::str(key)] = to_python(item);
      return d;
    }
    case nlohmann::json::value_t::array: {
      py::list l(value.size());
      for (std::size_t i = 0; i < value.size(); ++i) l[i] = to_python(value[i]);
      return l;
    }
    case nlohmann::json::value_t::string:
      return py::str(value.get_ref<const std::string&>());
    case nlohmann::json::value_t::boolean:
      return py::bool_(value.get<bool>());
    case nlohmann::json::value_t::number_integer:
      return py::int_(value.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned:
      return py::int_(value.get<std::uint64_t>());
    case nlohmann::json::value_t::number_float:
      return py::float_(value.get<double>());
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded:
    case nlohmann::json::value_t::binary:
      break;
  }
  return py::none();
}

}  // namespace dateline::python
