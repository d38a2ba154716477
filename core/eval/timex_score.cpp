#include "core/eval/timex_score.h"

#include <algorithm>

#include "core/eval/te3_tokenizer.h"

namespace dateline::eval {

MatchCounts& MatchCounts::operator+=(const MatchCounts& o) {
  gold += o.gold;
  system += o.system;
  gold_strict += o.gold_strict;
  system_strict += o.system_strict;
  gold_relaxed += o.gold_relaxed;
  system_relaxed += o.system_relaxed;
  pairs += o.pairs;
  type_agree += o.type_agree;
  value_agree += o.value_agree;
  return *this;
}

TimexScore& TimexScore::operator+=(const TimexScore& o) {
  overall += o.overall;
  for (std::size_t i = 0; i < by_type.size(); ++i) by_type[i] += o.by_type[i];
  return *this;
}

namespace {

double ratio(std::size_t num, std::size_t den) { return den == 0 ? 0.0 : static_cast<double>(num) / den; }

Prf prf(std::size_t system_matched, std::size_t system, std::size_t gold_matched, std::size_t gold) {
  Prf r;
  r.precision = ratio(system_matched, system);
  r.recall = ratio(gold_matched, gold);
  r.f1 = r.precision + r.recall == 0 ? 0.0 : 2 * r.precision * r.recall / (r.precision + r.recall);
  return r;
}

// The tokens a timex covers, as a half-open range of token indices.
struct TokenRange {
  std::size_t first = 0;
  std::size_t last = 0;  // exclusive
  bool empty() const { return first >= last; }
};

TokenRange covered(const std::vector<Token>& tokens, const Timex& t) {
  auto first = std::partition_point(tokens.begin(), tokens.end(), [&](const Token& k) { return k.end <= t.begin; });
  auto last = std::partition_point(first, tokens.end(), [&](const Token& k) { return k.begin < t.end; });
  return {static_cast<std::size_t>(first - tokens.begin()), static_cast<std::size_t>(last - tokens.begin())};
}

std::size_t shared(const TokenRange& a, const TokenRange& b) {
  std::size_t lo = std::max(a.first, b.first);
  std::size_t hi = std::min(a.last, b.last);
  return hi > lo ? hi - lo : 0;
}

std::size_t index_of(TimexType t) { return static_cast<std::size_t>(t); }

}  // namespace

Prf strict_prf(const MatchCounts& c) { return prf(c.system_strict, c.system, c.gold_strict, c.gold); }
Prf relaxed_prf(const MatchCounts& c) { return prf(c.system_relaxed, c.system, c.gold_relaxed, c.gold); }
double type_f1(const MatchCounts& c) { return relaxed_prf(c).f1 * ratio(c.type_agree, c.pairs); }
double value_f1(const MatchCounts& c) { return relaxed_prf(c).f1 * ratio(c.value_agree, c.pairs); }

TimexComparison compare_timexes(std::string_view text, std::span<const Timex> gold, std::span<const Timex> system) {
  const auto tokens = te3_tokenize(text);
  std::vector<TokenRange> g_tokens, s_tokens;
  for (const auto& t : gold) g_tokens.push_back(covered(tokens, t));
  for (const auto& t : system) s_tokens.push_back(covered(tokens, t));

  TimexComparison r;
  r.gold_relaxed.assign(gold.size(), false);
  r.gold_strict.assign(gold.size(), false);
  r.system_strict.assign(system.size(), false);
  r.partner.assign(system.size(), std::nullopt);
  std::vector<bool> system_relaxed(system.size(), false);

  for (std::size_t s = 0; s < system.size(); ++s) {
    std::size_t best_shared = 0;
    for (std::size_t g = 0; g < gold.size(); ++g) {
      std::size_t n = shared(s_tokens[s], g_tokens[g]);
      if (n == 0) continue;
      system_relaxed[s] = true;
      r.gold_relaxed[g] = true;
      if (s_tokens[s].first == g_tokens[g].first && s_tokens[s].last == g_tokens[g].last) {
        r.system_strict[s] = true;
        r.gold_strict[g] = true;
      }
      if (n > best_shared) {
        best_shared = n;
        r.partner[s] = g;
      }
    }
  }

  auto count = [&](MatchCounts& c, auto gold_in, auto system_in) {
    for (std::size_t g = 0; g < gold.size(); ++g) {
      if (!gold_in(gold[g])) continue;
      ++c.gold;
      c.gold_strict += r.gold_strict[g];
      c.gold_relaxed += r.gold_relaxed[g];
    }
    for (std::size_t s = 0; s < system.size(); ++s) {
      if (system_in(system[s])) {
        ++c.system;
        c.system_strict += r.system_strict[s];
        c.system_relaxed += system_relaxed[s];
      }
      if (r.partner[s] && gold_in(gold[*r.partner[s]])) {
        const Timex& g = gold[*r.partner[s]];
        ++c.pairs;
        c.type_agree += g.type == system[s].type;
        c.value_agree += g.value == system[s].value;
      }
    }
  };
  auto any = [](const Timex&) { return true; };
  count(r.score.overall, any, any);
  for (TimexType type : kTimexTypes) {
    auto of_type = [type](const Timex& t) { return t.type == type; };
    count(r.score.by_type[index_of(type)], of_type, of_type);
  }
  return r;
}

}  // namespace dateline::eval
