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
bool needs_tense(TimexType type, const Fields& f) {
  if (type == TimexType::Duration || type == TimexType::Set) return false;
  if (f.has(Field::Year) || f.has(Field::Shift) || f.has(Field::DayShift) || f.has(Field::Dir)) return false;
  return f.has(Field::Weekday) || f.has(Field::Month) || f.has(Field::Day) || f.has(Field::Season) ||
         f.has(Field::Quarter) || f.has(Field::Half) || f.has(Field::Holiday) || f.has(Field::Unit);
}

// "a year earlier", "the quarter", "a year ago" (of a quarter) take their
// value from the time under discussion.
bool uses_discussed_time(const Fields& f) {
  return f.has(Field::Anchor) || (f.has(Field::Dir) && f.has(Field::Unit) &&
                                  static_cast<Unit>(f.get(Field::Unit)) == Unit::Year);
}

// How far back (bytes) the time under discussion may have been mentioned:
// about two news sentences.
constexpr std::uint32_t kDiscussionReach = 400;

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
  const TenseCues cues{rules_->vocabulary("tense_past"), rules_->vocabulary("tense_future"),
                       rules_->vocabulary("tense_present")};
  std::vector<Timex> out;
  // Expressions that depend on the time under discussion are resolved again
  // once every expression is known, in text order.
  struct Deferred {
    Candidate candidate;
    Tense tense;
  };
  std::vector<Deferred> deferred;

  auto make_timex = [&](const Candidate& c, Tense tense, const Interval* discussed) -> std::optional<Timex> {
    const Rule& rule = rules_->rules()[c.rule];
    auto r = resolve(rule.type, c.fields, ref, tense, discussed, options.explain);
    if (!r) return std::nullopt;
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
      if (needs_tense(rule.type, c.fields)) t.explanation += "; tense: " + std::string(to_string(tense));
      if (!r->explanation.empty()) t.explanation += "; " + r->explanation;
      t.explanation += "; value " + t.value;
    }
    return t;
  };

  // A candidate stands only when it resolves: an impossible or out-of-range
  // date is rejected (see resolver.h) and the next best match may take its place.
  matcher_->find(
      text,
      [&](const Candidate& c) {
        Tense tense = needs_tense(rules_->rules()[c.rule].type, c.fields) ? tense_near(text, c.begin, c.end, cues) : Tense::None;
        auto t = make_timex(c, tense, nullptr);
        if (!t) return false;
        if (uses_discussed_time(c.fields)) deferred.push_back({c, tense});
        out.push_back(std::move(*t));
        return true;
      },
      options.warnings);
  std::sort(out.begin(), out.end(), [](const Timex& a, const Timex& b) { return a.begin < b.begin; });

  for (const Deferred& d : deferred) {
    auto at = std::lower_bound(out.begin(), out.end(), d.candidate.begin,
                               [](const Timex& t, std::uint32_t begin) { return t.begin < begin; });
    // The time under discussion: the last date stated before, not one that
    // was itself derived from another ("the year-ago quarter").
    const Interval* discussed = nullptr;
    for (auto prev = at; prev != out.begin();) {
      --prev;
      if (d.candidate.begin - prev->end > kDiscussionReach) break;
      bool derived = std::any_of(deferred.begin(), deferred.end(),
                                 [&](const Deferred& o) { return o.candidate.begin == prev->begin; });
      if (prev->interval && prev->type != TimexType::Duration && !derived) {
        discussed = &*prev->interval;
        break;
      }
    }
    if (!discussed) continue;
    if (auto t = make_timex(d.candidate, d.tense, discussed)) *at = std::move(*t);
  }
  return out;
}

}  // namespace dateline
