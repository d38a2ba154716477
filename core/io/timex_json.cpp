#include "core/io/timex_json.h"

namespace dateline {

nlohmann::json timex_to_json(const Timex& t, std::string_view text, const CharIndex& chars) {
  nlohmann::json j;
  j["text"] = std::string(text.substr(t.begin, t.end - t.begin));
  j["begin"] = chars.to_char(t.begin);
  j["end"] = chars.to_char(t.end);
  j["type"] = std::string(to_string(t.type));
  j["value"] = t.value;
  if (!t.mod.empty()) j["mod"] = t.mod;
  if (!t.quant.empty()) j["quant"] = t.quant;
  if (!t.freq.empty()) j["freq"] = t.freq;
  j["rule"] = std::string(t.rule);
  if (t.interval) {
    j["interval"] = {{"start", iso8601(t.interval->start)},
                     {"end", iso8601(t.interval->end)},
                     {"grain", std::string(to_string(t.interval->grain))}};
  }
  if (!t.explanation.empty()) j["explanation"] = t.explanation;
  return j;
}

nlohmann::json document_to_json(const Document& doc, const std::vector<Timex>& timexes) {
  CharIndex chars(doc.text);
  nlohmann::json list = nlohmann::json::array();
  int tid = 0;
  for (const Timex& t : timexes) {
    auto j = timex_to_json(t, doc.text, chars);
    j["tid"] = "t" + std::to_string(++tid);
    list.push_back(std::move(j));
  }
  return {{"id", doc.id}, {"pub_date", doc.pub_date}, {"timexes", std::move(list)}};
}

}  // namespace dateline
