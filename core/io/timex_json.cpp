#include "core/io/timex_json.h"

#include "core/io/json_appender.h"

namespace dateline {

nlohmann::json timex_to_json(const Timex& t, std::string_view text, const CharOffsets& chars) {
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
  CharOffsets chars(doc.text);
  nlohmann::json list = nlohmann::json::array();
  int tid = 0;
  for (const Timex& t : timexes) {
    auto j = timex_to_json(t, doc.text, chars);
    std::string id = "t";  // not "t" + to_string(): GCC 12 warns falsely (-Wrestrict) on that at -O3
    id += std::to_string(++tid);
    j["tid"] = std::move(id);
    list.push_back(std::move(j));
  }
  return {{"id", doc.id}, {"pub_date", doc.pub_date}, {"timexes", std::move(list)}};
}

void append_document_jsonl(std::string& out, const Document& doc, const std::vector<Timex>& timexes) {
  // Keys in the order nlohmann's std::map objects print them (sorted).
  CharOffsets chars(doc.text);
  JsonAppender j(out);
  j.raw("{");
  j.key("id", true);
  j.string(doc.id);
  j.key("pub_date");
  j.string(doc.pub_date);
  j.key("timexes");
  j.raw("[");
  int tid = 0;
  for (const Timex& t : timexes) {
    if (tid) j.raw(",");
    j.raw("{");
    j.key("begin", true);
    j.number(chars.to_char(t.begin));
    j.key("end");
    j.number(chars.to_char(t.end));
    if (!t.explanation.empty()) {
      j.key("explanation");
      j.string(t.explanation);
    }
    if (!t.freq.empty()) {
      j.key("freq");
      j.string(t.freq);
    }
    if (t.interval) {
      j.key("interval");
      j.raw("{\"end\":");
      j.iso8601_string(t.interval->end);
      j.raw(",\"grain\":");
      j.plain_string(to_string(t.interval->grain));
      j.raw(",\"start\":");
      j.iso8601_string(t.interval->start);
      j.raw("}");
    }
    if (!t.mod.empty()) {
      j.key("mod");
      j.string(t.mod);
    }
    if (!t.quant.empty()) {
      j.key("quant");
      j.string(t.quant);
    }
    j.key("rule");
    j.string(t.rule);
    j.key("text");
    j.string(std::string_view(doc.text).substr(t.begin, t.end - t.begin));
    j.key("tid");
    j.raw("\"t");
    j.number(static_cast<std::size_t>(++tid));
    j.raw("\"");
    j.key("type");
    j.plain_string(to_string(t.type));
    j.key("value");
    j.string(t.value);
    j.raw("}");
  }
  j.raw("]}\n");
}

}  // namespace dateline
