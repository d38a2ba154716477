// Why event anchoring misses: one line per gold (event, timex) pair that no
// timeline entry finds, with the reason, and a tally of the reasons. Used by
// `dateline eval --anchor-errors` to see where recall goes.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/timeml.h"
#include "core/timeline/timeline.h"

namespace dateline::eval {

// Why a gold pair was not found, checked in this order.
enum class AnchorMissKind {
  TimexNotScored,    // the gold timex has no value: no entry can have its date
  OtherSentence,     // the event is not in the timex's sentence
  WrongRelation,     // an entry found it, but with a before/after/by relation
  EventOtherValue,   // an entry is on the event, with another date
  TimexOtherEvent,   // the timex dates entries on other words only
  NoEntry,           // the timex dates nothing (e.g. durations)
};

std::string_view to_string(AnchorMissKind kind);

struct AnchorMiss {
  std::string doc_id;
  AnchorMissKind kind = AnchorMissKind::NoEntry;
  std::string event_text;
  std::string timex_text, timex_type, value;
  // TimexOtherEvent: the triggers the timex dates, each marked "+" (finds
  // another gold pair), "~" (on a gold event, finds none), "-" (on no gold
  // event); EventOtherValue: the dates the event's entries have.
  std::string triggers;
  std::string context;   // the event in [brackets], one line
};

// The misses of one document. `entries` are its timeline entries (byte
// offsets into doc.text).
std::vector<AnchorMiss> list_anchor_misses(const TimemlDoc& doc, const std::vector<TimelineEntry>& entries);

// A scored entry on a gold EVENT that finds no gold pair: what costs strict
// precision.
struct WrongAnchor {
  std::string doc_id;
  std::string trigger, timex_text, date;
  std::string gold_values;  // the values the gold ties the event to (empty: none)
  std::string context;      // the trigger in [brackets], one line
};

std::vector<WrongAnchor> list_wrong_anchors(const TimemlDoc& doc, const std::vector<TimelineEntry>& entries);

// One line per miss, then the tally by kind; then one line per wrong entry.
std::string render_anchor_misses(const std::vector<AnchorMiss>& misses, const std::vector<WrongAnchor>& wrong = {});

}  // namespace dateline::eval
