#include "core/time/fields.h"

#include <charconv>
#include <cstdio>

namespace dateline {
namespace {

constexpr std::array<std::string_view, kFieldCount> kFieldNames = {
    "year", "month",  "day",  "weekday", "hour", "minute",   "second",  "ampm",
    "zone", "part",   "season", "quarter", "half", "decade", "century", "num",
    "unit", "shift",  "day_shift", "dir", "mod",  "ref",     "quant",   "freq",
    "holiday", "year_shift", "anchor", "range_end_month"};

constexpr std::array<std::string_view, 13> kModNames = {
    "",       "START",  "MID",         "END",        "APPROX",    "BEFORE",       "AFTER",
    "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"};

template <std::size_t N>
std::optional<std::int32_t> index_in(const std::array<std::string_view, N>& names,
                                     std::string_view text) {
  for (std::size_t i = 1; i < N; ++i)
    if (names[i] == text) return static_cast<std::int32_t>(i);
  return std::nullopt;
}

std::optional<std::int32_t> integer(std::string_view text) {
  std::int32_t v = 0;
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || p != text.data() + text.size()) return std::nullopt;
  return v;
}

// Holidays are encoded in one integer:
//   "12-25"      a fixed day                  -> MMDD
//   "11-4-4"     the 4th Thursday of November -> 10000 + MM*100 + weekday*10 + n
//   "05-1-L"     the last Monday of May       -> n = 9
//   "easter-2"   days from Easter Sunday      -> 20000 + 100 + offset
//   "11-1-1+1"   the day after the 1st Monday of November (U.S. Election
//                Day) -> the weekday code + days * 100000 (1 to 6 days)
std::optional<std::int32_t> parse_holiday(std::string_view text) {
  if (text.rfind("easter", 0) == 0) {
    auto off = text.size() == 6 ? std::optional<std::int32_t>(0) : integer(text.substr(6));
    if (!off || *off < -99 || *off > 99) return std::nullopt;
    return 20100 + *off;
  }
  if (text.size() == 8 && text[6] == '+') {
    auto base = parse_holiday(text.substr(0, 6));
    auto days = integer(text.substr(7, 1));
    if (!base || *base < 10000 || *base >= 20000 || !days || *days < 1 || *days > 6) return std::nullopt;
    return *base + *days * 100000;
  }
  if (text.size() == 5 && text[2] == '-') {
    auto m = integer(text.substr(0, 2)), d = integer(text.substr(3, 2));
    if (!m || !d || *m < 1 || *m > 12 || *d < 1 || *d > 31) return std::nullopt;
    return *m * 100 + *d;
  }
  if (text.size() == 6 && text[2] == '-' && text[4] == '-') {
    auto m = integer(text.substr(0, 2)), wd = integer(text.substr(3, 1));
    std::int32_t n = text[5] == 'L' ? 9 : text[5] - '0';
    if (!m || !wd || *m < 1 || *m > 12 || *wd < 1 || *wd > 7 || (n < 1 || (n > 5 && n != 9)))
      return std::nullopt;
    return 10000 + *m * 100 + *wd * 10 + n;
  }
  return std::nullopt;
}

// Names of the enumerated field values, as rules and vocabularies write them.
constexpr std::array<std::string_view, 7> parts = {"", "MO", "AF", "EV", "NI", "DT", "MI"};
constexpr std::array<std::string_view, 5> seasons = {"", "SP", "SU", "FA", "WI"};
constexpr std::array<std::string_view, 17> units = {
    "",     "second",  "minute", "hour", "day",    "week",    "weekend",    "month",
    "quarter", "half", "year",   "decade", "century", "millennium", "season", "night", "period"};
constexpr std::array<std::string_view, 4> refs = {"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"};
constexpr std::array<std::string_view, 4> quants = {"", "EACH", "EVERY", "A"};

template <std::size_t N>
std::string name_in(const std::array<std::string_view, N>& names, std::int32_t v) {
  return v > 0 && static_cast<std::size_t>(v) < N ? std::string(names[v]) : std::to_string(v);
}

std::string value_name(Field f, std::int32_t v, double num) {
  switch (f) {
    case Field::Part: return name_in(parts, v);
    case Field::Season: return name_in(seasons, v);
    case Field::Unit: return name_in(units, v);
    case Field::Mod: return name_in(kModNames, v);
    case Field::Ref: return name_in(refs, v);
    case Field::Quant: return name_in(quants, v);
    case Field::Num: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%g", num);
      return buf;
    }
    default: return std::to_string(v);
  }
}

}  // namespace

std::string_view to_string(Mod mod) { return kModNames[static_cast<std::size_t>(mod)]; }

std::string_view field_name(Field f) { return kFieldNames[static_cast<std::size_t>(f)]; }

std::optional<Field> field_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kFieldCount; ++i)
    if (kFieldNames[i] == name) return static_cast<Field>(i);
  return std::nullopt;
}

std::optional<std::int32_t> parse_field_value(Field f, std::string_view text) {
  switch (f) {
    case Field::Part: return index_in(parts, text);
    case Field::Season: return index_in(seasons, text);
    case Field::Unit: return index_in(units, text);
    case Field::Mod: return index_in(kModNames, text);
    case Field::Ref: return index_in(refs, text);
    case Field::Quant: return index_in(quants, text);
    case Field::Holiday: return parse_holiday(text);
    default: break;
  }
  auto v = integer(text);
  if (!v) return std::nullopt;
  switch (f) {
    case Field::Month:
    case Field::RangeEndMonth: return *v >= 1 && *v <= 12 ? v : std::nullopt;
    case Field::Day: return *v >= 1 && *v <= 31 ? v : std::nullopt;
    case Field::Weekday: return *v >= 1 && *v <= 7 ? v : std::nullopt;
    case Field::Hour: return *v >= 0 && *v <= 24 ? v : std::nullopt;
    case Field::Minute:
    case Field::Second: return *v >= 0 && *v <= 59 ? v : std::nullopt;
    case Field::Quarter: return *v >= 1 && *v <= 4 ? v : std::nullopt;
    case Field::Half: return *v >= 1 && *v <= 2 ? v : std::nullopt;
    default: return v;
  }
}

std::string Fields::describe() const {
  std::string out;
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    if (!(present & (1u << i))) continue;
    if (!out.empty()) out += ' ';
    out += kFieldNames[i];
    out += '=';
    out += value_name(static_cast<Field>(i), value[i], num);
  }
  return out;
}

}  // namespace dateline
