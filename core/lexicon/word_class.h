// What a word form can be, as bit flags. Shared by the build-time WordNet
// extractor (tools/wordnet_lexicon_gen.cpp) and the lookup (lexicon.h).
#pragma once

#include <cstdint>

namespace dateline::lexicon {

struct WordClass {
  static constexpr std::uint16_t VerbBase = 1 << 0;   // "hold"
  static constexpr std::uint16_t VerbThird = 1 << 1;  // "holds"
  static constexpr std::uint16_t VerbPast = 1 << 2;   // "held", "elected" (past tense or participle)
  static constexpr std::uint16_t VerbIng = 1 << 3;    // "holding"
  static constexpr std::uint16_t VerbLean = 1 << 4;   // the lemma is tagged more often as a verb than as a noun
  static constexpr std::uint16_t Noun = 1 << 5;       // any noun form
  static constexpr std::uint16_t Plural = 1 << 6;     // regular noun plural
  static constexpr std::uint16_t EventNoun = 1 << 7;  // most frequent sense an act, event, process, or one a verb names
  static constexpr std::uint16_t AmountNoun = 1 << 8; // most frequent sense in noun.possession (income, loss, sales)
  static constexpr std::uint16_t MessageNoun = 1 << 9; // an event noun by its verb: a message, gathering or result (editorial, meeting)

  static constexpr std::uint16_t AnyVerb = VerbBase | VerbThird | VerbPast | VerbIng;
};

}  // namespace dateline::lexicon
