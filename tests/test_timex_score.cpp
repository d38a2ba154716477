// TempEval-3 Task A scoring on hand-made gold and system sets.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/eval/timex_errors.h"
#include "core/eval/timex_score.h"

namespace {

using dateline::Timex;
using dateline::TimexType;
using namespace dateline::eval;

// A timex over the first occurrence of `phrase` in `text`.
Timex at(std::string_view text, std::string_view phrase, TimexType type, std::string value) {
  auto pos = text.find(phrase);
  REQUIRE(pos != std::string_view::npos);
  Timex t;
  t.begin = static_cast<std::uint32_t>(pos);
  t.end = static_cast<std::uint32_t>(pos + phrase.size());
  t.type = type;
  t.value = std::move(value);
  return t;
}

constexpr auto D = TimexType::Date;
constexpr auto T = TimexType::Time;
constexpr auto U = TimexType::Duration;

const std::string kText =
    "Bombs exploded Friday. Officials met on Wednesday's summit for two weeks, "
    "and by the mid-1990s they left at 10 p.m. Monday.";

}  // namespace

TEST_CASE("score: identical sets score 1 everywhere") {
  std::vector<Timex> gold = {at(kText, "Friday", D, "1998-08-07"), at(kText, "two weeks", U, "P2W")};
  auto r = compare_timexes(kText, gold, gold);
  const auto& c = r.score.overall;
  CHECK(strict_prf(c).f1 == doctest::Approx(1.0));
  CHECK(relaxed_prf(c).f1 == doctest::Approx(1.0));
  CHECK(type_f1(c) == doctest::Approx(1.0));
  CHECK(value_f1(c) == doctest::Approx(1.0));
  CHECK(c.pairs == 2);
}

TEST_CASE("score: extents are compared on tokens, not characters") {
  // The final period of "Friday." and the clitic of "Wednesday's" are tokens of
  // their own; a system extent that only differs by them still matches strictly
  // only when it covers the same tokens.
  std::vector<Timex> gold = {at(kText, "Wednesday", D, "1998-08-05"), at(kText, "mid-1990s", D, "199")};
  std::vector<Timex> system = {at(kText, "Wednesday's", D, "1998-08-05"), at(kText, "1990s", D, "199")};
  auto r = compare_timexes(kText, gold, system);
  const auto& c = r.score.overall;
  CHECK(c.system_relaxed == 2);
  CHECK(c.gold_relaxed == 2);
  CHECK(c.system_strict == 0);  // Wednesday+'s vs Wednesday; 1990s vs mid,-,1990s
  CHECK(relaxed_prf(c).f1 == doctest::Approx(1.0));
  CHECK(strict_prf(c).f1 == doctest::Approx(0.0));
}

TEST_CASE("score: a boundary inside a token covers the whole token") {
  // "10 p.m" (the gold sometimes drops the final dot) and "10 p.m." cover the
  // same tokens.
  std::vector<Timex> gold = {at(kText, "10 p.m", T, "1998-08-10T22:00")};
  std::vector<Timex> system = {at(kText, "10 p.m.", T, "1998-08-10T22:00")};
  auto r = compare_timexes(kText, gold, system);
  CHECK(r.score.overall.system_strict == 1);
}

TEST_CASE("score: P/R/F1 and attribute F1 on a mixed set") {
  // gold: Friday, Wednesday, two weeks, the mid-1990s
  // system: Friday (right), Wednesday's (relaxed, wrong value), weeks (relaxed,
  // wrong type), Officials (false hit); the mid-1990s is missed.
  std::vector<Timex> gold = {at(kText, "Friday", D, "1998-08-07"), at(kText, "Wednesday", D, "1998-08-05"),
                             at(kText, "two weeks", U, "P2W"), at(kText, "the mid-1990s", D, "199")};
  std::vector<Timex> system = {at(kText, "Friday", D, "1998-08-07"), at(kText, "Wednesday's", D, "1998-08-12"),
                               at(kText, "weeks", D, "P2W"), at(kText, "Officials", D, "PRESENT_REF")};
  auto r = compare_timexes(kText, gold, system);
  const auto& c = r.score.overall;
  CHECK(c.gold == 4);
  CHECK(c.system == 4);
  CHECK(c.system_strict == 1);
  CHECK(c.gold_strict == 1);
  CHECK(c.system_relaxed == 3);
  CHECK(c.gold_relaxed == 3);
  CHECK(c.pairs == 3);
  CHECK(c.type_agree == 2);
  CHECK(c.value_agree == 2);
  CHECK(strict_prf(c).precision == doctest::Approx(0.25));
  CHECK(strict_prf(c).recall == doctest::Approx(0.25));
  CHECK(relaxed_prf(c).precision == doctest::Approx(0.75));
  CHECK(relaxed_prf(c).recall == doctest::Approx(0.75));
  CHECK(relaxed_prf(c).f1 == doctest::Approx(0.75));
  CHECK(type_f1(c) == doctest::Approx(0.75 * 2 / 3));
  CHECK(value_f1(c) == doctest::Approx(0.75 * 2 / 3));

  const auto& date = r.score.by_type[static_cast<std::size_t>(D)];
  CHECK(date.gold == 3);
  CHECK(date.system == 4);
  CHECK(date.gold_relaxed == 2);
  CHECK(date.system_relaxed == 3);
  CHECK(date.pairs == 2);  // pairs whose gold is a DATE
  const auto& duration = r.score.by_type[static_cast<std::size_t>(U)];
  CHECK(duration.gold == 1);
  CHECK(duration.system == 0);
  CHECK(duration.gold_relaxed == 1);
  CHECK(duration.pairs == 1);
  CHECK(duration.type_agree == 0);

  auto errors = list_errors("doc1", kText, gold, system, r);
  std::vector<std::string> kinds;
  for (const auto& e : errors) kinds.emplace_back(to_string(e.kind));
  // By offset, then kind (type before value before extent).
  CHECK(kinds == std::vector<std::string>{"false-hit", "wrong-value", "partial-extent", "wrong-type", "partial-extent",
                                          "miss"});
  CHECK(errors[0].system_text == "Officials");
  CHECK(errors.back().gold_text == "the mid-1990s");
  CHECK(errors.back().doc_id == "doc1");
  CHECK(errors.back().context.find("[the mid-1990s]") != std::string::npos);
}

TEST_CASE("score: one system timex spanning two gold timexes") {
  // Both gold timexes are recalled (relaxed); the one pair goes to the gold
  // timex sharing most tokens.
  std::vector<Timex> gold = {at(kText, "10 p.m.", T, "1998-08-10T22:00"), at(kText, "Monday", D, "1998-08-10")};
  std::vector<Timex> system = {at(kText, "10 p.m. Monday", T, "1998-08-10T22:00")};
  auto r = compare_timexes(kText, gold, system);
  const auto& c = r.score.overall;
  CHECK(c.gold_relaxed == 2);
  CHECK(c.system_relaxed == 1);
  CHECK(c.pairs == 1);
  REQUIRE(r.partner[0].has_value());
  CHECK(*r.partner[0] == 0);
  CHECK(c.value_agree == 1);
}

TEST_CASE("score: empty sides give zero, not NaN") {
  std::vector<Timex> none;
  std::vector<Timex> gold = {at(kText, "Friday", D, "1998-08-07")};
  auto r = compare_timexes(kText, gold, none);
  CHECK(relaxed_prf(r.score.overall).f1 == 0.0);
  CHECK(value_f1(r.score.overall) == 0.0);
  CHECK(r.score.overall.gold == 1);
}

TEST_CASE("score: counts add up across documents") {
  std::vector<Timex> gold = {at(kText, "Friday", D, "1998-08-07")};
  std::vector<Timex> wrong = {at(kText, "Friday", D, "1998-08-08")};
  TimexScore total;
  total += compare_timexes(kText, gold, gold).score;
  total += compare_timexes(kText, gold, wrong).score;
  CHECK(total.overall.gold == 2);
  CHECK(total.overall.pairs == 2);
  CHECK(total.overall.value_agree == 1);
  CHECK(value_f1(total.overall) == doctest::Approx(0.5));
}

TEST_CASE("errors: context is one line, about 40 bytes each side") {
  std::string text = "line one\nline two Friday and\n more text follows here, quite a lot of it really.";
  auto pos = static_cast<std::uint32_t>(text.find("Friday"));
  auto line = context_line(text, pos, pos + 6);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line.find("[Friday]") != std::string::npos);
  CHECK(line.starts_with("line one line two"));
  CHECK(line.ends_with("..."));
}
