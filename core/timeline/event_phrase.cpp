// event_phrase: a headline-like phrase around a trigger. A verb gets its
// subject (a noun phrase or pronoun; the antecedent of "who"/"which"), its
// verb group ("was set to open") and its complements up to the clause end or
// the dating expression; an event noun gets its noun phrase (determiner,
// modifiers, compound, "of ..." and short prepositional complements). The
// phrase never starts or ends on a grammar word that needs a neighbour it
// does not show.
#include "core/timeline/event_phrase.h"

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "core/lexicon/lexicon.h"

namespace dateline::timeline {
namespace {

using lexicon::WordClass;

// Length bounds, in words: a phrase is a headline, not the sentence.
constexpr int kMaxWords = 18;
constexpr int kSubjectWords = 7;      // a subject longer than this is cut to its head
constexpr int kVerbGroupWords = 6;    // "would have been expected to open"
constexpr int kNounPhraseWords = 12;  // a noun with its complements
constexpr int kComplementWords = 6;   // one "of ..." or prepositional complement
constexpr int kPredicateWords = 8;    // the object of a noun subject's verb
constexpr std::uint32_t kAsideTokens = 24;  // an aside between commas: "Hanbo, the country's largest conglomerate,"

// How far a noun phrase read leftwards reaches: the trigger noun's own
// phrase; an antecedent, with "of" phrases; a subject, with prepositional
// phrases ("discussions on the issue").
enum class Walk { Noun, Antecedent, Subject };

// A token range [first, last] of the sentence, shown in order.
struct Segment {
  std::uint32_t first;
  std::uint32_t last;
};

class PhraseBuilder {
 public:
  PhraseBuilder(const EventWords& words, std::uint32_t trigger, std::uint32_t stop, std::uint32_t timex_first,
                std::uint32_t timex_end)
      : w_(words),
        s_(words.sentence_of(trigger)),
        trigger_(trigger),
        stop_(stop > trigger ? stop : s_.end_token),
        timex_first_(timex_first),
        timex_end_(timex_end) {
    // "made a 30-day retreat", "help overthrow a nine-year rebellion": an
    // expression that modifies a noun, after a determiner, stays in the
    // phrase with its noun.
    if (stop_ == timex_first_ && timex_first_ > s_.first_token && timex_end_ < s_.end_token &&
        (is_central_determiner(timex_first_ - 1) || w_.tokens()[timex_first_ - 1].kind == TokenKind::Possessive) &&
        !w_.in_timex(timex_end_) && is_noun_phrase_word(timex_end_)) {
      stop_ = s_.end_token;
      inner_expression_ = true;
    }
  }

  EventPhrase build() const {
    if (verb_like(trigger_)) return verb_phrase(trigger_);
    const std::uint32_t first = noun_phrase_start(trigger_);
    // "the venture began operations", "the deal took effect": a noun that
    // is the bare object of a verb shows that verb's clause.
    if (first == trigger_ && first > s_.first_token && w_.is_word(first - 1) &&
        w_.role(first - 1) == Role::Verb && verb_like(first - 1) && !(w_.classes(first - 1) & WordClass::VerbIng)) {
      EventPhrase clause = verb_phrase(first - 1);
      if (clause.end >= w_.tokens()[trigger_].end) return clause;
    }
    return noun_phrase(first);
  }

 private:
  // A verb's subject, verb group and complements.
  EventPhrase verb_phrase(std::uint32_t verb) const {
    std::vector<Segment> parts;
    std::vector<bool> elided;  // before part i: " ... " instead of " "
    const std::uint32_t group = verb_group_start(verb);
    int used = words_in({group, verb}) - expression_words(group, verb);
    if (auto subject = subject_of(group, verb)) {
      parts.push_back(*subject);
      elided.push_back(false);
      used += words_in(*subject);
    }
    std::uint32_t last = complements_end(verb, std::max(0, kMaxWords - used));
    used += words_in({verb, last}) - 1;
    // "Kiet was Saturday quoted", "has for years rejected": an expression
    // inside the verb group is left out, with its signal word.
    std::uint32_t from = group;
    for (std::uint32_t k = group; k < verb; ++k) {
      if (!w_.in_timex(k)) continue;
      const std::uint32_t j = expression_start(k);
      if (j > from) {
        parts.push_back({from, j - 1});
        elided.push_back(parts.size() > 1 && from == group && subject_cut(parts.front(), group));
      }
      while (k + 1 < verb && w_.in_timex(k + 1)) ++k;
      from = k + 1;
    }
    parts.push_back({from, last});
    elided.push_back(parts.size() > 1 && from == group && subject_cut(parts.front(), group));
    // "said Tuesday that ...", "said Tuesday it was sending", "agreed
    // Wednesday on the need": a verb with nothing after it before the
    // expression takes its complements from after the expression.
    // Not after an expression that is the verb's object ("spent three
    // hours with", "put its future in").
    std::uint32_t clause_verb = timex_end_;
    // ("said on Monday that": a signal that sets the time within it too.)
    const bool within = stop_ + 1 == timex_first_ && w_.signal_of(stop_).value_or(Relation::Before) == Relation::Within;
    if (last == verb && stop_ == verb + 1 && (stop_ == timex_first_ || within) && timex_end_ < s_.end_token &&
        !is_duration(timex_first_, timex_end_) && opens_complement(timex_end_, clause_verb)) {
      // A clause takes what the budget allows, and is shown with its verb
      // or not at all; a prepositional complement, a predicate's length.
      const bool clause = is(timex_end_, {"that"}) || clause_verb != timex_end_;
      const int budget = std::max(0, clause ? kMaxWords - used : std::min(kMaxWords - used, kPredicateWords));
      std::uint32_t more = complements_end(timex_end_ - 1, budget, s_.end_token);
      // "which came to power 19 years ago in a coup was condemned": after
      // a prepositional complement, a verb group after a noun belongs to
      // the main clause.
      for (std::uint32_t k = timex_end_ + 1; k <= more && !clause; ++k)
        if (is_noun_phrase_word(k - 1) && !is(k, {"to"}) && !w_.tokens()[k].capitalized &&
            (w_.is_function(k, FunctionClass::Auxiliary) || w_.is_function(k, FunctionClass::Modal) ||
             w_.is_function(k, FunctionClass::Possession))) {
          more = trim_end(timex_end_, k - 1);
          break;
        }
      if (more >= timex_end_ && more >= clause_verb) {
        parts.push_back({timex_end_, more});
        elided.push_back(false);
      }
    }
    return render(parts, elided);
  }

  // A noun's phrase from `first` (its determiner or first modifier).
  EventPhrase noun_phrase(std::uint32_t first) const {
    // "a 69 percent rise in exports", "net profit per share": a noun that
    // is the object of "of", "per" or "in" inside a larger noun phrase
    // shows that phrase's head too ("in" not after a verb's object:
    // "implicated the government in the murder").
    if (first >= s_.first_token + 2 && w_.is_word(first) && is(first - 1, {"of", "per", "in"}) &&
        is_noun_phrase_word(first - 2) && !is_verb_form(first - 2)) {
      std::uint32_t head = noun_phrase_start(first - 1);
      const bool verb_object = head > s_.first_token && (w_.role(head - 1) == Role::Verb || is_verb_form(head - 1));
      // ("in" only after an event or an amount: not "his family in the 1975 putsch").
      const bool in_event = w_.role(first - 2) == Role::Noun || w_.is_amount(first - 2) ||
                            (w_.classes(first - 2) & WordClass::VerbIng) ||
                            (!(w_.classes(first - 2) & (WordClass::Noun | WordClass::AnyVerb)) &&
                             !w_.is_any_function(first - 2));  // "instrumental in founding"
      if (head < first - 1 && words_in({head, trigger_}) <= kNounPhraseWords &&
          !((verb_object || !in_event) && is(first - 1, {"in"})))
        first = head;
    }
    std::uint32_t last = noun_phrase_end(trigger_);
    // "fires killed eight women": a subject shows its verb and object.
    std::uint32_t verb = last + 1;
    while (verb < stop_ && verb < s_.end_token && w_.is_word(verb) &&
           (w_.is_function(verb, FunctionClass::Auxiliary) || w_.is_function(verb, FunctionClass::Modal) ||
            w_.is_function(verb, FunctionClass::Adverb)))
      ++verb;
    if (verb < stop_ && verb < s_.end_token && w_.role(verb) == Role::Verb &&
        (verb > last + 1 || (w_.classes(verb) & (WordClass::VerbPast | WordClass::VerbThird))) &&
        !(first > s_.first_token && (is_preposition(first - 1) || w_.role(first - 1) == Role::Verb)))
      last = complements_end(verb, kPredicateWords);
    return render({{first, last}}, {false});
  }

  // ---- word classes ---------------------------------------------------

  std::string_view word(std::uint32_t k) const { return w_.word(k); }
  bool is(std::uint32_t k, std::initializer_list<std::string_view> list) const {
    return w_.is_word(k) && one_of(word(k), list);
  }
  // Determiners that open a noun phrase ("first", "new", "last" are in the
  // function-word Determiner class too, but follow one: "his first call").
  bool is_central_determiner(std::uint32_t k) const {
    return is(k, {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
                  "some", "any", "no", "every", "each"});
  }
  bool is_relative_pronoun(std::uint32_t k) const { return is(k, {"who", "which", "whom", "whose"}); }
  // Words that open a clause of their own: the phrase's complements end before them.
  bool opens_clause(std::uint32_t k) const {
    return is_relative_pronoun(k) ||
           is(k, {"where", "while", "because", "although", "though", "if", "whether", "unless", "when", "whereas", "what"});
  }
  bool is_preposition(std::uint32_t k) const {
    return w_.is_word(k) && (w_.signal_of(k) || EventWords::is_preposition(word(k)) ||
                             is(k, {"of", "via", "per"}));
  }
  // Prepositions that may join a noun phrase inside a subject ("talks on
  // the issue", "the war between them"); not the ones that open a
  // time clause ("since", "after", "until").
  bool joins_noun_phrase(std::uint32_t k) const {
    return is(k, {"of", "in", "on", "at", "for", "with", "between", "among", "against", "about", "over", "near",
                  "from", "into", "per", "under"});
  }
  // A word a phrase may not start with: it belongs to what comes before.
  bool cannot_start(std::uint32_t k) const {
    return (is_preposition(k) && !qualifies_number(k)) || opens_clause(k) || is(k, {"whose", "that", "to"}) ||
           w_.is_function(k, FunctionClass::Coordinator) || w_.is_function(k, FunctionClass::Subordinator);
  }
  // A word a phrase may not end on: it needs what follows it.
  bool dangles(std::uint32_t k) const {
    // "... after they": a subject pronoun opens a clause the phrase cuts.
    return is_preposition(k) || is_central_determiner(k) || opens_clause(k) ||
           is(k, {"another", "i", "we", "they", "he", "she"}) ||
           w_.is_function(k, FunctionClass::Coordinator) || w_.is_function(k, FunctionClass::Subordinator) ||
           w_.is_function(k, FunctionClass::Auxiliary) || w_.is_function(k, FunctionClass::Modal) ||
           w_.is_function(k, FunctionClass::Possession);
  }
  // Inside a word ("U.S.", "state-owned", "$4", "5%", "Japan’s"): punctuation
  // a noun phrase may hold.
  bool is_inner_punct(std::uint32_t k) const {
    const Token& t = w_.tokens()[k];
    if (t.kind == TokenKind::Possessive || t.kind == TokenKind::Number || is_number_comma(k)) return true;
    if (t.kind != TokenKind::Other) return false;
    const char c = w_.text()[t.begin];
    return c == '-' || c == '.' || c == '$' || c == '%' || c == '&' || (c & 0x80);
  }
  // "press reports said", "monitors here said": a plural noun that could
  // be a verb is a noun right before a finite verb group.
  bool is_plural_subject(std::uint32_t p, std::uint32_t group) const {
    return w_.is_word(p) && !w_.tokens()[p].capitalized && !w_.is_any_function(p) &&
           (w_.classes(p) & WordClass::Noun) && (w_.classes(p) & WordClass::VerbThird) &&
           !(w_.classes(group) & WordClass::VerbIng) &&
           // (not "profits gains")
           !((w_.classes(group) & WordClass::Noun) && (w_.classes(group) & WordClass::VerbThird));
  }
  // Whether token k, right after a verb's expression, opens that verb's
  // complement: "that", a clause ("it was sending", "the United States
  // would talk"), "to" and a verb, or a preposition that sets no time
  // ("on the need", "at the temple").
  // A clause's subject is a pronoun with any verb, or a noun phrase with an
  // auxiliary or a modal ("the United States would talk", not "a new
  // coalition forged by its rivals"); `clause_verb` is set to that verb.
  bool opens_complement(std::uint32_t k, std::uint32_t& clause_verb) const {
    if (is(k, {"that", "on", "in", "at", "with", "for", "against", "about", "into", "to"})) return true;
    const bool pronoun = w_.is_subject_pronoun(k);
    std::uint32_t subject_end = k;
    if (!pronoun) {
      if (!is_central_determiner(k) && !(w_.tokens()[k].capitalized && is_noun_phrase_word(k))) return false;
      subject_end = noun_phrase_end_from(k, s_.end_token, kSubjectWords);
      if (subject_end < k || subject_end == UINT32_MAX) return false;
    }
    const std::uint32_t v = subject_end + 1;
    clause_verb = v;
    return v < s_.end_token && w_.is_word(v) &&
           (w_.is_function(v, FunctionClass::Auxiliary) || w_.is_function(v, FunctionClass::Modal) ||
            w_.is_function(v, FunctionClass::Possession) ||
            (pronoun && w_.role(v) == Role::Verb && (w_.classes(v) & (WordClass::VerbPast | WordClass::VerbThird))));
  }
  // An expression of [first, end) that reads as an amount of time ("three
  // hours", "about two hours", "eight years"), not a point ("last week").
  bool is_duration(std::uint32_t first, std::uint32_t end) const {
    return is(end - 1, {"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
                        "month", "months", "year", "years", "decade", "decades"}) &&
           !is(first, {"last", "this", "next", "the", "that", "early", "late", "earlier", "later", "same"});
  }
  // A dash between words: "--", " - ", an en or em dash; not a hyphen.
  bool is_dash(std::uint32_t k) const {
    const Token& t = w_.tokens()[k];
    const std::string_view text = w_.text().substr(t.begin, t.end - t.begin);
    if (text == "\u2013" || text == "\u2014") return true;
    return text == "-" && !(k > s_.first_token && k + 1 < s_.end_token && w_.tokens()[k - 1].end == t.begin &&
                            w_.tokens()[k + 1].begin == t.end && w_.is_word(k - 1) && w_.is_word(k + 1));
  }
  // The comma of "12,490".
  bool is_number_comma(std::uint32_t k) const {
    return w_.tokens()[k].kind == TokenKind::Comma && k > s_.first_token && k + 1 < s_.end_token &&
           w_.tokens()[k - 1].kind == TokenKind::Number && w_.tokens()[k + 1].kind == TokenKind::Number &&
           w_.tokens()[k - 1].end == w_.tokens()[k].begin && w_.tokens()[k].end == w_.tokens()[k + 1].begin;
  }
  // A finite or participle verb form that is no noun ("killed", "says").
  bool is_verb_form(std::uint32_t k) const {
    return w_.is_word(k) && !w_.tokens()[k].capitalized && !w_.is_any_function(k) &&
           (w_.classes(k) & WordClass::AnyVerb) && !(w_.classes(k) & WordClass::Noun);
  }
  // A word of a noun phrase: a name, a noun, an adjective, an amount, a
  // determiner-like adjective ("first", "new"); not a verb, not a grammar word.
  bool is_noun_phrase_word(std::uint32_t k) const {
    if (!w_.is_word(k) || w_.in_timex(k) || is(k, {"whose"})) return false;
    if (is(k, {"first", "new", "last", "other", "more", "many", "several", "further", "such", "former", "next",
               "percent", "cent", "per", "year", "years", "month", "months", "week", "weeks", "day", "days"}) ||
        in_compound(k))
      return true;
    // A capital inside the sentence is a name ("US", "Times", "Mr"), even
    // when its lower-case form is a grammar word.
    if (w_.tokens()[k].capitalized && k > s_.first_token && w_.tokens()[k - 1].kind != TokenKind::ClauseBreak &&
        !is_relative_pronoun(k) && !w_.is_subject_pronoun(k))
      return true;
    if (w_.is_any_function(k)) return false;
    if (w_.tokens()[k].capitalized) return true;
    return w_.role(k) != Role::Verb && !is_verb_form(k);
  }
  // A word joined by a hyphen to the next or the previous one ("face-to-face").
  bool in_compound(std::uint32_t k) const {
    auto glued_hyphen = [&](std::uint32_t h) {
      return h > s_.first_token && h + 1 < s_.end_token && w_.is_punct(h, '-') &&
             w_.tokens()[h - 1].end == w_.tokens()[h].begin && w_.tokens()[h].end == w_.tokens()[h + 1].begin;
    };
    return w_.is_word(k) && ((k + 1 < s_.end_token && glued_hyphen(k + 1)) || (k > s_.first_token && glued_hyphen(k - 1)));
  }
  // A word that qualifies the number after it: "about 250 million",
  // "nearly 3%", "at least 4,272".
  bool qualifies_number(std::uint32_t k) const {
    if (k + 2 < s_.end_token && is(k, {"at"}) && is(k + 1, {"least", "most"})) return qualifies_number(k + 1);
    return k + 1 < s_.end_token && w_.tokens()[k + 1].kind == TokenKind::Number &&
           is(k, {"about", "nearly", "almost", "around", "some", "over", "under", "roughly", "just", "least", "most"});
  }
  // Right after an auxiliary, a form of "have" or a modal ("was", "had", "will").
  bool after_auxiliary(std::uint32_t k) const {
    return k > s_.first_token && w_.is_word(k - 1) &&
           (w_.is_function(k - 1, FunctionClass::Auxiliary) || w_.is_function(k - 1, FunctionClass::Possession) ||
            w_.is_function(k - 1, FunctionClass::Modal));
  }
  bool is_object_pronoun(std::uint32_t k) const { return is(k, {"them", "him", "us", "me", "it", "her"}); }
  // Whether word k heads a verb phrase here (a verb, or a state after "be":
  // "was weak") rather than a noun phrase. The anchoring walk's role is
  // the default; the words right before k overrule it both ways.
  bool verb_like(std::uint32_t k) const {
    // "tax-cutting proposals": the second half of a compound modifies a noun.
    if (k > s_.first_token && w_.is_punct(k - 1, '-') && in_compound(k)) return false;
    // "led the party back to power": after "to" that follows no verb, a
    // word used mostly as a noun is the preposition's object.
    if (k >= s_.first_token + 2 && is(k - 1, {"to"}) && (w_.classes(k) & WordClass::Noun) &&
        !(w_.classes(k) & WordClass::VerbLean) && w_.role(k - 2) != Role::Verb && !is_verb_form(k - 2) &&
        !w_.is_function(k - 2, FunctionClass::Auxiliary) && !is_noun_phrase_word(k - 2) && !is(k - 2, {"about"}))
      return false;
    if (after_auxiliary(k) && (w_.classes(k) & WordClass::AnyVerb)) return true;
    // "the rebels now control": a verb form right after a one-word
    // expression that follows no preposition or determiner.
    if (k >= s_.first_token + 2 && w_.in_timex(k - 1) && !w_.in_timex(k - 2) && (w_.classes(k) & WordClass::AnyVerb) &&
        !is_preposition(k - 2) && !is_central_determiner(k - 2) && w_.tokens()[k - 2].kind != TokenKind::Possessive)
      return true;
    // "before leaving Beijing", "after taking up the post": an -ing form
    // after a preposition, with an object, is a verb.
    if (k > s_.first_token && k + 1 < s_.end_token && (w_.classes(k) & WordClass::VerbIng) && is_preposition(k - 1) &&
        !w_.in_timex(k + 1) &&
        (is_central_determiner(k + 1) || is_object_pronoun(k + 1) || is(k + 1, {"up", "down", "out", "off"}) ||
         w_.tokens()[k + 1].kind == TokenKind::Number ||
         (w_.tokens()[k + 1].capitalized && w_.is_word(k + 1) && !w_.is_any_function(k + 1))))
      return true;
    // "direct talks", "a rise in exports", "5,193 murders": a noun form
    // after a modifier, a determiner, a number or a preposition is a noun,
    // whatever the anchoring walk took it for.
    // ("which in 1992 won": a year after a signal word modifies no noun.)
    const bool dated = k > s_.first_token && w_.in_timex(k - 1) && is_preposition(expression_start(k - 1));
    if ((w_.classes(k) & WordClass::Noun) && k > s_.first_token && !dated) {
      const std::uint32_t p = k - 1;
      const Token& t = w_.tokens()[p];
      if (t.kind == TokenKind::Possessive || t.kind == TokenKind::Number || is_central_determiner(p) ||
          is_preposition(p) ||
          (w_.is_word(p) && !t.capitalized && !w_.is_any_function(p) && w_.role(p) != Role::Verb &&
           !(w_.classes(p) & WordClass::Noun) && !word(p).ends_with("ly")))
        return false;
    }
    if (w_.role(k) == Role::Verb) return true;
    if (w_.role(k) == Role::Noun || w_.is_amount(k)) return false;
    return linking_verb_before(k) < k;
  }

  // "remain", "become", "seem": a verb that links its subject to an
  // adjective or a participle ("will remain shut").
  bool is_linking_verb(std::uint32_t k) const {
    return is(k, {"remain", "remains", "remained", "remaining", "become", "becomes", "became", "becoming", "seem",
                  "seems", "seemed", "stay", "stays", "stayed"});
  }
  // A degree word before an adjective: "very grim", "not possible".
  bool is_degree_word(std::uint32_t k) const {
    return is(k, {"very", "so", "too", "more", "less", "most", "quite", "not", "still", "again", "also", "even",
                  "increasingly"});
  }
  // The form of "be" or the linking verb before state word k, past degree
  // words and an expression ("is very grim", "is not possible", "will
  // remain shut", "is now open"); k when there is none.
  std::uint32_t linking_verb_before(std::uint32_t k) const {
    std::uint32_t j = k;
    while (j > s_.first_token && (is_degree_word(j - 1) || w_.in_timex(j - 1))) {
      j = w_.in_timex(j - 1) ? expression_start(j - 1) : j - 1;
      if (j - 1 >= k) return k;
    }
    if (j == s_.first_token || !w_.is_word(j - 1)) return k;
    return w_.is_function(j - 1, FunctionClass::Auxiliary) || is_linking_verb(j - 1) ? j - 1 : k;
  }

  // ---- a verb ---------------------------------------------------------

  // The first token of the trigger's verb group: auxiliaries, modals,
  // "to", "not", adverbs, and verbs that take "to" or an -ing form ("was set
  // to open", "aims to spend", "was found floating").
  std::uint32_t verb_group_start(std::uint32_t verb) const {
    std::uint32_t group = verb;
    const std::uint32_t linked = linking_verb_before(verb);
    int words = 0;
    for (std::uint32_t k = verb; k-- > s_.first_token && words < kVerbGroupWords;) {
      // "was Saturday quoted", "will now be", "has for years rejected",
      // "agreed Monday to meet": an expression after an auxiliary or a
      // modal, or before the "to" of a verb's complement, stays inside the
      // group (the phrase leaves it out).
      if (w_.in_timex(k)) {
        const std::uint32_t j = expression_start(k);
        if (j == s_.first_token) break;
        const bool auxiliary = w_.is_function(j - 1, FunctionClass::Auxiliary) ||
                               w_.is_function(j - 1, FunctionClass::Possession) ||
                               w_.is_function(j - 1, FunctionClass::Modal);
        const bool complement = is(group, {"to"}) && !w_.tokens()[j - 1].capitalized &&
                                w_.signal_of(j).value_or(Relation::Within) == Relation::Within &&
                                (is_verb_form(j - 1) || w_.role(j - 1) == Role::Verb);
        if (!w_.is_word(j - 1) || !(auxiliary || complement)) break;
        k = j;
        continue;
      }
      if (!w_.is_word(k)) break;
      // "will remain shut", "is very grim": a linking verb and degree words
      // before an adjective or a participle.
      const bool auxiliary = is_group_word(k) || linked <= k;
      // "foreign financing to develop": a noun form after a modifier heads
      // a noun phrase, it takes no verb complement.
      const bool after_modifier = k > s_.first_token && w_.is_word(k - 1) && !w_.tokens()[k - 1].capitalized &&
                                  (is_central_determiner(k - 1) ||
                                   (is_noun_phrase_word(k - 1) && !(w_.classes(k - 1) & WordClass::Noun)));
      const bool verb_here = is_verb_form(k) || after_auxiliary(k) || (w_.role(k) == Role::Verb && !after_modifier);
      const bool takes_complement =
          verb_here && !w_.tokens()[k].capitalized && !w_.is_any_function(k) && (w_.classes(k) & WordClass::AnyVerb) &&
          (is(group, {"to", "as"}) || ((w_.classes(group) & WordClass::VerbIng) && group == verb &&
                                       w_.role(k) == Role::Verb));
      // "was quoted as saying": "as" between a verb and its -ing complement.
      const bool as_complement = is(k, {"as"}) && group == verb && (w_.classes(verb) & WordClass::VerbIng) &&
                                 k > s_.first_token && (is_verb_form(k - 1) || w_.role(k - 1) == Role::Verb);
      // "was due to arrive", "is likely to win": an adjective that takes "to".
      const bool adjective_complement =
          is(group, {"to"}) && linking_verb_before(k) < k &&
          is(k, {"due", "likely", "unlikely", "able", "unable", "ready", "about", "willing", "unwilling", "poised",
                 "bound", "certain", "sure", "eager", "keen", "free"});
      if (!auxiliary && !takes_complement && !as_complement && !adjective_complement) break;
      group = k;
      ++words;
    }
    return group;
  }

  // An auxiliary, a form of "have", a modal or an adverb: a word of the verb
  // group before its verb.
  bool is_group_word(std::uint32_t k) const {
    // "has so far devoted".
    if ((is(k, {"far"}) && k > s_.first_token && is(k - 1, {"so", "thus"})) ||
        (is(k, {"so", "thus"}) && k + 1 < s_.end_token && is(k + 1, {"far"})))
      return true;
    return w_.is_word(k) && (w_.is_function(k, FunctionClass::Auxiliary) ||
                             w_.is_function(k, FunctionClass::Possession) || w_.is_function(k, FunctionClass::Modal) ||
                             w_.is_function(k, FunctionClass::Adverb) ||
                             (word(k).ends_with("ly") && w_.classes(k) == 0 && !w_.tokens()[k].capitalized));
  }

  // The first token of the expression that holds token k, with the signal
  // word or preposition right before it ("for years", "on Thursday").
  std::uint32_t expression_start(std::uint32_t k) const {
    while (k > s_.first_token && w_.in_timex(k - 1)) --k;
    if (k > s_.first_token && w_.is_word(k - 1) && (w_.signal_of(k - 1) || is_preposition(k - 1))) --k;
    return k;
  }

  // The words of expressions (and their signals) in [first, last).
  int expression_words(std::uint32_t first, std::uint32_t last) const {
    int words = 0;
    for (std::uint32_t k = first; k < last; ++k)
      if (w_.in_timex(k)) {
        const std::uint32_t j = std::max(first, expression_start(k));
        while (k + 1 < last && w_.in_timex(k + 1)) ++k;
        words += words_in({j, k});
      }
    return words;
  }

  int words_in(Segment part) const {
    int words = 0;
    for (std::uint32_t k = part.first; k <= part.last; ++k) words += w_.is_word(k);
    return words;
  }

  // The subject of the verb group starting at `group`, nullopt when there
  // is none to show (a participle clause, a coordinated verb).
  std::optional<Segment> subject_of(std::uint32_t group, std::uint32_t verb) const {
    if (group == s_.first_token) return std::nullopt;
    std::uint32_t p = group - 1;
    // "U.S. forces Thursday launched", "Baghdad, which in September said",
    // "the CBI (...) Sunday said", "monitors here said": the expression
    // (with its signal), "here" and an aside in brackets between subject
    // and verb are left out.
    bool expression = false;
    for (;;) {
      if (w_.in_timex(p)) {
        p = expression_start(p);
        expression = true;
      } else if (is(p, {"here"})) {
      } else if (w_.tokens()[p].kind == TokenKind::ClauseBreak && w_.text()[w_.tokens()[p].begin] == ')') {
        while (p > s_.first_token &&
               !(w_.tokens()[p].kind == TokenKind::ClauseBreak && w_.text()[w_.tokens()[p].begin] == '('))
          --p;
      } else if (is_dash(p)) {
        // "Mali -- home to nine million people -- has acquired".
        while (p > s_.first_token && is_dash(p - 1)) --p;
        std::uint32_t open = p;
        while (open > s_.first_token && p - open < kAsideTokens && !is_dash(open - 1) && !w_.is_break(open - 1, false))
          --open;
        if (open == s_.first_token || !is_dash(open - 1)) return std::nullopt;
        p = open - 1;
        while (p > s_.first_token && is_dash(p - 1)) --p;
      } else {
        break;
      }
      if (p == s_.first_token) return std::nullopt;
      --p;
    }
    // After an expression, only a noun phrase, a pronoun or an aside opens
    // the subject: "visit Japan for three days to meet", "adjourned until
    // Monday to allow", "and recently planted seedlings" have none to show.
    if (expression && (is(group, {"to"}) || !(is_noun_phrase_word(p) || w_.is_subject_pronoun(p) ||
                                              is_plural_subject(p, group) ||
                                              is_relative_pronoun(p) || is(p, {"that"}) ||
                                              w_.tokens()[p].kind == TokenKind::Comma)))
      return std::nullopt;
    if (w_.tokens()[p].kind == TokenKind::Comma) {
      if (auto subject = subject_before_comma(group, verb, p)) return subject;
      // "Merchants are delighted, saying ...": a participle clause after
      // the main clause shares its subject.
      // Not for participles that work as prepositions ("according to").
      if (group == verb && (w_.classes(verb) & WordClass::VerbIng) &&
          !is(verb, {"according", "including", "following", "regarding", "concerning", "excluding", "beginning",
                     "starting", "ending", "compared"}))
        return sentence_subject(group);
      return std::nullopt;
    }
    // "Ishiba — who was elected", "the plan, which was approved": the
    // antecedent is the subject; the pronoun is left out.
    if (is_relative_pronoun(p) || (is(p, {"that"}) && p > s_.first_token && is_noun_phrase_word(p - 1))) {
      if (p == s_.first_token) return std::nullopt;
      std::uint32_t q = p - 1;
      if (!w_.is_word(q) && w_.tokens()[q].kind != TokenKind::Possessive && w_.tokens()[q].kind != TokenKind::Number &&
          q > s_.first_token)
        --q;  // comma, dash
      // "Danai, 61, who died": an age after a name is no antecedent.
      if (w_.tokens()[q].kind == TokenKind::Number && q > s_.first_token + 1 &&
          w_.tokens()[q - 1].kind == TokenKind::Comma && is_noun_phrase_word(q - 2))
        q -= 2;
      // "around 1,800 which will fall": a number is the antecedent.
      if (w_.tokens()[q].kind == TokenKind::Number && !w_.in_timex(q)) {
        const std::uint32_t a = noun_phrase_start(q + 1, Walk::Antecedent);
        return Segment{std::min(a, q), q};
      }
      // "the current Iranian year, which started": an expression is the antecedent.
      if (w_.in_timex(q) && w_.is_word(q) && !is_relative_pronoun(p - 1)) {
        std::uint32_t a = q;
        while (a > s_.first_token && w_.in_timex(a - 1)) --a;
        if (a > s_.first_token && is_central_determiner(a - 1)) --a;
        // (Not after a preposition or "and": "elections in May and June which gave".)
        if (a > s_.first_token && (is_preposition(a - 1) || w_.is_function(a - 1, FunctionClass::Coordinator)))
          return std::nullopt;
        return Segment{a, q};
      }
      if (!is_noun_phrase_word(q)) return std::nullopt;
      std::uint32_t a = noun_phrase_start(q + 1, Walk::Antecedent);
      if (a > q) return std::nullopt;
      return Segment{a, q};
    }
    if (w_.is_subject_pronoun(p)) return Segment{p, p};
    // "This seemed less certain": a demonstrative opening the clause (not
    // "that", which may open a clause of its own).
    if (is(p, {"this", "these", "those"}) &&
        (p == s_.first_token || w_.text()[w_.tokens()[p - 1].begin] == ';' ||
         w_.text()[w_.tokens()[p - 1].begin] == ':'))
      return Segment{p, p};
    // "and sold for two years": a verb coordinated with an earlier one
    // shares its subject, the clause's.
    if (w_.is_function(p, FunctionClass::Coordinator)) return coordinated_subject(group, p);
    // "Hyundai Motor Co. saw".
    const bool abbreviation = w_.is_punct(p, '.') && p > s_.first_token && is_noun_phrase_word(p - 1);
    const bool pronoun_object = is_object_pronoun(p) && p > s_.first_token && is_preposition(p - 1);
    // "where voting ended": a gerund subject.
    const bool gerund = w_.is_word(p) && (w_.classes(p) & WordClass::VerbIng) && (w_.classes(p) & WordClass::Noun);
    const bool plural = is_plural_subject(p, group);
    if (is_noun_phrase_word(p) || w_.tokens()[p].kind == TokenKind::Number || abbreviation || pronoun_object ||
        gerund || plural) {
      std::uint32_t a = noun_phrase_start(p + 1, Walk::Subject);
      if (a > p && (gerund || plural)) a = std::min(p, noun_phrase_start(p, Walk::Subject));
      if (a > p) return std::nullopt;
      // "the men accused in the coup was set": a noun phrase after a
      // preposition is its object, not the subject; the subject opens the
      // clause. "Under the proposal made": when no noun phrase opens it,
      // a participle's noun is shown (the participle modifies it); a
      // finite verb's is not ("a soldier serving in Bosnia was found":
      // not "Bosnia was found").
      // ("since the demonstrations were quashed": "since" opens a clause.)
      if (a > s_.first_token && is_preposition(a - 1) && !w_.is_function(a - 1, FunctionClass::Subordinator)) {
        // "attacks by militants to coincide with": an infinitive there is
        // no verb of the preposition's object.
        if (is(group, {"to"})) return std::nullopt;
        if (auto head = clause_subject(group)) return head;
        const bool participle = (group == verb && (w_.classes(verb) & (WordClass::VerbPast | WordClass::VerbIng))) ||
                                (w_.classes(group) & WordClass::VerbIng);  // "sentences being passed"
        if (!participle) return std::nullopt;
      }
      return Segment{a, p};
    }
    // "... in which the leader was killed was set to open": the subject
    // holds a clause of its own; show its head.
    if (is_verb_form(p) || w_.role(p) == Role::Verb) return clause_subject(group);
    return std::nullopt;
  }

  // A subject that a comma separates from its verb group: the noun phrase
  // before an aside set off by commas ("Hanbo, the country's largest
  // conglomerate, collapsed": "Hanbo collapsed"; "The fire, sparked by a
  // gas bottle, began"; "the crisis, however, ended"), or the noun a
  // participle clause follows ("the bank, founded in 1882,", shown with
  // the comma).
  std::optional<Segment> subject_before_comma(std::uint32_t group, std::uint32_t verb, std::uint32_t comma) const {
    for (std::uint32_t k = comma; k-- > s_.first_token && comma - k < kAsideTokens;) {
      if (w_.is_break(k, false)) break;
      if (w_.tokens()[k].kind != TokenKind::Comma) continue;
      if (k > s_.first_token && is_noun_phrase_word(k - 1)) {
        std::uint32_t b = noun_phrase_start(k, Walk::Subject);
        const bool object = b > s_.first_token && (is_preposition(b - 1) || w_.role(b - 1) == Role::Verb ||
                                                   is_verb_form(b - 1));
        if (b < k && !object) {
          // "Francois Leotard, chief of the UDF, junior partner in the
          // coalition, strongly condemned": asides in a row; the first
          // noun phrase is the subject.
          // (A name after a title, "the woman's husband, Aziz Demir,", is the subject.)
          std::uint32_t e = k - 1;
          while (!w_.tokens()[b].capitalized && b > s_.first_token + 1 &&
                 w_.tokens()[b - 1].kind == TokenKind::Comma && is_noun_phrase_word(b - 2)) {
            const std::uint32_t a = noun_phrase_start(b - 1, Walk::Subject);
            if (a >= b - 1 || (a > s_.first_token && (is_preposition(a - 1) || w_.role(a - 1) == Role::Verb ||
                                                      is_verb_form(a - 1))))
              break;
            e = b - 2;
            b = a;
          }
          return Segment{b, e};
        }
      }
      break;
    }
    if (comma == s_.first_token || !is_noun_phrase_word(comma - 1)) return std::nullopt;
    std::uint32_t a = noun_phrase_start(comma, Walk::Subject);
    if (a >= comma || group != verb || !(w_.classes(verb) & WordClass::VerbPast)) return std::nullopt;
    // A participle clause closes with a comma; a finite verb after a
    // fronted phrase ("..., held a meeting") seldom does.
    // So does a passive one with its agent ("North Korea, hit by floods").
    for (std::uint32_t k = verb + 1; k < s_.end_token; ++k) {
      if (w_.tokens()[k].kind == TokenKind::Comma || (k <= verb + 3 && is(k, {"by"}))) return Segment{a, comma};
      if (w_.is_break(k, false) || w_.role(k) == Role::Verb) break;
    }
    return std::nullopt;
  }

  // True when the words between the subject and the verb group are the
  // inside of the subject (shown as " ... "), not a relative pronoun or an
  // expression.
  bool subject_cut(Segment subject, std::uint32_t group) const {
    // "Hanbo, the country's largest conglomerate, collapsed": an aside.
    if (subject.last + 1 < group &&
        (w_.tokens()[subject.last + 1].kind == TokenKind::Comma || is_dash(subject.last + 1)))
      return false;
    for (std::uint32_t k = subject.last + 1; k < group; ++k)
      if (w_.is_word(k) && !w_.in_timex(k) && !is_relative_pronoun(k) && !is(k, {"that", "here"}) && !w_.signal_of(k))
        return true;
    return false;
  }

  // The noun phrase that opens the clause of `group` ("The trial of the men").
  std::optional<Segment> clause_subject(std::uint32_t group) const {
    std::uint32_t c = clause_start(group);
    // "But the trial ...", "However, the trial ...".
    while (c < group && (w_.is_function(c, FunctionClass::Coordinator) || w_.is_function(c, FunctionClass::Adverb)))
      ++c;
    if (c >= group || !(is_central_determiner(c) || is_noun_phrase_word(c) ||
                        (w_.tokens()[c].kind == TokenKind::Number && !w_.in_timex(c))))
      return std::nullopt;
    std::uint32_t last = noun_phrase_end_from(c, group, kSubjectWords);
    if (last < c || last == UINT32_MAX) return std::nullopt;
    last = trim_end(c, last);
    if (!is_noun_phrase_word(last) && w_.tokens()[last].kind != TokenKind::Number) return std::nullopt;
    return Segment{c, last};
  }

  // The first token of the clause of token k: after a clause break or a comma.
  std::uint32_t clause_start(std::uint32_t k) const {
    while (k > s_.first_token && !w_.is_break(k - 1, true)) --k;
    return k;
  }

  // The subject of a verb group after a coordinator, the earlier verb's:
  // the noun phrase that opens the clause; the subject of the verb that
  // opens it ("Input prices, or the cost of raw materials, showed their
  // sharpest fall and fell"); the previous clause's when the coordinator
  // opens this one ("Wei was put under watch, but was left alone").
  std::optional<Segment> coordinated_subject(std::uint32_t group, std::uint32_t coordinator) const {
    if (auto subject = clause_subject(group)) return subject;
    const std::uint32_t c = clause_start(group);
    if (c == coordinator && c > s_.first_token + 1 && w_.tokens()[c - 1].kind == TokenKind::Comma) {
      // ("We are optimistic, and have postponed": a pronoun opening it.)
      const std::uint32_t before = clause_start(c - 1);
      auto subject =
          w_.is_subject_pronoun(before) ? std::optional<Segment>(Segment{before, before}) : clause_subject(c - 1);
      // Not when that clause holds one of its own ("The Times said Wei had
      // been under watch, but was left"): which one goes on is unclear.
      for (std::uint32_t k = subject ? subject->last + 2 : c; k + 1 < c; ++k)
        if (!is(k, {"to"}) && (is_noun_phrase_word(k - 1) || w_.is_subject_pronoun(k - 1)) &&
            (w_.is_function(k, FunctionClass::Auxiliary) || w_.is_function(k, FunctionClass::Modal) ||
             w_.is_function(k, FunctionClass::Possession)))
          return std::nullopt;
      return subject;
    }
    if (c < coordinator && !w_.tokens()[c].capitalized && (is_verb_form(c) || w_.role(c) == Role::Verb) &&
        !(w_.classes(c) & WordClass::VerbIng))
      return subject_of(c, c);
    return std::nullopt;
  }

  // The noun phrase that opens the sentence when a verb follows it, for a
  // participle clause at the sentence's end.
  std::optional<Segment> sentence_subject(std::uint32_t group) const {
    std::uint32_t c = s_.first_token;
    while (c < group && (w_.is_function(c, FunctionClass::Coordinator) || w_.is_function(c, FunctionClass::Adverb)))
      ++c;
    if (c >= group || !(is_central_determiner(c) || is_noun_phrase_word(c))) return std::nullopt;
    std::uint32_t last = noun_phrase_end_from(c, group, kSubjectWords);
    if (last < c || last == UINT32_MAX || last + 1 >= group) return std::nullopt;
    const std::uint32_t next = last + 1;
    const bool verb_follows = w_.is_word(next) && (w_.role(next) == Role::Verb ||
                                                   w_.is_function(next, FunctionClass::Auxiliary) ||
                                                   w_.is_function(next, FunctionClass::Possession) ||
                                                   w_.is_function(next, FunctionClass::Modal));
    if (!verb_follows) return std::nullopt;
    return Segment{c, trim_end(c, last)};
  }

  // The last token of the complements after `from`: the rest of its clause,
  // up to the expression, a clause break or a word that opens another
  // clause, at most `budget` words, not ending on a dangling word.
  std::uint32_t complements_end(std::uint32_t from, int budget) const { return complements_end(from, budget, stop_); }
  std::uint32_t complements_end(std::uint32_t from, int budget, std::uint32_t limit) const {
    std::uint32_t last = from;
    int words = 0;
    for (std::uint32_t k = from + 1; k < s_.end_token && k < limit; ++k) {
      const bool inner = inner_expression_ && k >= timex_first_ && k < timex_end_;
      if ((w_.is_break(k, true) && !is_number_comma(k)) || (w_.in_timex(k) && !inner) || opens_clause(k)) break;
      // A name is not cut: "President Joe Biden" may run two words over.
      const bool name_goes_on = w_.is_word(k) && w_.tokens()[k].capitalized && w_.is_word(last) &&
                                w_.tokens()[last].capitalized && words <= budget + 1;
      if (w_.is_word(k) && ++words > budget && !name_goes_on) {
        // "a gradual lifting of UN [sanctions]": a noun phrase the budget
        // cuts before its head is left out, unless a verb would lose its
        // object ("to end the dragging political [crisis]").
        if (is_noun_phrase_word(last) && is_noun_phrase_word(k)) {
          // (The whole noun phrase: after a preposition, or after "and"
          // when it opens on a determiner; not "science and technology".)
          const std::uint32_t start = noun_phrase_start(k);
          const bool whole = start > from + 1 && (is_preposition(start - 1) ||
                                                 (is(start - 1, {"and", "or"}) && is_central_determiner(start)));
          if (whole && start <= last) {
            const std::uint32_t shorter = trim_end(from, start - 1);
            if (shorter > from && !is_verb_form(shorter) && w_.role(shorter) != Role::Verb &&
                !(w_.classes(shorter) & WordClass::VerbIng))
              last = shorter;
          }
        }
        break;
      }
      last = k;
    }
    // "started just after 3 p.m.", "at around 5:00 p.m.", "as early as next
    // month", "a hearing beginning August 19": a word that qualifies the
    // time the phrase stops before goes with it.
    const std::uint32_t next = last + 1;
    if (next < s_.end_token && (next >= limit || w_.in_timex(next)))
      while (last > from && is(last, {"just", "shortly", "soon", "around", "about", "sometime", "almost", "nearly",
                                      "least", "most", "much", "early", "late", "later", "earlier", "right",
                                      "immediately", "only", "beginning", "starting", "ending"}))
        --last;
    return trim_end(from, last);
  }

  // ---- a noun ---------------------------------------------------------

  // The first token of the noun phrase that ends right before `end`:
  // modifiers, names, possessors and numbers back to a determiner. With
  // `subject`, an expression inside it ends it; for the trigger, a dating
  // expression between a determiner and the noun ("a 1975 coup") or before
  // a possessive ("Tuesday's vote") is part of it.
  std::uint32_t noun_phrase_start(std::uint32_t end, Walk walk = Walk::Noun) const {
    // An antecedent ("the trial of the men, who") holds "of" phrases only.
    // Any walk keeps "of" inside a name ("Secretary of State Condoleezza Rice").
    auto joins = [&](std::uint32_t k) {
      if (walk == Walk::Subject) return joins_noun_phrase(k);
      if (!is(k, {"of"})) return false;
      return walk == Walk::Antecedent || (k > s_.first_token && k + 1 < s_.end_token && w_.tokens()[k - 1].capitalized &&
                                          w_.tokens()[k + 1].capitalized);
    };
    std::uint32_t first = end;
    int words = 0;
    for (std::uint32_t k = end; k-- > s_.first_token;) {
      if (w_.in_timex(k)) {
        // A subject holds a possessive expression: "Results for last week's elections".
        if (walk == Walk::Antecedent || (walk == Walk::Subject && w_.tokens()[k + 1].kind != TokenKind::Possessive))
          break;
        std::uint32_t j = k;
        while (j > s_.first_token && w_.in_timex(j - 1)) --j;
        // "a 1975 coup", "Israel's 17-day offensive", "a second four-year term".
        const bool after_determiner =
            j > s_.first_token && (is_central_determiner(j - 1) || w_.tokens()[j - 1].kind == TokenKind::Possessive ||
                                   (is_noun_phrase_word(j - 1) && !w_.tokens()[j - 1].capitalized));
        const bool possessor = w_.tokens()[k + 1].kind == TokenKind::Possessive;
        if (!after_determiner && !possessor) break;
        first = j;
        k = j;
        continue;
      }
      // A subject may hold prepositional phrases: "discussions on the
      // issue begun", "the shooting war between them ended".
      const bool after_preposition = k > s_.first_token && joins(k - 1) &&
                                     k - 1 > s_.first_token && is_noun_phrase_word(k - 2);
      if (is_central_determiner(k)) {
        first = k;
        if (after_preposition) continue;
        break;
      }
      if (walk == Walk::Subject && k + 1 == end && is_object_pronoun(k) && after_preposition) {
        first = k;
        continue;
      }
      if (first < end && k > s_.first_token && joins(k) && is_noun_phrase_word(k - 1)) {
        first = k;
        continue;
      }
      if (qualifies_number(k)) {
        first = k;
        continue;
      }
      // "Ishiba and Biden": names joined.
      if (is(k, {"and"}) && first < end && w_.tokens()[first].capitalized && k > s_.first_token &&
          w_.is_word(k - 1) && w_.tokens()[k - 1].capitalized && !w_.is_any_function(k - 1)) {
        first = k;
        continue;
      }
      if (is_inner_punct(k)) {
        first = k;
        continue;
      }
      // "his own fundraising efforts", "founding leader": an -ing form before a noun modifies it.
      // "an expected announcement": a participle right after a determiner too.
      const bool after_determiner = k > s_.first_token && (is_central_determiner(k - 1) ||
                                                           w_.tokens()[k - 1].kind == TokenKind::Possessive ||
                                                           w_.tokens()[k - 1].kind == TokenKind::Number);
      const bool modifier = w_.is_word(k) &&
                            ((w_.classes(k) & WordClass::VerbIng) || ((w_.classes(k) & WordClass::VerbPast) && after_determiner)) &&
                            first < end && w_.is_word(first) && is_noun_phrase_word(first) && !w_.in_timex(k);
      if (!(is_noun_phrase_word(k) || modifier) || ++words > kSubjectWords) break;
      first = k;
    }
    // Never open on punctuation, "of", "and" or the second half of a
    // compound the length cut ("[Beijing-]backed").
    while (first < end && (!(w_.is_word(first) || w_.tokens()[first].kind == TokenKind::Number ||
                             (is_inner_punct(first) && w_.text()[w_.tokens()[first].begin] == '$')) ||
                           is(first, {"of", "and"}) ||
                           (first > s_.first_token && w_.is_punct(first - 1, '-') &&
                            w_.tokens()[first - 1].end == w_.tokens()[first].begin)))
      ++first;
    return first;
  }

  // The last token of a noun phrase read rightwards from `first` (its
  // determiner, modifiers and head, and one "of ..." complement), before
  // `limit`, at most `max_words` words; first - 1 when none.
  std::uint32_t noun_phrase_end_from(std::uint32_t first, std::uint32_t limit, int max_words) const {
    std::uint32_t last = first - 1;
    int words = 0;
    bool of_used = false;
    for (std::uint32_t k = first; k < limit && k < s_.end_token; ++k) {
      if (is_central_determiner(k) && (k == first || is(k - 1, {"of"}))) {
        ++words;
        continue;
      }
      if (is(k, {"of"}) && !of_used && k > first && last + 1 == k) {
        of_used = true;
        continue;
      }
      if (is_inner_punct(k) || qualifies_number(k)) {
        if (w_.tokens()[k].kind == TokenKind::Number) last = k;
        continue;
      }
      // "A planned trip": a participle right after the determiner.
      const bool modifier = k > first && is_central_determiner(k - 1) && k + 1 < limit && is_noun_phrase_word(k + 1) &&
                            (w_.classes(k) & (WordClass::VerbPast | WordClass::VerbIng));
      if (!(is_noun_phrase_word(k) || modifier) || ++words > max_words) break;
      last = k;
    }
    return last;
  }

  // The last token of the trigger noun's phrase: its compound ("election
  // campaign"), then complements: "of ..." ("the release of the hostages")
  // and short prepositional phrases ("talks with Biden"), up to the
  // expression.
  std::uint32_t noun_phrase_end(std::uint32_t noun) const {
    std::uint32_t last = noun;
    const std::uint32_t limit = std::min(stop_, s_.end_token);
    while (last + 1 < limit && w_.is_word(last + 1) && !w_.in_timex(last + 1) && !w_.tokens()[last + 1].capitalized &&
           !w_.is_any_function(last + 1) && (w_.classes(last + 1) & WordClass::Noun) &&
           !(w_.classes(last + 1) & WordClass::VerbPast))
      ++last;
    int words = words_in({noun, last});
    // Complements: a preposition and a noun phrase that holds no verb.
    // "his first phone call as Japan's new leader with U.S. President Joe Biden".
    while (last + 2 < limit && (is_preposition(last + 1) || is(last + 1, {"as"}))) {
      std::uint32_t end = noun_phrase_end_from(last + 2, limit, kComplementWords);
      if (end < last + 2) break;
      const int more = 1 + words_in({last + 2, end});
      if (words + more > kNounPhraseWords) break;
      // The noun phrase must end where it ends: not cut before a verb's object.
      words += more;
      last = end;
    }
    return trim_end(noun, last);
  }

  // `last`, moved left past punctuation and dangling words, not before `from`.
  std::uint32_t trim_end(std::uint32_t from, std::uint32_t last) const {
    auto keeps = [&](std::uint32_t k) {
      const Token& t = w_.tokens()[k];
      if (t.kind == TokenKind::Number || t.kind == TokenKind::Possessive) return true;
      if (t.kind == TokenKind::Other) return w_.text()[t.begin] == '%';
      return t.kind == TokenKind::Word && !dangles(k);
    };
    // ("its 1975-1990 civil war" cut after "1975" too.)
    auto cut_compound = [&](std::uint32_t k) {
      if (k + 2 >= s_.end_token || !w_.is_punct(k + 1, '-') || w_.tokens()[k].end != w_.tokens()[k + 1].begin)
        return false;
      if (w_.is_word(k)) return in_compound(k);
      return w_.tokens()[k].kind == TokenKind::Number && w_.tokens()[k + 1].end == w_.tokens()[k + 2].begin;
    };
    // "of the bi-monthly": a compound cut by the expression is left out whole.
    while (last > from && (!keeps(last) || cut_compound(last))) --last;
    return last;
  }

  // ---- the text -------------------------------------------------------

  EventPhrase render(std::vector<Segment> parts, const std::vector<bool>& elided) const {
    // Never open on a word that belongs to what comes before ("to assist
    // ...", "since Erbakan ..."), unless it is the trigger.
    Segment& head = parts.front();
    while (head.first < head.last && head.first != trigger_ &&
           (!(w_.is_word(head.first) || w_.tokens()[head.first].kind == TokenKind::Number ||
              w_.is_punct(head.first, '$')) ||
            cannot_start(head.first)))
      ++head.first;
    EventPhrase out;
    out.begin = w_.tokens()[parts.front().first].begin;
    out.end = w_.tokens()[parts.back().last].end;
    auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    for (std::size_t i = 0; i < parts.size(); ++i) {
      if (i > 0) out.text += elided[i] ? " ... " : " ";
      const std::uint32_t b = w_.tokens()[parts[i].first].begin, e = w_.tokens()[parts[i].last].end;
      bool space = false;
      for (char c : w_.text().substr(b, e - b)) {
        if (is_space(c)) {
          space = true;
          continue;
        }
        if (space) out.text += ' ';
        space = false;
        out.text += c;
      }
    }
    return out;
  }

  const EventWords& w_;
  const Sentence& s_;
  std::uint32_t trigger_;
  std::uint32_t stop_;
  std::uint32_t timex_first_;
  std::uint32_t timex_end_;
  bool inner_expression_ = false;  // the expression modifies a noun the phrase shows
};

}  // namespace

EventPhrase event_phrase(const EventWords& words, std::uint32_t trigger, std::uint32_t stop,
                         std::uint32_t timex_first, std::uint32_t timex_end) {
  return PhraseBuilder(words, trigger, stop, timex_first, timex_end).build();
}

}  // namespace dateline::timeline
