#include "core/lexicon/lexicon.h"

#include "core/lexicon/lexicon_table.h"
#include "core/text/fnv1a.h"

namespace dateline::lexicon {

std::uint16_t classes_of(std::string_view word) {
  using namespace generated;
  const std::size_t mask = kSlotCount - 1;
  for (std::size_t slot = fnv1a(word) & mask;; slot = (slot + 1) & mask) {
    std::uint32_t index = kSlots[slot];
    if (index == 0) return 0;
    const std::uint32_t offset = kEntries[2 * (index - 1)];
    const std::uint32_t packed = kEntries[2 * (index - 1) + 1];
    if ((packed >> 16) == word.size() && std::string_view(kWords + offset, word.size()) == word) {
      return static_cast<std::uint16_t>(packed & 0xFFFF);
    }
  }
}

std::uint16_t classes_of_token(std::string_view token) {
  char lower[40];
  if (token.empty() || token.size() > sizeof lower) return 0;
  for (std::size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    else if (c < 'a' || c > 'z') return 0;
    lower[i] = c;
  }
  return classes_of(std::string_view(lower, token.size()));
}

}  // namespace dateline::lexicon
