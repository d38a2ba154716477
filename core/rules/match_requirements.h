// What every match of a rule must contain, read from its pattern, so that the
// matcher can skip a rule in a window that lacks it without running PCRE2.
// Only necessary conditions are derived, and only from constructs whose
// meaning is certain; anything else yields no requirement (the rule then
// always runs), so skipping never changes what the rule finds.
//
// From the pattern's top-level sequence (a pattern with a top-level `|` gets
// no requirement), for each item that is not optional:
//  - a digit (`\d`, `[0-3]`, `1`): some word of the window holds a digit;
//  - a run of two or more literal letters ("ago", "quarter"), or a group that
//    is an alternation of literal words ("(?:earlier|before|previously)"):
//    the lower-cased window text contains the run (or one of the words);
//  - a {vocabulary} reference with a mandatory separator (a space, `[\s-]`,
//    `,`) or the pattern's edge on both sides, of a vocabulary without regex
//    entries: some word of the window is one of the vocabulary's token forms
//    (core/rules/vocabulary.h), or holds a digit when a form does.
#pragma once

#include <string>
#include <vector>

namespace dateline {

class RuleSet;
struct Rule;
class Vocabulary;

struct MatchRequirements {
  bool digit = false;
  // Each entry: the window text must contain one of these lower-case strings.
  std::vector<std::vector<std::string>> substrings;
  // Each entry: a word of the window must be a token form of this vocabulary.
  std::vector<const Vocabulary*> vocabularies;

  bool empty() const { return !digit && substrings.empty() && vocabularies.empty(); }
};

MatchRequirements requirements_of(const Rule& rule, const RuleSet& rules);

}  // namespace dateline
