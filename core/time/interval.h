// Calendar grain and half-open intervals [start, end) in local (floating) time.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include <date/date.h>

namespace dateline {

// Ordered from finest to coarsest, so that `a < b` means a is finer.
enum class Grain : std::uint8_t {
  Second, Minute, Hour, PartOfDay, Day, Weekend, Week, Month, Season, Quarter, Half,
  Year, Decade, Century, Millennium
};

std::string_view to_string(Grain grain);

// Local time with seconds precision, in the publication's time zone.
using LocalSeconds = date::local_seconds;

struct Interval {
  LocalSeconds start;  // inclusive
  LocalSeconds end;    // exclusive
  Grain grain = Grain::Day;
};

// ISO 8601 rendering of a local instant: "2024-10-02" when it falls on
// midnight and `date_only_at_midnight`, else "2024-10-02T18:30:00".
std::string iso8601(LocalSeconds t, bool date_only_at_midnight = true);

}  // namespace dateline
