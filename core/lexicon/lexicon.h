// English word classes from WordNet 3.0, embedded in the binary at build
// time (tools/wordnet_lexicon_gen.cpp reads /usr/share/wordnet). A lookup is
// one hash and a short probe; nothing is allocated.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/lexicon/word_class.h"

namespace dateline::lexicon {

// WordClass flags of a word form; 0 when WordNet does not know it. `word`
// must be lower case ASCII ("held", "elections"); see classes_of_token.
std::uint16_t classes_of(std::string_view lower_word);

// The same for a token as it appears in text: ASCII letters in any case
// (up to 40 of them). Anything else gives 0.
std::uint16_t classes_of_token(std::string_view token);

}  // namespace dateline::lexicon
