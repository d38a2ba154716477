// Whether a text reads as the report of a game played in quarters
// (basketball, American football). In such a report "the fourth quarter" is
// a period of play, not of the year.
#pragma once

#include <string_view>

namespace dateline {

class Vocabulary;

// True when at least three words of the text are words of `game_words`
// (rules/en/vocab/game_report.vocab: "rebounds", "touchdown", "quarterback").
bool reads_as_game_report(std::string_view text, const Vocabulary& game_words);

}  // namespace dateline
