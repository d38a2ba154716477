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
#include "core/timeline/function_words.h"
#include "core/timeline/tokens.h"

namespace dateline::timeline {

enum class Role : std::uint8_t { None, Verb, Noun };

class EventWords {
 public:
  // Tokenizes `text` (which must outlive this) and marks the tokens of `timexes`.
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

  // The lexicon::WordClass flags of token k; 0 for anything but a word of a
  // sentence that holds an expression: anchoring reads only those.
  std::uint16_t classes(std::uint32_t k) const;

  // The word token right before k in its sentence, if the token before k is a word.
  std::optional<std::uint32_t> previous_word(std::uint32_t k) const;

  // The function-word classes and signal relation of token k.
  FunctionWordInfo function_info(std::uint32_t k) const;
  bool is_function(std::uint32_t k, FunctionClass cls) const { return function_info(k).is(cls); }
  bool is_any_function(std::uint32_t k) const { return function_info(k).is_any(); }  // any class but Amount
  std::optional<Relation> signal_of(std::uint32_t k) const { return function_info(k).relation(); }

  // Whether token k is an event word, and which kind.
  Role role(std::uint32_t k) const;

  // An amount noun ("income", "loss", "sales") used as a noun, not as a
  // unit of price ("$65 a share").
  bool is_amount(std::uint32_t k) const;

  // "the quarter ended Sept. 30", "the year ending June 30": the participle
  // that ties a period to its last day.
  bool is_period_end(std::uint32_t k) const;

  // A subject pronoun: I, we, they, you, he, she, it.
  bool is_subject_pronoun(std::uint32_t k) const;

  // Prepositions that are no signal words: to, with, for, into, against,
  // about, under, between, among, without, across, toward(s), amid, near,
  // behind, despite, upon.
  static bool is_preposition(std::string_view w);

 private:
  Role find_role(std::uint32_t k) const;

  static constexpr std::uint8_t kUnknownRole = 0xFF;
  static constexpr std::uint16_t kUnknownClasses = 0xFFFF;  // no word has every class

  std::string_view text_;
  TokenizedText scan_;
  std::vector<std::uint8_t> in_timex_;  // per token
  std::vector<std::uint8_t> read_;      // per sentence: it holds an expression
  // Per token, worked out when first asked (anchoring asks about a few
  // tokens many times, and about most tokens never): its classes, or
  // kUnknownClasses; its Role, or kUnknownRole; its function-word info.
  mutable std::vector<std::uint16_t> classes_;
  mutable std::vector<std::uint8_t> roles_;
  mutable std::vector<std::optional<FunctionWordInfo>> function_;
};

}  // namespace dateline::timeline
