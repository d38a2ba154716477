// core/time/resolver: the resolution policy of core/time/resolver.h, one
// behaviour per test case. The reference is Wednesday 2024-10-02 (ISO week 40)
// unless a case says otherwise.
#include <doctest/doctest.h>

#include <initializer_list>
#include <string>
#include <utility>

#include "core/time/calendar.h"
#include "core/time/resolver.h"

using namespace dateline;

namespace {

Fields fields(std::initializer_list<std::pair<Field, int>> values) {
  Fields f;
  for (auto [field, v] : values) f.set(field, v);
  return f;
}

int unit(Unit u) { return static_cast<int>(u); }

// The TIMEX3 value, or "(none)" when the expression is rejected.
std::string value(const Fields& f, Tense tense = Tense::None, const std::string& pub = "2024-10-02",
                  TimexType type = TimexType::Date, const Interval* discussed = nullptr) {
  auto r = resolve(type, f, parse_reference(pub), tense, discussed, false);
  return r ? r->value : "(none)";
}

}  // namespace

TEST_CASE("a bare weekday follows the tense: past on or before, future on or after, else the nearest") {
  auto weekday = [](int wd) { return fields({{Field::Weekday, wd}}); };
  // The reference's own weekday is the reference day, whatever the tense.
  CHECK(value(weekday(3), Tense::Past) == "2024-10-02");
  CHECK(value(weekday(3), Tense::Future) == "2024-10-02");
  CHECK(value(weekday(3)) == "2024-10-02");
  CHECK(value(weekday(5), Tense::Past) == "2024-09-27");
  CHECK(value(weekday(5), Tense::Future) == "2024-10-04");
  CHECK(value(weekday(2), Tense::Past) == "2024-10-01");
  CHECK(value(weekday(2), Tense::Future) == "2024-10-08");
  // No cue: the nearest, within three days either way (on a tie, the past one).
  CHECK(value(weekday(5)) == "2024-10-04");  // 2 days ahead, not 5 back
  CHECK(value(weekday(1)) == "2024-09-30");  // 2 days back
  CHECK(value(weekday(6)) == "2024-10-05");  // 3 days ahead, not 4 back
  CHECK(value(weekday(7)) == "2024-09-29");  // 3 days back, not 4 ahead
}

TEST_CASE("this/last/next weekday: in the reference's ISO week / strictly before / strictly after") {
  auto shifted = [](int wd, int shift) { return fields({{Field::Weekday, wd}, {Field::Shift, shift}}); };
  CHECK(value(shifted(1, 0)) == "2024-09-30");   // this Monday: already past, same week
  CHECK(value(shifted(5, 0)) == "2024-10-04");   // this Friday
  CHECK(value(shifted(7, 0)) == "2024-10-06");   // this Sunday ends the ISO week
  CHECK(value(shifted(5, -1)) == "2024-09-27");  // last Friday
  CHECK(value(shifted(2, -1)) == "2024-10-01");  // last Tuesday: yesterday
  CHECK(value(shifted(3, -1)) == "2024-09-25");  // last Wednesday: never today
  CHECK(value(shifted(4, 1)) == "2024-10-03");   // next Thursday: tomorrow
  CHECK(value(shifted(2, 1)) == "2024-10-08");   // next Tuesday
  CHECK(value(shifted(3, 1)) == "2024-10-09");   // next Wednesday: never today
  // The tense does not move a shifted weekday.
  CHECK(value(shifted(5, -1), Tense::Future) == "2024-09-27");
}

TEST_CASE("a month-day without a year: the reference's year unless the tense puts it on the other side") {
  auto md = [](int m, int d) { return fields({{Field::Month, m}, {Field::Day, d}}); };
  // Past tense, more than three months after the reference day: a year earlier.
  CHECK(value(md(12, 25), Tense::Past, "2024-03-01") == "2023-12-25");
  // Past tense within the three-month slack keeps the year ("said it would vote Dec. 7").
  CHECK(value(md(12, 7), Tense::Past) == "2024-12-07");
  CHECK(value(md(9, 12), Tense::Past) == "2024-09-12");
  // Future tense, ended more than three months before the reference: a year later.
  CHECK(value(md(1, 15), Tense::Future) == "2025-01-15");
  CHECK(value(md(6, 1), Tense::Future) == "2025-06-01");
  // Future tense within the slack keeps the year.
  CHECK(value(md(9, 12), Tense::Future) == "2024-09-12");
  CHECK(value(md(11, 5), Tense::Future) == "2024-11-05");
  // No cue: whichever of last, this or next year is nearest.
  CHECK(value(md(1, 15)) == "2025-01-15");
  CHECK(value(md(4, 10)) == "2024-04-10");
  CHECK(value(md(12, 25), Tense::None, "2025-01-10") == "2024-12-25");
  CHECK(value(md(1, 5), Tense::None, "2024-12-20") == "2025-01-05");
}

TEST_CASE("months, seasons and quarters without a year follow the same policy") {
  CHECK(value(fields({{Field::Month, 4}}), Tense::Past) == "2024-04");
  CHECK(value(fields({{Field::Month, 4}}), Tense::Future) == "2025-04");
  CHECK(value(fields({{Field::Month, 12}}), Tense::Past, "2024-03-01") == "2023-12");
  CHECK(value(fields({{Field::Season, static_cast<int>(Season::Spring)}}), Tense::Future) == "2025-SP");
  CHECK(value(fields({{Field::Season, static_cast<int>(Season::Summer)}}), Tense::Past) == "2024-SU");
  CHECK(value(fields({{Field::Quarter, 1}}), Tense::Past) == "2024-Q1");
  CHECK(value(fields({{Field::Quarter, 4}})) == "2024-Q4");
  // A stated year wins over everything.
  CHECK(value(fields({{Field::Quarter, 1}, {Field::Year, 1989}}), Tense::Future) == "1989-Q1");
}

TEST_CASE("February 29 without a year is valid only in a leap year") {
  auto feb29 = fields({{Field::Month, 2}, {Field::Day, 29}});
  CHECK(value(feb29, Tense::Past, "2024-03-10") == "2024-02-29");
  CHECK(value(fields({{Field::Month, 2}, {Field::Day, 29}, {Field::Year, 2023}})) == "(none)");
}

TEST_CASE("N units ago / from now: the reference shifted, at the grain of the unit") {
  auto ago = [](double n, Unit u, int dir) {
    Fields f = fields({{Field::Unit, unit(u)}, {Field::Dir, dir}});
    f.set_num(n);
    return f;
  };
  CHECK(value(ago(2, Unit::Week, -1)) == "2024-W38");
  CHECK(value(ago(3, Unit::Year, -1)) == "2021");
  CHECK(value(ago(5, Unit::Month, -1)) == "2024-05");
  CHECK(value(ago(10, Unit::Day, -1)) == "2024-09-22");
  CHECK(value(ago(3, Unit::Day, 1)) == "2024-10-05");
  CHECK(value(ago(2, Unit::Quarter, -1)) == "2024-Q2");
  CHECK(value(ago(1, Unit::Decade, -1)) == "2014");  // a decade ago is a year
  CHECK(value(ago(1, Unit::Century, -1)) == "1924");
  CHECK(value(ago(1.5, Unit::Year, -1)) == "2023-04");  // a year and a half: counted in months
  // Hours against a date without a time: the reference day; with a time: the hour.
  CHECK(value(ago(2, Unit::Hour, -1)) == "2024-10-02");
  CHECK(value(ago(2, Unit::Hour, -1), Tense::None, "2024-10-02T18:30:00") == "2024-10-02T16");
  // Without a count ("years ago") there is nothing to compute.
  CHECK(value(fields({{Field::Unit, unit(Unit::Year)}, {Field::Dir, -1}})) == "(none)");
}

TEST_CASE("last/this/next <unit>: the reference's period shifted") {
  auto shifted = [](Unit u, int shift) { return fields({{Field::Unit, unit(u)}, {Field::Shift, shift}}); };
  CHECK(value(shifted(Unit::Month, -1)) == "2024-09");
  CHECK(value(shifted(Unit::Month, 0)) == "2024-10");
  CHECK(value(shifted(Unit::Year, 1)) == "2025");
  CHECK(value(shifted(Unit::Week, -1)) == "2024-W39");
  CHECK(value(shifted(Unit::Quarter, 1)) == "2025-Q1");
  CHECK(value(shifted(Unit::Quarter, -1)) == "2024-Q3");
  CHECK(value(shifted(Unit::Half, 0)) == "2024-H2");
  CHECK(value(shifted(Unit::Decade, -1)) == "201");
  CHECK(value(shifted(Unit::Century, 0)) == "20");
  CHECK(value(shifted(Unit::Night, -1)) == "2024-10-01TNI");  // last night
  CHECK(value(shifted(Unit::Weekend, -1)) == "2024-W39-WE");
  // Across the turn of the year.
  CHECK(value(shifted(Unit::Month, -1), Tense::None, "2025-01-15") == "2024-12");
  CHECK(value(shifted(Unit::Week, 0), Tense::None, "2024-12-31") == "2025-W01");
  // Hours need a reference time of day.
  CHECK(value(shifted(Unit::Hour, -1)) == "(none)");
  CHECK(value(shifted(Unit::Hour, -1), Tense::None, "2024-10-02T18:30:00") == "2024-10-02T17");
}

TEST_CASE("the time under discussion anchors 'a year earlier' and 'the quarter'") {
  Fields year_earlier = fields({{Field::Unit, unit(Unit::Year)}, {Field::Dir, -1}, {Field::Anchor, 1}});
  year_earlier.set_num(1);
  Interval q3_2024 = calendar::quarter(2024, 3);
  Interval june_2024 = calendar::month(2024, 6);
  Interval h2_2022 = calendar::half(2022, 2);
  Interval year_2019 = calendar::year(2019);
  // A year-based comparison of a quarter, half or month keeps that grain.
  CHECK(value(year_earlier, Tense::None, "2024-10-02", TimexType::Date, &q3_2024) == "2023-Q3");
  CHECK(value(year_earlier, Tense::None, "2024-10-02", TimexType::Date, &june_2024) == "2023-06");
  CHECK(value(year_earlier, Tense::None, "2024-10-02", TimexType::Date, &h2_2022) == "2021-H2");
  CHECK(value(year_earlier, Tense::None, "2024-10-02", TimexType::Date, &year_2019) == "2023");
  // Nothing under discussion: counted from the reference.
  CHECK(value(year_earlier) == "2023");

  // "two weeks earlier" / "a year earlier" after a day: that day moved.
  Fields weeks_earlier = fields({{Field::Unit, unit(Unit::Week)}, {Field::Dir, -1}, {Field::Anchor, 1}});
  weeks_earlier.set_num(2);
  auto june15 = calendar::day(2024, 6, 15);
  CHECK(value(weeks_earlier, Tense::None, "2024-10-02", TimexType::Date, &*june15) == "2024-06-01");
  auto feb29 = calendar::day(2024, 2, 29);
  CHECK(value(year_earlier, Tense::None, "2024-10-02", TimexType::Date, &*feb29) == "2023-02-28");

  // "the quarter": the quarter under discussion, else the latest completed one.
  Fields the_quarter = fields({{Field::Unit, unit(Unit::Quarter)}, {Field::Anchor, 1}});
  Interval q2_2019 = calendar::quarter(2019, 2);
  CHECK(value(the_quarter, Tense::None, "2024-10-02", TimexType::Date, &q2_2019) == "2019-Q2");
  CHECK(value(the_quarter) == "2024-Q3");
  // "the year-ago quarter": a year before it.
  Fields year_ago_quarter = the_quarter;
  year_ago_quarter.set(Field::YearShift, -1);
  CHECK(value(year_ago_quarter, Tense::None, "2024-10-02", TimexType::Date, &q3_2024) == "2023-Q3");
  CHECK(value(year_ago_quarter) == "2023-Q3");
  // "that year": the year containing the time under discussion.
  Fields that_year = fields({{Field::Unit, unit(Unit::Year)}, {Field::Anchor, 2}});
  Interval march_2019 = calendar::month(2019, 3);
  CHECK(value(that_year, Tense::None, "2024-10-02", TimexType::Date, &march_2019) == "2019");
}

TEST_CASE("impossible dates are rejected") {
  CHECK(value(fields({{Field::Month, 2}, {Field::Day, 30}, {Field::Year, 2024}})) == "(none)");
  CHECK(value(fields({{Field::Month, 4}, {Field::Day, 31}, {Field::Year, 2024}})) == "(none)");
  CHECK(value(fields({{Field::Month, 2}, {Field::Day, 30}}), Tense::Past) == "(none)");
  CHECK(value(fields({{Field::Month, 6}, {Field::Day, 31}})) == "(none)");
  // Clock times: 13 p.m. and 24:30 do not exist.
  CHECK(value(fields({{Field::Hour, 13}, {Field::Ampm, 12}}), Tense::None, "2024-10-02", TimexType::Time) == "(none)");
  CHECK(value(fields({{Field::Hour, 24}, {Field::Minute, 30}}), Tense::None, "2024-10-02", TimexType::Time) == "(none)");
  CHECK(value(fields({{Field::Hour, 9}, {Field::Ampm, 12}}), Tense::None, "2024-10-02", TimexType::Time) ==
        "2024-10-02T21:00");
  CHECK(value(fields({{Field::Hour, 12}, {Field::Ampm, 0}}), Tense::None, "2024-10-02", TimexType::Time) ==
        "2024-10-02T00:00");
}

TEST_CASE("years outside 1..9999 are rejected") {
  CHECK(value(fields({{Field::Year, 10000}})) == "(none)");
  CHECK(value(fields({{Field::Year, 9999}})) == "9999");
  CHECK(value(fields({{Field::Year, -5}})) == "(none)");
  CHECK(value(fields({{Field::Decade, 1000}})) == "(none)");
  CHECK(value(fields({{Field::Century, 100}})) == "(none)");
  Fields far_back = fields({{Field::Unit, unit(Unit::Year)}, {Field::Dir, -1}});
  far_back.set_num(3000);
  CHECK(value(far_back) == "(none)");
  Fields far_ahead = fields({{Field::Unit, unit(Unit::Year)}, {Field::Dir, 1}});
  far_ahead.set_num(20000);
  CHECK(value(far_ahead) == "(none)");
  Fields centuries = fields({{Field::Unit, unit(Unit::Century)}, {Field::Dir, 1}});
  centuries.set_num(80);
  CHECK(value(centuries) == "(none)");
}

TEST_CASE("two-digit years and decades read in the nearest sensible century") {
  CHECK(value(fields({{Field::Year, 89}, {Field::Month, 11}, {Field::Day, 2}})) == "1989-11-02");
  CHECK(value(fields({{Field::Year, 5}})) == "2005");
  CHECK(value(fields({{Field::Year, 34}})) == "2034");  // at most ten years ahead
  CHECK(value(fields({{Field::Year, 35}})) == "1935");
  CHECK(value(fields({{Field::Decade, 9}})) == "199");  // the '90s
  CHECK(value(fields({{Field::Decade, 2}})) == "202");  // the '20s: begun
  CHECK(value(fields({{Field::Decade, 3}})) == "193");  // the '30s: not begun yet
}

TEST_CASE("durations, sets and vague references") {
  auto duration = [](double n, Unit u) {
    Fields f = fields({{Field::Unit, unit(u)}});
    f.set_num(n);
    return value(f, Tense::None, "2024-10-02", TimexType::Duration);
  };
  CHECK(duration(2, Unit::Year) == "P2Y");
  CHECK(duration(48, Unit::Hour) == "PT48H");
  CHECK(duration(1, Unit::Decade) == "P1E");
  CHECK(duration(2.5, Unit::Year) == "P2Y6M");
  CHECK(duration(1.5, Unit::Hour) == "PT1H30M");
  CHECK(duration(0.5, Unit::Day) == "PT12H");
  CHECK(duration(2, Unit::Quarter) == "P2Q");
  CHECK(duration(0, Unit::Year) == "(none)");
  CHECK(value(fields({{Field::Unit, unit(Unit::Week)}}), Tense::None, "2024-10-02", TimexType::Duration) == "PXW");

  auto set = [](Fields f) {
    auto r = resolve(TimexType::Set, f, parse_reference("2024-10-02"), Tense::None, nullptr, false);
    REQUIRE(r);
    return r->value + " quant=" + r->quant + " freq=" + r->freq;
  };
  CHECK(set(fields({{Field::Weekday, 1}, {Field::Quant, static_cast<int>(Quant::Every)}})) == "XXXX-WXX-1 quant=EVERY freq=");
  CHECK(set(fields({{Field::Month, 7}, {Field::Quant, static_cast<int>(Quant::Each)}})) == "XXXX-07 quant=EACH freq=");
  CHECK(set(fields({{Field::Unit, unit(Unit::Week)}, {Field::Freq, 2}})) == "P1W quant= freq=2X");

  auto ref = resolve(TimexType::Date, fields({{Field::Ref, static_cast<int>(RefValue::Future)}}),
                     parse_reference("2024-10-02"), Tense::None, nullptr, false);
  REQUIRE(ref);
  CHECK(ref->value == "FUTURE_REF");
  CHECK_FALSE(ref->interval);
}

TEST_CASE("resolved dates carry their half-open interval; explanations say what was implied") {
  auto r = resolve(TimexType::Date, fields({{Field::Month, 11}, {Field::Day, 5}}), parse_reference("2024-10-02"),
                   Tense::None, nullptr, true);
  REQUIRE(r);
  CHECK(r->value == "2024-11-05");
  REQUIRE(r->interval);
  CHECK(iso8601(r->interval->start) == "2024-11-05");
  CHECK(iso8601(r->interval->end) == "2024-11-06");
  CHECK(r->explanation.find("year implied: 2024") != std::string::npos);
  auto quiet = resolve(TimexType::Date, fields({{Field::Month, 11}, {Field::Day, 5}}), parse_reference("2024-10-02"),
                       Tense::None, nullptr, false);
  REQUIRE(quiet);
  CHECK(quiet->explanation.empty());
}
