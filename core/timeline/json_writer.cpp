#include "core/timeline/timeline_writers.h"

#include "core/io/json_appender.h"

namespace dateline {
namespace {

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
  e.interval ? j.iso8601_string(e.interval->start) : j.null();
  j.raw(",\"end\":");
  e.interval ? j.iso8601_string(e.interval->end) : j.null();
  j.raw(",\"grain\":");
  e.interval ? j.plain_string(to_string(e.interval->grain)) : j.null();
  j.raw(",\"relation\":");
  j.plain_string(to_string(e.relation));
  j.raw(",\"derived\":");
  j.boolean(e.derived);
  j.raw(",\"event\":{\"text\":");
  j.string(e.phrase.text);
  append_span(j, ",\"trigger\":{\"text\":", e.trigger);
  j.raw("}},\"timex\":{\"tid\":");
  j.string(e.tid);
  append_span(j, ",\"text\":", e.timex);
  j.raw(",\"type\":");
  j.plain_string(to_string(e.timex_type));
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
