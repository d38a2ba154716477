// The floor: the cheapest pass over the text that any regex-based tagger must
// make, finding the candidate words and nothing else. Two ways are measured
// and the faster one is the floor:
//  - tokenizer: split into words like the matcher does, lower-case each word
//    and look it up in the rules' trigger vocabulary (a hash table); every
//    word holding a digit is a candidate;
//  - pcre2: one PCRE2-JIT scan of the alternation of the vocabularies' words
//    (plus numbers) over the text.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace dateline {
class RuleSet;
}

namespace dateline::bench {

// Candidate words found by the tokenizer pass over `texts`.
std::size_t tokenizer_floor(const RuleSet& rules, const std::vector<std::string>& texts);

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
