#include "core/timeline/timeline_writers.h"

namespace dateline {

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
