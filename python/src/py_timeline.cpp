#include "py_timeline.h"

#include <date/date.h>

#include <optional>
#include <cstdio>
#include <stdexcept>

#include "core/text/utf8.h"
#include "core/timeline/timeline_writers.h"

namespace dateline::python {
namespace {

// The enum value whose to_string() is `name`: the names live in one place.
template <class Enum>
std::optional<Enum> enum_named(std::string_view name, Enum last) {
  for (int i = 0; i <= static_cast<int>(last); ++i)
    if (to_string(static_cast<Enum>(i)) == name) return static_cast<Enum>(i);
  return std::nullopt;
}

// Reads iso8601()'s output: "2024-10-02" or "2024-10-02T18:30:00".
std::optional<LocalSeconds> parse_local(const std::string& s) {
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, used = 0;
  bool ok = s.size() == 10 ? std::sscanf(s.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &used) == 3
                           : std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%n", &y, &mo, &d, &h, &mi, &sec, &used) == 6;
  date::year_month_day day{date::year{y}, date::month(static_cast<unsigned>(mo)), date::day(static_cast<unsigned>(d))};
  if (!ok || used != static_cast<int>(s.size()) || !day.ok() || h > 23 || mi > 59 || sec > 60) return std::nullopt;
  return date::local_days{day} + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{sec};
}

class Reader {
 public:
  Reader(const nlohmann::json& record, std::string where) : record_(record), where_(std::move(where)) {
    if (!record.is_object()) fail("", "expected a timeline entry (a dict)");
  }

  [[noreturn]] void fail(const std::string& field, const std::string& why) const {
    throw std::invalid_argument(where_ + (field.empty() ? "" : "[\"" + field + "\"]") + ": " + why);
  }

  const nlohmann::json& at(const nlohmann::json& object, const std::string& path, const std::string& key) const {
    auto it = object.find(key);
    if (it == object.end()) fail(path.empty() ? key : path + "." + key, "missing");
    return *it;
  }

  std::string text(const nlohmann::json& object, const std::string& path, const std::string& key) const {
    const auto& v = at(object, path, key);
    if (!v.is_string()) fail(path.empty() ? key : path + "." + key, "expected a str");
    return v.get<std::string>();
  }

  std::uint32_t number(const nlohmann::json& object, const std::string& path, const std::string& key) const {
    const auto& v = at(object, path, key);
    if (!v.is_number_unsigned() && !(v.is_number_integer() && v.get<std::int64_t>() >= 0))
      fail(path.empty() ? key : path + "." + key, "expected a non-negative int");
    return v.get<std::uint32_t>();
  }

  // A span from its text and character offsets; byte offsets are only used
  // for ordering within a document, where character offsets order the same.
  TextSpan span(const nlohmann::json& object, const std::string& path) const {
    TextSpan s;
    s.text = text(object, path, "text");
    s.char_begin = s.begin = number(object, path, "begin");
    s.char_end = s.end = number(object, path, "end");
    return s;
  }

  const nlohmann::json& record() const { return record_; }

 private:
  const nlohmann::json& record_;
  std::string where_;
};

}  // namespace

nlohmann::ordered_json entry_record(const TimelineEntry& e) {
  nlohmann::ordered_json j = entry_to_json(e);
  j["pub_date"] = e.pub_date;
  j["tz"] = e.reference && !e.reference->tz.empty() ? nlohmann::ordered_json(e.reference->tz) : nullptr;
  j["source"] = e.source;
  j["doc_index"] = e.doc_index;
  return j;
}

namespace {

// The fields order_timeline compares: date, interval, derived, doc_index and
// the trigger's and the expression's offsets.
void read_ordering_fields(const Reader& r, const nlohmann::json& record, TimelineEntry& e) {
  e.date = r.text(record, "", "date");
  const auto& start = r.at(record, "", "start");
  if (!start.is_null()) {
    auto from = parse_local(r.text(record, "", "start"));
    auto to = parse_local(r.text(record, "", "end"));
    auto grain = enum_named(r.text(record, "", "grain"), Grain::Millennium);
    if (!from) r.fail("start", "expected an ISO 8601 local date or date-time");
    if (!to) r.fail("end", "expected an ISO 8601 local date or date-time");
    if (!grain) r.fail("grain", "unknown grain");
    e.interval = Interval{*from, *to, *grain};
  }
  const auto& derived = r.at(record, "", "derived");
  if (!derived.is_boolean()) r.fail("derived", "expected a bool");
  e.derived = derived.get<bool>();
  const auto& event = r.at(record, "", "event");
  if (!event.is_object()) r.fail("event", "expected a dict");
  e.trigger = r.span(r.at(event, "event", "trigger"), "event.trigger");
  const auto& timex = r.at(record, "", "timex");
  if (!timex.is_object()) r.fail("timex", "expected a dict");
  e.timex = r.span(timex, "timex");
  e.doc_index = r.number(record, "", "doc_index");
}

}  // namespace

TimelineEntry entry_ordering_from_record(const nlohmann::json& record, const std::string& where) {
  Reader r(record, where);
  TimelineEntry e;
  read_ordering_fields(r, record, e);
  return e;
}

TimelineEntry entry_from_record(const nlohmann::json& record, const std::string& where) {
  Reader r(record, where);
  TimelineEntry e;
  read_ordering_fields(r, record, e);
  auto relation = enum_named(r.text(record, "", "relation"), Relation::Ends);
  if (!relation) r.fail("relation", "unknown relation");
  e.relation = *relation;
  const auto& event = r.at(record, "", "event");
  e.phrase.text = r.text(event, "event", "text");
  const auto& timex = r.at(record, "", "timex");
  e.tid = r.text(timex, "timex", "tid");
  auto type = enum_named(r.text(timex, "timex", "type"), TimexType::Set);
  if (!type) r.fail("timex.type", "unknown type");
  e.timex_type = *type;
  e.timex_value = r.text(timex, "timex", "value");
  e.sentence = r.text(record, "", "sentence");
  e.doc_id = r.text(record, "", "doc");
  e.source = r.text(record, "", "source");
  e.pub_date = r.text(record, "", "pub_date");
  const auto& tz = r.at(record, "", "tz");
  if (!tz.is_null() && !tz.is_string()) r.fail("tz", "expected a str or None");
  try {
    e.reference = parse_reference(e.pub_date, tz.is_null() ? "" : tz.get<std::string>());
  } catch (const std::invalid_argument& error) {
    r.fail("pub_date", error.what());
  }
  return e;
}

}  // namespace dateline::python
