// core/time/interval: iso8601() writes what the snprintf formats of ISO 8601
// write, for every year, day and time of day (its fast path skips snprintf).
#include <doctest/doctest.h>

#include <cstdio>

#include "core/time/interval.h"

using namespace dateline;

namespace {

std::string reference_format(LocalSeconds t, bool date_only_at_midnight) {
  auto day = date::floor<date::days>(t);
  date::year_month_day ymd{day};
  auto tod = date::hh_mm_ss<std::chrono::seconds>{t - day};
  char buf[40];
  int y = static_cast<int>(ymd.year());
  int n = std::snprintf(buf, sizeof buf, (y < 0 || y > 9999) ? "%+05d-%02u-%02u" : "%04d-%02u-%02u", y,
                        static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  if (!(date_only_at_midnight && tod.to_duration().count() == 0))
    std::snprintf(buf + n, sizeof buf - n, "T%02ld:%02ld:%02ld", static_cast<long>(tod.hours().count()),
                  static_cast<long>(tod.minutes().count()), static_cast<long>(tod.seconds().count()));
  return buf;
}

}  // namespace

TEST_CASE("iso8601 matches the printf formats across years and times of day") {
  for (int y : {-44, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 1989, 2024, 9999, 10000, 12345}) {
    for (unsigned m : {1u, 2u, 9u, 12u}) {
      auto day = date::local_days{date::year{y} / date::month{m} / date::day{m == 2 ? 28u : 30u}};
      for (long s : {0L, 1L, 59L, 3600L, 45296L, 86399L}) {
        LocalSeconds t = LocalSeconds{day} + std::chrono::seconds{s};
        for (bool date_only : {true, false}) {
          CAPTURE(y);
          CAPTURE(s);
          CHECK(iso8601(t, date_only) == reference_format(t, date_only));
        }
      }
    }
  }
  CHECK(iso8601(LocalSeconds{date::local_days{date::year{2024} / 11 / 5}}) == "2024-11-05");
}
