// The generated WordNet table (build dir: wordnet_lexicon.cpp). Internal to
// lexicon.cpp; use lexicon.h.
#pragma once

#include <cstddef>
#include <cstdint>

namespace dateline::lexicon::generated {

extern const char kWords[];          // all word forms, concatenated
extern const std::uint32_t kEntries[];  // per form: offset in kWords, then (length << 16) | WordClass flags
extern const std::uint32_t kSlots[];    // hash slot -> entry index + 1, 0 when empty
extern const std::size_t kSlotCount;    // a power of two

}  // namespace dateline::lexicon::generated
