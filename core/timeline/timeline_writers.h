// Renderings of a timeline: JSON (the shape of issue 3), JSON Lines, a plain
// text table for notes, a Markdown table, and iCalendar (libical).
// Entries are rendered in the order given (see order_timeline).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/timeline/timeline.h"

namespace dateline {

// {"date", "start", "end", "grain", "relation", "derived", "event": {"text",
//  "trigger": {"text", "begin", "end"}}, "timex": {"tid", "text", "begin",
//  "end", "type", "value"}, "sentence", "doc"}. Offsets are Unicode character
// offsets into the document text; start/end are the half-open interval
// [start, end) in the publication's local time (null for vague entries).
nlohmann::ordered_json entry_to_json(const TimelineEntry& entry);

// Appends entry_to_json(entry).dump() and a newline to `out`, byte for byte,
// without building the JSON object (the `timeline --format jsonl` path).
void append_entry_jsonl(std::string& out, const TimelineEntry& entry);

// {"doc", "pub_date", "events": [...]}; `doc` and `pub_date` are null when
// empty (a merged timeline of several documents).
nlohmann::ordered_json timeline_to_json(const std::vector<TimelineEntry>& entries, std::string_view doc,
                                        std::string_view pub_date);

struct TextOptions {
  bool show_doc = false;  // add the document id to each line (merged timelines)
};

// One line per entry: date column (with the relation when it is not
// "within", and "~" for derived dates), event phrase, the expression and its
// source. Vague entries follow under their own heading.
std::string timeline_to_text(const std::vector<TimelineEntry>& entries, const TextOptions& options = {});

// A Markdown table: Date | Event | Expression | Sentence | Document.
std::string timeline_to_markdown(const std::vector<TimelineEntry>& entries);

struct IcsOptions {
  // Also export entries coarser than a day (a month, a year, "by 2027") as
  // all-day events spanning their interval; deadlines ("by") become one
  // all-day event on the interval's last day.
  bool coarse = false;
};

// An RFC 5545 VCALENDAR built with libical: one VEVENT per entry of day grain
// or finer (DTSTART;VALUE=DATE for days, DATE-TIME with TZID and a VTIMEZONE
// for times), SUMMARY the event phrase (prefixed by the relation when not
// "within"), DESCRIPTION the sentence and its source, UID a hash of the
// document id, offsets and value, DTSTAMP the publication instant in UTC.
// Vague entries are never exported.
std::string timeline_to_ics(const std::vector<TimelineEntry>& entries, const IcsOptions& options = {});

// The UID timeline_to_ics gives an entry ("<16 hex digits>@dateline").
std::string ics_uid(const TimelineEntry& entry);

}  // namespace dateline
