// core/time/calendar: the periods a TIMEX3 value can name, as half-open
// intervals, and the value string of each grain.
#include <doctest/doctest.h>

#include <string>

#include "core/time/calendar.h"

using namespace dateline;
namespace cal = dateline::calendar;

namespace {
date::local_days ymd(int y, unsigned m, unsigned d) { return date::local_days{date::year{y} / date::month{m} / date::day{d}}; }
std::string start(const Interval& iv) { return iso8601(iv.start, false); }
std::string end(const Interval& iv) { return iso8601(iv.end, false); }
std::string value(const Interval& iv, PartOfDay part = PartOfDay::Morning) {
  return cal::timex_value(iv, part).value_or("(none)");
}
}  // namespace

TEST_CASE("periods are half-open: the end is the start of the next period") {
  auto d = cal::day(2024, 10, 2);
  REQUIRE(d);
  CHECK(start(*d) == "2024-10-02T00:00:00");
  CHECK(end(*d) == "2024-10-03T00:00:00");
  CHECK(d->grain == Grain::Day);

  Interval m = cal::month(2024, 12);
  CHECK(start(m) == "2024-12-01T00:00:00");
  CHECK(end(m) == "2025-01-01T00:00:00");
  CHECK(end(cal::month(2024, 2)) == "2024-03-01T00:00:00");

  Interval q = cal::quarter(2024, 4);
  CHECK(start(q) == "2024-10-01T00:00:00");
  CHECK(end(q) == "2025-01-01T00:00:00");
  CHECK(start(cal::quarter(2024, 2)) == "2024-04-01T00:00:00");

  CHECK(start(cal::half(2024, 2)) == "2024-07-01T00:00:00");
  CHECK(end(cal::half(2024, 1)) == "2024-07-01T00:00:00");
  CHECK(end(cal::year(2024)) == "2025-01-01T00:00:00");
  CHECK(start(cal::decade(199)) == "1990-01-01T00:00:00");
  CHECK(end(cal::decade(199)) == "2000-01-01T00:00:00");
  CHECK(start(cal::century(19)) == "1900-01-01T00:00:00");
  CHECK(end(cal::century(19)) == "2000-01-01T00:00:00");
}

TEST_CASE("impossible days are rejected") {
  CHECK_FALSE(cal::day(2023, 2, 29));
  CHECK(cal::day(2024, 2, 29));
  CHECK_FALSE(cal::day(2024, 4, 31));
  CHECK_FALSE(cal::day(1900, 2, 29));  // not a leap year
  CHECK(cal::day(2000, 2, 29));        // a leap year
  CHECK_FALSE(cal::day(2024, 13, 1));
  CHECK_FALSE(cal::day(2024, 1, 0));
}

TEST_CASE("ISO weeks run Monday to Monday and belong to the year of their Thursday") {
  Interval w = cal::iso_week(ymd(2024, 10, 2));  // a Wednesday
  CHECK(start(w) == "2024-09-30T00:00:00");
  CHECK(end(w) == "2024-10-07T00:00:00");
  CHECK(value(w) == "2024-W40");
  // Sunday belongs to the week that began the Monday before.
  CHECK(value(cal::iso_week(ymd(2024, 10, 6))) == "2024-W40");
  CHECK(value(cal::iso_week(ymd(2024, 10, 7))) == "2024-W41");
  // Across year boundaries.
  CHECK(value(cal::iso_week(ymd(2024, 12, 31))) == "2025-W01");
  CHECK(value(cal::iso_week(ymd(2021, 1, 1))) == "2020-W53");
  CHECK(value(cal::iso_week(ymd(2027, 1, 3))) == "2026-W53");
  CHECK(value(cal::iso_week(ymd(2026, 1, 1))) == "2026-W01");
  CHECK(value(cal::iso_week(ymd(2019, 12, 30))) == "2020-W01");
}

TEST_CASE("a weekend is Saturday and Sunday of the ISO week") {
  Interval we = cal::weekend(ymd(2024, 10, 2));
  CHECK(start(we) == "2024-10-05T00:00:00");
  CHECK(end(we) == "2024-10-07T00:00:00");
  CHECK(we.grain == Grain::Weekend);
  CHECK(value(we) == "2024-W40-WE");
  CHECK(value(cal::weekend(ymd(2021, 1, 1))) == "2020-W53-WE");
}

TEST_CASE("seasons: meteorological, winter spans the turn of the year and takes its first year") {
  CHECK(start(cal::season(2024, Season::Spring)) == "2024-03-01T00:00:00");
  CHECK(start(cal::season(2024, Season::Summer)) == "2024-06-01T00:00:00");
  CHECK(end(cal::season(2024, Season::Fall)) == "2024-12-01T00:00:00");
  Interval winter = cal::season(2024, Season::Winter);
  CHECK(start(winter) == "2024-12-01T00:00:00");
  CHECK(end(winter) == "2025-03-01T00:00:00");
  CHECK(value(winter) == "2024-WI");
  CHECK(value(cal::season(2024, Season::Spring)) == "2024-SP");
  CHECK(value(cal::season(2024, Season::Summer)) == "2024-SU");
  CHECK(value(cal::season(2024, Season::Fall)) == "2024-FA");
  // January and February belong to the winter that began the December before.
  CHECK(value(cal::shifted_period(LocalSeconds{ymd(2025, 1, 15)}, Grain::Season, 0)) == "2024-WI");
  CHECK(value(cal::shifted_period(LocalSeconds{ymd(2025, 2, 28)}, Grain::Season, 1)) == "2025-SP");
  CHECK(value(cal::shifted_period(LocalSeconds{ymd(2024, 12, 1)}, Grain::Season, 0)) == "2024-WI");
  CHECK(value(cal::shifted_period(LocalSeconds{ymd(2024, 10, 2)}, Grain::Season, -1)) == "2024-SU");
  CHECK(value(cal::shifted_period(LocalSeconds{ymd(2024, 4, 2)}, Grain::Season, -1)) == "2023-WI");
}

TEST_CASE("parts of day: night runs from 22:00 into the next morning") {
  auto d = ymd(2024, 10, 2);
  Interval night = cal::part_of_day(d, PartOfDay::Night);
  CHECK(start(night) == "2024-10-02T22:00:00");
  CHECK(end(night) == "2024-10-03T06:00:00");
  CHECK(value(night, PartOfDay::Night) == "2024-10-02TNI");
  CHECK(start(cal::part_of_day(d, PartOfDay::Morning)) == "2024-10-02T06:00:00");
  CHECK(end(cal::part_of_day(d, PartOfDay::Morning)) == "2024-10-02T12:00:00");
  CHECK(start(cal::part_of_day(d, PartOfDay::Afternoon)) == "2024-10-02T12:00:00");
  CHECK(start(cal::part_of_day(d, PartOfDay::Evening)) == "2024-10-02T18:00:00");
  CHECK(value(cal::part_of_day(d, PartOfDay::Morning), PartOfDay::Morning) == "2024-10-02TMO");
  CHECK(value(cal::part_of_day(d, PartOfDay::Afternoon), PartOfDay::Afternoon) == "2024-10-02TAF");
  CHECK(value(cal::part_of_day(d, PartOfDay::Evening), PartOfDay::Evening) == "2024-10-02TEV");
  CHECK(value(cal::part_of_day(d, PartOfDay::Daytime), PartOfDay::Daytime) == "2024-10-02TDT");
  CHECK(value(cal::part_of_day(d, PartOfDay::Midday), PartOfDay::Midday) == "2024-10-02TMI");
}

TEST_CASE("timex_value names every grain") {
  using namespace std::chrono;
  LocalSeconds t = LocalSeconds{ymd(2024, 10, 2)} + hours{18} + minutes{30} + seconds{5};
  CHECK(value(cal::shifted_period(t, Grain::Second, 0)) == "2024-10-02T18:30:05");
  CHECK(value(cal::shifted_period(t, Grain::Minute, 0)) == "2024-10-02T18:30");
  CHECK(value(cal::shifted_period(t, Grain::Hour, 0)) == "2024-10-02T18");
  CHECK(value(cal::shifted_period(t, Grain::Day, 0)) == "2024-10-02");
  CHECK(value(cal::shifted_period(t, Grain::Week, 0)) == "2024-W40");
  CHECK(value(cal::shifted_period(t, Grain::Weekend, 0)) == "2024-W40-WE");
  CHECK(value(cal::shifted_period(t, Grain::Month, 0)) == "2024-10");
  CHECK(value(cal::shifted_period(t, Grain::Season, 0)) == "2024-FA");
  CHECK(value(cal::shifted_period(t, Grain::Quarter, 0)) == "2024-Q4");
  CHECK(value(cal::shifted_period(t, Grain::Half, 0)) == "2024-H2");
  CHECK(value(cal::shifted_period(t, Grain::Year, 0)) == "2024");
  CHECK(value(cal::shifted_period(t, Grain::Decade, 0)) == "202");
  CHECK(value(cal::shifted_period(t, Grain::Century, 0)) == "20");
  CHECK(value(cal::shifted_period(t, Grain::Millennium, 0)) == "2");
  // Zero-padded years.
  CHECK(value(cal::year(476)) == "0476");
  CHECK(value(cal::decade(98)) == "098");
}

TEST_CASE("shifted_period moves by whole periods across year boundaries") {
  LocalSeconds jan = LocalSeconds{ymd(2024, 1, 15)};
  CHECK(value(cal::shifted_period(jan, Grain::Month, -1)) == "2023-12");
  CHECK(value(cal::shifted_period(jan, Grain::Month, -13)) == "2022-12");
  CHECK(value(cal::shifted_period(jan, Grain::Month, 11)) == "2024-12");
  CHECK(value(cal::shifted_period(jan, Grain::Quarter, -1)) == "2023-Q4");
  CHECK(value(cal::shifted_period(jan, Grain::Quarter, 4)) == "2025-Q1");
  CHECK(value(cal::shifted_period(jan, Grain::Half, -1)) == "2023-H2");
  CHECK(value(cal::shifted_period(jan, Grain::Week, -3)) == "2023-W52");
  CHECK(value(cal::shifted_period(jan, Grain::Day, -15)) == "2023-12-31");
  CHECK(value(cal::shifted_period(jan, Grain::Year, -10)) == "2014");
  CHECK(value(cal::shifted_period(jan, Grain::Decade, -1)) == "201");
  CHECK(value(cal::shifted_period(jan, Grain::Century, 1)) == "21");
}

TEST_CASE("years outside 1..9999 have no TIMEX3 value") {
  CHECK_FALSE(cal::timex_value(cal::year(0)));
  CHECK_FALSE(cal::timex_value(cal::year(10000)));
  CHECK(cal::timex_value(cal::year(1)) == "0001");
  CHECK(cal::timex_value(cal::year(9999)) == "9999");
  CHECK_FALSE(cal::timex_value(cal::shifted_period(LocalSeconds{ymd(9999, 12, 31)}, Grain::Day, 1)));
}

TEST_CASE("easter: the Gregorian computus") {
  CHECK(cal::easter(2024) == ymd(2024, 3, 31));
  CHECK(cal::easter(2025) == ymd(2025, 4, 20));
  CHECK(cal::easter(2019) == ymd(2019, 4, 21));
  CHECK(cal::easter(2000) == ymd(2000, 4, 23));
  CHECK(cal::easter(2011) == ymd(2011, 4, 24));
  CHECK(cal::easter(1818) == ymd(1818, 3, 22));  // the earliest possible date
  CHECK(cal::easter(2038) == ymd(2038, 4, 25));  // the latest possible date
  CHECK(cal::weekday_of(cal::easter(2031)) == 7);
}

TEST_CASE("weekday_of, year_of and month_of") {
  CHECK(cal::weekday_of(ymd(2024, 10, 2)) == 3);  // Wednesday
  CHECK(cal::weekday_of(ymd(2024, 9, 30)) == 1);  // Monday
  CHECK(cal::weekday_of(ymd(2024, 10, 6)) == 7);  // Sunday
  CHECK(cal::year_of(LocalSeconds{ymd(1999, 12, 31)}) == 1999);
  CHECK(cal::month_of(LocalSeconds{ymd(1999, 12, 31)}) == 12);
}
