#include "core/rules/letter_run_search.h"

#include <algorithm>
#include <queue>

namespace dateline {

LetterRunSearch::LetterRunSearch(const std::vector<std::vector<std::string>>& sets) : next_(1), found_(1, 0) {
  // The trie; 0 in next_ means "no child yet" (the root is never a child).
  for (std::size_t i = 0; i < sets.size() && i < 64; ++i)
    for (const std::string& s : sets[i]) {
      if (s.empty() || !std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
      if (next_.size() + s.size() > kMaxStates) {
        // Too many strings for 16-bit states: every set counts as found,
        // so no rule is skipped for want of one.
        next_.assign(1, {});
        found_.assign(1, 0);
        for (std::size_t k = 0; k < sets.size() && k < 64; ++k) found_[0] |= std::uint64_t{1} << k;
        return;
      }
      std::uint16_t state = 0;
      for (char c : s) {
        std::uint16_t& child = next_[state][c - 'a'];
        if (child == 0) {
          child = static_cast<std::uint16_t>(next_.size());
          next_.emplace_back();
          found_.push_back(0);
        }
        state = next_[state][c - 'a'];
      }
      found_[state] |= std::uint64_t{1} << i;
    }
  // Breadth first: each state's missing moves become its failure state's,
  // and it also reports what its failure state (its longest proper suffix
  // in the trie) reports.
  std::vector<std::uint16_t> fail(next_.size(), 0);
  std::queue<std::uint16_t> queue;
  for (std::uint16_t child : next_[0])
    if (child != 0) queue.push(child);
  while (!queue.empty()) {
    std::uint16_t state = queue.front();
    queue.pop();
    found_[state] |= found_[fail[state]];
    for (int c = 0; c < 26; ++c) {
      std::uint16_t child = next_[state][c];
      if (child == 0) {
        next_[state][c] = next_[fail[state]][c];
      } else {
        fail[child] = next_[fail[state]][c];
        queue.push(child);
      }
    }
  }
}

std::uint64_t LetterRunSearch::find(std::string_view text) const {
  std::uint64_t out = found_[0];  // not 0 only when the automaton is too big to build
  std::uint16_t state = 0;
  for (char c : text) {
    state = step(state, c);
    out |= found_[state];
  }
  return out;
}

}  // namespace dateline
