// core/time/fields: the field names rules capture into, the values a
// vocabulary or `set:` line may give them, and the holiday encoding.
#include <doctest/doctest.h>

#include <string>

#include "core/time/fields.h"

using namespace dateline;

TEST_CASE("every field has a name that reads back to it") {
  for (std::size_t i = 0; i < kFieldCount; ++i) {
    Field f = static_cast<Field>(i);
    CAPTURE(field_name(f));
    CHECK(field_from_name(field_name(f)) == f);
  }
  CHECK(field_name(Field::DayShift) == "day_shift");
  CHECK(field_name(Field::YearShift) == "year_shift");
  CHECK_FALSE(field_from_name("bogus"));
  CHECK_FALSE(field_from_name("Year"));  // names are lower case
  CHECK_FALSE(field_from_name(""));
}

TEST_CASE("numeric fields accept their range and nothing else") {
  CHECK(parse_field_value(Field::Month, "11") == 11);
  CHECK_FALSE(parse_field_value(Field::Month, "13"));
  CHECK_FALSE(parse_field_value(Field::Month, "0"));
  CHECK(parse_field_value(Field::Day, "31") == 31);
  CHECK_FALSE(parse_field_value(Field::Day, "32"));
  CHECK(parse_field_value(Field::Weekday, "7") == 7);
  CHECK_FALSE(parse_field_value(Field::Weekday, "8"));
  CHECK(parse_field_value(Field::Hour, "24") == 24);
  CHECK_FALSE(parse_field_value(Field::Hour, "25"));
  CHECK(parse_field_value(Field::Minute, "59") == 59);
  CHECK_FALSE(parse_field_value(Field::Minute, "60"));
  CHECK(parse_field_value(Field::Quarter, "4") == 4);
  CHECK_FALSE(parse_field_value(Field::Quarter, "5"));
  CHECK(parse_field_value(Field::Half, "2") == 2);
  CHECK_FALSE(parse_field_value(Field::Half, "3"));
  CHECK(parse_field_value(Field::Year, "2024") == 2024);
  CHECK(parse_field_value(Field::Shift, "-1") == -1);
  CHECK(parse_field_value(Field::Shift, "+1") == 1);
  CHECK_FALSE(parse_field_value(Field::Year, "20x4"));
  CHECK_FALSE(parse_field_value(Field::Year, ""));
  CHECK_FALSE(parse_field_value(Field::Day, "5th"));
}

TEST_CASE("named fields take their TIMEX3 codes") {
  CHECK(parse_field_value(Field::Part, "MO") == static_cast<int>(PartOfDay::Morning));
  CHECK(parse_field_value(Field::Part, "NI") == static_cast<int>(PartOfDay::Night));
  CHECK_FALSE(parse_field_value(Field::Part, "ni"));
  CHECK(parse_field_value(Field::Season, "WI") == static_cast<int>(Season::Winter));
  CHECK(parse_field_value(Field::Season, "FA") == static_cast<int>(Season::Fall));
  CHECK_FALSE(parse_field_value(Field::Season, "AU"));
  CHECK(parse_field_value(Field::Unit, "week") == static_cast<int>(Unit::Week));
  CHECK(parse_field_value(Field::Unit, "millennium") == static_cast<int>(Unit::Millennium));
  CHECK_FALSE(parse_field_value(Field::Unit, "fortnight"));
  CHECK(parse_field_value(Field::Mod, "START") == static_cast<int>(Mod::Start));
  CHECK(parse_field_value(Field::Mod, "EQUAL_OR_MORE") == static_cast<int>(Mod::EqualOrMore));
  CHECK_FALSE(parse_field_value(Field::Mod, "ABOUT"));
  CHECK_FALSE(parse_field_value(Field::Mod, ""));
  CHECK(parse_field_value(Field::Ref, "PRESENT_REF") == static_cast<int>(RefValue::Present));
  CHECK(parse_field_value(Field::Ref, "FUTURE_REF") == static_cast<int>(RefValue::Future));
  CHECK_FALSE(parse_field_value(Field::Ref, "NOW"));
  CHECK(parse_field_value(Field::Quant, "EVERY") == static_cast<int>(Quant::Every));
  CHECK_FALSE(parse_field_value(Field::Quant, "ALL"));
}

TEST_CASE("mods print as TIMEX3 writes them") {
  CHECK(to_string(Mod::Start) == "START");
  CHECK(to_string(Mod::OnOrAfter) == "ON_OR_AFTER");
  CHECK(to_string(Mod::LessThan) == "LESS_THAN");
  for (int m = 1; m <= static_cast<int>(Mod::EqualOrMore); ++m) {
    auto name = to_string(static_cast<Mod>(m));
    CHECK(parse_field_value(Field::Mod, name) == m);
  }
}

TEST_CASE("holidays: a fixed day, the nth weekday of a month, or days from Easter") {
  // A fixed day: MMDD.
  CHECK(parse_field_value(Field::Holiday, "12-25") == 1225);
  CHECK(parse_field_value(Field::Holiday, "01-01") == 101);
  // The 4th Thursday of November: 10000 + MM*100 + weekday*10 + n.
  CHECK(parse_field_value(Field::Holiday, "11-4-4") == 11144);
  // The last Monday of May: n = 9.
  CHECK(parse_field_value(Field::Holiday, "05-1-L") == 10519);
  // Easter and days from it: 20100 + offset.
  CHECK(parse_field_value(Field::Holiday, "easter") == 20100);
  CHECK(parse_field_value(Field::Holiday, "easter-2") == 20098);
  CHECK(parse_field_value(Field::Holiday, "easter+49") == 20149);
  CHECK(parse_field_value(Field::Holiday, "easter+1") == 20101);
  // Days after an nth weekday (U.S. Election Day, the Tuesday after the first
  // Monday of November): the weekday code + days * 100000.
  CHECK(parse_field_value(Field::Holiday, "11-1-1+1") == 111111);
  // Rejected: impossible months, days, weekdays, ordinals, offsets.
  for (const char* bad : {"13-01", "12-32", "00-10", "11-8-4", "11-0-4", "11-4-6", "11-4-0", "easter-100",
                          "easterx", "xmas", "12/25", "", "1225", "11-1-1+0", "11-1-1+7", "12-25+1"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_field_value(Field::Holiday, bad));
  }
}

TEST_CASE("Fields records what was stated, and describes it in field order") {
  Fields f;
  CHECK_FALSE(f.has(Field::Month));
  CHECK(f.describe().empty());
  f.set(Field::Day, 5);
  f.set(Field::Month, 11);
  CHECK(f.has(Field::Month));
  CHECK(f.get(Field::Month) == 11);
  CHECK(f.describe() == "month=11 day=5");
  f.clear(Field::Day);
  CHECK_FALSE(f.has(Field::Day));
  CHECK(f.describe() == "month=11");

  Fields n;
  n.set_num(2.5);
  CHECK(n.has(Field::Num));
  CHECK(n.num == doctest::Approx(2.5));
  CHECK(n.get(Field::Num) == 2);
  CHECK(n.describe() == "num=2.5");
  n.set(Field::Num, 3);
  CHECK(n.num == doctest::Approx(3.0));
}
