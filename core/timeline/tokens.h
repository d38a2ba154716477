// The word-level view of a document that anchoring works on: tokens, clause
// breaks and sentence numbers, made in one pass over the text (the WordNet
// classes of words are looked up in event_words.h). Internal to core/timeline.
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

// Tokens and sentences.
TokenizedText tokenize(std::string_view text);

// Index of the first token whose end is after `byte` (tokens.size() if none).
std::uint32_t token_at_or_after(const std::vector<Token>& tokens, std::uint32_t byte);

}  // namespace dateline::timeline
