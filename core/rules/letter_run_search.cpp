#include "core/rules/letter_run_search.h"

#include <algorithm>
#include <queue>

namespace dateline {

LetterRunSearch::LetterRunSearch(const std::vector<std::vector<std::string>>& sets) {
  // The trie, by state number; 0 in trie_next means "no child yet" (the
  // root is never a child).
  std::vector<std::array<std::uint16_t, 27>> trie_next(1);
  std::vector<std::uint64_t> trie_found(1, 0);
  for (std::size_t i = 0; i < sets.size() && i < 64; ++i)
    for (const std::string& s : sets[i]) {
      if (s.empty() || !std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
      if (trie_next.size() + s.size() > kMaxStates) {
        // Too many strings for the table: every set counts as found, so
        // no rule is skipped for want of one.
        rows_.assign(1, Row{});
        for (std::size_t k = 0; k < sets.size() && k < 64; ++k) rows_[0].found |= std::uint64_t{1} << k;
        return;
      }
      std::uint16_t state = 0;
      for (char c : s) {
        std::uint16_t& child = trie_next[state][c - 'a'];
        if (child == 0) {
          child = static_cast<std::uint16_t>(trie_next.size());
          trie_next.emplace_back();
          trie_found.push_back(0);
        }
        state = trie_next[state][c - 'a'];
      }
      trie_found[state] |= std::uint64_t{1} << i;
    }
  // Breadth first: each state's missing moves become its failure state's,
  // and it also reports what its failure state (its longest proper suffix
  // in the trie) reports.
  std::vector<std::uint16_t> fail(trie_next.size(), 0);
  std::queue<std::uint16_t> queue;
  for (std::uint16_t child : trie_next[0])
    if (child != 0) queue.push(child);
  while (!queue.empty()) {
    std::uint16_t state = queue.front();
    queue.pop();
    trie_found[state] |= trie_found[fail[state]];
    for (int c = 0; c < 26; ++c) {
      std::uint16_t child = trie_next[state][c];
      if (child == 0) {
        trie_next[state][c] = trie_next[fail[state]][c];
      } else {
        fail[child] = trie_next[fail[state]][c];
        queue.push(child);
      }
    }
  }
  rows_.assign(trie_next.size(), Row{});
  for (std::size_t state = 0; state < trie_next.size(); ++state) {
    for (int c = 0; c < 27; ++c) rows_[state].next[c] = static_cast<State>(trie_next[state][c] * sizeof(Row) / 8);
    rows_[state].found = trie_found[state];
  }
}

std::uint64_t LetterRunSearch::find(std::string_view text) const {
  const Tables tables = this->tables();
  std::uint64_t out = tables.found(0);  // not 0 only when the automaton is too big to build
  State state = 0;
  for (char c : text) {
    state = tables.step(state, c);
    out |= tables.found(state);
  }
  return out;
}

}  // namespace dateline
