// The reference point that underspecified expressions resolve against: the
// publication instant, seen in the publication's time zone.
#pragma once

#include <string>
#include <string_view>

#include "core/time/interval.h"

namespace dateline {

struct Reference {
  LocalSeconds local{};   // publication instant as local wall-clock time in `tz`
  bool has_time = false;  // false when only a date was given
  std::string tz;         // IANA zone name, empty when unknown (treated as UTC)

  date::year_month_day day() const { return date::year_month_day{date::floor<date::days>(local)}; }
};

// Parses a publication date: "2024-10-02", "2024-10-02T18:30:00",
// "2024-10-02T18:30:00+09:00" or "...Z", with an optional IANA zone name.
// An instant with an offset is converted to the local time of `tz` when a zone
// is given. Throws std::invalid_argument whose message names the bad value and
// says what is accepted.
Reference parse_reference(std::string_view pub_date, std::string_view tz = {});

}  // namespace dateline
