// Finding rule matches in a text, in two passes:
//  1. a cheap scan over the words finds candidate positions (a hash lookup of
//     each word in the rules' trigger vocabulary; every number is a candidate)
//     and groups them into small windows;
//  2. only the rules triggered inside a window run, and only over the window.
// Overlapping matches are then resolved: the longest wins, then the higher
// priority, then the earlier rule; filter rules drop known false hits.
// Within a window a rule only runs when the window holds what every match of
// the rule must contain (core/rules/match_requirements.h): a digit, a
// literal word, a word of a vocabulary. Most rules a window triggers cannot
// match there, and these checks cost far less than a PCRE2 scan.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
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
  // What a rule needs in a window before it is worth running.
  struct Needs {
    bool digit = false;
    std::uint64_t vocabularies = 0;             // bits: every one must be present
    std::vector<std::uint16_t> substrings;      // indices into substrings_: every one must occur
  };
  bool window_has(const Needs& needs, std::string_view lower_window, std::uint64_t vocabularies_present,
                  bool digit_present, std::vector<signed char>& substring_cache) const;

  // JIT-compiles a rule's pattern the first time it runs (thread-safe).
  void ensure_jit(std::size_t rule) const;

  const RuleSet& rules_;
  std::unique_ptr<std::once_flag[]> jit_once_;               // per rule
  std::vector<Needs> needs_;                                  // per rule
  std::vector<std::vector<std::string>> substrings_;          // each: one of these occurs
  std::unordered_map<std::string, std::uint64_t> form_bits_;  // token form -> vocabulary bits
  std::uint64_t digit_form_bits_ = 0;                         // vocabularies with a form holding a digit
  std::size_t max_form_ = 0;                                  // longest token form
};

// Reads a number written in digits ("1,000", "2.5", "2 1/2") or in words
// ("twenty-four", "a hundred"); nullopt when it is neither.
std::optional<double> parse_number(std::string_view text);

}  // namespace dateline
