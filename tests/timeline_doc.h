// Hand-made documents and expressions for the anchoring tests: a document
// with a fixed publication date, an expression over a piece of its text, and
// the triggers that expression dates (independent of the extractor).
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/time/reference.h"
#include "core/timeline/timeline.h"

namespace dateline::test {

// A DATE timex over the first occurrence of `text` in `doc`, with a day
// interval when `day` is given.
inline Timex timex_at(const std::string& doc, const std::string& text, const std::string& value,
                      const char* day = nullptr, TimexType type = TimexType::Date) {
  Timex t;
  auto at = doc.find(text);
  REQUIRE(at != std::string::npos);
  t.begin = static_cast<std::uint32_t>(at);
  t.end = static_cast<std::uint32_t>(at + text.size());
  t.type = type;
  t.value = value;
  if (day) {
    auto start = parse_reference(day).local;
    t.interval = Interval{start, start + date::days{1}, Grain::Day};
  }
  return t;
}

inline Document document(std::string text) {
  Document d;
  d.id = "doc";
  d.source = "doc.txt";
  d.text = std::move(text);
  d.pub_date = "2024-10-02";
  d.reference = parse_reference("2024-10-02");
  return d;
}

// The triggers, in order, of the entries that the expression `text` (first
// found in `doc_text`) makes.
inline std::vector<std::string> triggers_of(const std::string& doc_text, const std::string& text,
                                            const std::string& value, const char* day = nullptr) {
  auto doc = document(doc_text);
  std::vector<std::string> out;
  for (const auto& e : build_timeline(doc, {timex_at(doc.text, text, value, day)})) out.push_back(e.trigger.text);
  return out;
}

// The trigger of the one entry that the expression makes; "" when it makes
// none or several.
inline std::string sole_trigger(const std::string& doc_text, const std::string& text, const std::string& value,
                                const char* day = nullptr) {
  auto triggers = triggers_of(doc_text, text, value, day);
  return triggers.size() == 1 ? triggers[0] : std::string();
}

}  // namespace dateline::test
