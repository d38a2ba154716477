#include "core/eval/anchor_errors.h"

#include <algorithm>
#include <array>

#include "core/eval/anchor_score.h"
#include "core/eval/timex_errors.h"
#include "core/timeline/tokens.h"

namespace dateline::eval {
namespace {

bool overlaps(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d) { return a < d && c < b; }

bool scored(Relation r) { return r != Relation::By && r != Relation::Before && r != Relation::After; }

constexpr std::array kKinds = {AnchorMissKind::TimexNotScored, AnchorMissKind::OtherSentence,
                               AnchorMissKind::WrongRelation,  AnchorMissKind::EventOtherValue,
                               AnchorMissKind::TimexOtherEvent, AnchorMissKind::NoEntry};

}  // namespace

std::string_view to_string(AnchorMissKind kind) {
  switch (kind) {
    case AnchorMissKind::TimexNotScored: return "timex-not-dated";
    case AnchorMissKind::OtherSentence: return "other-sentence";
    case AnchorMissKind::WrongRelation: return "wrong-relation";
    case AnchorMissKind::EventOtherValue: return "event-other-value";
    case AnchorMissKind::TimexOtherEvent: return "timex-other-event";
    case AnchorMissKind::NoEntry: return "no-entry";
  }
  return "no-entry";
}

std::vector<AnchorMiss> list_anchor_misses(const TimemlDoc& doc, const std::vector<TimelineEntry>& entries) {
  const auto scan = timeline::tokenize(doc.text);
  auto sentence_at = [&](std::uint32_t byte) {
    auto k = timeline::token_at_or_after(scan.tokens, byte);
    return k < scan.tokens.size() ? scan.tokens[k].sentence : ~0u;
  };
  const auto pairs = gold_anchor_pairs(doc);
  // How an entry's trigger stands in the gold: "+" it finds a pair, "~" it is
  // on a gold event but finds none, "-" it is on no gold event.
  auto mark = [&](const TimelineEntry& e) {
    for (const auto& q : pairs)
      if (overlaps(e.trigger.begin, e.trigger.end, q.event_begin, q.event_end) && q.value == e.date) return "+";
    for (const auto& ev : doc.events)
      if (overlaps(e.trigger.begin, e.trigger.end, ev.begin, ev.end)) return "~";
    return "-";
  };
  std::vector<AnchorMiss> misses;
  for (const auto& p : pairs) {
    auto on_event = [&](const TimelineEntry& e) { return overlaps(e.trigger.begin, e.trigger.end, p.event_begin, p.event_end); };
    bool found = false, found_other_relation = false;
    std::string event_dates, value_triggers;
    for (const auto& e : entries) {
      if (on_event(e) && e.date == p.value) (scored(e.relation) ? found : found_other_relation) = true;
      if (on_event(e) && e.date != p.value) event_dates += (event_dates.empty() ? "" : " ") + e.date;
      if (!on_event(e) && e.date == p.value && overlaps(e.timex.begin, e.timex.end, p.timex_begin, p.timex_end)) value_triggers += (value_triggers.empty() ? "" : " ") + e.trigger.text + mark(e);
    }
    if (found) continue;
    AnchorMiss m;
    m.doc_id = doc.doc_id;
    m.event_text = doc.text.substr(p.event_begin, p.event_end - p.event_begin);
    m.timex_text = doc.text.substr(p.timex_begin, p.timex_end - p.timex_begin);
    m.timex_type = std::string(dateline::to_string(p.timex_type));
    m.value = p.value;
    m.context = context_line(doc.text, p.event_begin, p.event_end);
    if (p.value.empty()) m.kind = AnchorMissKind::TimexNotScored;
    else if (sentence_at(p.event_begin) != sentence_at(p.timex_begin)) m.kind = AnchorMissKind::OtherSentence;
    else if (found_other_relation) m.kind = AnchorMissKind::WrongRelation;
    else if (!event_dates.empty()) m.kind = AnchorMissKind::EventOtherValue, m.triggers = event_dates;
    else if (!value_triggers.empty()) m.kind = AnchorMissKind::TimexOtherEvent, m.triggers = value_triggers;
    else m.kind = AnchorMissKind::NoEntry;
    misses.push_back(std::move(m));
  }
  return misses;
}

std::vector<WrongAnchor> list_wrong_anchors(const TimemlDoc& doc, const std::vector<TimelineEntry>& entries) {
  const auto pairs = gold_anchor_pairs(doc);
  std::vector<WrongAnchor> wrong;
  for (const auto& e : entries) {
    if (!scored(e.relation)) continue;
    bool on_event = std::any_of(doc.events.begin(), doc.events.end(), [&](const TimemlEvent& ev) {
      return overlaps(e.trigger.begin, e.trigger.end, ev.begin, ev.end);
    });
    if (!on_event) continue;
    std::string values;
    bool correct = false;
    for (const auto& p : pairs) {
      if (!overlaps(e.trigger.begin, e.trigger.end, p.event_begin, p.event_end)) continue;
      correct = correct || p.value == e.date;
      values += (values.empty() ? "" : " ") + p.value;
    }
    if (correct) continue;
    wrong.push_back({doc.doc_id, e.trigger.text, e.timex.text, e.date, values,
                     context_line(doc.text, e.trigger.begin, e.trigger.end)});
  }
  return wrong;
}

std::string render_anchor_misses(const std::vector<AnchorMiss>& misses, const std::vector<WrongAnchor>& wrong) {
  std::string out = "\nAnchoring misses (gold event-timex pairs no entry finds)\n";
  for (const auto& m : misses) {
    out += m.doc_id + "\t" + std::string(to_string(m.kind)) + "\tevent \"" + m.event_text + "\"\t" + m.timex_type +
           " \"" + m.timex_text + "\" = " + m.value;
    if (!m.triggers.empty()) out += "\t(entries: " + m.triggers + ")";
    out += "\t" + m.context + "\n";
  }
  out += "\nMisses by reason\n";
  for (auto kind : kKinds) {
    auto n = std::count_if(misses.begin(), misses.end(), [&](const AnchorMiss& m) { return m.kind == kind; });
    out += "  " + std::string(to_string(kind)) + ": " + std::to_string(n) + "\n";
  }
  for (std::string_view type : {"DATE", "TIME", "DURATION", "SET"}) {
    auto n = std::count_if(misses.begin(), misses.end(), [&](const AnchorMiss& m) { return m.timex_type == type; });
    out += "  timex " + std::string(type) + ": " + std::to_string(n) + "\n";
  }
  out += "\nWrong entries (on a gold event, no gold pair found): " + std::to_string(wrong.size()) + "\n";
  for (const auto& w : wrong) {
    out += w.doc_id + "\ttrigger \"" + w.trigger + "\"\t\"" + w.timex_text + "\" = " + w.date + "\tgold: " +
           (w.gold_values.empty() ? "-" : w.gold_values) + "\t" + w.context + "\n";
  }
  return out;
}

}  // namespace dateline::eval
