// The tokenization TempEval-3 Task A scoring compares extents on. Extents are
// matched token by token, so a system that tags "Wednesday's" and a gold
// "Wednesday" share the token "Wednesday" (a relaxed match, not a strict one).
//
// Rules, applied to each whitespace-separated chunk:
//  - leading quotes and brackets ( ` `` " ' ( [ { < “ ‘ ) are cut off one by one;
//  - trailing punctuation ( , ; : ! ? " '' ' ) ] } > ” ’ ) and "..." are cut off;
//  - a final period is cut off, unless the word is initials (U.S., a.m., p.m.,
//    or a middle initial like F.) or a known abbreviation (Jan., Sept., Corp.,
//    Inc., Mr., Calif., ...); a word that is only periods stays whole;
//  - clitics are split off: 's 're 've 'll 'd 'm n't (also with ’);
//  - a run of two or more hyphens ("--") is a token of its own;
//  - a word with exactly one inner hyphen is split in three: mid-1990s gives
//    mid, -, 1990s (a word with more hyphens, like 8-month-old, stays whole).
// Commas, periods, colons and slashes inside a word stay (1,000  3.5  10:30  11/02/89).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dateline::eval {

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the text, half-open
  std::uint32_t end = 0;
};

// Tokens of `text` in order; they do not overlap and never contain whitespace.
std::vector<Token> te3_tokenize(std::string_view text);

// True when `word` (with its final period) is an abbreviation whose period
// belongs to the word: initials like U.S. or a listed abbreviation like Jan.
bool keeps_final_period(std::string_view word);

}  // namespace dateline::eval
