#include "core/time/resolver.h"

#include <cmath>
#include <cstdio>

#include "core/time/calendar.h"

namespace dateline {
namespace {

using namespace std::chrono;
using date::local_days;
namespace cal = calendar;

constexpr double kMaxCount = 1e6;  // larger counts ("99999999 years") are rejected
// How far on the "wrong" side of the reference a date may lie and still keep
// the reference's year: the tense of a news sentence is a weak cue.
constexpr auto kTenseSlack = date::days{90};
// Grains a year-based comparison keeps ("a year ago" of a quarter).
bool is_reporting_period(Grain g) { return g == Grain::Month || g == Grain::Quarter || g == Grain::Half; }

Grain grain_of(Unit u) {
  switch (u) {
    case Unit::Second: return Grain::Second;
    case Unit::Minute: return Grain::Minute;
    case Unit::Hour: return Grain::Hour;
    case Unit::Day:
    case Unit::Night: return Grain::Day;
    case Unit::Week: return Grain::Week;
    case Unit::Weekend: return Grain::Weekend;
    case Unit::Month: return Grain::Month;
    case Unit::Season: return Grain::Season;
    case Unit::Quarter: return Grain::Quarter;
    case Unit::Half: return Grain::Half;
    case Unit::Year: return Grain::Year;
    case Unit::Decade: return Grain::Decade;
    case Unit::Century: return Grain::Century;
    case Unit::Millennium: return Grain::Millennium;
    case Unit::Period: return Grain::Year;  // when no period is under discussion
  }
  return Grain::Day;
}

std::string number_text(double n) {
  char buf[32];
  if (n == std::floor(n))
    std::snprintf(buf, sizeof buf, "%.0f", n);
  else
    std::snprintf(buf, sizeof buf, "%g", n);
  return buf;
}

// "P2W", "PT48H", "P1E" (decade, the TIDES letters TempEval-3 uses), "PXY".
std::optional<std::string> duration_value(Unit unit, std::optional<double> count) {
  // Fractions become the next smaller unit: 2.5 years = P2Y6M, 1.5 hours = PT1H30M.
  if (count && *count != std::floor(*count)) {
    double whole = std::floor(*count), frac = *count - whole;
    auto two = [&](const char* prefix, const char* big, double small_units, const char* small) {
      std::string s = prefix;
      if (whole > 0) s += number_text(whole) + big;
      s += number_text(std::round(frac * small_units)) + small;
      return s;
    };
    switch (unit) {
      case Unit::Year: return two("P", "Y", 12, "M");
      case Unit::Day:
        return "P" + (whole > 0 ? number_text(whole) + "D" : std::string()) + "T" +
               number_text(std::round(frac * 24)) + "H";
      case Unit::Hour: return two("PT", "H", 60, "M");
      case Unit::Minute: return two("PT", "M", 60, "S");
      // "half a decade", "half a century": a fraction of these is whole years.
      case Unit::Decade: return two("P", "E", 10, "Y");
      case Unit::Century: return two("P", "C", 100, "Y");
      default: break;
    }
  }
  std::string n = count ? number_text(*count) : "X";
  switch (unit) {
    case Unit::Second: return "PT" + n + "S";
    case Unit::Minute: return "PT" + n + "M";
    case Unit::Hour: return "PT" + n + "H";
    case Unit::Day: return "P" + n + "D";
    case Unit::Night: return "P" + n + "D";
    case Unit::Week: return "P" + n + "W";
    case Unit::Weekend: return count ? "P" + number_text(*count * 2) + "D" : "PXD";
    case Unit::Month: return "P" + n + "M";
    case Unit::Season: return count ? "P" + number_text(*count * 3) + "M" : "PXM";
    case Unit::Quarter: return "P" + n + "Q";
    case Unit::Half: return count ? "P" + number_text(*count * 6) + "M" : "PXM";
    case Unit::Year: return "P" + n + "Y";
    case Unit::Decade: return "P" + n + "E";
    case Unit::Century: return "P" + n + "C";
    case Unit::Millennium: return "P" + n + "L";
    case Unit::Period: return std::nullopt;  // a length needs a unit
  }
  return std::nullopt;
}

// A day moved by n years, months, weeks or days; a day that the target month
// lacks becomes its last day (Feb. 29 a year earlier is Feb. 28).
local_days shift_day(local_days d, Grain unit, int n) {
  date::year_month_day ymd{d};
  switch (unit) {
    case Grain::Year:
    case Grain::Month: {
      auto ym = date::year_month{ymd.year(), ymd.month()} +
                (unit == Grain::Year ? date::months{12 * n} : date::months{n});
      auto last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}};
      return local_days{date::year_month_day{ym.year(), ym.month(), std::min(ymd.day(), last.day())}};
    }
    case Grain::Week: return d + date::days{7 * n};
    default: return d + date::days{n};
  }
}

class Resolver {
 public:
  Resolver(const Fields& f, const Reference& ref, Tense tense, const Interval* discussed, bool explain)
      : f_(f), ref_(ref), tense_(tense), discussed_(discussed), explain_(explain),
        today_(date::floor<date::days>(ref.local)) {}

  std::optional<Resolution> run(TimexType type) {
    Resolution r;
    r.type = type;
    if (f_.has(Field::Mod)) r.mod = std::string(to_string(static_cast<Mod>(f_.get(Field::Mod))));
    if (f_.has(Field::Ref)) {
      static constexpr const char* refs[] = {"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"};
      r.type = TimexType::Date;
      r.value = refs[f_.get(Field::Ref)];
      return finish(std::move(r));
    }
    if (type == TimexType::Duration) {
      if (!f_.has(Field::Unit)) return std::nullopt;
      std::optional<double> count;
      if (f_.has(Field::Num)) count = f_.num;
      if (count && (*count <= 0 || *count > kMaxCount)) return std::nullopt;
      auto v = duration_value(static_cast<Unit>(f_.get(Field::Unit)), count);
      if (!v) return std::nullopt;
      r.value = *v;
      return finish(std::move(r));
    }
    if (type == TimexType::Set) return set(std::move(r));

    auto iv = date_interval();
    if (!iv) return std::nullopt;
    // Arithmetic near the calendar's ends ("the year-ago quarter" of 0001-01-01)
    // can leave years 1-9999: such a time does not exist here.
    if (!(iv->start < iv->end) || cal::year_of(iv->start) < cal::kMinYear ||
        cal::year_of(iv->end - std::chrono::seconds{1}) > cal::kMaxYear)
      return std::nullopt;
    // A clock time or a part of day ("Wednesday night", "this morning") is a
    // TIME whatever the rule says: TimeML's guidelines make any time of day a
    // TIME, vague parts included, and TimeBank follows them (13 of 13; AQUAINT
    // writes DATE in 9 of 11).
    if (iv->grain <= Grain::PartOfDay && r.type == TimexType::Date) r.type = TimexType::Time;
    auto v = cal::timex_value(*iv, part_);
    if (!v) return std::nullopt;
    r.value = *v;
    if (f_.has(Field::Hour) && f_.get(Field::Hour) == 24 && iv->grain == Grain::Minute) {
      // Midnight is written as hour 24 of the day that ends (TimeML convention).
      r.value = cal::timex_value(cal::day(date::floor<date::days>(iv->start) - date::days{1}))->append("T24");
    }
    r.interval = *iv;
    return finish(std::move(r));
  }

 private:
  std::optional<Resolution> finish(Resolution r) {
    if (explain_) r.explanation = why_;
    return r;
  }

  // `make` builds the text only when explaining: the strings cost more than
  // the arithmetic they describe.
  template <class MakeText>
  void note(MakeText&& make) {
    if (!explain_) return;
    if (!why_.empty()) why_ += "; ";
    why_ += make();
  }

  std::string day_text(local_days d) const { return iso8601(LocalSeconds{d}); }

  std::optional<Resolution> set(Resolution r) {
    if (f_.has(Field::Quant)) {
      static constexpr const char* quants[] = {"", "EACH", "EVERY", "A"};
      r.quant = quants[f_.get(Field::Quant)];
    }
    if (f_.has(Field::Freq)) r.freq = std::to_string(f_.get(Field::Freq)) + "X";
    static constexpr const char* parts[] = {"", "MO", "AF", "EV", "NI", "DT", "MI"};
    char buf[32];
    if (f_.has(Field::Weekday)) {
      std::snprintf(buf, sizeof buf, "XXXX-WXX-%d", f_.get(Field::Weekday));
      r.value = buf;
      if (f_.has(Field::Part)) r.value += std::string("T") + parts[f_.get(Field::Part)];
    } else if (f_.has(Field::Month)) {
      std::snprintf(buf, sizeof buf, "XXXX-%02d", f_.get(Field::Month));
      r.value = buf;
      if (f_.has(Field::Day)) {
        std::snprintf(buf, sizeof buf, "-%02d", f_.get(Field::Day));
        r.value += buf;
      }
    } else if (f_.has(Field::Season)) {
      static constexpr const char* seasons[] = {"", "SP", "SU", "FA", "WI"};
      r.value = std::string("XXXX-") + seasons[f_.get(Field::Season)];
    } else if (f_.has(Field::Part)) {
      r.value = std::string("XXXX-XX-XXT") + parts[f_.get(Field::Part)];
    } else if (f_.has(Field::Unit)) {
      // "every year" (a quantifier), "daily" (a frequency): once per unit.
      // With neither, the rule's count was vague ("every few years"): X.
      std::optional<double> n;
      if (f_.has(Field::Num)) n = f_.num;
      else if (f_.has(Field::Quant) || f_.has(Field::Freq)) n = 1;
      if (n && (*n <= 0 || *n > kMaxCount)) return std::nullopt;
      auto v = duration_value(static_cast<Unit>(f_.get(Field::Unit)), n);
      if (!v) return std::nullopt;
      r.value = *v;
    } else {
      return std::nullopt;
    }
    return finish(std::move(r));
  }

  // Distance from the reference day to an interval (0 when it contains it).
  seconds distance(const Interval& iv) const {
    auto a = LocalSeconds{today_}, b = LocalSeconds{today_ + date::days{1}};
    if (iv.start >= b) return iv.start - b;
    if (iv.end <= a) return a - iv.end;
    return seconds{0};
  }

  // Chooses the year of a period whose year the text left out, by tense.
  template <class AtYear>
  std::optional<Interval> by_tense(AtYear at_year, const char* what) {
    int y = cal::year_of(ref_.local);
    std::optional<Interval> best;
    int chosen = y;
    auto this_year = at_year(y);
    auto a = LocalSeconds{today_}, b = LocalSeconds{today_ + date::days{1}};
    if (tense_ == Tense::Past) {
      chosen = (this_year && this_year->start >= b + kTenseSlack) ? y - 1 : y;
    } else if (tense_ == Tense::Future) {
      chosen = (this_year && this_year->end + kTenseSlack <= a) ? y + 1 : y;
    } else {
      for (int cand : {y, y - 1, y + 1}) {
        auto iv = at_year(cand);
        if (iv && (!best || distance(*iv) < distance(*best))) {
          best = iv;
          chosen = cand;
        }
      }
    }
    best = at_year(chosen);
    note([&] { return std::string("year implied: ") + std::to_string(chosen) + " (" + what + ", tense " +
         std::string(to_string(tense_)) + ", reference " + day_text(today_) + ")"; });
    return best;
  }

  // Most recent weekday on/before, first on/after, or nearest to the reference.
  local_days weekday_by_tense(unsigned wd) {
    int today_wd = static_cast<int>(cal::weekday_of(today_));
    int back = (today_wd - static_cast<int>(wd) + 7) % 7;   // days back to it (0..6)
    int fwd = (static_cast<int>(wd) - today_wd + 7) % 7;    // days forward (0..6)
    int offset;
    if (tense_ == Tense::Past) offset = -back;
    else if (tense_ == Tense::Future) offset = fwd;
    else offset = back <= fwd ? -back : fwd;
    note([&] { return "weekday " + std::to_string(wd) + " by tense " + std::string(to_string(tense_)) + ": " +
         std::to_string(offset) + " days from " + day_text(today_); });
    return today_ + date::days{offset};
  }

  // The weekday strictly before (shift < 0) or after (shift > 0) day `from`,
  // or in its ISO week (shift 0).
  local_days weekday_shifted(unsigned wd, int shift, local_days from) {
    int from_wd = static_cast<int>(cal::weekday_of(from));
    int offset;
    if (shift < 0) offset = -(((from_wd - static_cast<int>(wd) + 6) % 7) + 1);       // strictly before
    else if (shift > 0) offset = ((static_cast<int>(wd) - from_wd + 6) % 7) + 1;     // strictly after
    else offset = static_cast<int>(wd) - from_wd;                                    // same ISO week
    note([&] { return (shift < 0 ? "last" : shift > 0 ? "next" : "this") + std::string(" weekday: ") +
         std::to_string(offset) + " days from " + day_text(from); });
    return from + date::days{offset};
  }

  std::optional<int> full_year() {
    std::optional<int> y = stated_year();
    // A date that borrows its year from the end of a range is a year earlier
    // when the range crosses into a new year ("from Dec. 20 to Jan. 5, 2004").
    if (y && f_.has(Field::RangeEndMonth) && f_.has(Field::Month) &&
        f_.get(Field::RangeEndMonth) < f_.get(Field::Month)) {
      note([&] { return "the range ends in an earlier month: the year before " + std::to_string(*y); });
      if (*y - 1 < cal::kMinYear) return std::nullopt;
      return *y - 1;
    }
    return y;
  }

  std::optional<int> stated_year() {
    if (!f_.has(Field::Year) && f_.has(Field::YearShift)) {
      int y = cal::year_of(ref_.local) + f_.get(Field::YearShift);
      note([&] {
        return "year " + std::to_string(y) + " = reference year shifted by " + std::to_string(f_.get(Field::YearShift));
      });
      return y;
    }
    if (!f_.has(Field::Year)) return std::nullopt;
    int y = f_.get(Field::Year);
    if (y < 100 && y >= 0) {
      // '99 -> 1999, '05 -> 2005: the century that puts it at most 10 years ahead.
      int ref_year = cal::year_of(ref_.local);
      int full = ref_year / 100 * 100 + y;
      if (full > ref_year + 10) full -= 100;
      note([&] { return "two-digit year " + std::to_string(y) + " read as " + std::to_string(full); });
      y = full;
    }
    if (y < cal::kMinYear || y > cal::kMaxYear) return std::nullopt;
    return y;
  }

  std::optional<Interval> holiday(int y) {
    int code = f_.get(Field::Holiday);
    const int days_after = code / 100000;  // "the Tuesday after the first Monday"
    code %= 100000;
    if (code >= 20000) return cal::day(cal::easter(y) + date::days{code - 20100});
    if (code >= 10000) {
      int m = (code / 100) % 100, wd = (code / 10) % 10, n = code % 10;
      date::year_month ym{date::year{y}, date::month{static_cast<unsigned>(m)}};
      date::weekday w{static_cast<unsigned>(wd % 7)};
      local_days d = n == 9 ? local_days{ym / date::weekday_last{w}} : local_days{ym / date::weekday_indexed{w, static_cast<unsigned>(n)}};
      return cal::day(d + date::days{days_after});
    }
    return cal::day(y, code / 100, code % 100);
  }

  // Applies a clock time or part of day stated alongside a day.
  std::optional<Interval> with_time_of_day(local_days d) {
    if (f_.has(Field::Hour)) {
      int h = f_.get(Field::Hour), mi = f_.has(Field::Minute) ? f_.get(Field::Minute) : 0;
      if (f_.has(Field::Ampm)) {
        if (h < 1 || h > 12) return std::nullopt;
        h = h % 12 + f_.get(Field::Ampm);
      }
      if (h > 24 || (h == 24 && mi > 0)) return std::nullopt;
      auto start = LocalSeconds{d} + hours{h} + minutes{mi};
      return Interval{start, start + minutes{1}, Grain::Minute};
    }
    if (f_.has(Field::Part)) {
      part_ = static_cast<PartOfDay>(f_.get(Field::Part));
      return cal::part_of_day(d, part_);
    }
    return cal::day(d);
  }

  std::optional<Interval> date_interval() {
    const int shift = f_.has(Field::Shift) ? f_.get(Field::Shift) : 0;
    // today / yesterday / tomorrow (+ a part of day or clock time)
    if (f_.has(Field::DayShift)) {
      note([&] { return "day shift " + std::to_string(f_.get(Field::DayShift)) + " from " + day_text(today_); });
      return with_time_of_day(today_ + date::days{f_.get(Field::DayShift)});
    }
    // N units ago / from now
    if (f_.has(Field::Dir) && f_.has(Field::Unit)) {
      if (!f_.has(Field::Num)) return std::nullopt;  // "years ago": vague, handled by ref rules
      double n = f_.num * f_.get(Field::Dir);
      if (std::fabs(n) > kMaxCount) return std::nullopt;
      Unit unit = static_cast<Unit>(f_.get(Field::Unit));
      Grain g = grain_of(unit);
      if (n != std::floor(n)) {  // "a year and a half ago": count in the next smaller unit
        if (unit == Unit::Year) n *= 12, g = Grain::Month;
        else if (unit == Unit::Day) n *= 24, g = Grain::Hour;
        else n = std::round(n);
      }
      if (unit == Unit::Decade) n *= 10, g = Grain::Year;
      if (unit == Unit::Century) n *= 100, g = Grain::Year;
      // "a year ago" of the third quarter under discussion is that quarter a year before.
      if (discussed_ && g == Grain::Year && n == std::floor(n) && is_reporting_period(discussed_->grain)) {
        int per_year = discussed_->grain == Grain::Month ? 12 : discussed_->grain == Grain::Quarter ? 4 : 2;
        note([&] {
          return "the " + std::string(to_string(discussed_->grain)) + " under discussion shifted by " + number_text(n) +
                 " year(s)";
        });
        return cal::shifted_period(discussed_->start, discussed_->grain, static_cast<int>(n) * per_year);
      }
      if (f_.has(Field::Anchor) && discussed_ && discussed_->grain <= Grain::Day && g >= Grain::Day &&
          n == std::floor(n)) {
        // "a year earlier", "two weeks earlier": the day under discussion,
        // moved by that much (the last day of a shorter month when needed).
        note([&] { return "counted from the day under discussion " + iso8601(discussed_->start); });
        return cal::day(shift_day(date::floor<date::days>(discussed_->start), g, static_cast<int>(n)));
      }
      if (f_.has(Field::Anchor) && discussed_ && discussed_->grain <= g && discussed_->grain < Grain::Year &&
          n == std::floor(n)) {
        // "prices rose in February from 12 months earlier": the month (or
        // week) under discussion, moved by that many units. Not a year: "a
        // year earlier" after "in 2004" is often the story's own period
        // compared (on silver news counting from the year was right 4 times
        // in 6, too few to give up the reference).
        return discussed_shifted(g, static_cast<int>(n));
      }
      if (std::fabs(n) * (g == Grain::Year ? 1 : 0.01) > cal::kMaxYear) return std::nullopt;
      if (g <= Grain::Hour && !ref_.has_time) {
        // "two hours ago" against a date without a time: the reference day.
        note([&] { return "reference has no time of day: hours and minutes shift within " + day_text(today_); });
        return cal::day(today_);
      }
      note([&] { return "reference " + day_text(today_) + " shifted by " + number_text(n) + " " +
           std::string(to_string(g)) + "(s)"; });
      return cal::shifted_period(ref_.local, g, static_cast<int>(n));
    }
    // last/this/next <weekday>, or a bare weekday
    if (f_.has(Field::Weekday) && !f_.has(Field::Day) && !f_.has(Field::Month)) {
      unsigned wd = static_cast<unsigned>(f_.get(Field::Weekday));
      // "the following Friday", "the previous Friday": from the day under
      // discussion when the story tells of one, else from the reference.
      const bool from_discussed = f_.has(Field::Anchor) && shift != 0 && discussed_ && discussed_->grain <= Grain::Day;
      const local_days from = from_discussed ? date::floor<date::days>(discussed_->start) : today_;
      local_days d = f_.has(Field::Shift) ? weekday_shifted(wd, shift, from) : weekday_by_tense(wd);
      return with_time_of_day(d);
    }
    // holidays
    if (f_.has(Field::Holiday)) {
      if (auto y = full_year()) return holiday(*y);
      if (f_.has(Field::Shift)) return shifted_year([&](int y) { return holiday(y); }, shift);
      return by_tense([&](int y) { return holiday(y); }, "holiday");
    }
    // decades and centuries
    if (f_.has(Field::Decade)) {
      int d = f_.get(Field::Decade);
      if (d < 10) {  // "the '90s": the latest such decade that has begun
        int ref_year = cal::year_of(ref_.local);
        int full = ref_year / 100 * 10 + d;
        if (full * 10 > ref_year) full -= 10;
        note([&] { return "decade '" + std::to_string(d) + "0s read as the " + std::to_string(full * 10) + "s"; });
        d = full;
      }
      if (d * 10 < cal::kMinYear || d * 10 > cal::kMaxYear) return std::nullopt;
      return cal::decade(d);
    }
    if (f_.has(Field::Century)) {
      int c = f_.get(Field::Century);
      if (c < 0 || c > 99) return std::nullopt;
      return cal::century(c);
    }
    // last/this/next <unit>
    if (f_.has(Field::Unit) && f_.has(Field::Shift) && !f_.has(Field::Month) && !f_.has(Field::Season) &&
        !f_.has(Field::Quarter) && !f_.has(Field::Half) && !f_.has(Field::Day)) {
      Unit unit = static_cast<Unit>(f_.get(Field::Unit));
      if (unit == Unit::Night) {  // last night = the night before today
        part_ = PartOfDay::Night;
        return cal::part_of_day(today_ + date::days{shift}, part_);
      }
      if (unit == Unit::Weekend) return weekend_shifted(shift, /*stated=*/true);
      Grain g = grain_of(unit);
      // "the following year", "the previous day": counted from the time the
      // story is telling of, when it named one.
      std::optional<Interval> iv;
      if (f_.has(Field::Anchor) && discussed_ && discussed_->grain <= g) {
        iv = discussed_shifted(g, shift);
      } else {
        if (g <= Grain::Hour && !ref_.has_time) return std::nullopt;
        note([&] {
          return std::string(to_string(g)) + " of " + day_text(today_) + " shifted by " + std::to_string(shift);
        });
        iv = cal::shifted_period(ref_.local, g, shift);
      }
      // "the next morning": a part of that day.
      if (iv && g == Grain::Day && f_.has(Field::Part)) return with_time_of_day(date::floor<date::days>(iv->start));
      return iv;
    }
    if (has_unit(Unit::Weekend) && !f_.has(Field::Month))
      return weekend_shifted(0, /*stated=*/false);
    // "the quarter", "the year-ago period": the period under discussion, or
    // else the latest completed one (a report's quarter is the one just ended).
    // "that year": the period containing the time under discussion.
    if (f_.has(Field::Unit) && f_.has(Field::Anchor)) {
      const Unit unit = static_cast<Unit>(f_.get(Field::Unit));
      // "the same period": a reporting period under discussion (a month, a
      // quarter, a half, a year); a day or a week is seldom one, so a year.
      const bool reporting = discussed_ && (is_reporting_period(discussed_->grain) || discussed_->grain == Grain::Year);
      Grain g = unit == Unit::Period && reporting ? discussed_->grain : grain_of(unit);
      const bool containing = f_.get(Field::Anchor) == 2 && discussed_ && discussed_->grain <= g;
      const bool same = discussed_ && discussed_->grain == g;
      Interval base = containing ? cal::shifted_period(discussed_->start, g, 0)
                      : same     ? *discussed_
                      : g == Grain::Quarter || g == Grain::Half ? cal::shifted_period(ref_.local, g, -1)
                                                                : cal::shifted_period(ref_.local, g, 0);
      note([&] { return containing ? "the period containing the time under discussion"
           : same     ? "the period under discussion"
                      : "the latest such period"; });
      int years = f_.has(Field::YearShift) ? f_.get(Field::YearShift)
                  : f_.has(Field::Year)      ? f_.get(Field::Year) - cal::year_of(base.start)
                                             : 0;
      if (years == 0) return base;
      if (std::abs(years) > cal::kMaxYear) return std::nullopt;
      int per_year = g == Grain::Month ? 12 : g == Grain::Quarter ? 4 : g == Grain::Half ? 2 : 1;
      note([&] { return "shifted by " + std::to_string(years) + " year(s)"; });
      return cal::shifted_period(base.start, g, years * per_year);
    }

    auto year = full_year();
    if (f_.has(Field::Year) && !year) return std::nullopt;
    // quarters and halves
    if (f_.has(Field::Quarter) || f_.has(Field::Half)) {
      auto at = [&](int y) {
        return f_.has(Field::Quarter) ? cal::quarter(y, f_.get(Field::Quarter)) : cal::half(y, f_.get(Field::Half));
      };
      if (year) return at(*year);
      if (f_.has(Field::Shift)) return shifted_year(at, shift);
      return by_tense([&](int y) { return std::optional<Interval>(at(y)); }, "quarter");
    }
    if (f_.has(Field::Season)) {
      Season s = static_cast<Season>(f_.get(Field::Season));
      if (year) return cal::season(*year, s);
      if (f_.has(Field::Shift)) return shifted_year([&](int y) { return cal::season(y, s); }, shift);
      return by_tense([&](int y) { return std::optional<Interval>(cal::season(y, s)); }, "season");
    }
    if (f_.has(Field::Month)) {
      int m = f_.get(Field::Month);
      if (f_.has(Field::Day)) {
        int d = f_.get(Field::Day);
        auto at = [&](int y) -> std::optional<Interval> { return cal::day(y, m, d); };
        std::optional<Interval> iv;
        if (year) {
          iv = at(*year);
        } else if (f_.has(Field::Shift)) {
          // "last December 14": the day in the month that "last December" names.
          auto month = shifted_year([&](int y) { return cal::month(y, m); }, shift);
          if (!month) return std::nullopt;
          iv = at(cal::year_of(month->start));
        } else {
          // February 29 without a year is valid when some nearby year has it.
          if (!cal::day(2024, m, d)) return std::nullopt;
          iv = by_tense(at, "month and day");
        }
        if (!iv) return std::nullopt;
        // "the week of Nov. 14": the ISO week that holds the day.
        if (has_unit(Unit::Week)) {
          note([&] { return "the week that holds " + day_text(date::floor<date::days>(iv->start)); });
          return cal::shifted_period(iv->start, Grain::Week, 0);
        }
        return with_time_of_day(date::floor<date::days>(iv->start));
      }
      if (year) return cal::month(*year, m);
      if (f_.has(Field::Shift)) return shifted_year([&](int y) { return cal::month(y, m); }, shift);
      return by_tense([&](int y) { return std::optional<Interval>(cal::month(y, m)); }, "month");
    }
    if (year) return cal::year(*year);
    // "the 5th": a day of the reference's month (or the one before/after).
    if (f_.has(Field::Day)) {
      int d = f_.get(Field::Day);
      // Day d of the reference's month shifted by n months (none when that month is too short).
      auto in_month = [&](int n) {
        auto ymd = date::year_month_day{date::floor<date::days>(cal::shifted_period(ref_.local, Grain::Month, n).start)};
        return cal::day(static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())), d);
      };
      // "the 20th of last month": the day in the month named.
      if (has_unit(Unit::Month) && f_.has(Field::Shift)) {
        note([&] { return "day " + std::to_string(d) + " of the reference's month shifted by " + std::to_string(shift); });
        return in_month(shift);
      }
      std::optional<Interval> best;
      for (int n : {0, -1, 1}) {
        auto iv = in_month(n);
        if (!iv) continue;
        bool ok = tense_ == Tense::Past ? iv->start < LocalSeconds{today_ + date::days{1}}
                  : tense_ == Tense::Future ? iv->end > LocalSeconds{today_}
                                            : true;
        if (ok && (!best || distance(*iv) < distance(*best))) best = iv;
      }
      if (best)
        note([&] {
          return "day of month implied from " + day_text(today_) + " by tense " + std::string(to_string(tense_));
        });
      return best;
    }
    // A clock time or part of day alone: on the day the story is telling of
    // when it named one (a past narrative), else on the reference day.
    if (f_.has(Field::Hour) || f_.has(Field::Part)) {
      if (discussed_ && discussed_->grain <= Grain::Day) {
        local_days d = date::floor<date::days>(discussed_->start);
        note([&] { return "time of day on the day under discussion " + day_text(d); });
        return with_time_of_day(d);
      }
      note([&] { return "time of day on the reference day " + day_text(today_); });
      return with_time_of_day(today_);
    }
    return std::nullopt;
  }

  // The period of grain g that holds the time under discussion, moved by n
  // periods ("the following year", "12 months earlier").
  Interval discussed_shifted(Grain g, int n) {
    note([&] { return std::string(to_string(g)) + " of the time under discussion " + iso8601(discussed_->start) +
                      " shifted by " + std::to_string(n); });
    return cal::shifted_period(discussed_->start, g, n);
  }

  // Whether the fields hold this unit, stated or set by the rule ("the week of Nov. 14").
  bool has_unit(Unit u) const { return f_.has(Field::Unit) && static_cast<Unit>(f_.get(Field::Unit)) == u; }

  // last/this/next + a named period (March, summer, Q3, Christmas): the
  // latest one that starts before the reference's, this year's, or the first
  // one that starts after the reference day.
  template <class AtYear>
  std::optional<Interval> shifted_year(AtYear at_year, int shift) {
    int y = cal::year_of(ref_.local);
    auto a = LocalSeconds{today_};
    std::optional<Interval> iv = at_year(y);
    if (!iv) return std::nullopt;
    if (shift < 0 && !(iv->end <= a)) iv = at_year(y - 1);
    if (shift > 0 && !(iv->start > a)) iv = at_year(y + 1);
    note([&] { return std::string(shift < 0 ? "last" : shift > 0 ? "next" : "this") + ": the one " +
         (shift < 0 ? "before" : shift > 0 ? "after" : "in the year of") + " " + day_text(today_); });
    return iv;
  }

  // "this weekend" is the coming one (or the current one on a weekend); "the
  // weekend" (`stated` false) early in the week (Mon-Wed) is the one just past
  // unless the sentence points to the future, later in the week the coming one.
  std::optional<Interval> weekend_shifted(int shift, bool stated) {
    unsigned wd = cal::weekday_of(today_);
    const bool in_weekend = wd >= 6;
    int weeks;
    if (shift < 0) weeks = -1;
    else if (shift > 0) weeks = in_weekend ? 1 : 0;
    else weeks = (!stated && wd <= 3 && tense_ != Tense::Future) ? -1 : 0;
    note([&] { return "weekend of the week " + std::to_string(weeks) + " from " + day_text(today_); });
    return cal::weekend(today_ + date::days{7 * weeks});
  }

  const Fields& f_;
  const Reference& ref_;
  Tense tense_;
  const Interval* discussed_;
  bool explain_;
  local_days today_;
  PartOfDay part_ = PartOfDay::Morning;
  std::string why_;
};

}  // namespace

std::optional<Resolution> resolve(TimexType rule_type, const Fields& fields, const Reference& ref, Tense tense,
                                  const Interval* discussed, bool explain) {
  return Resolver(fields, ref, tense, discussed, explain).run(rule_type);
}

}  // namespace dateline
