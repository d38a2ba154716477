#include "fuzz/fuzz_checks.h"

#include <libical/ical.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <iterator>
#include <sstream>
#include <vector>

#include "core/io/inputs.h"
#include "core/io/timeml.h"
#include "core/io/timex_json.h"
#include "core/normalizer.h"
#include "core/text/utf8.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_writers.h"
#include "fuzz/timex3_value.h"

namespace dateline::fuzz {
namespace {

const Normalizer& normalizer() {
  static const Normalizer instance;  // compiling the rules once per process
  return instance;
}

// References that put calendar edges within reach of relative expressions:
// leap days, year ends, the first and last supported years, a far offset.
struct PubDate {
  const char* date;
  const char* tz;
};
constexpr PubDate kPubDates[] = {
    {"2024-10-02", ""},
    {"2024-02-29T23:59:59", "Asia/Tokyo"},
    {"1999-12-31", ""},
    {"0001-01-01", ""},
    {"9999-12-31T12:00", "UTC"},
    {"2000-01-01T00:00:00+14:00", "Pacific/Kiritimati"},
    {"1989-10-30T06:18:00-05:00", "America/New_York"},
};

bool on_boundary(std::string_view text, std::size_t offset) {
  return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

std::string describe(const Timex& t, std::string_view text) {
  std::string span = t.end <= text.size() && t.begin <= t.end
                         ? std::string(text.substr(t.begin, t.end - t.begin))
                         : std::string("<out of range>");
  return "timex [" + std::to_string(t.begin) + ", " + std::to_string(t.end) + ") '" + span + "' rule " +
         std::string(t.rule) + ": ";
}

// Invariants of one extraction result on `text`.
std::string check_timexes(std::string_view text, const std::vector<Timex>& timexes) {
  std::size_t previous_end = 0;
  for (const Timex& t : timexes) {
    if (!(t.begin < t.end && t.end <= text.size())) return describe(t, text) + "span outside the text or empty";
    if (!on_boundary(text, t.begin) || !on_boundary(text, t.end))
      return describe(t, text) + "span cuts a UTF-8 character";
    if (t.begin < previous_end) return describe(t, text) + "overlaps or precedes the previous timex";
    previous_end = t.end;
    if (t.rule.empty()) return describe(t, text) + "no rule name";
    if (std::string why = check_timex3_value(t.type, t.value); !why.empty()) return describe(t, text) + why;
    if (t.interval) {
      if (!(t.interval->start < t.interval->end)) return describe(t, text) + "empty or reversed interval";
      if (iso8601(t.interval->start).empty() || iso8601(t.interval->end).empty())
        return describe(t, text) + "interval cannot be written";
    }
  }
  return "";
}

bool same(const std::vector<Timex>& a, const std::vector<Timex>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].type != b[i].type || a[i].value != b[i].value ||
        a[i].mod != b[i].mod || a[i].quant != b[i].quant || a[i].freq != b[i].freq ||
        a[i].explanation != b[i].explanation)
      return false;
  return true;
}

// Extraction on a document, its invariants, its JSON, and determinism.
std::string check_document(const Document& doc, bool explain) {
  if (!is_valid_utf8(doc.text)) return "document text is not valid UTF-8";
  if (!doc.reference) return "document without a reference";
  ExtractOptions options;
  options.explain = explain;
  std::vector<std::string> warnings;
  options.warnings = &warnings;
  auto timexes = normalizer().extract(doc.text, *doc.reference, options);
  if (std::string why = check_timexes(doc.text, timexes); !why.empty()) return why;
  try {
    std::string json = document_to_json(doc, timexes).dump();
    if (json.empty()) return "empty JSON";
  } catch (const std::exception& e) {
    return std::string("JSON output failed: ") + e.what();
  }
  if (!same(timexes, normalizer().extract(doc.text, *doc.reference, options)))
    return "a second extraction of the same text gave a different result";
  return "";
}

// Counts lines the way std::getline reads them.
std::size_t count_lines(std::string_view bytes) {
  std::size_t n = 0;
  for (char c : bytes) n += c == '\n';
  if (!bytes.empty() && bytes.back() != '\n') ++n;
  return n;
}

// Points std::cin at a string for read_input("-") and restores it afterwards.
class StdinFromString {
 public:
  explicit StdinFromString(std::string_view bytes) : stream_(std::string(bytes)) {
    saved_ = std::cin.rdbuf(stream_.rdbuf());
    std::cin.clear();
  }
  ~StdinFromString() {
    std::cin.rdbuf(saved_);
    std::cin.clear();
  }

 private:
  std::istringstream stream_;
  std::streambuf* saved_;
};

}  // namespace

std::string check_extract(std::string_view bytes) {
  const PubDate& pub = kPubDates[bytes.size() % std::size(kPubDates)];
  InputItem item;
  try {
    item = make_text_item(std::string(bytes), "fuzz", "fuzz.txt", pub.date, pub.tz);
  } catch (const std::invalid_argument& e) {
    if (!is_valid_utf8(bytes)) return "";  // binary data is rejected with an error: expected
    return std::string("make_text_item rejected UTF-8 text: ") + e.what();
  } catch (const std::exception& e) {
    return std::string("make_text_item threw: ") + e.what();
  }
  if (!item.document) return "make_text_item gave no document";
  return check_document(*item.document, bytes.size() / std::size(kPubDates) % 2 == 1);
}

std::string check_timeml(std::string_view bytes) {
  TimemlDoc doc;
  try {
    doc = parse_timeml(bytes, "fuzz.tml");
  } catch (const InputError&) {
    return "";  // a clear error naming file, line and offset: the expected answer to bad input
  } catch (const std::exception& e) {
    return std::string("parse_timeml threw something other than InputError: ") + e.what();
  }
  for (const auto& g : doc.timexes)
    if (!(g.timex.begin <= g.timex.end && g.timex.end <= doc.text.size()))
      return "gold TIMEX3 " + g.tid + " lies outside the text";
  Document document;
  try {
    document = to_document(doc);
  } catch (const std::exception& e) {
    return std::string("to_document threw after a successful parse: ") + e.what();
  }
  if (std::string why = check_document(document, false); !why.empty()) return why;
  auto timexes = normalizer().extract(document.text, *document.reference);
  std::string written;
  try {
    written = write_timeml(doc, timexes);
  } catch (const std::exception& e) {
    return std::string("write_timeml threw: ") + e.what();
  }
  TimemlDoc again;
  try {
    again = parse_timeml(written, "written.tml");
  } catch (const std::exception& e) {
    return std::string("the written TimeML does not parse: ") + e.what();
  }
  if (again.text != doc.text) return "the written TimeML has a different text";
  // Each written TIMEX3 is one extracted timex, widened only to whole entity
  // references or CDATA sections; a timex is left out only when it shares one.
  bool has_references = std::any_of(doc.text_units.begin(), doc.text_units.end(),
                                    [](const TextUnit& u) { return u.kind == TextUnit::Kind::Reference; });
  if (!has_references && again.timexes.size() != timexes.size())
    return "the written TimeML has a different number of TIMEX3";
  std::size_t j = 0;
  for (std::size_t i = 0; i < again.timexes.size(); ++i) {
    const Timex& w = again.timexes[i].timex;
    if (i > 0 && w.begin < again.timexes[i - 1].timex.end) return "the written TimeML has nested TIMEX3";
    while (j < timexes.size() && timexes[j].end <= w.begin) ++j;
    if (j == timexes.size() || timexes[j].begin < w.begin || timexes[j].end > w.end ||
        timexes[j].value != w.value || (!has_references && (timexes[j].begin != w.begin || timexes[j].end != w.end)))
      return "the written TimeML moved or changed TIMEX3 " + std::to_string(i + 1);
    ++j;
  }
  return "";
}

std::string check_jsonl(std::string_view bytes) {
  InputOptions options;
  options.kind = InputKind::Jsonl;
  if (bytes.size() % 2 == 0) options.pub_date = "2024-10-02";  // odd sizes: lines need their own
  std::vector<InputItem> items;
  try {
    StdinFromString stdin_from(bytes);
    read_input("-", options, [&](InputItem&& item) { items.push_back(std::move(item)); });
  } catch (const std::exception& e) {
    return std::string("read_input threw: ") + e.what();
  }
  if (items.size() != count_lines(bytes))
    return std::to_string(count_lines(bytes)) + " lines gave " + std::to_string(items.size()) + " items";
  for (std::size_t i = 0; i < items.size(); ++i) {
    const InputItem& item = items[i];
    std::string where = "line " + std::to_string(i + 1) + ": ";
    if (item.line != i + 1) return where + "item numbered line " + std::to_string(item.line);
    if (item.document.has_value() == !item.error.empty())
      return where + "an item must be a document or an error, not both or neither";
    if (item.document)
      if (std::string why = check_document(*item.document, false); !why.empty()) return where + why;
  }
  return "";
}

std::string check_ics(std::string_view bytes) {
  const PubDate& pub = kPubDates[bytes.size() % std::size(kPubDates)];
  InputItem item;
  try {
    item = make_text_item(std::string(bytes), "fuzz", "fuzz.txt", pub.date, pub.tz);
  } catch (const std::invalid_argument&) {
    return "";  // binary data: rejected with an error, as check_extract verifies
  }
  const Document& doc = *item.document;
  auto timexes = normalizer().extract(doc.text, *doc.reference);
  std::vector<TimelineEntry> entries;
  std::string ics;
  try {
    entries = build_timeline(doc, timexes);
    order_timeline(entries);
    for (const TimelineEntry& e : entries)
      for (const TextSpan* span : {&e.trigger, &e.phrase, &e.timex})
        if (!(span->begin <= span->end && span->end <= doc.text.size() && on_boundary(doc.text, span->begin) &&
              on_boundary(doc.text, span->end)))
          return "timeline entry " + e.tid + ": a span outside the text or inside a UTF-8 character";
    timeline_to_json(entries, doc.id, doc.pub_date).dump();
    timeline_to_text(entries);
    timeline_to_markdown(entries);
    IcsOptions options;
    options.coarse = bytes.size() / std::size(kPubDates) % 2 == 1;
    ics = timeline_to_ics(entries, options);
  } catch (const std::exception& e) {
    return std::string("timeline or its writers threw: ") + e.what();
  }
  std::unique_ptr<icalcomponent, void (*)(icalcomponent*)> calendar(icalparser_parse_string(ics.c_str()),
                                                                     icalcomponent_free);
  if (!calendar) return "libical cannot parse the .ics";
  if (icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT) return "the .ics is not a VCALENDAR";
  if (int errors = icalcomponent_count_errors(calendar.get()); errors != 0)
    return "libical finds " + std::to_string(errors) + " errors in the .ics";
  int events = icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT);
  if (static_cast<std::size_t>(events) > entries.size()) return "more VEVENTs than timeline entries";
  for (icalcomponent* e = icalcomponent_get_first_component(calendar.get(), ICAL_VEVENT_COMPONENT); e;
       e = icalcomponent_get_next_component(calendar.get(), ICAL_VEVENT_COMPONENT)) {
    if (!icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY)) return "a VEVENT without DTSTART";
    if (!icalcomponent_get_first_property(e, ICAL_UID_PROPERTY)) return "a VEVENT without UID";
    if (icaltime_is_null_time(icalcomponent_get_dtstart(e))) return "a VEVENT with a null DTSTART";
  }
  return "";
}

Check check_for_target(std::string_view target) {
  if (target == "ics") return check_ics;
  if (target == "extract") return check_extract;
  if (target == "timeml") return check_timeml;
  if (target == "jsonl") return check_jsonl;
  return nullptr;
}

}  // namespace dateline::fuzz
