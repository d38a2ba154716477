// A wire story's dateline: "BEIJING, March 12 (Xinhua) --". The story was
// written on the dateline's day, which may be a day or two before the
// publication date the archive gives it, and relative words ("Friday",
// "yesterday") count from that day (TimeML annotates them so).
#pragma once

#include <optional>
#include <string_view>

#include "core/time/reference.h"

namespace dateline {

// The reference a document's dateline names, when its text opens with one
// ("CITY, <Month> <day> (<agency>) --") whose day falls in the week up to the
// publication date; std::nullopt otherwise (no dateline, or a day that does
// not fit, which is then not trusted). Keeps the publication's time zone.
std::optional<Reference> dateline_reference(std::string_view text, const Reference& publication);

}  // namespace dateline
