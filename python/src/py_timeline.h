// Timeline entries as Python dicts and back. A dict has the fields of the
// CLI's `timeline --format json` entries (core/timeline/timeline_writers.h)
// plus what that view leaves out and ordering or iCalendar export need:
// "pub_date" and "tz" (the publication instant: the ICS DTSTAMP), "source"
// (where the document came from) and "doc_index" (the document's position
// among the inputs, the tie-breaker of a merged timeline). So entries made on
// different machines can be merged, ordered and exported on one.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "core/timeline/timeline.h"

namespace dateline::python {

nlohmann::ordered_json entry_record(const TimelineEntry& entry);

// The inverse of entry_record. Throws std::invalid_argument naming `where`
// and the field for a missing or malformed field.
TimelineEntry entry_from_record(const nlohmann::json& record, const std::string& where);

// Only the fields order_timeline compares (date, start, end, grain, derived,
// doc_index, the trigger's and the expression's offsets), for ordering
// without copying sentences around.
TimelineEntry entry_ordering_from_record(const nlohmann::json& record, const std::string& where);

// The keys of a record that entry_ordering_from_record reads.
inline constexpr const char* kOrderingKeys[] = {"date", "start", "end", "grain", "derived", "event", "timex", "doc_index"};

}  // namespace dateline::python
