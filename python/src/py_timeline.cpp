#include "py_timeline.h"

#include <date/date.h>

#include <optional>
#include <sstream>
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
  std::istringstream in(s);
  LocalSeconds t{};
  if (s.size() == 10) {
    date::local_days day{};
    in >> date::parse("%F", day);
    t = day;
  } else {
    in >> date::parse("%FT%T", t);
  }
  if (in.fail() || in.peek() != std::char_traits<char>::eof()) return std::nullopt;
  return t;
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

TimelineEntry entry_from_record(const nlohmann::json& record, const std::string& where) {
  Reader r(record, where);
  TimelineEntry e;
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
  auto relation = enum_named(r.text(record, "", "relation"), Relation::Ends);
  if (!relation) r.fail("relation", "unknown relation");
  e.relation = *relation;
  const auto& derived = r.at(record, "", "derived");
  if (!derived.is_boolean()) r.fail("derived", "expected a bool");
  e.derived = derived.get<bool>();
  const auto& event = r.at(record, "", "event");
  if (!event.is_object()) r.fail("event", "expected a dict");
  e.phrase.text = r.text(event, "event", "text");
  const auto& trigger = r.at(event, "event", "trigger");
  e.trigger = r.span(trigger, "event.trigger");
  const auto& timex = r.at(record, "", "timex");
  if (!timex.is_object()) r.fail("timex", "expected a dict");
  e.timex = r.span(timex, "timex");
  e.tid = r.text(timex, "timex", "tid");
  auto type = enum_named(r.text(timex, "timex", "type"), TimexType::Set);
  if (!type) r.fail("timex.type", "unknown type");
  e.timex_type = *type;
  e.timex_value = r.text(timex, "timex", "value");
  e.sentence = r.text(record, "", "sentence");
  e.doc_id = r.text(record, "", "doc");
  e.source = r.text(record, "", "source");
  e.doc_index = r.number(record, "", "doc_index");
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
