#include "core/text/game_report.h"

#include "core/rules/vocabulary.h"

namespace dateline {

bool reads_as_game_report(std::string_view text, const Vocabulary& game_words) {
  constexpr int kEnough = 3;
  int found = 0;
  auto is_word_byte = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
  };
  for (std::size_t i = 0; i < text.size();) {
    if (!is_word_byte(text[i])) {
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < text.size() && is_word_byte(text[e])) ++e;
    if (game_words.lookup(text.substr(i, e - i)) && ++found == kEnough) return true;
    i = e;
  }
  return false;
}

}  // namespace dateline
