#include "core/timeline/event_words.h"

#include "core/lexicon/lexicon.h"
#include "core/timeline/function_words.h"

namespace dateline::timeline {

using lexicon::WordClass;

EventWords::EventWords(std::string_view text, const std::vector<Timex>& timexes)
    : text_(text),
      scan_(tokenize(text)),
      in_timex_(scan_.tokens.size(), 0),
      read_(scan_.sentences.size(), 0),
      classes_(scan_.tokens.size(), kUnknownClasses),
      roles_(scan_.tokens.size(), kUnknownRole),
      function_(scan_.tokens.size()) {
  for (const auto& t : timexes) {
    auto first = token_at_or_after(tokens(), t.begin);
    for (auto k = first; k < tokens().size() && tokens()[k].begin < t.end; ++k) in_timex_[k] = 1;
    if (first < tokens().size()) read_[tokens()[first].sentence] = 1;
  }
}

std::uint16_t EventWords::classes(std::uint32_t k) const {
  if (classes_[k] == kUnknownClasses) {
    const Token& tok = tokens()[k];
    classes_[k] = tok.kind == TokenKind::Word && read_[tok.sentence] ? lexicon::classes_of_token(word(k)) : 0;
  }
  return classes_[k];
}

std::optional<std::uint32_t> EventWords::previous_word(std::uint32_t k) const {
  if (k == sentence_of(k).first_token) return std::nullopt;
  return is_word(k - 1) ? std::optional<std::uint32_t>(k - 1) : std::nullopt;
}

FunctionWordInfo EventWords::function_info(std::uint32_t k) const {
  if (!function_[k]) function_[k] = function_word_info(word(k));
  return *function_[k];
}

Role EventWords::role(std::uint32_t k) const {
  if (roles_[k] == kUnknownRole) roles_[k] = static_cast<std::uint8_t>(find_role(k));
  return static_cast<Role>(roles_[k]);
}

Role EventWords::find_role(std::uint32_t k) const {
  const Token& tok = tokens()[k];
  if (tok.kind != TokenKind::Word || in_timex(k)) return Role::None;
  // A capitalized word after a word is a name (below) unless it is "Had":
  // answered first, it saves a lookup in the large WordNet table.
  const bool name = tok.capitalized && k != sentence_of(k).first_token && is_word(k - 1);
  if (name && !is_function(k, FunctionClass::Possession)) return Role::None;
  if (classes(k) == 0) return Role::None;
  if (is_function(k, FunctionClass::Possession)) {
    // "had a loss" is an event, "had risen" and "had just ended" are a tense.
    // "has often claimed", "had set": a participle after an adverb, and one
    // that is a noun too ("set", "cut", "shed"), makes a tense as well.
    std::uint32_t next = k + 1;
    if (next + 1 < sentence_of(k).end_token && is_word(next) &&
        (is_function(next, FunctionClass::Adverb) || equals_lower(word(next), "not") ||
         equals_lower(word(next), "often") || word(next).ends_with("ly")))
      ++next;
    bool auxiliary = next < sentence_of(k).end_token && is_word(next) && (classes(next) & WordClass::VerbPast);
    return auxiliary ? Role::None : Role::Verb;
  }
  if (is_any_function(k)) return Role::None;
  const auto& sentence = sentence_of(k);
  if (name) return Role::None;
  // "the Atlanta-based company", "state-owned", "an eye-popping $1.6
  // billion", "record-breaking": the second half of a compound modifier is
  // no verb.
  if (k > sentence.first_token + 1 && is_punct(k - 1, '-') &&
      tokens()[k - 1].begin == tokens()[k - 2].end && tokens()[k - 1].end == tok.begin &&
      (classes(k) & (WordClass::VerbPast | WordClass::VerbIng)) && !(classes(k) & WordClass::EventNoun))
    return Role::None;
  const std::uint16_t c = classes(k);
  auto prev = previous_word(k);
  bool after_determiner = prev && (is_function(*prev, FunctionClass::Determiner) ||
                                   tokens()[*prev].kind == TokenKind::Possessive);
  if (!prev && k > sentence.first_token && tokens()[k - 1].kind == TokenKind::Possessive) after_determiner = true;
  // "the bombing that killed", "CBS first reported": a verb form that is
  // no noun follows "that" as a pronoun, "first" and "last" as adverbs.
  if (after_determiner && prev && !(c & WordClass::Noun) &&
      (equals_lower(word(*prev), "that") || equals_lower(word(*prev), "first") ||
       equals_lower(word(*prev), "last")))
    after_determiner = false;
  // "the October 1998 shooting": a date between a determiner and the word.
  if (k > sentence.first_token && in_timex(k - 1)) {
    std::uint32_t j = k - 1;
    while (j > sentence.first_token && in_timex(j - 1)) --j;
    if (j > sentence.first_token && ((is_word(j - 1) && is_function(j - 1, FunctionClass::Determiner)) ||
                                     tokens()[j - 1].kind == TokenKind::Possessive))
      after_determiner = true;
  }
  // "may soon collapse", "will also meet": an adverb between a modal and its verb.
  auto before_adverb = prev;
  if (prev && (in_timex(*prev) || is_function(*prev, FunctionClass::Adverb)))
    before_adverb = previous_word(*prev);
  bool after_modal = before_adverb && is_function(*before_adverb, FunctionClass::Modal);
  // "demonstrators who gather daily": a relative pronoun is a subject too,
  // but not a preposition's object ("in which police clashed").
  auto before_relative = prev ? previous_word(*prev) : std::nullopt;
  const bool after_relative = prev && (equals_lower(word(*prev), "who") || equals_lower(word(*prev), "which")) &&
                              !(before_relative && (signal_of(*before_relative) ||
                                                    is_preposition(word(*before_relative))));
  bool after_subject = (prev && is_function(*prev, FunctionClass::Subject)) || after_relative;
  if ((c & (WordClass::VerbPast | WordClass::VerbIng | WordClass::VerbThird)) && !after_determiner) {
    bool noun_reading = (c & WordClass::Noun) && !(c & WordClass::VerbLean) && !(c & WordClass::VerbPast);
    // "Intelogic shares rose": an -s form followed by a finite verb is its subject.
    if ((c & WordClass::Noun) && (c & WordClass::VerbThird) && k + 1 < sentence.end_token && is_word(k + 1) &&
        (classes(k + 1) & (WordClass::VerbPast | WordClass::VerbThird)) &&
        !is_any_function(k + 1))
      noun_reading = true;
    if (!noun_reading) return Role::Verb;
  }
  if ((c & WordClass::VerbBase) && (after_modal || after_subject)) return Role::Verb;
  if (c & WordClass::EventNoun) return Role::Noun;
  return Role::None;
}

bool EventWords::is_amount(std::uint32_t k) const {
  if (!is_word(k) || tokens()[k].capitalized || !(classes(k) & WordClass::AmountNoun) ||
      is_any_function(k) || role(k) != Role::None)
    return false;
  // "$65 a share", "10 cents per share": a unit of price, not a result.
  auto prev = previous_word(k);
  if (!prev || !(equals_lower(word(*prev), "a") || equals_lower(word(*prev), "per"))) return true;
  const auto& s = sentence_of(k);
  return !(*prev > s.first_token && (tokens()[*prev - 1].kind == TokenKind::Number ||
                                     (is_word(*prev - 1) && is_function(*prev - 1, FunctionClass::Amount))));
}

bool EventWords::is_period_end(std::uint32_t k) const {
  return equals_lower(word(k), "ended") || equals_lower(word(k), "ending");
}

bool EventWords::is_subject_pronoun(std::uint32_t k) const {
  return is_word(k) && (is_function(k, FunctionClass::Subject) || equals_lower(word(k), "he") ||
                        equals_lower(word(k), "she") || equals_lower(word(k), "it"));
}

bool EventWords::is_preposition(std::string_view w) {
  return one_of(w, {"to", "with", "for", "into", "against", "about", "under", "between", "among", "without", "across",
                   "toward", "towards", "amid", "near", "behind", "despite", "upon"});
}

}  // namespace dateline::timeline
