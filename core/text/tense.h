// Which way a sentence points in time, read from the verbs near an
// expression: "held talks on Wednesday" points to the past, "will meet on
// Friday" to the future. Used to resolve bare weekdays, months and dates.
#pragma once

#include <cstdint>
#include <string_view>

namespace dateline {

class Vocabulary;

enum class Tense : std::uint8_t { None, Past, Future };

struct TenseCues {
  const Vocabulary* past = nullptr;    // was, were, had, said, irregular past forms ...
  const Vocabulary* future = nullptr;  // will, 'll, shall, expected, scheduled ...
  const Vocabulary* present = nullptr; // is, are: the sentence speaks of now
  // Words that, followed by "to", put what follows in the future whatever
  // their own tense: "planned to leave on Thursday", "is set to resume Monday".
  const Vocabulary* intent = nullptr;
};

// The tense cue for [begin, end): in its clause, then in its sentence, the
// nearest cue before it, else the nearest after it (a regular "-ed" verb form
// counts as past). None when no cue.
Tense tense_near(std::string_view text, std::uint32_t begin, std::uint32_t end, const TenseCues& cues);

std::string_view to_string(Tense tense);

}  // namespace dateline
