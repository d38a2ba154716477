// A temporal expression found in a document and normalized to TimeML TIMEX3.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/time/interval.h"

namespace dateline {

enum class TimexType : std::uint8_t { Date, Time, Duration, Set };

std::string_view to_string(TimexType type);

struct Timex {
  // Byte offsets into the document's UTF-8 plain text, half-open [begin, end).
  // Emitters convert them to Unicode character offsets (core/text/utf8.h).
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  TimexType type = TimexType::Date;
  std::string value;  // TIMEX3 value: 2024-11-05, 2024-W45, P2W, PRESENT_REF, XXXX-WXX-1 ...
  std::string mod;    // TIMEX3 mod (START, END, APPROX, ...) or empty
  std::string quant;  // SET quantifier as written (EACH, EVERY) or empty
  std::string freq;   // SET frequency (1X, 2X) or empty
  std::string_view rule;  // name of the rule that matched; owned by the RuleSet
  // For DATE and TIME: the resolved half-open interval in the publication's
  // local time, and its grain. Absent for DURATION, SET and the *_REF values.
  std::optional<Interval> interval;
  // Human-readable account of how the value was reached (only filled when
  // ExtractOptions::explain is set): stated fields, implied fields, arithmetic.
  std::string explanation;
};

}  // namespace dateline
