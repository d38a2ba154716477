// The words of a document as anchoring sees them: tokens, which of them
// belong to a temporal expression, and whether a word is an event word (a
// verb or an event noun) or an amount, from its WordNet classes and the words
// around it. Internal to core/timeline; build_timeline.cpp links expressions
// to these words.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/normalizer.h"
#include "core/timeline/tokens.h"

namespace dateline::timeline {

enum class Role : std::uint8_t { None, Verb, Noun };

class EventWords {
 public:
  // Tokenizes `text` (which must outlive this) and looks up the WordNet
  // classes of the sentences that hold one of `timexes`: only those are read.
  EventWords(std::string_view text, const std::vector<Timex>& timexes);

  std::string_view text() const { return text_; }
  const std::vector<Token>& tokens() const { return scan_.tokens; }
  const Sentence& sentence_of(std::uint32_t k) const { return scan_.sentences[tokens()[k].sentence]; }
  std::string_view word(std::uint32_t k) const { return text_.substr(tokens()[k].begin, tokens()[k].end - tokens()[k].begin); }
  bool is_word(std::uint32_t k) const { return tokens()[k].kind == TokenKind::Word; }
  // Token k is the one punctuation character c ('-', '.', '%').
  bool is_punct(std::uint32_t k, char c) const { return tokens()[k].kind == TokenKind::Other && text_[tokens()[k].begin] == c; }
  // A clause break (; : brackets quotes dashes), or a comma when `comma_breaks`.
  bool is_break(std::uint32_t k, bool comma_breaks) const {
    TokenKind kind = tokens()[k].kind;
    return kind == TokenKind::ClauseBreak || (comma_breaks && kind == TokenKind::Comma);
  }
  bool in_timex(std::uint32_t k) const { return in_timex_[k] != 0; }

  // The word token right before k in its sentence, if the token before k is a word.
  std::optional<std::uint32_t> previous_word(std::uint32_t k) const;

  // Whether token k is an event word, and which kind.
  Role role(std::uint32_t k) const;

  // An amount noun ("income", "loss", "sales") used as a noun, not as a
  // unit of price ("$65 a share").
  bool is_amount(std::uint32_t k) const;

  // "the quarter ended Sept. 30", "the year ending June 30": the participle
  // that ties a period to its last day.
  bool is_period_end(std::uint32_t k) const;

  // Prepositions that are no signal words: to, with, for, into, against, about.
  static bool is_preposition(std::string_view w);

 private:
  std::string_view text_;
  TokenizedText scan_;
  std::vector<std::uint8_t> in_timex_;  // per token
};

}  // namespace dateline::timeline
