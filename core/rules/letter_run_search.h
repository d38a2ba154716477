// Which of a fixed list of lower-case letter strings occur in a text, in one
// pass: an Aho-Corasick automaton over the 26 letters. Letters of the text
// match in either case; any other byte sends the search back to its start,
// as no string holds one. The matcher asks it which literal words a window
// holds (core/rules/match_requirements.h) instead of searching the window
// once per word.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

class LetterRunSearch {
 public:
  // Bit i of find() stands for sets[i] (the first 64 sets); strings holding
  // anything but the letters a-z are left out.
  explicit LetterRunSearch(const std::vector<std::vector<std::string>>& sets);

  // The bits of the sets of which some string occurs in `text`.
  std::uint64_t find(std::string_view text) const;

  // A state of the automaton: its row's offset in 8-byte units, 0 the start.
  using State = std::uint16_t;

  // The same search a byte at a time, for a caller that reads the text
  // anyway: from state 0, step() on each byte, and OR found() of each state.
  State step(State state, char c) const { return tables().step(state, c); }
  std::uint64_t found(State state) const { return tables().found(state); }

  // A state's row: the next state for each letter (column 26: any byte
  // that is no letter, which leads back to the start, so the search loop
  // has no branch) and the sets found on reaching it, in one cache line.
  // A state is its row's offset in 8-byte units, so that a step is one
  // address computation (x86 scales an index by 8) and a load, not a
  // multiply by the row size, and found() a load from the same row.
  struct Row {
    State next[28];  // 27 used; the 28th aligns `found`
    std::uint64_t found;
  };
  static_assert(sizeof(Row) == 64);

  // step() and found() on the table itself, for the caller's loop over a
  // text: held in a local, its address stays in a register, where through
  // `this` a loop that also stores bytes (which may alias anything) reloads
  // it at every byte.
  struct Tables {
    const Row* rows;
    const char* row(State state) const { return reinterpret_cast<const char*>(rows) + std::size_t{state} * 8; }
    State step(State state, char c) const {
      State next;
      std::memcpy(&next, row(state) + kColumnOffset[static_cast<unsigned char>(c)], sizeof next);
      return next;
    }
    std::uint64_t found(State state) const {
      std::uint64_t sets;
      std::memcpy(&sets, row(state) + offsetof(Row, found), sizeof sets);
      return sets;
    }
  };
  Tables tables() const { return {rows_.data()}; }

 private:
  // A byte's column in the automaton, as a byte offset in a row: its letter
  // (either case), else column 26.
  static constexpr std::array<std::uint8_t, 256> kColumnOffset = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
      const int column = (c >= 'a' && c <= 'z') ? c - 'a' : (c >= 'A' && c <= 'Z') ? c - 'A' : 26;
      t[c] = static_cast<std::uint8_t>(column * sizeof(State));
    }
    return t;
  }();
  // 16-bit states: 8,192 (the rules' literal words need about 800).
  static constexpr std::size_t kMaxStates = 65536 * 8 / sizeof(Row);
  std::vector<Row> rows_;
};

}  // namespace dateline
