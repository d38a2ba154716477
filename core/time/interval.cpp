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
  std::string out;
  out.reserve(19);
  append_zero_padded(out, y, 4);
  out += '-';
  append_zero_padded(out, static_cast<int>(static_cast<unsigned>(ymd.month())), 2);
  out += '-';
  append_zero_padded(out, static_cast<int>(static_cast<unsigned>(ymd.day())), 2);
  if (with_time) {
    out += 'T';
    append_zero_padded(out, static_cast<int>(tod.hours().count()), 2);
    out += ':';
    append_zero_padded(out, static_cast<int>(tod.minutes().count()), 2);
    out += ':';
    append_zero_padded(out, static_cast<int>(tod.seconds().count()), 2);
  }
  return out;
}

void append_zero_padded(std::string& out, int v, int width) {
  if (v < 0) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%0*d", width, v);
    out += buf;
    return;
  }
  char digits[12];
  int n = 0;
  auto u = static_cast<unsigned>(v);
  do {
    digits[n++] = static_cast<char>('0' + u % 10);
    u /= 10;
  } while (u);
  for (int k = n; k < width; ++k) out.push_back('0');
  while (n) out.push_back(digits[--n]);
}

}  // namespace dateline
