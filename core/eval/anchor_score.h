// Scoring event anchoring (issue 3) against TimeML gold: which events the
// gold ties to which time values, and how many of those a timeline finds.
//
// Gold pairs: every TLINK between an EVENT instance and a TIMEX3 inside the
// TEXT (not the DCT) whose relation, read from the event's side, is
// IS_INCLUDED, DURING, SIMULTANEOUS, BEGINS or ENDS. A link written from the
// timex's side is inverted first (timex INCLUDES event = event IS_INCLUDED
// timex; DURING_INV, SIMULTANEOUS, BEGUN_BY, ENDED_BY likewise). A pair is
// (gold EVENT extent, gold timex value); duplicates count once.
//
// Against the timeline entries of the same document:
//  - recall: gold pairs found / gold pairs, where a pair is found when some
//    entry's trigger overlaps the EVENT extent and the entry's date equals
//    the pair's value;
//  - precision: correct entries / entries whose trigger overlaps a gold EVENT
//    that has at least one gold pair (the annotation links few events, so
//    entries on unlinked events are not counted); an entry is correct when
//    it finds a gold pair;
//  - strict precision: correct entries / entries whose trigger overlaps any
//    gold EVENT, so that dating every event of a sentence does not pay;
//  - F1: harmonic mean of precision and recall.
// Only entries whose relation can be one of the gold relations are scored
// (within, begins, ends); "before", "after" and "by" entries claim another
// relation and are counted apart.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/io/timeml.h"
#include "core/timeline/timeline.h"

namespace dateline::eval {

struct AnchorCounts {
  std::size_t gold_pairs = 0;
  std::size_t gold_found = 0;
  std::size_t entries = 0;             // scored entries (relation within, begins, ends)
  std::size_t other_relations = 0;     // entries not scored (before, after, by)
  std::size_t on_linked_event = 0;     // scored entries on a gold EVENT that has a gold pair
  std::size_t on_any_event = 0;        // scored entries on any gold EVENT
  std::size_t correct = 0;             // scored entries that find a gold pair

  AnchorCounts& operator+=(const AnchorCounts& other);
  double recall() const;
  double precision() const;
  double strict_precision() const;
  double f1() const;
};

struct GoldPair {
  std::uint32_t event_begin = 0;  // bytes into TimemlDoc::text
  std::uint32_t event_end = 0;
  std::string value;
  // The gold timex the pair comes from (the first link's, for duplicates).
  std::uint32_t timex_begin = 0;
  std::uint32_t timex_end = 0;
  TimexType timex_type = TimexType::Date;
};

// The gold (event, value) pairs of one TimeML document, sorted, unique.
std::vector<GoldPair> gold_anchor_pairs(const TimemlDoc& doc);

// Compares a document's timeline entries (byte offsets into doc.text) with its gold.
AnchorCounts score_anchoring(const TimemlDoc& doc, const std::vector<TimelineEntry>& entries);

}  // namespace dateline::eval
