// core/text/game_report: a text with three words of a game played in
// quarters reads as a game report; there a quarter without a year is a period
// of play, not of the calendar (the normalizer drops it).
#include <doctest/doctest.h>

#include <string>

#include "core/normalizer.h"
#include "core/rules/vocabulary.h"
#include "core/text/game_report.h"
#include "core/time/reference.h"

using namespace dateline;

namespace {

const Vocabulary& game_words() {
  static const Vocabulary words("game_report", "rebounds => 1\ntouchdown => 1\nNBA => 1\nthree-pointer => 1\n",
                                "en/vocab/game_report.vocab");
  return words;
}

std::vector<std::string> values(const std::string& text) {
  static const Normalizer normalizer;
  std::vector<std::string> out;
  for (const Timex& t : normalizer.extract(text, parse_reference("2006-12-18"))) out.push_back(t.value);
  return out;
}

}  // namespace

TEST_CASE("three game words make a game report, fewer do not") {
  CHECK(reads_as_game_report("Bryant had 12 rebounds and a three-pointer in the NBA game.", game_words()));
  CHECK_FALSE(reads_as_game_report("The NBA signed a TV deal; one analyst counted rebounds.", game_words()));
  CHECK_FALSE(reads_as_game_report("Profit rose in the third quarter.", game_words()));
}

TEST_CASE("a quarter without a year is a period of play in a game report only") {
  const std::string game =
      "Owens beat Hall for a seven-yard touchdown late in the first quarter. The quarterback threw "
      "another touchdown at halftime.";
  CHECK(values(game).empty());
  CHECK(values("Net profit rose 5 percent in the first quarter.") == std::vector<std::string>{"2006-Q1"});
  // A quarter with its year is the calendar's, whatever the text.
  CHECK(values(game + " The NFL's revenue rose in the first quarter of 2006.") ==
        std::vector<std::string>{"2006-Q1"});
}
