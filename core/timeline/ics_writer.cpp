// iCalendar export through libical: the library does the escaping (commas,
// semicolons, backslashes, line breaks) and the line folding.
#include <libical/ical.h>

#include <cstdio>
#include <memory>
#include <set>
#include <stdexcept>

#include <date/tz.h>

#include "core/timeline/timeline_writers.h"

namespace dateline {
namespace {

struct ComponentDeleter {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

std::uint64_t fnv1a64(std::string_view s, std::uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

icaltimetype ical_date(date::local_days day) {
  date::year_month_day ymd{day};
  icaltimetype t = icaltime_null_date();
  t.year = static_cast<int>(ymd.year());
  t.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  t.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  return t;
}

// A local date-time; with `zone` it carries that zone (written with TZID),
// else it is floating.
icaltimetype ical_date_time(LocalSeconds t, const icaltimezone* zone) {
  auto day = date::floor<date::days>(t);
  icaltimetype out = ical_date(day);
  out.is_date = 0;
  date::hh_mm_ss<std::chrono::seconds> tod{t - day};
  out.hour = static_cast<int>(tod.hours().count());
  out.minute = static_cast<int>(tod.minutes().count());
  out.second = static_cast<int>(tod.seconds().count());
  out.zone = zone;
  return out;
}

// The publication instant in UTC (DTSTAMP must be UTC). Without a zone the
// local time is taken as UTC.
icaltimetype dtstamp(const TimelineEntry& e) {
  if (!e.reference) return icaltime_from_timet_with_zone(0, 0, icaltimezone_get_utc_timezone());
  date::sys_seconds utc{e.reference->local.time_since_epoch()};
  if (!e.reference->tz.empty()) {
    try {
      utc = date::locate_zone(e.reference->tz)->to_sys(e.reference->local, date::choose::earliest);
    } catch (const std::exception&) {
      // Unknown zone: parse_reference already rejected those; keep the local time.
    }
  }
  icaltimetype t = ical_date_time(LocalSeconds{utc.time_since_epoch()}, icaltimezone_get_utc_timezone());
  return t;
}

bool finer_than_day(Grain g) { return g < Grain::Day; }

constexpr int kIcalMaxYear = 3000;  // libical's icaltime range ends here

std::string summary(const TimelineEntry& e) {
  if (e.relation == Relation::Within) return e.phrase.text;
  return std::string(to_string(e.relation)) + " " + e.timex.text + ": " + e.phrase.text;
}

std::string description(const TimelineEntry& e) {
  std::string out = e.sentence;
  out += "\n\nSource: " + e.doc_id;
  if (!e.source.empty() && e.source != e.doc_id) out += " (" + e.source + ")";
  out += ", characters " + std::to_string(e.timex.char_begin) + "-" + std::to_string(e.timex.char_end) + " \"" +
         e.timex.text + "\" = " + e.timex_value;
  if (e.derived) out += " (date derived: " + e.date + ")";
  return out;
}

}  // namespace

std::string ics_uid(const TimelineEntry& e) {
  std::string key = e.doc_id + '\x1f' + std::to_string(e.trigger.char_begin) + '\x1f' +
                    std::to_string(e.trigger.char_end) + '\x1f' + std::to_string(e.timex.char_begin) + '\x1f' +
                    std::to_string(e.timex.char_end) + '\x1f' + e.date;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a64(key)));
  return std::string(buf) + "@dateline";
}

std::string timeline_to_ics(const std::vector<TimelineEntry>& entries, const IcsOptions& options) {
  Component calendar(icalcomponent_new_vcalendar());
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//dateline//timeline 0.1//EN"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  std::set<std::string> zones_added;
  std::vector<icalcomponent*> events;

  for (const auto& e : entries) {
    if (!e.interval) continue;
    const Interval& iv = *e.interval;
    // libical writes no date after the year 3000 (it prints 00000000T000000,
    // which no reader parses): such entries, or a DTSTAMP there, are not exported.
    auto year = [](LocalSeconds t) { return static_cast<int>(date::year_month_day{date::floor<date::days>(t)}.year()); };
    if (year(iv.end) > kIcalMaxYear ||
        (e.reference && year(e.reference->local) >= kIcalMaxYear))
      continue;
    bool day_or_finer = iv.grain <= Grain::Day;
    if (!day_or_finer && !options.coarse) continue;
    icalcomponent* event = icalcomponent_new_vevent();
    icalcomponent_add_property(event, icalproperty_new_uid(ics_uid(e).c_str()));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp(e)));
    if (finer_than_day(iv.grain)) {
      const icaltimezone* zone = nullptr;
      const std::string& tz = e.reference ? e.reference->tz : std::string();
      if (!tz.empty()) {
        zone = icaltimezone_get_builtin_timezone(tz.c_str());
        if (zone && zones_added.insert(tz).second) {
          icalcomponent_add_component(
              calendar.get(), icalcomponent_new_clone(icaltimezone_get_component(const_cast<icaltimezone*>(zone))));
        }
      }
      icalproperty* start = icalproperty_new_dtstart(ical_date_time(iv.start, zone));
      icalproperty* end = icalproperty_new_dtend(ical_date_time(iv.end, zone));
      if (zone) {
        icalproperty_add_parameter(start, icalparameter_new_tzid(tz.c_str()));
        icalproperty_add_parameter(end, icalparameter_new_tzid(tz.c_str()));
      }
      icalcomponent_add_property(event, start);
      icalcomponent_add_property(event, end);
    } else {
      date::local_days first = date::floor<date::days>(iv.start);
      date::local_days after = date::ceil<date::days>(iv.end);
      if (e.relation == Relation::By) first = after - date::days{1};  // the deadline's last day
      icalcomponent_add_property(event, icalproperty_new_dtstart(ical_date(first)));
      icalcomponent_add_property(event, icalproperty_new_dtend(ical_date(after)));
    }
    icalcomponent_add_property(event, icalproperty_new_summary(summary(e).c_str()));
    icalcomponent_add_property(event, icalproperty_new_description(description(e).c_str()));
    if (e.derived) icalcomponent_add_property(event, icalproperty_new_categories("derived"));
    events.push_back(event);
  }
  for (icalcomponent* event : events) icalcomponent_add_component(calendar.get(), event);
  char* raw = icalcomponent_as_ical_string_r(calendar.get());
  if (!raw) throw std::runtime_error("libical could not serialize the calendar");
  std::string out(raw);
  icalmemory_free_buffer(raw);
  return out;
}

}  // namespace dateline
