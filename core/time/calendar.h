// Calendar arithmetic on local days: the periods a TIMEX3 value can name, as
// half-open intervals, and the TIMEX3 value string of such an interval.
#pragma once

#include <optional>
#include <string>

#include "core/time/fields.h"
#include "core/time/interval.h"

namespace dateline::calendar {

using date::local_days;

// Years outside [1, 9999] have no TIMEX3 value; periods there are rejected.
inline constexpr int kMinYear = 1;
inline constexpr int kMaxYear = 9999;

std::optional<Interval> day(int y, int m, int d);  // nullopt for February 30
Interval day(local_days d);
Interval month(int y, int m);
Interval quarter(int y, int q);
Interval half(int y, int h);
Interval year(int y);
Interval season(int y, Season s);  // winter y = Dec y .. Feb y+1
Interval decade(int first_three_digits);
Interval century(int first_two_digits);
Interval iso_week(local_days any_day_in_it);
Interval weekend(local_days any_day_in_week);  // Saturday and Sunday of that ISO week
Interval part_of_day(local_days d, PartOfDay part);

// The period of `grain` that contains `t`, shifted by `n` periods.
Interval shifted_period(LocalSeconds t, Grain grain, int n);

int year_of(LocalSeconds t);
int month_of(LocalSeconds t);
unsigned weekday_of(local_days d);  // 1 = Monday .. 7 = Sunday

// The TIMEX3 value naming `iv` (2024-10-02, 2024-W40, 1990s -> 199 ...). Part
// of day needs `part`; nullopt when the interval lies outside the supported years.
std::optional<std::string> timex_value(const Interval& iv, PartOfDay part = PartOfDay::Morning);

// Easter Sunday (Gregorian) of a year.
local_days easter(int y);

}  // namespace dateline::calendar
