// TempEval-3 Task A scoring of timex extents and attributes, on one document
// at a time; counts add up across documents (micro-averaging, as the official
// tool does).
//
// Extents are compared on TE3 tokens (te3_tokenizer.h): a timex covers every
// token its byte span overlaps.
//  - relaxed match: a system and a gold timex share at least one token;
//  - strict match: they cover exactly the same tokens.
// Precision = system timexes with a match / system timexes; recall = gold
// timexes with a match / gold timexes; F1 their harmonic mean.
// Attribute F1 (type, value) = relaxed F1 × the share of matched pairs whose
// attribute is identical. Each system timex with a relaxed match forms one
// pair, with the gold timex it shares most tokens with (the first on a tie).
//
// Per type: the row for DATE counts gold DATEs (recall) and system DATEs
// (precision), each matched against all timexes of the other side; its pairs
// are those whose gold timex is a DATE.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/timex.h"

namespace dateline::eval {

struct MatchCounts {
  std::size_t gold = 0;
  std::size_t system = 0;
  std::size_t gold_strict = 0;  // gold timexes with a strict match
  std::size_t system_strict = 0;
  std::size_t gold_relaxed = 0;
  std::size_t system_relaxed = 0;
  std::size_t pairs = 0;  // relaxed-matched (system, gold) pairs
  std::size_t type_agree = 0;
  std::size_t value_agree = 0;

  MatchCounts& operator+=(const MatchCounts& other);
};

struct Prf {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// Ratios are 0 when their denominator is 0.
Prf strict_prf(const MatchCounts& c);
Prf relaxed_prf(const MatchCounts& c);
double type_f1(const MatchCounts& c);
double value_f1(const MatchCounts& c);

inline constexpr std::array<TimexType, 4> kTimexTypes = {TimexType::Date, TimexType::Time, TimexType::Duration,
                                                          TimexType::Set};

struct TimexScore {
  MatchCounts overall;
  std::array<MatchCounts, 4> by_type;  // indexed by static_cast<size_t>(TimexType)

  TimexScore& operator+=(const TimexScore& other);
};

// What happened to each timex of one document.
struct TimexComparison {
  TimexScore score;
  std::vector<bool> gold_relaxed;  // per gold timex
  std::vector<bool> gold_strict;
  std::vector<bool> system_strict;                    // per system timex
  std::vector<std::optional<std::size_t>> partner;    // per system timex: paired gold index
};

// Compares gold and system timexes of one document whose plain text is `text`.
TimexComparison compare_timexes(std::string_view text, std::span<const Timex> gold, std::span<const Timex> system);

}  // namespace dateline::eval
