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
// A rule whose matches can only begin at certain words (core/rules/start_set.h)
// is not scanned: an anchored copy of its pattern is tried at those words of
// the window, left to right, from the end of its previous match on. That is
// PCRE2's own leftmost, non-overlapping scan with the hopeless positions left
// out, so it finds the same matches.
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

#include "core/rules/letter_run_search.h"
#include "core/rules/ruleset.h"
#include "core/time/fields.h"

namespace dateline {

struct Candidate {
  std::uint32_t begin = 0, end = 0;  // byte offsets
  std::uint16_t rule = 0;            // index into RuleSet::rules()
  Fields fields;                     // captured fields merged with the rule's constants
};

class Matcher {
 public:
  explicit Matcher(const RuleSet& rules);
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;
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
    std::uint64_t substrings = 0;               // bits of literal_words_: every one must occur
  };

  // Where a rule's matches can begin, when that is known.
  struct Starts {
    bool known = false;                 // else the rule is scanned
    std::vector<std::string> prefixes;  // at a word whose shape begins with one of these
    std::bitset<256> next;              // bytes that may follow the first word
    bool any_second = true;                    // else the next word must be a second word:
    std::vector<std::string> second_prefixes;  // one of start_masks_[1], or beginning with one of these
  };

  // Compiles what a rule runs with the first time it runs (thread-safe): its
  // anchored copy when its starts are known, and the JIT code.
  void prepare(std::size_t rule) const;

  const RuleSet& rules_;
  std::unique_ptr<std::once_flag[]> prepared_;               // per rule
  mutable std::vector<pcre2_real_code_8*> anchored_;          // per rule, owned; set by prepare()
  mutable std::vector<char> jitted_;                          // per rule: JIT code made; set by prepare()
  std::vector<Starts> starts_;                                // per rule
  // Word shape -> rules whose matches may begin with it ([0]), or have it as
  // their second word ([1]).
  std::unordered_map<std::string, RuleMask> start_masks_[2];
  std::vector<Needs> needs_;                                  // per rule
  std::unique_ptr<LetterRunSearch> literal_words_;            // the literal words of Needs::substrings
  std::uint64_t digit_form_bits_ = 0;                         // vocabularies with a form holding a digit

  // What the candidate pass needs to know of a lower-case word, in one lookup.
  struct WordInfo {
    const RuleMask* triggers = nullptr;  // rules the word triggers (RuleSet::trigger_words)
    const RuleMask* starts = nullptr;    // rules that may begin at the word (in start_masks_[0])
    const RuleMask* seconds = nullptr;   // rules that may have it as second word (in start_masks_[1])
    std::uint64_t vocabularies = 0;      // required vocabularies the word is a token form of
  };
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, WordInfo, WordHash, std::equal_to<>> words_;
  std::size_t longest_word_ = 0;                              // longest key of words_
};

// Reads a number written in digits ("1,000", "2.5", "2 1/2") or in words
// ("twenty-four", "a hundred"); nullopt when it is neither.
std::optional<double> parse_number(std::string_view text);

}  // namespace dateline
