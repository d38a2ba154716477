// The short readable phrase of a timeline entry, built around its trigger
// from English grammar (docs/timeline.md, "What an entry is"): for a verb,
// its subject, its verb group and its complements; for an event noun, its
// noun phrase. Internal to core/timeline; build_timeline.cpp calls it.
#pragma once

#include <cstdint>
#include <string>

#include "core/timeline/event_words.h"

namespace dateline::timeline {

struct EventPhrase {
  std::uint32_t begin = 0;  // bytes: the first word's start and the last word's end
  std::uint32_t end = 0;
  // The words, white space collapsed. Parts of the sentence left out are
  // not shown when they are a relative pronoun or the dating expression
  // ("Ishiba, who was elected" -> "Ishiba was elected"), and shown as
  // " ... " when they are the inside of a long subject ("The trial of the
  // men ... was set to open").
  std::string text;
};

// The phrase of the event at token `trigger`, dated by the expression whose
// tokens are [timex_first, timex_end); `stop` is the first token the phrase
// may not reach on the trigger's right (the expression or its signal word).
EventPhrase event_phrase(const EventWords& words, std::uint32_t trigger, std::uint32_t stop,
                         std::uint32_t timex_first, std::uint32_t timex_end);

}  // namespace dateline::timeline
