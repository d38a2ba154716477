// Which way a sentence points in time, read from the verbs near an
// expression: "held talks on Wednesday" points to the past, "will meet on
// Friday" to the future. Used to resolve bare weekdays, months and dates.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/rules/word_table.h"

namespace dateline {

class Vocabulary;

enum class Tense : std::uint8_t { None, Past, Future };

// The cue vocabularies of a rule set, merged once into one table so that a
// word walked past costs one lookup, not one per vocabulary.
class TenseCues {
 public:
  enum : std::uint8_t { kFuture = 1, kPast = 2, kPresent = 4, kIntent = 8, kClauseOpener = 16, kBarePast = 32 };
  static constexpr std::size_t kCueKinds = 6;  // one vocabulary per k* bit

  // past: was, were, had, said, irregular past forms ...; future: will, 'll,
  // shall, expected, scheduled ...; present: is, are (the sentence speaks of
  // now); intent: words that, followed by "to", put what follows in the
  // future whatever their own tense ("planned to leave on Thursday", "is set
  // to resume Monday"); clause openers: subordinating words that start a
  // clause of its own ("will play Arsenal after their match on Tuesday was
  // postponed"); bare pasts: past forms that are also the bare verb ("hit",
  // "cut", "put"), a past cue except after "to", a modal, "did" or a plural
  // pronoun ("will hit on Thursday", "if they beat Deportivo on Wednesday").
  // Any may be null. The vocabularies must outlive this.
  TenseCues(const Vocabulary* past, const Vocabulary* future, const Vocabulary* present = nullptr,
            const Vocabulary* intent = nullptr, const Vocabulary* clause_opener = nullptr,
            const Vocabulary* bare_past = nullptr);

  // The k* bits of the vocabularies that hold `word` (any case).
  std::uint8_t flags(std::string_view word) const;

 private:
  const Vocabulary* vocabularies_[kCueKinds];  // in the order of the k* bits
  bool merged_ = true;                 // false when a vocabulary has regex entries: ask it instead
  WordTable<std::uint8_t> flags_;      // lower-case word -> k* bits
};

// The tense cue for [begin, end): in its clause, then in its sentence, the
// nearest cue before it, else the nearest after it (a regular "-ed" verb form
// counts as past). A clause opener before the expression ends its clause on
// the left. None when no cue.
Tense tense_near(std::string_view text, std::uint32_t begin, std::uint32_t end, const TenseCues& cues);

std::string_view to_string(Tense tense);

}  // namespace dateline
