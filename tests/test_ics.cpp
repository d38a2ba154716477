// iCalendar export: every calendar is parsed back with libical and checked
// property by property; hostile text must come back exactly.
#include <doctest/doctest.h>

#include <libical/ical.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/time/reference.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_writers.h"

namespace {

using namespace dateline;

struct ParsedEvent {
  std::string uid, summary, description, categories;
  icaltimetype start{}, end{}, stamp{};
  std::string start_tzid;
};

struct Parsed {
  std::vector<ParsedEvent> events;
  std::size_t timezones = 0;
};

std::string property_text(icalcomponent* c, icalproperty_kind kind) {
  icalproperty* p = icalcomponent_get_first_property(c, kind);
  if (!p) return {};
  const char* v = icalvalue_get_text(icalproperty_get_value(p));
  return v ? v : "";
}

Parsed parse(const std::string& ics) {
  icalcomponent* cal = icalparser_parse_string(ics.c_str());
  REQUIRE(cal != nullptr);
  CHECK(icalcomponent_isa(cal) == ICAL_VCALENDAR_COMPONENT);
  CHECK(icalcomponent_count_errors(cal) == 0);
  Parsed out;
  out.timezones = static_cast<std::size_t>(icalcomponent_count_components(cal, ICAL_VTIMEZONE_COMPONENT));
  for (icalcomponent* e = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
    ParsedEvent p;
    p.uid = property_text(e, ICAL_UID_PROPERTY);
    p.summary = property_text(e, ICAL_SUMMARY_PROPERTY);
    p.description = property_text(e, ICAL_DESCRIPTION_PROPERTY);
    p.categories = property_text(e, ICAL_CATEGORIES_PROPERTY);
    icalproperty* start = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
    REQUIRE(start);
    p.start = icalproperty_get_dtstart(start);
    if (icalparameter* tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER))
      p.start_tzid = icalparameter_get_tzid(tzid);
    icalproperty* end = icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY);
    REQUIRE(end);
    p.end = icalproperty_get_dtend(end);
    icalproperty* stamp = icalcomponent_get_first_property(e, ICAL_DTSTAMP_PROPERTY);
    REQUIRE(stamp);
    p.stamp = icalproperty_get_dtstamp(stamp);
    out.events.push_back(p);
  }
  icalcomponent_free(cal);
  return out;
}

// RFC 5545 3.1: lines at most 75 octets, CRLF-terminated, folds never split a
// UTF-8 character.
void check_lines(const std::string& ics) {
  std::size_t at = 0;
  while (at < ics.size()) {
    std::size_t eol = ics.find("\r\n", at);
    REQUIRE(eol != std::string::npos);
    CHECK(eol - at <= 75);
    if (eol > at) {
      unsigned char last = static_cast<unsigned char>(ics[eol - 1]);
      bool ends_inside_character = false;
      // Walk back to the lead byte of the last character and check it is complete.
      std::size_t k = eol - 1;
      while (k > at && (static_cast<unsigned char>(ics[k]) & 0xC0) == 0x80) --k;
      unsigned char lead = static_cast<unsigned char>(ics[k]);
      std::size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      ends_inside_character = (eol - k) < need;
      CHECK_MESSAGE(!ends_inside_character, "fold splits a UTF-8 character before byte ", eol, " (", int(last), ")");
    }
    at = eol + 2;
  }
}

TimelineEntry day_entry(const std::string& phrase, const std::string& sentence, const char* day, std::uint32_t at) {
  TimelineEntry e;
  e.phrase.text = phrase;
  e.trigger.text = "held";
  e.trigger.char_begin = at;
  e.trigger.char_end = at + 4;
  e.timex.text = "Tuesday";
  e.timex.char_begin = at + 10;
  e.timex.char_end = at + 17;
  e.timex_value = day;
  e.date = day;
  auto start = parse_reference(day).local;
  e.interval = Interval{start, start + date::days{1}, Grain::Day};
  e.sentence = sentence;
  e.doc_id = "doc-1";
  e.source = "doc-1.txt";
  e.pub_date = "2024-10-02T18:30:00+09:00";
  e.reference = parse_reference("2024-10-02T18:30:00+09:00", "Asia/Tokyo");
  return e;
}

}  // namespace

TEST_CASE("ics: hostile text round-trips exactly") {
  std::string long_line;
  while (long_line.size() < 1000) long_line += "日本の首相は防衛費をé—ü“引用”;, ";  // multi-byte characters at every offset
  long_line += "end";  // libical's parser drops white space at the very end of a value
  const std::vector<std::string> texts = {
      "commas, semicolons; colons: and a backslash \\ here",
      "two\nlines and a blank\n\nline",
      long_line,
      "a quote \" and a tab\there",
  };
  std::vector<TimelineEntry> entries;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    entries.push_back(day_entry(texts[i], texts[(i + 1) % texts.size()] + " — " + texts[i], "2024-10-01",
                                static_cast<std::uint32_t>(10 * i)));
  }
  std::string ics = timeline_to_ics(entries);
  check_lines(ics);
  Parsed parsed = parse(ics);
  REQUIRE(parsed.events.size() == entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& p = parsed.events[i];
    CHECK(p.summary == texts[i]);
    CHECK(p.description.rfind(entries[i].sentence + "\n\nSource: doc-1 (doc-1.txt)", 0) == 0);
    CHECK(p.uid == ics_uid(entries[i]));
    CHECK(p.start.is_date == 1);
    CHECK(p.start.year == 2024);
    CHECK(p.start.month == 10);
    CHECK(p.start.day == 1);
    CHECK(p.end.day == 2);
    // DTSTAMP is the publication instant in UTC: 18:30 in Tokyo is 09:30Z.
    CHECK(icaltime_is_utc(p.stamp));
    CHECK(p.stamp.hour == 9);
    CHECK(p.stamp.minute == 30);
  }
  // UIDs are stable and distinct.
  CHECK(timeline_to_ics(entries) == ics);
  CHECK(parsed.events[0].uid != parsed.events[1].uid);
}

TEST_CASE("ics: times carry a TZID and a VTIMEZONE; coarse entries only on request; vague never") {
  auto evening = day_entry("meeting", "They met.", "2024-10-01", 0);
  evening.interval = Interval{parse_reference("2024-10-01T18:00:00").local, parse_reference("2024-10-01T19:00:00").local,
                              Grain::Hour};
  auto year = day_entry("aims to spend", "Tokyo aims to spend by 2027.", "2027-01-01", 50);
  year.date = "2027";
  year.relation = Relation::By;
  year.timex.text = "2027";
  year.interval = Interval{parse_reference("2027-01-01").local, parse_reference("2028-01-01").local, Grain::Year};
  auto vague = day_entry("discuss", "We could discuss it at a future date.", "2024-10-01", 90);
  vague.date = "FUTURE_REF";
  vague.interval.reset();
  std::vector<TimelineEntry> entries = {evening, year, vague};

  Parsed fine = parse(timeline_to_ics(entries));
  REQUIRE(fine.events.size() == 1);
  CHECK(fine.timezones == 1);
  CHECK(fine.events[0].start_tzid == "Asia/Tokyo");
  CHECK(fine.events[0].start.is_date == 0);
  CHECK(fine.events[0].start.hour == 18);
  CHECK(fine.events[0].end.hour == 19);

  IcsOptions coarse;
  coarse.coarse = true;
  std::string ics = timeline_to_ics(entries, coarse);
  check_lines(ics);
  Parsed all = parse(ics);
  REQUIRE(all.events.size() == 2);
  // A deadline: one all-day event on the last day, the relation in the summary.
  CHECK(all.events[1].summary == "by 2027: aims to spend");
  CHECK(all.events[1].start.is_date == 1);
  CHECK(all.events[1].start.year == 2027);
  CHECK(all.events[1].start.month == 12);
  CHECK(all.events[1].start.day == 31);
  CHECK(all.events[1].end.year == 2028);
}

TEST_CASE("ics: the seed article's golden calendars parse back") {
  const std::filesystem::path dir = std::filesystem::path(DATELINE_SOURCE_DIR) / "fixtures/timeline";
  for (const char* name : {"article-2024-10-02.ics", "article-2024-10-02.coarse.ics"}) {
    std::ifstream in(dir / name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    check_lines(s.str());
    Parsed parsed = parse(s.str());
    bool coarse = std::string(name).find("coarse") != std::string::npos;
    REQUIRE(parsed.events.size() == (coarse ? 7u : 6u));
    CHECK(parsed.events[0].summary == "Ishiba was elected prime minister");
    CHECK(parsed.events[3].summary.find("held his first phone call") != std::string::npos);
    CHECK(parsed.events[3].start.day == 2);
    CHECK(parsed.events[4].summary.rfind("his first phone call", 0) == 0);  // the call itself, an event noun
    CHECK(parsed.events[5].start.month == 11);
    CHECK(parsed.events[5].start.day == 5);
    if (coarse) CHECK(parsed.events[6].summary.rfind("by 2027: ", 0) == 0);
  }
}
