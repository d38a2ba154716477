// Abbreviations whose period never ends a sentence: titles before a name
// ("Mr. Biden", "Gen. Smith") and "vs." ("Roe vs. Wade"). Both sentence
// splitters (the tense walk and the timeline's tokenizer) ask this.
#pragma once

#include <algorithm>
#include <iterator>
#include <string_view>

namespace dateline {

inline bool is_title_abbreviation(std::string_view word) {
  static constexpr std::string_view kTitles[] = {"Mr",  "Mrs", "Ms", "Dr",   "Gen", "Sen",  "Rep",  "Gov",
                                                 "Lt",  "Col", "St", "Jr",   "Sr",  "Prof", "Sgt",  "Capt",
                                                 "Adm", "Rev", "vs", "Maj", "Mt",  "Ft",   "Cmdr", "Gens"};
  return std::find(std::begin(kTitles), std::end(kTitles), word) != std::end(kTitles);
}

}  // namespace dateline
