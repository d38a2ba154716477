#include "core/timeline/tokens.h"

#include <algorithm>
#include <array>

#include "core/text/abbreviation.h"

namespace dateline::timeline {
namespace {

// ASCII letter, by table: the loop over a word's letters is a load and a
// test a byte (the range check on the folded byte took twice as many
// instructions).
constexpr std::array<bool, 256> kLetter = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return t;
}();
bool is_alpha(char c) { return kLetter[static_cast<unsigned char>(c)]; }

// Where the run of letters from text[i] on ends.
std::size_t letters_end(std::string_view text, std::size_t i) {
  const char* p = text.data() + i;
  const char* const end = text.data() + text.size();
  while (p != end && is_alpha(*p)) ++p;
  return static_cast<std::size_t>(p - text.data());
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Length of the UTF-8 sequence starting with `lead` (1 for ASCII and
// stray continuation bytes, which the repaired text does not contain).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// A curly quote, a dash or an ellipsis (U+2013, U+2014, U+2018, U+201A-201D, U+2026).
bool is_clause_punctuation(std::string_view s) {
  if (s.size() != 3 || s[0] != '\xE2' || s[1] != '\x80') return false;
  unsigned char c = static_cast<unsigned char>(s[2]);
  return c == 0x93 || c == 0x94 || c == 0x98 || (c >= 0x9A && c <= 0x9D) || c == 0xA6;  // not U+2019, an apostrophe
}

bool is_right_single_quote(std::string_view text, std::size_t i) {
  return text.substr(i, 3) == "\xE2\x80\x99";
}

// A sentence ends at . ? ! followed by a space or line break, unless the
// word before the period is an abbreviation ("Nov. 5", "U.S. President",
// "Mr. Biden"): a short word followed by a lower-case word or a digit, a
// single letter, or a title (core/text/abbreviation.h). A blank line always ends a sentence.
bool ends_sentence(std::string_view text, std::size_t i) {
  char c = text[i];
  if (c == '\n') return i + 1 < text.size() && text[i + 1] == '\n';
  if (c != '.' && c != '?' && c != '!') return false;
  std::size_t next = i + 1;
  while (next < text.size() && (text[next] == '"' || text[next] == '\'' || text[next] == ')')) ++next;
  if (next < text.size() && is_clause_punctuation(text.substr(next, 3))) next += 3;
  if (next < text.size() && text[next] != ' ' && text[next] != '\n' && text[next] != '\t' && text[next] != '\r')
    return false;
  if (c != '.') return true;
  std::size_t k = i;
  while (k > 0 && is_alpha(text[k - 1])) --k;
  std::size_t len = i - k;
  if (len == 1 && !(k > 0 && text[k - 1] == ' ' && (text[k] == 'I' || text[k] == 'a'))) return false;  // "U.S."
  std::size_t after = next;
  while (after < text.size() && (text[after] == ' ' || text[after] == '\t')) ++after;
  if (len >= 1 && len <= 4 && after < text.size() &&
      ((text[after] >= 'a' && text[after] <= 'z') || is_digit(text[after])))
    return false;
  return !is_title_abbreviation(text.substr(k, len));
}

}  // namespace

TokenizedText tokenize(std::string_view text) {
  TokenizedText out;
  out.tokens.reserve(text.size() / 5 + 8);
  std::uint32_t sentence = 0;
  std::uint32_t sentence_begin = 0;
  bool sentence_has_tokens = false;
  bool close_at_space = false;  // a sentence end was seen; it closes at the next white space
  auto close_sentence = [&](std::uint32_t end) {
    if (sentence_has_tokens) {
      std::uint32_t first = out.sentences.empty() ? 0 : out.sentences.back().end_token;
      out.sentences.push_back({sentence_begin, end, first, static_cast<std::uint32_t>(out.tokens.size())});
      ++sentence;
    }
    sentence_has_tokens = false;
  };
  auto push = [&](std::size_t b, std::size_t e, TokenKind kind) {
    if (!sentence_has_tokens) sentence_begin = static_cast<std::uint32_t>(b);
    sentence_has_tokens = true;
    const bool capitalized = kind == TokenKind::Word && text[b] >= 'A' && text[b] <= 'Z';
    out.tokens.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), sentence, kind, capitalized});
  };

  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (is_alpha(c)) {
      std::size_t e = i + 1;
      for (;;) {
        e = letters_end(text, e);
        // An inner apostrophe ("don't"), not a possessive 's.
        if (e + 1 < text.size() && text[e] == '\'' && is_alpha(text[e + 1]) &&
            !(text[e + 1] == 's' && (e + 2 >= text.size() || !is_alpha(text[e + 2])))) {
          e += 2;
          continue;
        }
        break;
      }
      push(i, e, TokenKind::Word);
      // Possessive 's / ’s.
      std::size_t q = 0;
      if (e < text.size() && text[e] == '\'') q = 1;
      else if (is_right_single_quote(text, e)) q = 3;
      if (q && e + q < text.size() && text[e + q] == 's' &&
          (e + q + 1 >= text.size() || !is_alpha(text[e + q + 1]))) {
        push(e, e + q + 1, TokenKind::Possessive);
        e += q + 1;
      }
      i = e;
    } else if (is_digit(c)) {
      std::size_t e = i + 1;
      while (e < text.size() && (is_digit(text[e]) || ((text[e] == '.' || text[e] == ',') && e + 1 < text.size() && is_digit(text[e + 1]))))
        ++e;
      push(i, e, TokenKind::Number);
      i = e;
    } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      // Of the white space, only a line break may end a sentence (a blank line).
      if (close_at_space || (c == '\n' && ends_sentence(text, i))) close_sentence(static_cast<std::uint32_t>(i));
      close_at_space = false;
      ++i;
    } else {
      std::size_t n = std::min(sequence_length(static_cast<unsigned char>(c)), text.size() - i);
      std::string_view s = text.substr(i, n);
      TokenKind kind = TokenKind::Other;
      if (c == ',') kind = TokenKind::Comma;
      else if (c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '[' || c == ']' || is_clause_punctuation(s) ||
               (c == '-' && i + 1 < text.size() && text[i + 1] == '-'))
        kind = TokenKind::ClauseBreak;
      push(i, i + n, kind);
      // The closing quotes and brackets after the period stay in the sentence.
      if (ends_sentence(text, i)) close_at_space = true;
      i += n;
    }
  }
  close_sentence(static_cast<std::uint32_t>(text.size()));
  return out;
}

std::uint32_t token_at_or_after(const std::vector<Token>& tokens, std::uint32_t byte) {
  auto it = std::partition_point(tokens.begin(), tokens.end(), [byte](const Token& t) { return t.end <= byte; });
  return static_cast<std::uint32_t>(it - tokens.begin());
}

}  // namespace dateline::timeline
