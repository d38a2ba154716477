// Which of a fixed list of lower-case letter strings occur in a text, in one
// pass: an Aho-Corasick automaton over the 26 letters. Letters of the text
// match in either case; any other byte sends the search back to its start,
// as no string holds one. The matcher asks it which literal words a window
// holds (core/rules/match_requirements.h) instead of searching the window
// once per word.
#pragma once

#include <array>
#include <cstdint>
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

  // The same search a byte at a time, for a caller that reads the text
  // anyway: from state 0, step() on each byte, and OR found() of each state.
  std::uint16_t step(std::uint16_t state, char c) const { return tables().step(state, c); }
  std::uint64_t found(std::uint16_t state) const { return found_[state]; }

  // step() and found() on the tables themselves, for the caller's loop
  // over a text: held in a local, their addresses stay in registers, where
  // through `this` a loop that also stores bytes (which may alias anything)
  // reloads them at every byte.
  struct Tables {
    const std::array<std::uint16_t, 27>* next;
    const std::uint64_t* found;
    std::uint16_t step(std::uint16_t state, char c) const { return next[state][kColumn[static_cast<unsigned char>(c)]]; }
  };
  Tables tables() const { return {next_.data(), found_.data()}; }

 private:
  // state x letter -> state; column 26, any byte that is no letter, leads
  // back to the start, so the search loop has no branch.
  // A byte's column in the automaton: its letter (either case), else 26.
  static constexpr std::array<std::uint8_t, 256> kColumn = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c)
      t[c] = static_cast<std::uint8_t>((c >= 'a' && c <= 'z') ? c - 'a' : (c >= 'A' && c <= 'Z') ? c - 'A' : 26);
    return t;
  }();
  // 16-bit states keep the table small enough to stay in the L1 cache.
  static constexpr std::size_t kMaxStates = 65535;
  std::vector<std::array<std::uint16_t, 27>> next_;
  std::vector<std::uint64_t> found_;                  // state -> sets ending there
};

}  // namespace dateline
