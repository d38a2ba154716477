// The timeline: which event each temporal expression dates, and the events in
// time order. Library entry points (also used by the CLI and the Python
// binding):
//
//   Normalizer normalizer;
//   auto timexes = normalizer.extract(doc.text, *doc.reference);
//   auto entries = build_timeline(doc, timexes);   // document order
//   order_timeline(entries);                       // time order
//   std::cout << timeline_to_text(entries);        // or _json, _markdown, _ics
//
// Anchoring, in short (details in docs/timeline.md): each DATE, TIME or
// DURATION expression dates the event word its clause attaches it to — the nearest
// event to its left in its clause ("was elected prime minister on Tuesday"),
// the first event of the sentence when it opens the sentence ("On Tuesday,
// Ishiba doubled down"), the event noun after a possessive ("Tuesday's
// vote", "third-quarter net loss"); a verb coordinated with "and", the verb
// of an event-noun object and of an -ing complement get the same date. Event words are
// verb forms and event nouns from WordNet (core/lexicon). "a day after he
// reiterated" dates "reiterated" by arithmetic from the clause's date
// (derived). The relation comes from the signal word before the expression.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/document.h"
#include "core/time/interval.h"
#include "core/time/reference.h"
#include "core/timex.h"

namespace dateline {

// How the event relates to the expression's time, read from the signal word.
enum class Relation : std::uint8_t {
  Within,  // on, in, during, at, over, throughout, (none)
  By,      // by: a deadline, the event happens at the latest in the interval
  Before,  // before, prior to, ahead of
  After,   // after, following
  Begins,  // since, from: the event (a state) begins then
  Ends,    // until, till, through: the event ends then
};

std::string_view to_string(Relation relation);  // "within", "by", "before", "after", "begins", "ends"

// A span of the document text, in byte offsets (for slicing) and Unicode
// character offsets (for output).
struct TextSpan {
  std::uint32_t begin = 0;       // bytes
  std::uint32_t end = 0;
  std::uint32_t char_begin = 0;  // code points
  std::uint32_t char_end = 0;
  std::string text;
};

struct TimelineEntry {
  // The event: its trigger word and a short readable phrase around it.
  TextSpan trigger;
  TextSpan phrase;
  // The expression that dates it, as the extractor found it.
  TextSpan timex;
  std::string tid;  // "t1", "t2" ... in the document's text order of its timexes
  TimexType timex_type = TimexType::Date;
  std::string timex_value;
  // The entry's date: the expression's value, or for a derived entry the
  // value computed from it; `interval` is absent for vague values
  // (PAST_REF, PRESENT_REF, FUTURE_REF) and values without a calendar span.
  std::string date;
  std::optional<Interval> interval;
  Relation relation = Relation::Within;
  bool derived = false;  // dated by arithmetic ("a day after he reiterated")
  std::string sentence;  // the sentence the trigger is in, whitespace-collapsed
  // Where it comes from.
  std::string doc_id;
  std::string source;
  std::string pub_date;
  std::optional<Reference> reference;  // the publication instant (ICS DTSTAMP)
  std::uint32_t doc_index = 0;         // position of the document among the inputs (for ordering)
};

// One entry per (event, expression) pair where the expression dates the
// event, in document order. `timexes` are the document's expressions sorted
// by begin (as Normalizer::extract returns them, or gold ones). `doc_index`
// orders documents in a merged timeline.
std::vector<TimelineEntry> build_timeline(const Document& doc, const std::vector<Timex>& timexes,
                                          std::uint32_t doc_index = 0);

// Sorts into time order, deterministically:
//  1. dated entries (with an interval), by interval start; at the same start
//     finer grain first (so a month or a year sits at its first instant,
//     after the day entries of that first day and before those of the next
//     day); then stated before derived; then document order (document
//     index, trigger offset, expression offset);
//  2. then the vague entries: PAST_REF, PRESENT_REF, FUTURE_REF, other
//     values without a span; each in document order.
void order_timeline(std::vector<TimelineEntry>& entries);

// True for the entries of the vague group (no interval).
inline bool is_vague(const TimelineEntry& e) { return !e.interval.has_value(); }

}  // namespace dateline
