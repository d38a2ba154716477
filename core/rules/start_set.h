// Where a match of a rule can begin, read from its compiled pattern, so that
// the matcher can try the rule (anchored) only at those words instead of
// letting PCRE2 scan every byte of a window.
//
// Every compiled rule opens with `(?<![A-Za-z0-9])` (core/rules/ruleset.cpp),
// so a match that begins with a letter or a digit begins a word of the
// matcher's tokenizer (a run of ASCII letters and digits). The analysis
// follows the pattern from its start through optional items and every
// alternative, collecting the letters a match can begin with until a byte
// that is never a letter or digit ends the first word:
//  - `words`: the whole first word, lower-case ("the" in "(?:the )?{month}");
//  - `prefixes`: how the first word begins when the pattern does not say
//    where it ends ("fy" in "(?-i:FY) ?\d{4}");
//  - `digit`: the first word may begin with a digit.
// Lookarounds, `\b` and `\K` consume nothing and are stepped over (they only
// narrow the matches). Anything it cannot read with certainty — a match that
// may begin with punctuation, a class of letters, a back-reference — gives
// nullopt, and the rule keeps PCRE2's own scan. The result is thus always a
// superset of where matches begin.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct StartSet {
  std::vector<std::string> words;     // sorted, unique, lower-case
  std::vector<std::string> prefixes;  // sorted, unique, lower-case
  bool digit = false;

  // True when a match may begin at a word whose lower-case text is `word`.
  bool admits(std::string_view word) const;
};

// One for each compiled pattern (Rule::expanded) given; patterns that expand
// the same vocabulary share its reading.
std::vector<std::optional<StartSet>> start_sets_of(const std::vector<std::string_view>& expanded);

}  // namespace dateline
