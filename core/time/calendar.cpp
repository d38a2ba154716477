#include "core/time/calendar.h"

#include <date/iso_week.h>

#include <cstdio>

namespace dateline::calendar {
namespace {

using namespace std::chrono;

LocalSeconds at(local_days d) { return LocalSeconds{d}; }
local_days ymd_days(int y, int m, int d) {
  return local_days{date::year{y} / date::month{static_cast<unsigned>(m)} / date::day{static_cast<unsigned>(d)}};
}
Interval span(local_days a, local_days b, Grain g) { return Interval{at(a), at(b), g}; }

}  // namespace

std::optional<Interval> day(int y, int m, int d) {
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return day(local_days{ymd});
}

Interval day(local_days d) { return span(d, d + date::days{1}, Grain::Day); }

Interval month(int y, int m) {
  auto first = ymd_days(y, m, 1);
  auto next = m == 12 ? ymd_days(y + 1, 1, 1) : ymd_days(y, m + 1, 1);
  return span(first, next, Grain::Month);
}

Interval quarter(int y, int q) {
  auto first = ymd_days(y, 3 * (q - 1) + 1, 1);
  auto next = q == 4 ? ymd_days(y + 1, 1, 1) : ymd_days(y, 3 * q + 1, 1);
  return span(first, next, Grain::Quarter);
}

Interval half(int y, int h) {
  return span(ymd_days(y, h == 1 ? 1 : 7, 1), h == 1 ? ymd_days(y, 7, 1) : ymd_days(y + 1, 1, 1), Grain::Half);
}

Interval year(int y) { return span(ymd_days(y, 1, 1), ymd_days(y + 1, 1, 1), Grain::Year); }

Interval season(int y, Season s) {
  switch (s) {
    case Season::Spring: return span(ymd_days(y, 3, 1), ymd_days(y, 6, 1), Grain::Season);
    case Season::Summer: return span(ymd_days(y, 6, 1), ymd_days(y, 9, 1), Grain::Season);
    case Season::Fall: return span(ymd_days(y, 9, 1), ymd_days(y, 12, 1), Grain::Season);
    case Season::Winter: break;
  }
  return span(ymd_days(y, 12, 1), ymd_days(y + 1, 3, 1), Grain::Season);
}

Interval decade(int d) { return span(ymd_days(d * 10, 1, 1), ymd_days(d * 10 + 10, 1, 1), Grain::Decade); }

Interval century(int c) { return span(ymd_days(c * 100, 1, 1), ymd_days(c * 100 + 100, 1, 1), Grain::Century); }

unsigned weekday_of(local_days d) { return date::weekday{d}.iso_encoding(); }

Interval iso_week(local_days d) {
  auto monday = d - date::days{weekday_of(d) - 1};
  return span(monday, monday + date::days{7}, Grain::Week);
}

Interval weekend(local_days d) {
  auto saturday = d - date::days{weekday_of(d) - 1} + date::days{5};
  return span(saturday, saturday + date::days{2}, Grain::Weekend);
}

Interval part_of_day(local_days d, PartOfDay part) {
  // Morning 06-12, afternoon 12-18, evening 18-22, night 22-06 (next day),
  // daytime 06-18, midday 11-13.
  hours from{6}, to{12};
  switch (part) {
    case PartOfDay::Morning: break;
    case PartOfDay::Afternoon: from = hours{12}, to = hours{18}; break;
    case PartOfDay::Evening: from = hours{18}, to = hours{22}; break;
    case PartOfDay::Night: from = hours{22}, to = hours{30}; break;
    case PartOfDay::Daytime: from = hours{6}, to = hours{18}; break;
    case PartOfDay::Midday: from = hours{11}, to = hours{13}; break;
  }
  return Interval{at(d) + from, at(d) + to, Grain::PartOfDay};
}

int year_of(LocalSeconds t) {
  return static_cast<int>(date::year_month_day{date::floor<date::days>(t)}.year());
}
int month_of(LocalSeconds t) {
  return static_cast<int>(static_cast<unsigned>(date::year_month_day{date::floor<date::days>(t)}.month()));
}

Interval shifted_period(LocalSeconds t, Grain grain, int n) {
  auto d = date::floor<date::days>(t);
  int y = year_of(t), m = month_of(t);
  switch (grain) {
    case Grain::Second: return Interval{date::floor<seconds>(t) + seconds{n}, date::floor<seconds>(t) + seconds{n + 1}, grain};
    case Grain::Minute: {
      auto s = date::floor<minutes>(t) + minutes{n};
      return Interval{s, s + minutes{1}, grain};
    }
    case Grain::Hour: {
      auto s = date::floor<hours>(t) + hours{n};
      return Interval{s, s + hours{1}, grain};
    }
    case Grain::PartOfDay:
    case Grain::Day: return day(d + date::days{n});
    case Grain::Weekend: return weekend(d + date::days{7 * n});
    case Grain::Week: return iso_week(d + date::days{7 * n});
    case Grain::Month: {
      int idx = y * 12 + (m - 1) + n;
      return month(idx / 12, idx % 12 + 1);
    }
    case Grain::Season: {
      // Seasons start in March, June, September, December.
      int idx = y * 4 + ((m + 9) % 12) / 3 + n;  // Mar..May -> 0 ... Dec..Feb -> 3
      if (m <= 2) idx -= 4;                      // January and February belong to last year's winter
      return season(idx / 4, static_cast<Season>(idx % 4 + 1));
    }
    case Grain::Quarter: {
      int idx = y * 4 + (m - 1) / 3 + n;
      return quarter(idx / 4, idx % 4 + 1);
    }
    case Grain::Half: {
      int idx = y * 2 + (m - 1) / 6 + n;
      return half(idx / 2, idx % 2 + 1);
    }
    case Grain::Year: return year(y + n);
    case Grain::Decade: return decade(y / 10 + n);
    case Grain::Century: return century(y / 100 + n);
    case Grain::Millennium: {
      int k = y / 1000 + n;
      return span(ymd_days(k * 1000, 1, 1), ymd_days(k * 1000 + 1000, 1, 1), grain);
    }
  }
  return day(d);
}

namespace {

// Appends `v` as printf's "%0<width>d" writes it; timex_value is on every
// expression found, and snprintf was most of its cost.
void append_number(std::string& out, int v, int width) {
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

}  // namespace

std::optional<std::string> timex_value(const Interval& iv, PartOfDay part) {
  auto d = date::floor<date::days>(iv.start);
  date::year_month_day ymd{d};
  int y = static_cast<int>(ymd.year());
  if (y < kMinYear || y > kMaxYear) return std::nullopt;
  int m = static_cast<int>(static_cast<unsigned>(ymd.month())), dd = static_cast<int>(static_cast<unsigned>(ymd.day()));
  auto tod = date::hh_mm_ss<seconds>{iv.start - LocalSeconds{d}};
  std::string out;
  out.reserve(24);
  auto write_date = [&] {
    append_number(out, y, 4);
    out += '-';
    append_number(out, m, 2);
    out += '-';
    append_number(out, dd, 2);
  };
  switch (iv.grain) {
    case Grain::Second:
    case Grain::Minute:
    case Grain::Hour:
      write_date();
      out += 'T';
      append_number(out, static_cast<int>(tod.hours().count()), 2);
      if (iv.grain == Grain::Hour) break;
      out += ':';
      append_number(out, static_cast<int>(tod.minutes().count()), 2);
      if (iv.grain == Grain::Minute) break;
      out += ':';
      append_number(out, static_cast<int>(tod.seconds().count()), 2);
      break;
    case Grain::PartOfDay: {
      static constexpr const char* codes[] = {"", "MO", "AF", "EV", "NI", "DT", "MI"};
      write_date();
      out += 'T';
      out += codes[static_cast<int>(part)];
      break;
    }
    case Grain::Day: write_date(); break;
    case Grain::Week:
    case Grain::Weekend: {
      iso_week::year_weeknum_weekday iw{d};
      append_number(out, static_cast<int>(iw.year()), 4);
      out += "-W";
      append_number(out, static_cast<int>(static_cast<unsigned>(iw.weeknum())), 2);
      if (iv.grain == Grain::Weekend) out += "-WE";
      break;
    }
    case Grain::Month:
      append_number(out, y, 4);
      out += '-';
      append_number(out, m, 2);
      break;
    case Grain::Season: {
      static constexpr const char* codes[] = {"SP", "SU", "FA", "WI"};
      int idx = m == 12 ? 3 : (m - 3) / 3;
      append_number(out, y, 4);
      out += '-';
      out += codes[idx];
      break;
    }
    case Grain::Quarter:
      append_number(out, y, 4);
      out += "-Q";
      append_number(out, (m - 1) / 3 + 1, 1);
      break;
    case Grain::Half:
      append_number(out, y, 4);
      out += "-H";
      append_number(out, (m - 1) / 6 + 1, 1);
      break;
    case Grain::Year: append_number(out, y, 4); break;
    case Grain::Decade: append_number(out, y / 10, 3); break;
    case Grain::Century: append_number(out, y / 100, 2); break;
    case Grain::Millennium: append_number(out, y / 1000, 1); break;
  }
  return out;
}

local_days easter(int y) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, dd = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd_days(y, month, dd);
}

}  // namespace dateline::calendar
