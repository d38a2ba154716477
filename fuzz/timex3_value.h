// A small validator for TIMEX3 values (TimeML 1.2.1 / TIDES, see
// /work/shared/TIMEML.md §4), used by the fuzz targets and their replay test
// to catch values that no TimeML reader would accept, such as `2882-01-5`,
// `2024-13`, `2024-02-30` or a year outside 0001..9999.
#pragma once

#include <string>
#include <string_view>

#include "core/timex.h"

namespace dateline::fuzz {

// Empty when `value` is a well-formed value for a TIMEX3 of `type`, else why not.
//   DATE, TIME: PRESENT_REF | PAST_REF | FUTURE_REF | a calendar value: a year
//               (1999), decade (199, 199X), century (19), or XXXX; then -MM,
//               -MM-DD, -Www[-D|-WE], -Qn, -Hn or -SP/SU/FA/WI (X for unknown
//               digits); then Thh[:mm[:ss]] or TMO/TAF/TEV/TNI/TDT/TMI after a day.
//   DURATION:   P then numbers (or X) with units Y M W D Q H E C L DE CE ML,
//               then T and H M S components.
//   SET:        a duration or a calendar value.
std::string check_timex3_value(TimexType type, std::string_view value);

}  // namespace dateline::fuzz
