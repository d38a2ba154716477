#include "core/eval/eval_report.h"

#include <cstdio>

namespace dateline::eval {
namespace {

std::string percent(double x) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%6.2f", 100 * x);
  return buf;
}

std::string padded(std::string s, std::size_t width) {
  if (s.size() < width) s.insert(0, width - s.size(), ' ');
  return s;
}

// Column layout shared by header() and row(): a 10-wide label, then columns
// 7 wide (metrics in percent, then counts).
std::string header() {
  std::string groups = "          ";
  for (const char* g : {"strict", "relaxed", "attr F1", "counts"}) {
    std::size_t width = std::string_view(g) == "attr F1" ? 13 : std::string_view(g) == "counts" ? 48 : 20;
    std::string label = std::string(" ") + g + " ";
    std::size_t dashes = width - label.size();
    groups += ' ' + std::string(dashes / 2, '-') + label + std::string(dashes - dashes / 2, '-');
  }
  std::string names = "type      ";
  for (const char* n : {"P", "R", "F1", "P", "R", "F1", "type", "value", "gold", "system", "strict", "relax", "pairs",
                        "typeOK", "valOK"}) {
    names += ' ' + padded(n, 6);
  }
  return groups + '\n' + names + '\n';
}

std::string row(const std::string& label, const MatchCounts& c) {
  Prf s = strict_prf(c);
  Prf r = relaxed_prf(c);
  std::string out = label;
  out.resize(10, ' ');
  for (double x : {s.precision, s.recall, s.f1, r.precision, r.recall, r.f1, type_f1(c), value_f1(c)}) {
    out += ' ' + percent(x);
  }
  for (std::size_t n : {c.gold, c.system, c.gold_strict, c.gold_relaxed, c.pairs, c.type_agree, c.value_agree}) {
    out += ' ' + padded(std::to_string(n), 6);
  }
  return out + '\n';
}

nlohmann::ordered_json counts_json(const MatchCounts& c) {
  Prf s = strict_prf(c);
  Prf r = relaxed_prf(c);
  return {
      {"strict", {{"precision", s.precision}, {"recall", s.recall}, {"f1", s.f1}}},
      {"relaxed", {{"precision", r.precision}, {"recall", r.recall}, {"f1", r.f1}}},
      {"type_f1", type_f1(c)},
      {"value_f1", value_f1(c)},
      {"counts",
       {{"gold", c.gold},
        {"system", c.system},
        {"gold_strict", c.gold_strict},
        {"system_strict", c.system_strict},
        {"gold_relaxed", c.gold_relaxed},
        {"system_relaxed", c.system_relaxed},
        {"pairs", c.pairs},
        {"type_agree", c.type_agree},
        {"value_agree", c.value_agree}}},
  };
}

std::string render_anchoring(const AnchorCounts& a, const std::string& timexes) {
  std::string out = "\nEvent anchoring (timeline on " + timexes + " timexes vs gold event-timex TLINKs)\n";
  out += "         P      R     F1  strictP   gold  found entries linked  anyEv correct  other\n";
  out += "    " + percent(a.precision()) + ' ' + percent(a.recall()) + ' ' + percent(a.f1()) + "   " +
         percent(a.strict_precision());
  for (std::size_t n : {a.gold_pairs, a.gold_found, a.entries, a.on_linked_event, a.on_any_event, a.correct,
                        a.other_relations}) {
    out += ' ' + padded(std::to_string(n), 6);
  }
  out += "\nP: correct / entries on a linked gold event; strictP: correct / entries on any gold event;\n"
         "other: before/after/by entries, not scored.\n";
  return out;
}

nlohmann::ordered_json anchoring_json(const AnchorCounts& a, const std::string& timexes) {
  return {{"timexes", timexes},
          {"precision", a.precision()},
          {"recall", a.recall()},
          {"f1", a.f1()},
          {"strict_precision", a.strict_precision()},
          {"counts",
           {{"gold_pairs", a.gold_pairs},
            {"gold_found", a.gold_found},
            {"entries", a.entries},
            {"on_linked_event", a.on_linked_event},
            {"on_any_event", a.on_any_event},
            {"correct", a.correct},
            {"other_relations", a.other_relations}}}};
}

}  // namespace

std::string render_text(const EvalReport& report, bool with_errors) {
  const TimexScore& score = report.timex.score;
  std::string out = "Timex extraction (TempEval-3 Task A), " + std::to_string(report.documents) + " documents\n";
  out += header();
  out += row("all", score.overall);
  for (TimexType type : kTimexTypes) {
    out += row(std::string(to_string(type)), score.by_type[static_cast<std::size_t>(type)]);
  }
  out += "Per type: gold of that type for recall, system of that type for precision, pairs by gold type.\n";
  if (report.anchoring) out += render_anchoring(*report.anchoring, report.anchoring_timexes);
  if (!report.failures.empty()) {
    out += std::to_string(report.failures.size()) + " input(s) could not be scored (see stderr).\n";
  }
  if (with_errors) {
    out += "\nErrors (" + std::to_string(report.timex.errors.size()) + ")\n";
    for (const auto& e : report.timex.errors) {
      out += e.doc_id + '\t' + std::string(to_string(e.kind)) + '\t';
      if (!e.gold_text.empty()) out += "gold \"" + e.gold_text + "\" " + e.gold_type + " " + e.gold_value;
      if (!e.gold_text.empty() && !e.system_text.empty()) out += " | ";
      if (!e.system_text.empty()) out += "system \"" + e.system_text + "\" " + e.system_type + " " + e.system_value;
      out += '\t' + e.context + '\n';
    }
  }
  return out;
}

nlohmann::ordered_json to_json(const EvalReport& report, bool with_errors) {
  const TimexScore& score = report.timex.score;
  nlohmann::ordered_json by_type = nlohmann::ordered_json::object();
  for (TimexType type : kTimexTypes) {
    by_type[std::string(to_string(type))] = counts_json(score.by_type[static_cast<std::size_t>(type)]);
  }
  nlohmann::ordered_json timex = {{"overall", counts_json(score.overall)}, {"by_type", by_type}};
  if (with_errors) {
    nlohmann::ordered_json errors = nlohmann::ordered_json::array();
    for (const auto& e : report.timex.errors) {
      nlohmann::ordered_json j = {{"doc", e.doc_id}, {"kind", to_string(e.kind)}, {"begin", e.char_begin},
                          {"end", e.char_end},    {"context", e.context}};
      if (!e.gold_text.empty()) j["gold"] = {{"text", e.gold_text}, {"type", e.gold_type}, {"value", e.gold_value}};
      if (!e.system_text.empty()) {
        j["system"] = {{"text", e.system_text}, {"type", e.system_type}, {"value", e.system_value}};
      }
      errors.push_back(std::move(j));
    }
    timex["errors"] = std::move(errors);
  }
  nlohmann::ordered_json out = {{"documents", report.documents}, {"failures", report.failures}, {"timex", std::move(timex)}};
  if (report.anchoring) out["anchoring"] = anchoring_json(*report.anchoring, report.anchoring_timexes);
  return out;
}

}  // namespace dateline::eval
