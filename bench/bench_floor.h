// The floor: the cheapest pass over the text that any regex-based tagger must
// make, finding the candidate words and nothing else. Two ways are measured
// and the faster one is the floor:
//  - tokenizer: the matcher's own candidate pass without the rest: split into
//    words, lower-casing and hashing each as it is read, and look the word up
//    in a table of the rules' trigger words (the matcher's WordTable, by the
//    same hash); every word holding a digit is a candidate;
//  - pcre2: one PCRE2-JIT scan of the alternation of the vocabularies' words
//    (plus numbers) over the text.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "core/rules/word_table.h"

namespace dateline {
class RuleSet;
}

namespace dateline::bench {

// The trigger words in a table; scan() counts the candidate words in `texts`.
class TokenizerFloor {
 public:
  explicit TokenizerFloor(const RuleSet& rules);
  std::size_t scan(const std::vector<std::string>& texts) const;

 private:
  WordTable<bool> triggers_;
  std::size_t longest_ = 0;  // longest trigger word
};

// One compiled trigger alternation; scan() counts its matches in `texts`.
class PcreFloor {
 public:
  explicit PcreFloor(const RuleSet& rules);
  ~PcreFloor();
  PcreFloor(const PcreFloor&) = delete;
  PcreFloor& operator=(const PcreFloor&) = delete;
  std::size_t scan(const std::vector<std::string>& texts) const;
  std::size_t alternatives() const { return alternatives_; }

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
  std::size_t alternatives_ = 0;
};

}  // namespace dateline::bench
