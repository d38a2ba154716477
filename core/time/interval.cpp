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
  int y = static_cast<int>(ymd.year());
  const bool with_time = !(date_only_at_midnight && tod.to_duration().count() == 0);
  char buf[40];
  if (y < 0 || y > 9999) {  // signed, as ISO 8601's expanded years
    int n = std::snprintf(buf, sizeof buf, "%+05d-%02u-%02u", y, static_cast<unsigned>(ymd.month()),
                          static_cast<unsigned>(ymd.day()));
    if (with_time)
      std::snprintf(buf + n, sizeof buf - n, "T%02ld:%02ld:%02ld", static_cast<long>(tod.hours().count()),
                    static_cast<long>(tod.minutes().count()), static_cast<long>(tod.seconds().count()));
    return buf;
  }
  // The common case, without snprintf (it is on every expression's output).
  auto two = [](char* p, unsigned v) {
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
  };
  std::string out(with_time ? 19 : 10, '\0');
  two(&out[0], static_cast<unsigned>(y) / 100);
  two(&out[2], static_cast<unsigned>(y) % 100);
  out[4] = '-';
  two(&out[5], static_cast<unsigned>(ymd.month()));
  out[7] = '-';
  two(&out[8], static_cast<unsigned>(ymd.day()));
  if (with_time) {
    out[10] = 'T';
    two(&out[11], static_cast<unsigned>(tod.hours().count()));
    out[13] = ':';
    two(&out[14], static_cast<unsigned>(tod.minutes().count()));
    out[16] = ':';
    two(&out[17], static_cast<unsigned>(tod.seconds().count()));
  }
  return out;
}

}  // namespace dateline
