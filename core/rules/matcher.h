// Finding rule matches in a text, in two passes:
//  1. a cheap scan over the words finds candidate positions (a hash lookup of
//     each word in the rules' trigger vocabulary; every number is a candidate)
//     and groups them into small windows;
//  2. only the rules triggered inside a window run, and only over the window.
// Overlapping matches are then resolved: the longest wins, then the higher
// priority, then the earlier rule; filter rules drop known false hits.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/time/fields.h"

namespace dateline {

class RuleSet;

struct Candidate {
  std::uint32_t begin = 0, end = 0;  // byte offsets
  std::uint16_t rule = 0;            // index into RuleSet::rules()
  Fields fields;                     // captured fields merged with the rule's constants
};

class Matcher {
 public:
  explicit Matcher(const RuleSet& rules);
  // Decides whether a candidate stands (e.g. whether it resolves to a value);
  // called in order of preference, only for candidates that do not overlap
  // one already accepted.
  using Accept = std::function<bool(const Candidate&)>;

  // Offers the matches of `text` to `accept`, best first within each window,
  // so that the accepted ones never overlap. Problems (a PCRE2 limit hit) are
  // appended to `warnings`.
  void find(std::string_view text, const Accept& accept, std::vector<std::string>* warnings) const;

 private:
  const RuleSet& rules_;
};

// Reads a number written in digits ("1,000", "2.5", "2 1/2") or in words
// ("twenty-four", "a hundred"); nullopt when it is neither.
std::optional<double> parse_number(std::string_view text);

}  // namespace dateline
