#include "fuzz/timex3_value.h"

#include <date/date.h>

#include <optional>

namespace dateline::fuzz {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A cursor over the value; each method consumes a part or leaves pos alone.
struct Cursor {
  std::string_view s;
  std::size_t pos = 0;

  bool done() const { return pos == s.size(); }
  bool eat(std::string_view lit) {
    if (s.substr(pos).starts_with(lit)) {
      pos += lit.size();
      return true;
    }
    return false;
  }
  // Exactly `width` digits; nullopt (and pos unchanged) otherwise.
  std::optional<int> number(std::size_t width) {
    if (pos + width > s.size()) return std::nullopt;
    int n = 0;
    for (std::size_t i = 0; i < width; ++i) {
      if (!is_digit(s[pos + i])) return std::nullopt;
      n = n * 10 + (s[pos + i] - '0');
    }
    if (pos + width < s.size() && is_digit(s[pos + width])) return std::nullopt;  // too many digits
    pos += width;
    return n;
  }
  // Exactly `width` X's (an unknown slot).
  bool unknown(std::size_t width) { return eat(std::string(width, 'X')); }
};

std::string check_time_of_day(Cursor& c) {
  for (std::string_view part : {"MO", "AF", "EV", "NI", "DT", "MI"})
    if (c.eat(part)) return c.done() ? "" : "text after the part of day";
  auto hh = c.number(2);
  if (!hh) return "T must be followed by hh or a part of day";
  int mm = 0;
  if (c.eat(":")) {
    auto m = c.number(2);
    if (!m || *m > 59) return "bad minutes";
    mm = *m;
    if (c.eat(":")) {
      auto ss = c.number(2);
      if (!ss || *ss > 60) return "bad seconds";
    }
  }
  if (*hh > 24 || (*hh == 24 && mm != 0)) return "bad hour";
  return c.done() ? "" : "text after the time of day";
}

std::string check_calendar(std::string_view value) {
  Cursor c{value};
  // Year, decade (199, 199X), century (19, 19XX) or unknown year (XXXX).
  std::optional<int> year;
  if (c.unknown(4)) {
  } else if ((year = c.number(4))) {
    if (*year < 1) return "year 0000 (years run from 0001 to 9999)";
  } else if (c.number(3)) {
    c.eat("X");
    return c.done() ? "" : "a decade cannot be followed by more";
  } else if (c.number(2)) {
    c.eat("XX");
    return c.done() ? "" : "a century cannot be followed by more";
  } else {
    return "no year, decade or century";
  }
  if (c.done()) return "";
  if (!c.eat("-")) return "a year must be followed by '-'";

  bool day_named = false;  // a time of day may follow
  if (c.eat("Q")) {
    auto q = c.number(1);
    if (!(q && *q >= 1 && *q <= 4) && !c.unknown(1)) return "bad quarter";
  } else if (c.eat("H")) {
    auto h = c.number(1);
    if (!(h && *h >= 1 && *h <= 2) && !c.unknown(1)) return "bad half";
  } else if (c.eat("SP") || c.eat("SU") || c.eat("FA") || c.eat("WI")) {
  } else if (c.eat("W")) {
    auto w = c.number(2);
    if (w) {
      if (*w < 1 || *w > 53) return "bad week number";
      if (year && *w == 53) {
        // A year has an ISO week 53 when it starts on a Thursday, or on a
        // Wednesday in a leap year.
        date::weekday jan1{date::sys_days{date::year{*year} / 1 / 1}};
        bool long_year = jan1 == date::Thursday || (jan1 == date::Wednesday && date::year{*year}.is_leap());
        if (!long_year) return "week 53 in a year with 52 ISO weeks";
      }
    } else if (!c.unknown(2)) {
      return "bad week";
    }
    if (c.eat("-")) {
      if (c.eat("WE")) {
      } else if (auto d = c.number(1); d && *d >= 1 && *d <= 7) {
        day_named = true;
      } else if (!c.unknown(1)) {
        return "bad day of week";
      }
    }
  } else {
    auto m = c.number(2);
    if (m) {
      if (*m < 1 || *m > 12) return "bad month";
    } else if (!c.unknown(2)) {
      return "bad month";
    }
    if (c.eat("-")) {
      auto d = c.number(2);
      if (d) {
        if (*d < 1 || *d > 31) return "bad day";
        if (year && m &&
            !date::year_month_day{date::year{*year}, date::month(static_cast<unsigned>(*m)),
                                  date::day(static_cast<unsigned>(*d))}
                 .ok())
          return "no such day";
      } else if (!c.unknown(2)) {
        return "bad day";
      }
      day_named = true;
    }
  }
  if (c.done()) return "";
  if (!day_named) return "unexpected text after the period";
  if (!c.eat("T")) return "a day must be followed by T and a time";
  return check_time_of_day(c);
}

std::string check_duration(std::string_view value) {
  Cursor c{value};
  if (!c.eat("P")) return "a duration starts with P";
  auto amount = [&]() {
    if (c.eat("X")) return true;
    std::size_t start = c.pos;
    while (!c.done() && is_digit(c.s[c.pos])) ++c.pos;
    if (c.pos == start) return false;
    if (c.eat(".")) {
      std::size_t frac = c.pos;
      while (!c.done() && is_digit(c.s[c.pos])) ++c.pos;
      if (c.pos == frac) return false;
    }
    return true;
  };
  int parts = 0;
  while (!c.done() && c.s[c.pos] != 'T') {
    if (!amount()) return "a duration part needs a number or X";
    if (!(c.eat("DE") || c.eat("CE") || c.eat("ML") || c.eat("Y") || c.eat("M") || c.eat("W") ||
          c.eat("D") || c.eat("Q") || c.eat("H") || c.eat("E") || c.eat("C") || c.eat("L")))
      return "bad duration unit";
    ++parts;
  }
  if (c.eat("T")) {
    int time_parts = 0;
    while (!c.done()) {
      if (!amount()) return "a time part needs a number or X";
      if (!(c.eat("H") || c.eat("M") || c.eat("S"))) return "bad time unit";
      ++time_parts;
    }
    if (time_parts == 0) return "T without a time part";
    parts += time_parts;
  }
  return parts > 0 ? "" : "a duration without parts";
}

}  // namespace

std::string check_timex3_value(TimexType type, std::string_view value) {
  std::string why;
  switch (type) {
    case TimexType::Duration:
      why = check_duration(value);
      break;
    case TimexType::Set:
      why = value.starts_with("P") ? check_duration(value) : check_calendar(value);
      break;
    case TimexType::Date:
    case TimexType::Time:
      if (value == "PRESENT_REF" || value == "PAST_REF" || value == "FUTURE_REF") return "";
      why = check_calendar(value);
      break;
  }
  if (why.empty()) return why;
  return "bad " + std::string(to_string(type)) + " value '" + std::string(value) + "': " + why;
}

}  // namespace dateline::fuzz
