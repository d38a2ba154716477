// nlohmann::json values as plain Python objects (dict, list, str, int, float,
// bool, None), so that the binding returns exactly what core/io/timex_json.h
// builds for the CLI and the two outputs cannot drift apart.
#pragma once

#include <nlohmann/json.hpp>
#include <pybind11/pybind11.h>

namespace dateline::python {

// Needs the GIL.
pybind11::object to_python(const nlohmann::json& value);

}  // namespace dateline::python
