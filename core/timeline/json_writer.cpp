#include "core/timeline/timeline_writers.h"

#include "core/io/json_appender.h"

namespace dateline {
namespace {

// iso8601(t) (core/time/interval.h), the same characters quoted, written
// without snprintf or a temporary string: each dated entry has two.
void append_iso8601(JsonAppender& j, LocalSeconds t) {
  const auto day = date::floor<date::days>(t);
  const date::year_month_day ymd{day};
  const int year = static_cast<int>(ymd.year());
  if (year < 0 || year > 9999) {
    j.string(iso8601(t));
    return;
  }
  char buf[24];
  char* p = buf;
  auto digits = [&p](unsigned v, int width) {
    for (int k = width - 1; k >= 0; --k, v /= 10) p[k] = static_cast<char>('0' + v % 10);
    p += width;
  };
  *p++ = '"';
  digits(static_cast<unsigned>(year), 4);
  *p++ = '-';
  digits(static_cast<unsigned>(ymd.month()), 2);
  *p++ = '-';
  digits(static_cast<unsigned>(ymd.day()), 2);
  const auto seconds = static_cast<unsigned>((t - day).count());  // 0 .. 86399
  if (seconds != 0) {
    *p++ = 'T';
    digits(seconds / 3600, 2);
    *p++ = ':';
    digits(seconds / 60 % 60, 2);
    *p++ = ':';
    digits(seconds % 60, 2);
  }
  *p++ = '"';
  j.raw(std::string_view(buf, static_cast<std::size_t>(p - buf)));
}

// A span's "text", "begin" and "end" (in characters); `opening` is the
// literal that runs up to the text's value.
void append_span(JsonAppender& j, std::string_view opening, const TextSpan& span) {
  j.raw(opening);
  j.string(span.text);
  j.raw(",\"begin\":");
  j.number(span.char_begin);
  j.raw(",\"end\":");
  j.number(span.char_end);
}

}  // namespace

nlohmann::ordered_json entry_to_json(const TimelineEntry& e) {
  using nlohmann::ordered_json;
  ordered_json j;
  j["date"] = e.date;
  if (e.interval) {
    j["start"] = iso8601(e.interval->start);
    j["end"] = iso8601(e.interval->end);
    j["grain"] = std::string(to_string(e.interval->grain));
  } else {
    j["start"] = nullptr;
    j["end"] = nullptr;
    j["grain"] = nullptr;
  }
  j["relation"] = std::string(to_string(e.relation));
  j["derived"] = e.derived;
  j["event"] = {{"text", e.phrase.text},
                {"trigger", {{"text", e.trigger.text}, {"begin", e.trigger.char_begin}, {"end", e.trigger.char_end}}}};
  j["timex"] = {{"tid", e.tid},
                {"text", e.timex.text},
                {"begin", e.timex.char_begin},
                {"end", e.timex.char_end},
                {"type", std::string(to_string(e.timex_type))},
                {"value", e.timex_value}};
  j["sentence"] = e.sentence;
  j["doc"] = e.doc_id;
  return j;
}

void append_entry_jsonl(std::string& out, const TimelineEntry& e) {
  // Each key with its punctuation is one literal: one append instead of four.
  JsonAppender j(out);
  j.raw("{\"date\":");
  j.string(e.date);
  j.raw(",\"start\":");
  e.interval ? append_iso8601(j, e.interval->start) : j.null();
  j.raw(",\"end\":");
  e.interval ? append_iso8601(j, e.interval->end) : j.null();
  j.raw(",\"grain\":");
  e.interval ? j.string(to_string(e.interval->grain)) : j.null();
  j.raw(",\"relation\":");
  j.string(to_string(e.relation));
  j.raw(",\"derived\":");
  j.boolean(e.derived);
  j.raw(",\"event\":{\"text\":");
  j.string(e.phrase.text);
  append_span(j, ",\"trigger\":{\"text\":", e.trigger);
  j.raw("}},\"timex\":{\"tid\":");
  j.string(e.tid);
  append_span(j, ",\"text\":", e.timex);
  j.raw(",\"type\":");
  j.string(to_string(e.timex_type));
  j.raw(",\"value\":");
  j.string(e.timex_value);
  j.raw("},\"sentence\":");
  j.string(e.sentence);
  j.raw(",\"doc\":");
  j.string(e.doc_id);
  j.raw("}\n");
}

nlohmann::ordered_json timeline_to_json(const std::vector<TimelineEntry>& entries, std::string_view doc,
                                        std::string_view pub_date) {
  nlohmann::ordered_json events = nlohmann::ordered_json::array();
  for (const auto& e : entries) events.push_back(entry_to_json(e));
  nlohmann::ordered_json j;
  j["doc"] = doc.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(std::string(doc));
  j["pub_date"] = pub_date.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(std::string(pub_date));
  j["events"] = std::move(events);
  return j;
}

}  // namespace dateline
