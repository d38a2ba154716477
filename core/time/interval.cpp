#include "core/time/interval.h"

#include <array>

namespace dateline {

std::string_view to_string(Grain grain) {
  static constexpr std::array<std::string_view, 15> names = {
      "second", "minute", "hour",    "partofday", "day",    "weekend",  "week",      "month",
      "season", "quarter", "half", "year",      "decade", "century", "millennium"};
  return names[static_cast<std::size_t>(grain)];
}

std::string iso8601(LocalSeconds t, bool date_only_at_midnight) {
  auto day = date::floor<date::days>(t);
  date::year_month_day ymd{day};
  auto tod = date::hh_mm_ss<std::chrono::seconds>{t - day};
  char buf[40];
  int y = static_cast<int>(ymd.year());
  const char* fmt = (y < 0 || y > 9999) ? "%+05d-%02u-%02u" : "%04d-%02u-%02u";
  int n = std::snprintf(buf, sizeof buf, fmt, y, static_cast<unsigned>(ymd.month()),
                        static_cast<unsigned>(ymd.day()));
  if (!(date_only_at_midnight && tod.to_duration().count() == 0)) {
    std::snprintf(buf + n, sizeof buf - n, "T%02ld:%02ld:%02ld", static_cast<long>(tod.hours().count()),
                  static_cast<long>(tod.minutes().count()), static_cast<long>(tod.seconds().count()));
  }
  return buf;
}

}  // namespace dateline
