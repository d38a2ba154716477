// JSON values (nlohmann) as plain Python objects (dict, list, str, int, float,
// bool, None) and back, so that the binding returns exactly what the core's
// JSON emitters build for the CLI and the two outputs cannot drift apart.
#pragma once

#include <nlohmann/json.hpp>
#include <pybind11/pybind11.h>

namespace dateline::python {

// Needs the GIL. Objects keep their key order (sorted for nlohmann::json,
// insertion order for nlohmann::ordered_json).
pybind11::object to_python(const nlohmann::json& value);
pybind11::object to_python(const nlohmann::ordered_json& value);

// Needs the GIL. Mappings with str keys, sequences (list, tuple), str, int,
// float, bool, None; throws TypeError naming `where` for anything else.
nlohmann::json from_python(pybind11::handle value, const std::string& where);

}  // namespace dateline::python
