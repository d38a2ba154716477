// What an expression's text stated, field by field: the bridge between the
// rules (which capture fields by name) and resolution (which turns them into
// a value). Small and allocation-free: a mention copies it by value.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dateline {

// A rule's named captures and `set:` constants are named after these fields.
enum class Field : std::uint8_t {
  Year,      // 2024; also 2-digit years ('90) resolved by the resolver
  Month,     // 1..12
  Day,       // 1..31
  Weekday,   // 1 = Monday .. 7 = Sunday (ISO)
  Hour,      // 0..24
  Minute,    // 0..59
  Second,    // 0..59
  Ampm,      // 0 = a.m., 12 = p.m.
  Zone,      // a time zone was named (value: offset in minutes, or 0)
  Part,      // part of day: see PartOfDay
  Season,    // see Season
  Quarter,   // 1..4
  Half,      // 1..2
  Decade,    // the decade's first three digits: 199 for the 1990s
  Century,   // the century's first two digits: 19 for the 20th century / 1900s
  Num,       // a count (durations, "two weeks ago"); see Fields::num
  Unit,      // a Unit
  Shift,     // relative shift in units: last = -1, this = 0, next = +1
  DayShift,  // today = 0, yesterday = -1, tomorrow = +1
  Dir,       // direction of a count from the anchor: ago = -1, from now = +1
  Mod,       // a Mod
  Ref,       // a RefValue (PRESENT_REF, PAST_REF, FUTURE_REF)
  Quant,     // a Quant for SETs
  Freq,      // times per period for SETs ("twice a week" = 2)
  Holiday,   // a holiday rule: see parse_field_value (fixed day, nth weekday, Easter)
  YearShift, // "last year's third quarter", "June last year": years from the reference's
  Anchor,    // 1: relative to the time under discussion ("a year earlier", "the quarter")
  RangeEndMonth,  // the month a range ends in when the date borrows the range's year
                  // ("from Nov. 5 to Dec. 3, 2003"); 1..12
  Count_
};
inline constexpr std::size_t kFieldCount = static_cast<std::size_t>(Field::Count_);

enum class PartOfDay : std::int8_t { Morning = 1, Afternoon, Evening, Night, Daytime, Midday };
enum class Season : std::int8_t { Spring = 1, Summer, Fall, Winter };
// Period: whatever period the story is discussing ("the same period last
// year" after "the first half" is a half), a year when it names none.
enum class Unit : std::int8_t {
  Second = 1, Minute, Hour, Day, Week, Weekend, Month, Quarter, Half, Year, Decade, Century,
  Millennium, Season, Night, Period
};
enum class RefValue : std::int8_t { Present = 1, Past, Future };
enum class Quant : std::int8_t { Each = 1, Every, A };

// TIMEX3 mod values, in one table so that a mod is a small integer.
enum class Mod : std::int8_t {
  Start = 1, Mid, End, Approx, Before, After, OnOrBefore, OnOrAfter, LessThan, MoreThan,
  EqualOrLess, EqualOrMore
};
std::string_view to_string(Mod mod);

// Field names as written in rules ("year", "day_shift" ...) and back.
std::string_view field_name(Field f);
std::optional<Field> field_from_name(std::string_view name);

// Parses a field's value as written in a vocabulary or `set:` line, e.g.
// Month "11", Unit "week", Mod "START", Ref "PRESENT_REF", Part "NI".
// Returns nullopt when the text is not a valid value for the field.
std::optional<std::int32_t> parse_field_value(Field f, std::string_view text);

// Fields stated by an expression. `num` is kept as a double so that
// "2 1/2 years" and "1.5 hours" are representable.
struct Fields {
  std::array<std::int32_t, kFieldCount> value{};
  std::uint32_t present = 0;
  double num = 0;

  bool has(Field f) const { return present & (1u << static_cast<unsigned>(f)); }
  std::int32_t get(Field f) const { return value[static_cast<std::size_t>(f)]; }
  void set(Field f, std::int32_t v) {
    value[static_cast<std::size_t>(f)] = v;
    present |= 1u << static_cast<unsigned>(f);
    if (f == Field::Num) num = v;
  }
  void set_num(double v) {
    num = v;
    set(Field::Num, static_cast<std::int32_t>(v));
    num = v;
  }
  void clear(Field f) { present &= ~(1u << static_cast<unsigned>(f)); }
  // "month=11 day=5" for explanations.
  std::string describe() const;
};
static_assert(kFieldCount <= 32, "Fields::present is a 32-bit mask");

}  // namespace dateline
