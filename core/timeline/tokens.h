// The word-level view of a document that anchoring works on: tokens with
// their WordNet classes, clause breaks and sentence numbers, made in one
// pass over the text. Internal to core/timeline.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dateline::timeline {

enum class TokenKind : std::uint8_t {
  Word,        // ASCII letters (and inner apostrophes: don't)
  Number,      // digits
  Possessive,  // 's or ’s after a word
  Comma,
  ClauseBreak, // ; : ( ) quotes, dashes
  Other,       // any other punctuation or non-ASCII character
};

struct Token {
  std::uint32_t begin = 0;  // bytes
  std::uint32_t end = 0;
  std::uint32_t sentence = 0;
  std::uint16_t classes = 0;  // lexicon::WordClass flags, for words (after look_up_classes)
  TokenKind kind = TokenKind::Word;
  bool capitalized = false;
};

struct Sentence {
  std::uint32_t begin = 0;  // bytes
  std::uint32_t end = 0;
  std::uint32_t first_token = 0;
  std::uint32_t end_token = 0;  // one past the last
};

struct TokenizedText {
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
};

// Tokens and sentences; word classes are left 0 (see look_up_classes).
TokenizedText tokenize(std::string_view text);

// Fills the WordNet classes of the words of one sentence. Anchoring only
// reads the sentences that hold an expression, so only those are looked up.
void look_up_classes(std::string_view text, TokenizedText& scan, const Sentence& sentence);

// Index of the first token whose end is after `byte` (tokens.size() if none).
std::uint32_t token_at_or_after(const std::vector<Token>& tokens, std::uint32_t byte);

}  // namespace dateline::timeline
