#include "core/normalizer.h"

#include <algorithm>

#include "core/rules/matcher.h"
#include "core/rules/ruleset.h"
#include "core/text/tense.h"
#include "core/time/resolver.h"

namespace dateline {
namespace {

// Only expressions that leave their place in time to the context need the
// sentence's tense: a bare weekday, a month or a date without a year.
bool needs_tense(const Fields& f) {
  if (f.has(Field::Year) || f.has(Field::Shift) || f.has(Field::DayShift) || f.has(Field::Dir)) return false;
  return f.has(Field::Weekday) || f.has(Field::Month) || f.has(Field::Day) || f.has(Field::Season) ||
         f.has(Field::Quarter) || f.has(Field::Half) || f.has(Field::Holiday) || f.has(Field::Unit);
}

}  // namespace

std::string_view to_string(TimexType type) {
  switch (type) {
    case TimexType::Date: return "DATE";
    case TimexType::Time: return "TIME";
    case TimexType::Duration: return "DURATION";
    case TimexType::Set: return "SET";
  }
  return "DATE";
}

Normalizer::Normalizer()
    : rules_(std::make_unique<RuleSet>(RuleSet::from_embedded())), matcher_(std::make_unique<Matcher>(*rules_)) {}

Normalizer::Normalizer(const std::filesystem::path& rules_dir)
    : rules_(std::make_unique<RuleSet>(RuleSet::from_directory(rules_dir))),
      matcher_(std::make_unique<Matcher>(*rules_)) {}

Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

std::vector<Timex> Normalizer::extract(std::string_view text, const Reference& ref,
                                       const ExtractOptions& options) const {
  const TenseCues cues{rules_->vocabulary("tense_past"), rules_->vocabulary("tense_future")};
  std::vector<Timex> out;
  // A candidate stands only when it resolves: an impossible or out-of-range
  // date is rejected (see resolver.h) and the next best match may take its place.
  matcher_->find(
      text,
      [&](const Candidate& c) {
        const Rule& rule = rules_->rules()[c.rule];
        Tense tense = needs_tense(c.fields) ? tense_near(text, c.begin, c.end, cues) : Tense::None;
        auto r = resolve(rule.type, c.fields, ref, tense, options.explain);
        if (!r) return false;
        Timex t;
        t.begin = c.begin;
        t.end = c.end;
        t.type = r->type;
        t.value = std::move(r->value);
        t.mod = std::move(r->mod);
        t.quant = std::move(r->quant);
        t.freq = std::move(r->freq);
        t.rule = rule.name;
        t.interval = r->interval;
        if (options.explain) {
          t.explanation = "rule '" + rule.name + "' (" + rule.file + ":" + std::to_string(rule.line) +
                          "); stated: " + c.fields.describe();
          if (needs_tense(c.fields)) t.explanation += "; tense: " + std::string(to_string(tense));
          if (!r->explanation.empty()) t.explanation += "; " + r->explanation;
          t.explanation += "; value " + t.value;
        }
        out.push_back(std::move(t));
        return true;
      },
      options.warnings);
  std::sort(out.begin(), out.end(), [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace dateline
