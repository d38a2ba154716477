// Resolution: turns what an expression stated (Fields) into a TIMEX3 value,
// against the publication reference and the sentence's tense. Pure: the same
// inputs always give the same value, and nothing survives between calls.
//
// The policy (README "Resolution policy" documents it for users):
//  - bare weekday: past tense -> the latest such day on or before the
//    reference; future tense -> the first on or after it; no cue -> the
//    nearest one (within three days either way);
//  - this/last/next <weekday>: the one in the reference's ISO week / the
//    latest strictly before the reference / the first strictly after it;
//  - a date, month, season, quarter or holiday without a year: the
//    reference's year, unless the tense puts it on the other side (past
//    tense and the period starts after the reference day -> a year earlier;
//    future tense and it ended before the reference day -> a year later);
//    with no cue, whichever of last, this or next year is nearest;
//    A date at most three months on the other side stays in the reference's
//    year: tense cues in news are noisy ("said it would vote Dec. 7"), and on
//    the TempEval-3 training news the slack measures better than none;
//  - N units ago / from now: the reference shifted by N units, at the grain
//    of the unit named; last/this/next <unit>: the reference's period shifted.
//  - the time under discussion (the last date mentioned shortly before) anchors
//    "a year earlier", "the quarter", "the year-ago quarter"; a year-based
//    comparison of a quarter, half or month keeps that grain ("a year ago"
//    after "the third quarter" is the third quarter a year before).
//  - impossible dates (February 30, month 13) and years outside 1..9999 are
//    rejected: the expression yields no TIMEX3.
#pragma once

#include <optional>
#include <string>

#include "core/text/tense.h"
#include "core/time/fields.h"
#include "core/time/reference.h"
#include "core/timex.h"

namespace dateline {

struct Resolution {
  TimexType type = TimexType::Date;
  std::string value, mod, quant, freq;
  std::optional<Interval> interval;
  std::string explanation;  // filled when asked: implied fields and arithmetic
};

// `discussed`: the interval of the last date mentioned shortly before the
// expression, or null.
std::optional<Resolution> resolve(TimexType rule_type, const Fields& fields, const Reference& ref,
                                  Tense tense, const Interval* discussed, bool explain);

}  // namespace dateline
