#include "core/normalizer.h"

#include <algorithm>

#include "core/rules/matcher.h"
#include "core/rules/ruleset.h"
#include "core/text/game_report.h"
#include "core/text/tense.h"
#include "core/text/trim.h"
#include "core/time/calendar.h"
#include "core/time/dateline.h"
#include "core/time/resolver.h"

namespace dateline {
namespace {

// "at 10 p.m.": a clock time or part of day with no day stated.
bool is_bare_time(const Fields& f) {
  return (f.has(Field::Hour) || f.has(Field::Part)) && !f.has(Field::Day) && !f.has(Field::Weekday) &&
         !f.has(Field::DayShift) && !f.has(Field::Month) && !f.has(Field::Unit);
}

// Only expressions that leave their place in time to the context need the
// sentence's tense: a bare weekday, a month or a date without a year.
bool needs_tense(TimexType type, const Fields& f) {
  if (type == TimexType::Duration || type == TimexType::Set) return false;
  if (f.has(Field::Year) || f.has(Field::Shift) || f.has(Field::DayShift) || f.has(Field::Dir)) return false;
  return f.has(Field::Weekday) || f.has(Field::Month) || f.has(Field::Day) || f.has(Field::Season) ||
         f.has(Field::Quarter) || f.has(Field::Half) || f.has(Field::Holiday) || f.has(Field::Unit) ||
         is_bare_time(f);
}

// "a year earlier", "the quarter", "a year ago" (of a quarter) take their
// value from the time under discussion.
bool uses_discussed_time(const Fields& f) {
  // Only one year back: "a year ago" is the year-ago quarter in earnings
  // copy, "41 years ago" is a year.
  return f.has(Field::Anchor) ||
         (f.has(Field::Dir) && f.has(Field::Unit) && static_cast<Unit>(f.get(Field::Unit)) == Unit::Year &&
          (!f.has(Field::Num) || f.num == 1));
}

// "the fourth quarter": a quarter the text gives no year for, which in a
// game report is a period of play.
bool is_bare_quarter(const Fields& f) {
  return f.has(Field::Quarter) && !f.has(Field::Year) && !f.has(Field::YearShift) && !f.has(Field::Shift) &&
         !f.has(Field::Anchor);
}

// True unless byte `i` continues a multi-byte UTF-8 character.
bool on_char_boundary(std::string_view text, std::uint32_t i) {
  return i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

// Two expressions joined as a range: "from A to B", "between A and B", "A-B".
bool is_range(std::string_view text, const Timex& a, const Timex& b) {
  std::string_view between = text.substr(a.end, b.begin - a.end);
  between = trim(between);
  if (between == "-" || between == "\xE2\x80\x93" || between == "\xE2\x80\x94") return true;
  std::string_view before = trim(text.substr(a.begin >= 9 ? a.begin - 9 : 0, a.begin >= 9 ? 9 : a.begin));
  bool opened = before.ends_with("from") || before.ends_with("From") || before.ends_with("between") ||
                before.ends_with("Between");
  return opened && (between == "to" || between == "through" || between == "until" || between == "till" ||
                    between == "and" || between == "thru");
}

// "the quarter" names the time under discussion again, unshifted: it can be
// the time a later "a year ago" counts from, where "the year-ago quarter"
// (shifted) cannot.
bool restates_discussed_time(const Fields& f) {
  return f.has(Field::Anchor) && !f.has(Field::Dir) && !f.has(Field::YearShift) && !f.has(Field::Year);
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

namespace {

TenseCues tense_cues_of(const RuleSet& rules) {
  return TenseCues(rules.vocabulary("tense_past"), rules.vocabulary("tense_future"),
                   rules.vocabulary("tense_present"), rules.vocabulary("tense_intent"),
                   rules.vocabulary("clause_opener"), rules.vocabulary("tense_past_bare"));
}

}  // namespace

Normalizer::Normalizer()
    : rules_(std::make_unique<RuleSet>(RuleSet::from_embedded())),
      matcher_(std::make_unique<Matcher>(*rules_)),
      cues_(tense_cues_of(*rules_)),
      game_words_(rules_->vocabulary("game_report")) {}

Normalizer::Normalizer(const std::filesystem::path& rules_dir)
    : rules_(std::make_unique<RuleSet>(RuleSet::from_directory(rules_dir))),
      matcher_(std::make_unique<Matcher>(*rules_)),
      cues_(tense_cues_of(*rules_)),
      game_words_(rules_->vocabulary("game_report")) {}

Normalizer::~Normalizer() = default;
Normalizer::Normalizer(Normalizer&&) noexcept = default;
Normalizer& Normalizer::operator=(Normalizer&&) noexcept = default;

std::vector<Timex> Normalizer::extract(std::string_view text, const Reference& publication,
                                       const ExtractOptions& options) const {
  // A wire story's dateline ("BEIJING, March 12 (Xinhua) --") names the day
  // its relative words count from (core/time/dateline.h).
  const std::optional<Reference> dated = dateline_reference(text, publication);
  const Reference& ref = dated ? *dated : publication;
  // What was accepted, with what it was resolved from: later passes may
  // resolve an expression again with more context.
  struct Accepted {
    Accepted(Timex&& t, const Candidate& c, Tense tn) : timex(std::move(t)), candidate(c), tense(tn) {}
    Timex timex;
    Candidate candidate;
    Tense tense;
  };
  std::vector<Accepted> accepted;
  accepted.reserve(16);  // most news documents have fewer: no growth, no moves
  // Spans of stated calendar dates that do not exist ("Feb. 29, 2023"): no
  // part of them ("Feb. 29", "2023") may stand in for the whole.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> impossible;
  // Whether the text reports a game, read only when a bare quarter comes up.
  std::optional<bool> game_report;

  auto make_timex = [&](const Candidate& c, Tense tense, const Interval* discussed) -> std::optional<Timex> {
    const Rule& rule = rules_->rules()[c.rule];
    auto r = resolve(rule.type, c.fields, ref, tense, discussed, options.explain);
    if (!r) return std::nullopt;
    std::optional<Timex> out(std::in_place);  // returned as is: a Timex moves five strings
    Timex& t = *out;
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
      if (dated) t.explanation += "; reference: the dateline's day, " + iso8601(ref.local);
      if (needs_tense(rule.type, c.fields)) t.explanation += "; tense: " + std::string(to_string(tense));
      if (!r->explanation.empty()) t.explanation += "; " + r->explanation;
      t.explanation += "; value " + t.value;
    }
    return out;
  };

  // A candidate stands only when it resolves: an impossible or out-of-range
  // date is rejected (see resolver.h) and the next best match may take its
  // place. An extent must start and end on character boundaries.
  matcher_->find(
      text,
      [&](const Candidate& c) {
        if (!on_char_boundary(text, c.begin) || !on_char_boundary(text, c.end)) return false;
        for (auto [b, e] : impossible)
          if (c.begin < e && b < c.end) return false;
        if (game_words_ && is_bare_quarter(c.fields)) {
          if (!game_report) game_report = reads_as_game_report(text, *game_words_);
          if (*game_report) return false;
        }
        const Rule& rule = rules_->rules()[c.rule];
        Tense tense = needs_tense(rule.type, c.fields) ? tense_near(text, c.begin, c.end, cues_) : Tense::None;
        auto t = make_timex(c, tense, nullptr);
        if (!t) {
          if (c.fields.has(Field::Month) && c.fields.has(Field::Day)) impossible.emplace_back(c.begin, c.end);
          return false;
        }
        // Kept in text order as they come: windows come in text order, so
        // at most a few of a window's own move, where sorting afterwards
        // moved every one (each move copies five strings).
        auto at = std::find_if(accepted.rbegin(), accepted.rend(),
                               [&](const Accepted& a) { return a.timex.begin < t->begin; }).base();
        accepted.emplace(at, std::move(*t), c, tense);
        return true;
      },
      options.warnings);

  // Expressions that depend on the time under discussion ("a year earlier",
  // "the quarter"): the last date stated shortly before, not one shifted
  // from another ("the year-ago quarter"). Resolved in text order, so a
  // restating "the quarter" already carries the time it restates.
  for (std::size_t k = 0; k < accepted.size(); ++k) {
    const Accepted& a = accepted[k];
    if (!uses_discussed_time(a.candidate.fields) && !(a.tense == Tense::Past && is_bare_time(a.candidate.fields)))
      continue;
    const Interval* discussed = nullptr;
    for (std::size_t p = k; p-- > 0;) {
      const Accepted& prev = accepted[p];
      if (accepted[k].timex.begin - prev.timex.end > kDiscussionReach) break;
      if (prev.timex.interval && prev.timex.type != TimexType::Duration &&
          (!uses_discussed_time(prev.candidate.fields) || restates_discussed_time(prev.candidate.fields))) {
        discussed = &*prev.timex.interval;
        break;
      }
    }
    if (!discussed) continue;
    if (auto t = make_timex(accepted[k].candidate, accepted[k].tense, discussed)) accepted[k].timex = std::move(*t);
  }

  // "from March to May", "between Nov. 28 and Dec. 2": a range's end whose
  // year the text left out never lies before its start.
  for (std::size_t k = 1; k < accepted.size(); ++k) {
    const Timex& start = accepted[k - 1].timex;
    Accepted& end = accepted[k];
    const Fields& f = end.candidate.fields;
    if (!start.interval || !end.timex.interval || f.has(Field::Year) || f.has(Field::YearShift) ||
        end.timex.interval->start >= start.interval->start || !is_range(text, start, end.timex))
      continue;
    Candidate later = end.candidate;
    later.fields.set(Field::Year, calendar::year_of(start.interval->start));
    auto t = make_timex(later, end.tense, nullptr);
    if (t && t->interval && t->interval->start < start.interval->start) {
      later.fields.set(Field::Year, later.fields.get(Field::Year) + 1);
      t = make_timex(later, end.tense, nullptr);
    }
    if (t) end.timex = std::move(*t);
  }

  std::vector<Timex> out;
  out.reserve(accepted.size());
  for (auto& a : accepted) out.push_back(std::move(a.timex));
  return out;
}

}  // namespace dateline
