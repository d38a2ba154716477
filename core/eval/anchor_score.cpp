#include "core/eval/anchor_score.h"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>
#include <unordered_map>

namespace dateline::eval {
namespace {

// The relation of event to timex, from a link written from the timex's side.
std::optional<std::string> inverse(const std::string& rel) {
  static const std::map<std::string, std::string> kInverse = {
      {"INCLUDES", "IS_INCLUDED"}, {"IS_INCLUDED", "INCLUDES"}, {"DURING", "DURING_INV"},
      {"DURING_INV", "DURING"},    {"SIMULTANEOUS", "SIMULTANEOUS"}, {"BEGUN_BY", "BEGINS"},
      {"BEGINS", "BEGUN_BY"},      {"ENDED_BY", "ENDS"},          {"ENDS", "ENDED_BY"},
      {"BEFORE", "AFTER"},         {"AFTER", "BEFORE"},           {"IBEFORE", "IAFTER"},
      {"IAFTER", "IBEFORE"},       {"IDENTITY", "IDENTITY"}};
  auto it = kInverse.find(rel);
  if (it == kInverse.end()) return std::nullopt;
  return it->second;
}

bool anchors(const std::string& rel) {
  return rel == "IS_INCLUDED" || rel == "DURING" || rel == "SIMULTANEOUS" || rel == "BEGINS" || rel == "ENDS";
}

bool overlaps(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d) { return a < d && c < b; }

double ratio(std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }

}  // namespace

AnchorCounts& AnchorCounts::operator+=(const AnchorCounts& o) {
  gold_pairs += o.gold_pairs;
  gold_found += o.gold_found;
  entries += o.entries;
  other_relations += o.other_relations;
  on_linked_event += o.on_linked_event;
  on_any_event += o.on_any_event;
  correct += o.correct;
  return *this;
}

double AnchorCounts::recall() const { return ratio(gold_found, gold_pairs); }
double AnchorCounts::precision() const { return ratio(correct, on_linked_event); }
double AnchorCounts::strict_precision() const { return ratio(correct, on_any_event); }
double AnchorCounts::f1() const {
  double p = precision(), r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

std::vector<GoldPair> gold_anchor_pairs(const TimemlDoc& doc) {
  std::unordered_map<std::string, const TimemlEvent*> event_by_eid;
  for (const auto& e : doc.events) event_by_eid.emplace(e.eid, &e);
  std::unordered_map<std::string, const TimemlEvent*> event_by_instance;
  for (const auto& i : doc.instances) {
    if (auto it = event_by_eid.find(i.eid); it != event_by_eid.end()) event_by_instance.emplace(i.eiid, it->second);
  }
  std::unordered_map<std::string, const Timex*> timex_by_tid;  // timexes inside TEXT only: not the DCT
  for (const auto& t : doc.timexes) timex_by_tid.emplace(t.tid, &t.timex);

  std::vector<GoldPair> pairs;
  for (const auto& link : doc.tlinks) {
    std::string instance, tid, rel = link.rel_type;
    if (!link.event_instance_id.empty() && !link.related_to_time.empty()) {
      instance = link.event_instance_id;
      tid = link.related_to_time;
    } else if (!link.time_id.empty() && !link.related_to_event_instance.empty()) {
      instance = link.related_to_event_instance;
      tid = link.time_id;
      auto inv = inverse(rel);
      if (!inv) continue;
      rel = *inv;
    } else {
      continue;
    }
    if (!anchors(rel)) continue;
    auto event = event_by_instance.find(instance);
    auto timex = timex_by_tid.find(tid);
    if (event == event_by_instance.end() || timex == timex_by_tid.end()) continue;
    const Timex& t = *timex->second;
    pairs.push_back({event->second->begin, event->second->end, t.value, t.begin, t.end, t.type});
  }
  auto key = [](const GoldPair& p) { return std::tie(p.event_begin, p.event_end, p.value); };
  std::stable_sort(pairs.begin(), pairs.end(), [&](const GoldPair& a, const GoldPair& b) { return key(a) < key(b); });
  pairs.erase(std::unique(pairs.begin(), pairs.end(), [&](const GoldPair& a, const GoldPair& b) { return key(a) == key(b); }),
              pairs.end());
  return pairs;
}

AnchorCounts score_anchoring(const TimemlDoc& doc, const std::vector<TimelineEntry>& entries) {
  const auto pairs = gold_anchor_pairs(doc);
  AnchorCounts c;
  c.gold_pairs = pairs.size();
  std::vector<bool> found(pairs.size(), false);
  for (const auto& e : entries) {
    if (e.relation == Relation::By || e.relation == Relation::Before || e.relation == Relation::After) {
      ++c.other_relations;
      continue;
    }
    ++c.entries;
    bool on_any = std::any_of(doc.events.begin(), doc.events.end(), [&](const TimemlEvent& ev) {
      return overlaps(e.trigger.begin, e.trigger.end, ev.begin, ev.end);
    });
    bool on_linked = false, correct = false;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
      if (!overlaps(e.trigger.begin, e.trigger.end, pairs[i].event_begin, pairs[i].event_end)) continue;
      on_linked = true;
      if (pairs[i].value == e.date) {
        correct = true;
        found[i] = true;
      }
    }
    c.on_any_event += on_any;
    c.on_linked_event += on_linked;
    c.correct += correct;
  }
  c.gold_found = static_cast<std::size_t>(std::count(found.begin(), found.end(), true));
  return c;
}

}  // namespace dateline::eval
