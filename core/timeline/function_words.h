// Closed-class English words that anchoring reads: signal words that set the
// relation, and the grammar words that tell a verb from a noun. WordNet has
// no function words, so these few are listed here. Internal to core/timeline.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

#include "core/timeline/timeline.h"

namespace dateline::timeline {

// Case-insensitive membership in a word class below.
enum class FunctionClass : unsigned char {
  Auxiliary,     // be, do and their forms: never an event trigger here
  Possession,    // have, has, had: an event ("had a loss") unless an auxiliary ("had risen")
  Modal,         // will, would, can ..., to: a following base form is a verb
  Determiner,    // the, a, his ...: a following -s/-ing/-ed word is a noun
  Subject,       // I, we, they, you: a following base form is a verb
  Subordinator,  // as, when, that ...: a phrase does not reach back past it
  Coordinator,   // and, or, but
  Other,         // prepositions, pronouns and particles that are never events
  Adverb,        // sentence adverbs ("then", "also", "meanwhile"): a clause may open with them
  Amount,        // words of a sum of money ("$2.3 million", "51 cents a share")
};

bool is_function_word(std::string_view word, FunctionClass cls);
// Any class but Amount.
bool is_any_function_word(std::string_view word);

// The relation a signal word before an expression sets; nullopt when the word
// is not a signal.
std::optional<Relation> relation_of_signal(std::string_view word);

// All the answers above for one word, from one lookup: anchoring asks them
// many times per token, so the tokens keep this (tokens.h).
struct FunctionWordInfo {
  std::uint16_t classes = 0;  // bit per FunctionClass
  std::uint8_t signal = 0;    // 0: no signal word, else Relation + 1

  bool is(FunctionClass cls) const { return classes & (1u << static_cast<unsigned>(cls)); }
  bool is_any() const { return (classes & ~(1u << static_cast<unsigned>(FunctionClass::Amount))) != 0; }
  std::optional<Relation> relation() const {
    return signal == 0 ? std::nullopt : std::optional<Relation>(static_cast<Relation>(signal - 1));
  }
};

// `word` in any case; all zero when it is not listed.
FunctionWordInfo function_word_info(std::string_view word);

bool equals_lower(std::string_view word, std::string_view lower);

// Whether `w` is, in any case, one of the lower-case words of `list`. Asked
// many times per phrase: the length and first letter turn most words away.
inline bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
  if (w.empty()) return false;
  const char first = (w[0] >= 'A' && w[0] <= 'Z') ? static_cast<char>(w[0] - 'A' + 'a') : w[0];
  for (auto x : list)
    if (x.size() == w.size() && x[0] == first && equals_lower(w, x)) return true;
  return false;
}

}  // namespace dateline::timeline
