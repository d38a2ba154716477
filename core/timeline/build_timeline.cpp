// build_timeline: anchoring expressions to the event words they date (the
// words themselves are found in event_words.cpp; docs/timeline.md gives the
// rules and the reasons).
#include <algorithm>
#include <charconv>

#include "core/lexicon/lexicon.h"
#include "core/timeline/char_offsets.h"
#include "core/timeline/event_phrase.h"
#include "core/timeline/event_words.h"
#include "core/timeline/function_words.h"
#include "core/timeline/timeline.h"

namespace dateline {

std::string_view to_string(Relation relation) {
  switch (relation) {
    case Relation::Within: return "within";
    case Relation::By: return "by";
    case Relation::Before: return "before";
    case Relation::After: return "after";
    case Relation::Begins: return "begins";
    case Relation::Ends: return "ends";
  }
  return "within";
}

namespace {

using lexicon::WordClass;
using timeline::FunctionClass;
using timeline::Role;
using timeline::Token;
using timeline::TokenKind;

// How far (in words) anchoring looks for an event word. Leftwards, 12:
// beyond that, measured, the word found was right about a third of the time.
constexpr int kLeftReach = 12;
constexpr int kRightReach = 20;
// How far a dated noun's complements may run before "that killed ...".
constexpr int kPredicateReach = 10;
// How many tokens a comparison base ("from $4 million, or 24 cents a share,")
// may take before its expression.
constexpr std::uint32_t kComparisonReach = 16;
// How far a one-word modifier ("now", "recent") reaches for the word it modifies.
constexpr int kModifierReach = 4;

class Anchorer : private timeline::EventWords {
 public:
  Anchorer(const Document& doc, const std::vector<Timex>& timexes, std::uint32_t doc_index)
      : EventWords(doc.text, timexes), doc_(doc), timexes_(timexes), doc_index_(doc_index), chars_(doc.text) {}

  std::vector<TimelineEntry> run() {
    std::vector<TimelineEntry> entries;
    entries.reserve(timexes_.size() * 2);
    for (std::size_t i = 0; i < timexes_.size(); ++i) {
      const Timex& t = timexes_[i];
      if (t.value.empty()) continue;
      // A duration dates its event by arithmetic when it is "a day after"
      // something; otherwise the event lasts it ("talks during the past
      // three weeks", "for two years"): TimeML links those with DURING. A
      // set ("meets every Monday") dates its event like any expression; its
      // entry has no calendar span and sits in the vague group.
      if (t.type == TimexType::Duration) {
        if (!derive(i, entries)) anchor(i, entries);
      } else {
        anchor(i, entries);
      }
    }
    // Into document order. The entries come nearly sorted (by expression),
    // so mostly there is nothing to move; else sort positions, not entries.
    auto key = [](const TimelineEntry& e) { return std::pair(e.trigger.begin, e.timex.begin); };
    if (std::is_sorted(entries.begin(), entries.end(),
                       [&](const TimelineEntry& a, const TimelineEntry& b) { return key(a) < key(b); }))
      return entries;
    std::vector<std::uint32_t> order(entries.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return key(entries[a]) < key(entries[b]); });
    std::vector<TimelineEntry> sorted;
    sorted.reserve(entries.size());
    for (std::uint32_t i : order) sorted.push_back(std::move(entries[i]));
    return sorted;
  }

 private:
  std::optional<Relation> signal_before(std::uint32_t first) const {
    auto prev = previous_word(first);
    if (!prev) return std::nullopt;
    std::string_view w = word(*prev);
    if ((timeline::equals_lower(w, "of") || timeline::equals_lower(w, "to")) && *prev > 0 && is_word(*prev - 1)) {
      std::string_view before = word(*prev - 1);
      if (timeline::equals_lower(before, "ahead") || timeline::equals_lower(before, "prior")) return Relation::Before;
    }
    return signal_of(*prev);
  }

  // The first event word walking from `from` in direction `step`, within the
  // sentence, not past a clause break (nor a comma when `comma_breaks`).
  std::optional<std::uint32_t> search(std::uint32_t from, int step, int reach, bool comma_breaks, bool verbs_only) const {
    const auto& s = sentence_of(from);
    int words = 0;
    bool passed_word = false;
    std::optional<std::uint32_t> fallback;
    for (std::int64_t k = static_cast<std::int64_t>(from) + step;
         k >= static_cast<std::int64_t>(s.first_token) && k < static_cast<std::int64_t>(s.end_token); k += step) {
      auto u = static_cast<std::uint32_t>(k);
      if (step < 0 && comma_breaks && tokens()[u].kind == TokenKind::Comma) {
        // "fell 1.4%, or 6.43, on Friday", "a loss of $9.7 million, or 74
        // cents a share, a year earlier": an amount in apposition does not
        // end the clause.
        if (auto before = amount_apposition_start(u)) {
          k = *before;
          continue;
        }
        // "embraced the Czech Republic, Hungary and Poland on Friday": a
        // comma between names of a list does not end the clause.
        if (in_name_list(u)) continue;
      }
      // A bracketed aside does not end the clause: "found 60 pounds (27
      // kilograms) of explosives on Sunday".
      if (auto other = matching_bracket(u, step)) {
        k = *other;
        continue;
      }
      if (is_break(u, comma_breaks)) break;
      // "paid on May 2 to holders of record on April 15": another
      // expression between the word and this one dates the word; the walk
      // ends there (once past the words right next to this expression:
      // "the year ended Sept. 30, Acme earned").
      if (in_timex(u) && passed_word) break;
      if (is_word(u) && !in_timex(u)) passed_word = true;
      if (!is_word(u)) continue;
      if (++words > reach) break;
      // "said that the troops attacked ... Tuesday": walking left, a
      // complement clause ends at "that" ("than" likewise); the verb
      // before it is seldom what the expression dates.
      if (step < 0 && (timeline::equals_lower(word(u), "that") || timeline::equals_lower(word(u), "than"))) break;
      Role r = role(u);
      // "shipped diesel trucks in May", "sold 500 shares in May": walking
      // left, an -s form that can be a plural and follows a common word
      // (not a name, pronoun or grammar word) or a number is a plural
      // noun. An event noun is the trigger ("several armed raids in
      // March"); any other noun yields to a verb further left, as a
      // preposition's object does.
      if (r == Role::Verb && step < 0 && (classes(u) & WordClass::VerbThird) && (classes(u) & WordClass::Plural)) {
        auto prev = previous_word(u);
        const bool after_word = prev && !is_any_function(*prev) && !tokens()[*prev].capitalized;
        const bool after_number = !prev && u > s.first_token && tokens()[u - 1].kind == TokenKind::Number;
        if (after_word || after_number) {
          if (classes(u) & WordClass::EventNoun) return u;
          if (!fallback) fallback = u;
          continue;
        }
      }
      // Any verb, -ing forms included: letting an -ing form inside a
      // prepositional phrase ("in composite trading yesterday") yield to a
      // verb further left was measured slightly worse; the opening-phrase
      // rule handles the clear case.
      if (r == Role::Verb) return u;
      // "demand was weak during the quarter", "the loan will be due in
      // June": a state after "be" is an event word (TimeML marks it).
      if (r == Role::None && !verbs_only && is_predicate(u)) return u;
      // "net income for the third quarter", "$110 million in sales last
      // year": walking left, an amount is the result of the period.
      const bool amount = r == Role::None && step < 0 && !verbs_only && is_amount(u);
      if ((r == Role::Noun && !verbs_only) || amount) {
        // Walking left, a noun or amount right after a preposition modifies
        // a verb further left ("aims to spend ... on defense by 2027",
        // "earned $2 million on revenue of $9 million in the quarter"): keep
        // it only when no verb comes before. "compared with earnings of $3
        // million a year ago" dates the earnings, the base of the comparison.
        auto prev = previous_word(u);
        bool object_of_preposition = step < 0 && prev && (signal_of(*prev) || is_preposition(word(*prev)));
        if (amount && prev && timeline::equals_lower(word(*prev), "with")) object_of_preposition = false;
        if (!object_of_preposition) return u;
        if (!fallback) fallback = u;
      }
    }
    return fallback;
  }

  // For an opening bracket in the walking direction (")" walking left,
  // "(" walking right), the bracket that closes the aside, if it closes in
  // the sentence before any expression; nullopt otherwise.
  std::optional<std::uint32_t> matching_bracket(std::uint32_t k, int step) const {
    const char open = step < 0 ? ')' : '(';
    const char close = step < 0 ? '(' : ')';
    if (tokens()[k].kind != TokenKind::ClauseBreak || text()[tokens()[k].begin] != open) return std::nullopt;
    const auto& s = sentence_of(k);
    for (std::int64_t j = static_cast<std::int64_t>(k) + step;
         j >= static_cast<std::int64_t>(s.first_token) && j < static_cast<std::int64_t>(s.end_token); j += step) {
      auto u = static_cast<std::uint32_t>(j);
      if (in_timex(u)) return std::nullopt;
      if (tokens()[u].kind == TokenKind::ClauseBreak && text()[tokens()[u].begin] == close) return u;
      if (tokens()[u].kind == TokenKind::ClauseBreak && text()[tokens()[u].begin] == open) return std::nullopt;
    }
    return std::nullopt;
  }

  // "rose 15% to $534.3 million from $464.7 million a year ago": the
  // expression dates the amount compared against, not the change; TimeML
  // links it to nothing. True when "from" or "with" and an amount (numbers,
  // currency, "million", "a share", restated after "or": "from $4 million,
  // or 24 cents a share, a year earlier") come right before token k, or
  // "from" right after a percentage ("fell 8.4% from a year ago").
  bool is_comparison_base(std::uint32_t k) const {
    const auto& s = sentence_of(k);
    bool amount = false;
    for (std::uint32_t j = k; j-- > s.first_token && j + kComparisonReach > k;) {
      const Token& tok = tokens()[j];
      if (tok.kind == TokenKind::Number) {
        amount = true;
        continue;
      }
      if (tok.kind == TokenKind::Other || tok.kind == TokenKind::Comma) continue;  // $ % , .
      if (tok.kind != TokenKind::Word) return false;
      std::string_view w = word(j);
      if (timeline::equals_lower(w, "from") || timeline::equals_lower(w, "with")) {
        // "fell 8.4% from a year ago": the change's base, with no amount.
        if (!amount && j + 1 == k && timeline::equals_lower(w, "from")) {
          for (std::uint32_t i = j; i-- > s.first_token && i + 3 > j;)
            if (is_punct(i, '%') || (is_word(i) && (timeline::equals_lower(word(i), "percent") ||
                                                    timeline::equals_lower(word(i), "points"))))
              return true;
        }
        return amount;
      }
      if (timeline::equals_lower(w, "or")) continue;  // "from $4 million, or 24 cents a share,"
      if (!is_function(j, FunctionClass::Amount)) return false;
    }
    return false;
  }

  // True when the comma `comma` separates names of a list that "and" or
  // "or" closes ("the Czech Republic, Hungary and Poland"): names on both
  // sides, and only names and commas up to the conjunction.
  bool in_name_list(std::uint32_t comma) const {
    const auto& s = sentence_of(comma);
    auto name = [&](std::uint32_t k) { return is_word(k) && tokens()[k].capitalized && !in_timex(k); };
    if (comma == s.first_token || !(name(comma - 1) || is_punct(comma - 1, '.'))) return false;
    for (std::uint32_t k = comma + 1; k < s.end_token; ++k) {
      if (name(k) || is_punct(k, '.') || tokens()[k].kind == TokenKind::Comma) continue;
      return k > comma + 1 && is_word(k) && timeline::one_of(word(k), {"and", "or"});
    }
    return false;
  }

  // For the comma `comma` that closes ", or 74 cents a share," (an amount
  // restated in apposition), the comma that opens it; nullopt otherwise.
  std::optional<std::uint32_t> amount_apposition_start(std::uint32_t comma) const {
    const auto& s = sentence_of(comma);
    bool number = false;
    for (std::uint32_t j = comma; j-- > s.first_token && j + 12 > comma;) {
      const Token& tok = tokens()[j];
      if (tok.kind == TokenKind::Comma) return number ? std::optional<std::uint32_t>(j) : std::nullopt;
      if (tok.kind == TokenKind::Number) number = true;
      else if (tok.kind == TokenKind::Word) {
        std::string_view w = word(j);
        if (!is_function(j, FunctionClass::Amount) && !timeline::equals_lower(w, "or") &&
            !timeline::equals_lower(w, "to"))
          return std::nullopt;
      } else if (tok.kind != TokenKind::Other) {
        return std::nullopt;
      }
    }
    return std::nullopt;
  }

  // The verb a noun phrase headed by `head` is the subject of: right after
  // it ("the 1998 bombings killed"), or after "that"/"which" once the
  // phrase's complements are over ("the January 1998 bombing of a
  // Birmingham, Ala., abortion clinic that killed").
  std::optional<std::uint32_t> predicate_of(std::uint32_t head) const {
    const auto& s = sentence_of(head);
    auto finite = [&](std::uint32_t k) {
      return k < s.end_token && role(k) == Role::Verb && (classes(k) & (WordClass::VerbPast | WordClass::VerbThird)) &&
             !is_period_end(k);
    };
    if (finite(head + 1)) return head + 1;
    int words = 0;
    for (std::uint32_t k = head + 1; k + 1 < s.end_token && words < kPredicateReach; ++k) {
      if (tokens()[k].kind == TokenKind::ClauseBreak) return std::nullopt;
      if (!is_word(k)) continue;
      ++words;
      std::string_view w = word(k);
      if (timeline::equals_lower(w, "that") || timeline::equals_lower(w, "which"))
        return finite(k + 1) ? std::optional<std::uint32_t>(k + 1) : std::nullopt;
      if (role(k) == Role::Verb || in_timex(k)) return std::nullopt;
    }
    return std::nullopt;
  }

  // The first token of k's clause.
  std::uint32_t clause_start(std::uint32_t k) const {
    const auto& s = sentence_of(k);
    while (k > s.first_token && !is_break(k - 1, true)) --k;
    return k;
  }

  // True when a preposition starts the phrase that ends with token k: only
  // modifiers ("composite", "over-the-counter", "its gross domestic")
  // stand between them.
  bool in_prepositional_phrase(std::uint32_t k) const {
    const auto& s = sentence_of(k);
    int words = 0;
    for (std::int64_t j = static_cast<std::int64_t>(k) - 1; j >= static_cast<std::int64_t>(s.first_token); --j) {
      auto u = static_cast<std::uint32_t>(j);
      if (is_break(u, true)) return false;
      if (!is_word(u)) continue;
      std::string_view w = word(u);
      if (signal_of(u) || timeline::equals_lower(w, "for") || timeline::equals_lower(w, "with"))
        return true;
      if (role(u) == Role::Verb) return false;
      // A name does not count ("in New York Stock Exchange composite trading").
      if (!tokens()[u].capitalized && ++words > 4) return false;
      if (is_any_function(u) && !is_function(u, FunctionClass::Determiner)) return false;
    }
    return false;
  }

  // True when nothing but signal and linking words and sentence adverbs
  // ("Then yesterday, he tried") precede token k in its clause.
  bool opens_clause(std::uint32_t k) const {
    const auto& s = sentence_of(k);
    for (std::int64_t j = static_cast<std::int64_t>(k) - 1; j >= static_cast<std::int64_t>(s.first_token); --j) {
      auto u = static_cast<std::uint32_t>(j);
      // "visited Nairobi (the capital) on Sunday": an aside is no clause break.
      if (auto other = matching_bracket(u, -1)) {
        j = *other;
        continue;
      }
      // ", or 74 cents a share, a year earlier" continues the clause before the amount.
      if (is_break(u, true)) return !(tokens()[u].kind == TokenKind::Comma && amount_apposition_start(u));
      if (!is_word(u)) continue;
      std::string_view w = word(u);
      // "the party which in 1992 won": a relative clause opens at its pronoun.
      if (timeline::one_of(w, {"which", "who"})) return true;
      // "As of Sept. 30, the bank had": "as of" is a signal too.
      const bool as_of = timeline::equals_lower(w, "as") && u + 1 < k && is_word(u + 1) && timeline::equals_lower(word(u + 1), "of");
      // "Over the summer, ..." (an article the expression leaves out, after
      // a signal word: "The 6:39 a.m. quake" opens no clause).
      const bool article = timeline::one_of(w, {"the", "a", "an"}) && u > s.first_token && is_word(u - 1) &&
                           signal_of(u - 1);
      if (signal_of(u) || timeline::equals_lower(w, "for") || as_of || article ||
          is_function(u, FunctionClass::Coordinator) || is_function(u, FunctionClass::Adverb) ||
          timeline::equals_lower(w, "early") || timeline::equals_lower(w, "late") || in_timex(u))
        continue;
      return false;
    }
    return true;
  }

  // Verbs joined to the trigger by "and" ("resigned and left", "raided two
  // homes and searched for a suspect"): the same expression dates them. The
  // conjuncts have the same form, and only the first one's object (no verb,
  // no clause break but a comma right before "and"; names it joins with
  // "and") and an adverb after "and" stand between them.
  void add_coordinated(std::uint32_t trigger, std::vector<std::uint32_t>& out) const {
    const auto& s = sentence_of(trigger);
    const std::uint16_t form = classes(trigger) & (WordClass::VerbPast | WordClass::VerbThird);
    if (!form) return;
    auto same_form_verb = [&](std::uint32_t k) {
      return k >= s.first_token && k < s.end_token && role(k) == Role::Verb && (classes(k) & form);
    };
    auto is_and = [&](std::uint32_t k) { return is_word(k) && timeline::equals_lower(word(k), "and"); };
    constexpr int kObjectWords = 12;
    // Rightwards: trigger ... and VERB.
    int words = 0;
    for (std::uint32_t k = trigger + 1; k + 1 < s.end_token && words <= kObjectWords; ++k) {
      if (tokens()[k].kind == TokenKind::Comma && is_and(k + 1)) continue;
      if (is_break(k, true)) break;
      if (!is_word(k)) continue;
      ++words;
      if (is_and(k)) {
        // "killed a security guard and severely wounded a nurse"
        const std::uint32_t verb = k + 2 < s.end_token && is_adverb(k + 1) ? k + 2 : k + 1;
        if (same_form_verb(verb)) {
          out.push_back(verb);
          break;
        }
        // "condemned the bombings in Kenya and Tanzania and offered": "and"
        // inside the object joins names.
        if (is_word(k + 1) && tokens()[k + 1].capitalized && role(k + 1) != Role::Verb) continue;
        break;
      }
      if (in_timex(k) || role(k) == Role::Verb || is_function(k, FunctionClass::Subordinator))
        break;
    }
    // Leftwards: VERB ... and trigger.
    std::uint32_t conjunction = trigger - 1;
    if (trigger >= s.first_token + 3 && is_adverb(conjunction)) --conjunction;
    if (trigger < s.first_token + 2 || !is_and(conjunction)) return;
    words = 0;
    for (std::uint32_t k = conjunction - 1; k >= s.first_token && words <= kObjectWords; --k) {
      if (tokens()[k].kind == TokenKind::Comma && k + 1 == conjunction) continue;
      if (is_break(k, true)) break;
      if (is_word(k)) {
        ++words;
        if (same_form_verb(k)) {
          out.push_back(k);
          break;
        }
        if (in_timex(k) || role(k) == Role::Verb || is_and(k) ||
            is_function(k, FunctionClass::Subordinator))
          break;
      }
      if (k == s.first_token) break;
    }
  }

  // An adverb that may stand between a conjunction and its verb: a sentence
  // adverb ("also", "then") or an -ly word WordNet knows as no noun or verb
  // ("severely", "formally").
  bool is_adverb(std::uint32_t k) const {
    if (!is_word(k) || tokens()[k].capitalized) return false;
    if (is_function(k, FunctionClass::Adverb)) return true;
    return word(k).ends_with("ly") && !(classes(k) & (WordClass::Noun | WordClass::AnyVerb));
  }

  // The verb that takes the -ing form k as its complement ("was found
  // floating", "practiced forming"). Infinitives ("began to fall") are left
  // out: measured, their matrix verb is dated in the gold less than a
  // quarter of the time.
  std::optional<std::uint32_t> matrix_verb(std::uint32_t k) const {
    const auto& s = sentence_of(k);
    std::uint16_t c = classes(k);
    if ((c & WordClass::VerbIng) && k >= s.first_token + 1 && is_word(k - 1) && role(k - 1) == Role::Verb)
      return k - 1;
    return std::nullopt;
  }

  // The verb that aspectual verb k ("began", "resumed", "continues") takes
  // as its -ing or "to" complement: "began notifying customers", "began to
  // arrive". The complement's event is under way then. Not after "stopped"
  // or "finished": it is over then.
  std::optional<std::uint32_t> aspect_complement(std::uint32_t k) const {
    const auto& s = sentence_of(k);
    if (!timeline::one_of(word(k), {"begin", "begins", "began", "begun", "beginning", "start", "starts", "started",
                                    "starting", "continue", "continues", "continued", "continuing", "resume",
                                    "resumes", "resumed", "resuming"}))
      return std::nullopt;
    std::uint32_t next = k + 1;
    if (next + 1 < s.end_token && is_word(next) && timeline::equals_lower(word(next), "to")) {
      ++next;
      if (is_word(next) && (classes(next) & WordClass::VerbBase) && !in_timex(next)) return next;
      return std::nullopt;
    }
    if (next < s.end_token && is_word(next) && (classes(next) & WordClass::VerbIng) && !in_timex(next)) return next;
    return std::nullopt;
  }

  // The verb whose direct object ends with noun k: only a determiner and
  // modifiers (no preposition, no clause break) stand between them.
  std::optional<std::uint32_t> governing_verb(std::uint32_t k) const {
    const auto& s = sentence_of(k);
    int words = 0;
    for (std::int64_t j = static_cast<std::int64_t>(k) - 1; j >= static_cast<std::int64_t>(s.first_token); --j) {
      auto u = static_cast<std::uint32_t>(j);
      if (is_break(u, true)) return std::nullopt;
      if (!is_word(u)) continue;
      if (role(u) == Role::Verb) return u;
      std::string_view w = word(u);
      // "said that terrorist bombings this month ...": "that" opens a
      // clause here, the noun is its subject.
      if (signal_of(u) || timeline::equals_lower(w, "for") || timeline::equals_lower(w, "with") ||
          timeline::equals_lower(w, "that") || (is_any_function(u) && !is_function(u, FunctionClass::Determiner)))
        return std::nullopt;
      if (++words > 4) return std::nullopt;
    }
    return std::nullopt;
  }

  // "In Sunday's debate against Vacco, Spitzer attacked him", "At a
  // Sunday memorial service, the bishop said": a prepositional phrase that
  // opens the sentence with "in", "at", "on", "during" ... and holds the
  // dated noun `head` dates the verb after its comma too ("Before Tuesday's
  // vote, he said" places the saying before the vote only).
  std::optional<std::uint32_t> verb_after_opening_phrase(std::uint32_t first, std::uint32_t head) const {
    const auto& s = sentence_of(first);
    const std::uint32_t start = clause_start(first);
    if (start != s.first_token || !is_word(start) || signal_of(start) != Relation::Within) return std::nullopt;
    for (std::uint32_t k = start + 1; k < first; ++k)
      if (role(k) == Role::Verb) return std::nullopt;
    int words = 0;
    for (std::uint32_t k = head + 1; k < s.end_token && words < 8; ++k) {
      if (tokens()[k].kind == TokenKind::Comma) {
        // "the May 1 general election, which Labour is predicted to win,": a
        // relative clause, not the sentence's.
        if (k + 1 < s.end_token && is_word(k + 1) && timeline::one_of(word(k + 1), {"which", "who", "that", "where"}))
          return std::nullopt;
        return search(k, +1, kRightReach, false, true);
      }
      if (is_break(k, false)) return std::nullopt;
      if (!is_word(k)) continue;
      ++words;
      if (role(k) == Role::Verb || in_timex(k)) return std::nullopt;
    }
    return std::nullopt;
  }

  // The event noun that "that" or "which" right before verb k stands for
  // ("the shootings that injured", "the plan, which calls"), if it is one.
  std::optional<std::uint32_t> relative_antecedent(std::uint32_t k) const {
    const auto& s = sentence_of(k);
    if (k < s.first_token + 2 || !is_word(k - 1)) return std::nullopt;
    if (!timeline::one_of(word(k - 1), {"that", "which"})) return std::nullopt;
    std::uint32_t noun = k - 2;
    if (tokens()[noun].kind == TokenKind::Comma && noun > s.first_token) --noun;
    if (is_word(noun) && role(noun) == Role::Noun) return noun;
    return std::nullopt;
  }

  // The event noun or -ing form that heads the noun phrase after "of" at
  // token k ("of questioning", "of deadly clashes between ...", "of the
  // worst flooding"), if its head is one ("of single-party rule" is not).
  std::optional<std::uint32_t> measured_event(std::uint32_t k) const {
    if (k >= tokens().size() || !is_word(k) || !timeline::equals_lower(word(k), "of")) return std::nullopt;
    const auto& s = sentence_of(k);
    std::optional<std::uint32_t> head;
    for (std::uint32_t u = k + 1; u < s.end_token && u <= k + 6; ++u) {
      if (is_punct(u, '-')) continue;
      if (!is_word(u) || in_timex(u)) break;
      if (is_function(u, FunctionClass::Determiner) && !head) continue;
      if (is_any_function(u) || is_preposition(word(u)) || signal_of(u) || tokens()[u].capitalized) break;
      const bool gerund = (classes(u) & WordClass::VerbIng) != 0;
      const bool plural = (classes(u) & WordClass::Plural) != 0;  // "of deadly clashes"
      if (role(u) == Role::Verb && !gerund && !plural) break;
      head = u;
      if (role(u) == Role::Verb && gerund) break;  // "of playing rugby"
    }
    if (head && (role(*head) == Role::Noun || (classes(*head) & (WordClass::VerbIng | WordClass::EventNoun)))) return head;
    return std::nullopt;
  }

  // True when k closes a relative clause that has its verb before k: after
  // "which", "who" or a noun's "that" ("the revolution that brought Castro
  // to power 42 years ago"), or a participle with no object after a
  // determined noun phrase ("the arrest announced today", "a report carried
  // by Xinhua on Thursday"; not "Israeli police released").
  bool in_relative_clause(std::uint32_t k) const {
    auto common_noun = [&](std::uint32_t j) {
      return is_word(j) && !tokens()[j].capitalized && !is_any_function(j) && !is_function(j, FunctionClass::Amount) &&
             (classes(j) & WordClass::Noun) && role(j) != Role::Verb;
    };
    const std::uint32_t start = clause_start(k);
    for (std::uint32_t j = start; j < k; ++j) {
      if (!is_word(j)) continue;
      const bool relative = timeline::one_of(word(j), {"which", "who"}) ||
                            (timeline::equals_lower(word(j), "that") && j > start && common_noun(j - 1));
      if (relative) {
        for (std::uint32_t v = j + 1; v < k; ++v)
          if (role(v) == Role::Verb) return true;
        continue;
      }
      // A participle takes no object: "the company said its loss ..." is a
      // main clause.
      const bool participle = role(j) == Role::Verb && (classes(j) & WordClass::VerbPast) && !is_any_function(j) &&
                              j < k && (in_timex(j + 1) || signal_of(j + 1) || is_preposition(word(j + 1)));
      if (!participle || j == start || !common_noun(j - 1)) continue;
      std::uint32_t np = j - 1;  // the noun phrase's first word
      while (np > start && is_word(np - 1) && !is_any_function(np - 1) && role(np - 1) != Role::Verb) --np;
      if (np > start && ((is_word(np - 1) && is_function(np - 1, FunctionClass::Determiner)) ||
                         tokens()[np - 1].kind == TokenKind::Possessive))
        return true;
    }
    return false;
  }

  // The verb of a clause that opens with `conjunction` at token k, right
  // after an expression (a comma may come between), if it has one.
  std::optional<std::uint32_t> clause_verb_after(std::uint32_t k, std::string_view conjunction,
                                                int reach = kRightReach / 2) const {
    if (k >= tokens().size()) return std::nullopt;
    const auto& s = sentence_of(k);
    if (tokens()[k].kind == TokenKind::Comma) ++k;
    if (k + 1 >= s.end_token || !is_word(k) || !timeline::equals_lower(word(k), conjunction)) return std::nullopt;
    return search(k, +1, reach, true, true);
  }

  // "rebounded Friday as investors hunted for bargains", "rescued Nov. 25
  // while clinging": the verb of a "while" or "as" clause right after the
  // expression happens then too. After "as", a subject and a finite verb:
  // not "as expected", "as part of marking".
  std::optional<std::uint32_t> simultaneous_clause_verb(std::uint32_t k) const {
    if (auto verb = clause_verb_after(k, "while")) return verb;
    auto verb = clause_verb_after(k, "as", 4);
    const bool finite = verb && (classes(*verb) & (WordClass::VerbPast | WordClass::VerbThird)) &&
                        !(classes(*verb) & WordClass::VerbIng);
    if (finite && !timeline::equals_lower(word(*verb - 1), "as")) return verb;
    return std::nullopt;
  }

  // The event noun of an "at" or "during" phrase after verb k and its object
  // ("joined NATO at a ceremony held in Independence", "rammed a vessel
  // during an operation"): the occasion the act took place at.
  std::optional<std::uint32_t> occasion_of(std::uint32_t k) const {
    const auto& s = sentence_of(k);
    int words = 0;
    for (std::uint32_t u = k + 1; u < s.end_token && words < 8; ++u) {
      if (is_break(u, true) || in_timex(u)) return std::nullopt;
      if (!is_word(u)) continue;
      ++words;
      if (role(u) == Role::Verb) return std::nullopt;
      // "at" right after the verb is often its argument ("tore at the posters").
      const bool at = timeline::equals_lower(word(u), "at") && words > 1;
      if (!at && !timeline::equals_lower(word(u), "during")) {
        if (is_any_function(u) && !is_function(u, FunctionClass::Determiner)) return std::nullopt;
        continue;
      }
      std::optional<std::uint32_t> head;
      for (std::uint32_t v = u + 1; v < s.end_token && v <= u + 5; ++v) {
        if (!is_word(v) || in_timex(v)) break;
        if (is_function(v, FunctionClass::Determiner) && !head) continue;
        if (is_any_function(v) || is_preposition(word(v)) || signal_of(v) || role(v) == Role::Verb) break;
        head = v;
      }
      if (head && role(*head) == Role::Noun) return head;
      return std::nullopt;
    }
    return std::nullopt;
  }

  // True when the noun phrase that ends with token k follows "with" ("compared
  // with a loss of $9 million": the loss is the base of the comparison).
  bool after_with(std::uint32_t k) const {
    const auto& s = sentence_of(k);
    for (std::uint32_t j = k; j-- > s.first_token && j + 5 > k;) {
      if (!is_word(j)) return false;
      if (timeline::equals_lower(word(j), "with")) return true;
      if (role(j) == Role::Verb || (is_any_function(j) && !is_function(j, FunctionClass::Determiner))) return false;
    }
    return false;
  }

  // True when token k is the predicate of "be" or "remain" (an adverb may
  // stand between): an adjective or noun that is no verb form here ("was
  // weak", "will be due", "were net losers"), not an adverb in -ly.
  bool is_predicate(std::uint32_t k) const {
    // "were among the first settlers": a preposition is no state.
    if (!is_word(k) || tokens()[k].capitalized || in_timex(k) || is_any_function(k) ||
        is_function(k, FunctionClass::Amount) || word(k).ends_with("ly") || is_preposition(word(k)))
      return false;
    auto prev = previous_word(k);
    if (prev && (is_function(*prev, FunctionClass::Adverb) || timeline::equals_lower(word(*prev), "very") ||
                 timeline::equals_lower(word(*prev), "not") || timeline::equals_lower(word(*prev), "fairly")))
      prev = previous_word(*prev);
    // "had been army chief", "were net losers": the head of a compound
    // predicate is the state (one modifier word may come before it).
    if (prev && is_word(*prev) && !tokens()[*prev].capitalized && !in_timex(*prev) && !is_any_function(*prev) &&
        !is_be_or_remain(*prev) && !(classes(*prev) & (WordClass::VerbPast | WordClass::VerbIng))) {
      auto before = previous_word(*prev);
      if (before && is_be_or_remain(*before)) prev = before;
    }
    return prev && is_be_or_remain(*prev);
  }

  bool is_be_or_remain(std::uint32_t k) const {
    return timeline::one_of(word(k), {"is", "are", "was", "were", "be", "been", "being", "remain", "remains",
                                      "remained"});
  }

  // True when a hyphen joins two tokens of [first, end): "third-quarter".
  bool is_hyphenated(std::uint32_t first, std::uint32_t end) const {
    for (std::uint32_t k = first + 1; k + 1 < end; ++k)
      if (is_punct(k, '-')) return true;
    return false;
  }

  // The event words that the expression [first, last] dates.
  // `within` receives the words dated within the expression whatever its
  // signal word: the noun the expression is part of ("before Friday's
  // purchases", "the Feb. 23 accord") and the verb of a "when" clause about
  // it ("since 1974, when troops invaded").
  std::vector<std::uint32_t> triggers_for(std::uint32_t first, std::uint32_t end, bool vague,
                                          std::vector<std::uint32_t>& within) const {
    std::vector<std::uint32_t> found;
    const auto& s = sentence_of(first);
    // "is now suspending", "recently announced", "the recent rulings": a
    // one-word vague expression (an adverb or adjective) modifies the verb
    // or noun right after it; the word before it is seldom what it dates.
    const bool after_determiner = first > s.first_token && is_word(first - 1) &&
                                  is_function(first - 1, FunctionClass::Determiner);
    // "a recently announced venture": an adverb after a determiner modifies
    // the participle after it.
    const bool adverb_participle = end < s.end_token && word(first).ends_with("ly") && is_word(end) &&
                                   (classes(end) & WordClass::VerbPast);
    if (end == first + 1 && vague && (!after_determiner || adverb_participle)) {
      // "the firm recently cut its dividend", "its debts currently exceed":
      // right after an adverb, a word that can be a verb is one, even a
      // form the walk would read as a noun or not know as a verb ("cut").
      std::string_view w = word(first);
      const bool adverb = is_function(first, FunctionClass::Adverb) || w.ends_with("ly") || timeline::equals_lower(w, "soon");
      // "currently it controls 2%": a subject pronoun may stand between.
      std::uint32_t verb_at = end;
      if (adverb && verb_at + 1 < s.end_token && is_subject_pronoun(verb_at)) ++verb_at;
      if (adverb && verb_at < s.end_token && is_word(verb_at) && !tokens()[verb_at].capitalized &&
          !is_any_function(verb_at) && (classes(verb_at) & WordClass::AnyVerb)) {
        found.push_back(verb_at);
        return found;
      }
      if (auto next = search(first, +1, kModifierReach, true, false)) {
        // "current market conditions", "future medical disasters": a noun
        // modified is the head of its compound, the last noun.
        std::uint32_t head = *next;
        if (role(head) != Role::Verb) {
          while (head + 1 < s.end_token && is_word(head + 1) && !tokens()[head + 1].capitalized &&
                 (classes(head + 1) & WordClass::Noun) && !is_any_function(head + 1) && role(head + 1) != Role::Verb)
            ++head;
        }
        found.push_back(head);
      }
      return found;
    }
    // "Tuesday's vote": the event noun after the possessive.
    if (end < s.end_token && tokens()[end].kind == TokenKind::Possessive) {
      // Names and modifiers may come between: "last year's deadly U.S. Embassy blasts".
      for (std::uint32_t k = end + 1; k < s.end_token && k <= end + 8; ++k) {
        if (is_break(k, true)) break;
        Role r = role(k);
        if (r == Role::Noun || (r == Role::Verb && k <= end + 2) || (classes(k) & WordClass::EventNoun)) {
          // "last month's Campeau Corp. credit squeeze": the compound's
          // head, when it is an event noun too.
          for (std::uint32_t j = k + 1; j < s.end_token && is_word(j) && !tokens()[j].capitalized &&
                                        !is_any_function(j) && (classes(j) & WordClass::Noun);
               ++j)
            if (role(j) == Role::Noun) k = j;
          within.push_back(k);
          found.push_back(k);
          if (auto verb = verb_after_opening_phrase(first, k)) found.push_back(*verb);
          return found;
        }
        if (r == Role::Verb) break;
      }
    }
    // "your current subscription plan", "third-quarter net income": the
    // expression modifies a noun phrase and dates its head only when that
    // is an event noun or an amount ("income"), not a thing ("plan").
    auto noun_at = [&](std::uint32_t k) {
      return k < s.end_token && is_word(k) && !tokens()[k].capitalized && (classes(k) & WordClass::Noun) &&
             role(k) != Role::Verb && !is_any_function(k);
    };
    // "the Aug. 7, 1998, bombings": a date inside a noun phrase may close
    // with a comma.
    std::uint32_t modified = end;
    if (end + 1 < s.end_token && tokens()[end].kind == TokenKind::Comma && after_determiner) modified = end + 1;
    // "the 1996 Olympic bombing", "the Aug. 7 U.S. Embassy bombings": names
    // between the expression and the noun modify it too.
    if (after_determiner) {
      std::uint32_t k = modified;
      while (k < s.end_token && k < modified + 6 &&
             ((is_word(k) && tokens()[k].capitalized) || (is_punct(k, '.'))))
        ++k;
      if (k != modified && noun_at(k)) modified = k;
    }
    // Only a determined ("a Sunday memorial service") or hyphenated
    // ("third-quarter earnings") expression premodifies a noun; "said today
    // conditions ...", "Now officials are ..." do not.
    if ((after_determiner || is_hyphenated(first, end)) && noun_at(modified)) {
      std::uint32_t head = modified;
      bool gerund_head = false;
      for (std::uint32_t k = modified + 1; k < s.end_token && k < modified + 5; ++k) {
        if (is_punct(k, '-')) continue;  // pre-tax
        // "the Oct. 23 sniper shooting": inside the noun phrase an -ing form is a noun.
        bool gerund = is_word(k) && (classes(k) & WordClass::VerbIng) && (classes(k) & WordClass::Noun);
        if (!noun_at(k) && !gerund) break;
        head = k;
        gerund_head = gerund;
        if (gerund) break;
      }
      // An amount is a result of its period: "third-quarter loss", "year-earlier profit".
      bool amount = (classes(head) & WordClass::AmountNoun) && role(head) != Role::Verb;
      if (role(head) != Role::Noun && !amount && !gerund_head) return found;
      // "attended a Sunday memorial service": the verb whose object it is, too.
      found.push_back(head);
      within.push_back(head);
      if (auto verb = verb_after_opening_phrase(first, head)) found.push_back(*verb);
      if (role(head) == Role::Noun || gerund_head) {
        if (auto verb = governing_verb(first)) found.push_back(*verb);
      }
      // "third-quarter net income rose 11%", "the Aug. 7, 1998, bombings
      // killed 224", "the 1996 Olympic bombing that killed one person":
      // what the dated event or amount did, then.
      if (auto verb = predicate_of(head)) {
        found.push_back(*verb);
        add_coordinated(*verb, found);
      }
      return found;
    }
    // "charged under the recent Freedom of Access Act", "prompted the
    // recent moves": a one-word vague modifier inside a noun phrase dates
    // that phrase or nothing, never a word outside it.
    if (end == first + 1 && vague && after_determiner && !timeline::one_of(word(first - 1), {"more", "that"}))
      return found;
    if (is_comparison_base(first)) return found;
    std::optional<std::uint32_t> trigger;
    // "U.S. forces Thursday launched", "we today accept", "its loss for the
    // third quarter narrowed": an expression that ends the subject dates
    // the verb right after it.
    // Not when the expression closes a relative clause inside the subject:
    // it dates that clause's verb ("the arrest announced today stemmed
    // from", "the revolution that brought Castro to power 42 years ago
    // gathered").
    const bool verb_follows = end < s.end_token && role(end) == Role::Verb && !in_relative_clause(first) &&
                              !(is_period_end(end) && opens_clause(first)) &&
                              (classes(end) & (WordClass::VerbPast | WordClass::VerbThird | WordClass::VerbBase)) &&
                              !(classes(end) & WordClass::VerbIng);
    if (verb_follows) {
      trigger = end;
    } else if (opens_clause(first)) {
      // "On Tuesday, however, Ishiba doubled down": the clause's first verb.
      // "For the year ended July 2, Rally had": "ended" belongs to the date after it.
      std::uint32_t from = end - 1;
      if (end < s.end_token && is_word(end) && is_period_end(end)) from = end;
      trigger = search(from, +1, kRightReach, false, true);
      if (!trigger) trigger = search(from, +1, kRightReach, false, false);
    } else {
      trigger = search(first, -1, kLeftReach, true, false);
      // "In composite trading yesterday, Intelogic shares rose": an opening
      // prepositional phrase dates the verb after its comma.
      bool opening_phrase = end < s.end_token && tokens()[end].kind == TokenKind::Comma &&
                            is_word(clause_start(first)) && signal_of(clause_start(first)) &&
                            (!trigger || in_prepositional_phrase(*trigger));
      if (opening_phrase) {
        // The phrase's own event ("trading") happens then too.
        if (auto verb = search(end, +1, kRightReach, false, true)) {
          if (trigger) found.push_back(*trigger);
          trigger = verb;
        }
      }
      // "fell 75 cents in composite trading yesterday": an -ing form that
      // heads the phrase holding the expression is a noun; the verb the
      // phrase modifies happens then too.
      else if (trigger && *trigger + 1 == first && (classes(*trigger) & WordClass::VerbIng) &&
               in_prepositional_phrase(*trigger)) {
        if (auto verb = search(*trigger, -1, kLeftReach, true, true)) found.push_back(*verb);
      }
      if (!trigger) trigger = search(end - 1, +1, kRightReach / 2, true, false);
    }
    // "in November when he was called a witness", "from 1968, when the
    // Soviets invaded": a "when" clause right after the expression says
    // what happened then.
    if (auto verb = clause_verb_after(end, "when")) {
      // "since 1974, when troops invaded": the clause is about the date itself.
      found.push_back(*verb);
      within.push_back(*verb);
    }
    if (auto verb = simultaneous_clause_verb(end)) found.push_back(*verb);
    if (!trigger) return found;
    found.push_back(*trigger);
    // "completed the purchase yesterday", "issued an arrest warrant Monday":
    // the expression modifies the verb phrase, so it dates the verb whose
    // object the event noun is, too.
    if ((role(*trigger) == Role::Noun || is_amount(*trigger)) && *trigger < first) {
      if (auto verb = governing_verb(*trigger)) found.push_back(*verb);
      // "said in an editorial on Monday": when the word is an amount or a
      // message noun (an editorial, an interview: what an act produced,
      // not an act) and not a direct object, the verb before it in its
      // clause is dated too. Measured, the verb was right 19 times
      // in 44 (an act's verb: 9 in 40, left out).
      else if ((role(*trigger) != Role::Noun || (classes(*trigger) & WordClass::MessageNoun)) &&
               !after_with(*trigger)) {
        if (auto verb = search(*trigger, -1, kLeftReach, true, true)) found.push_back(*verb);
      }
    }
    // "cited remarks made last week", "attended a service planned for
    // Saturday": a participle right after an event noun that is an object
    // (a verb comes before it in the clause) modifies it; the noun's event
    // happened then too. A subject's verb ("the explosion occurred
    // Friday") is finite, and the noun was dated less than half the time.
    if (role(*trigger) == Role::Verb && (classes(*trigger) & WordClass::VerbPast) && *trigger > s.first_token &&
        is_word(*trigger - 1) && role(*trigger - 1) == Role::Noun && !tokens()[*trigger - 1].capitalized) {
      for (std::uint32_t j = clause_start(*trigger - 1); j + 1 < *trigger; ++j) {
        if (role(j) == Role::Verb) {
          found.push_back(*trigger - 1);
          break;
        }
      }
    }
    // "an explosion that took place near the embassy Friday morning", "the
    // revolution that brought Castro to power 41 years ago": the event noun
    // a relative clause describes happened when its verb did.
    if (role(*trigger) == Role::Verb) {
      if (auto antecedent = relative_antecedent(*trigger)) found.push_back(*antecedent);
    }
    if (role(*trigger) == Role::Verb) {
      // "was found floating ... Nov. 25": the verb whose complement the
      // trigger heads holds then too (only for "within": a deadline or an
      // order is the complement's).
      if (signal_before(first).value_or(Relation::Within) == Relation::Within) {
        if (auto matrix = matrix_verb(*trigger)) found.push_back(*matrix);
      }
      add_coordinated(*trigger, found);
      if (auto occasion = occasion_of(*trigger)) found.push_back(*occasion);
      if (auto complement = aspect_complement(*trigger)) found.push_back(*complement);
      // "met on Monday and approved the plan": the verb coordinated right
      // after the expression.
      const std::uint16_t form = classes(*trigger) & (WordClass::VerbPast | WordClass::VerbThird);
      if (form && *trigger < first && end + 1 < s.end_token && is_word(end) && timeline::equals_lower(word(end), "and") &&
          role(end + 1) == Role::Verb && (classes(end + 1) & form))
        found.push_back(end + 1);
    }
    return found;
  }

  TextSpan span(std::uint32_t begin, std::uint32_t end) const {
    TextSpan s;
    s.begin = begin;
    s.end = end;
    s.char_begin = chars_.to_char(begin);
    s.char_end = chars_.to_char(end);
    s.text.assign(text().substr(begin, end - begin));
    return s;
  }

  // Sentence text with runs of white space collapsed to one space.
  const std::string& sentence_text(std::uint32_t k) const {
    if (tokens()[k].sentence == collapsed_sentence_) return collapsed_;
    collapsed_sentence_ = tokens()[k].sentence;
    const auto& s = sentence_of(k);
    std::string& out = collapsed_;
    out.clear();
    out.reserve(s.end - s.begin);
    auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    const std::string_view rest = text().substr(s.begin, s.end - s.begin);
    for (std::size_t i = 0; i < rest.size();) {
      while (i < rest.size() && is_space(rest[i])) ++i;
      std::size_t j = i;
      while (j < rest.size() && !is_space(rest[j])) ++j;
      if (j > i) {
        if (!out.empty()) out += ' ';
        out.append(rest.substr(i, j - i));
      }
      i = j;
    }
    return out;
  }

  // The readable phrase (event_phrase.h), stopping on the trigger's right
  // before the dating expression's signal word.
  TextSpan phrase(std::uint32_t trigger, const Timex& t, std::uint32_t timex_first) const {
    const auto& s = sentence_of(trigger);
    std::uint32_t timex_end = timex_first;
    while (timex_end < s.end_token && tokens()[timex_end].begin < t.end) ++timex_end;
    std::uint32_t stop = timex_first;
    if (stop > s.first_token && signal_before(timex_first)) --stop;
    timeline::EventPhrase p = timeline::event_phrase(*this, trigger, stop, timex_first, timex_end);
    TextSpan out = span(p.begin, p.end);
    out.text = std::move(p.text);
    return out;
  }

  TimelineEntry make_entry(std::uint32_t trigger, std::size_t timex_index, std::uint32_t timex_first) const {
    const Timex& t = timexes_[timex_index];
    TimelineEntry e;
    e.trigger = span(tokens()[trigger].begin, tokens()[trigger].end);
    e.phrase = phrase(trigger, t, timex_first);
    e.timex = span(t.begin, t.end);
    e.tid = "t" + std::to_string(timex_index + 1);
    e.timex_type = t.type;
    e.timex_value = t.value;
    e.date = t.value;
    e.interval = t.interval;
    e.sentence = sentence_text(trigger);
    e.doc_id = doc_.id;
    e.source = doc_.source;
    e.pub_date = doc_.pub_date;
    e.reference = doc_.reference;
    e.doc_index = doc_index_;
    return e;
  }

  void anchor(std::size_t i, std::vector<TimelineEntry>& entries) const {
    const Timex& t = timexes_[i];
    std::uint32_t first = timeline::token_at_or_after(tokens(), t.begin);
    if (first >= tokens().size() || tokens()[first].begin >= t.end) return;
    std::uint32_t end = first;
    while (end < tokens().size() && tokens()[end].begin < t.end) ++end;
    Relation relation = signal_before(first).value_or(Relation::Within);
    // "ruined by 21 months of war", "extended by six months": before a
    // length, "by" names a cause or an amount, not a deadline.
    if (relation == Relation::By && t.type == TimexType::Duration) relation = Relation::Within;
    std::vector<std::uint32_t> within;
    auto triggers = triggers_for(first, end, t.value.ends_with("_REF"), within);
    // "after three days of questioning", "six months of talks": the event a
    // length measures lasted it. Not "within a week of his capture" (a
    // distance from it) nor "the first hours of the war" (a part of it).
    const bool measure = t.type == TimexType::Duration && !timeline::equals_lower(word(first), "the") &&
                         !(first > 0 && is_word(first - 1) && timeline::equals_lower(word(first - 1), "within"));
    if (measure) {
      if (auto event = measured_event(end)) {
        triggers.push_back(*event);
        within.push_back(*event);
      }
    }
    // Two rules may reach the same word ("raided ... and searched" and its object's verb).
    std::sort(triggers.begin(), triggers.end());
    triggers.erase(std::unique(triggers.begin(), triggers.end()), triggers.end());
    for (std::uint32_t trigger : triggers) {
      // "before Friday's purchases": the signal places the whole phrase;
      // the purchases themselves happened within Friday.
      const Relation r =
          std::find(within.begin(), within.end(), trigger) != within.end() ? Relation::Within : relation;
      if (r == Relation::Ends && moves_a_time(trigger)) continue;
      TimelineEntry e = make_entry(trigger, i, first);
      e.relation = r;
      entries.push_back(std::move(e));
    }
  }

  // "extended its offer until Nov. 9", "gave the relatives until 9 a.m.
  // Tuesday", "postponed until Tuesday any action": the date bounds the
  // object, not the act of setting it; such a verb is not dated by "until".
  bool moves_a_time(std::uint32_t k) const {
    return timeline::one_of(word(k), {"extend", "extends", "extended", "extending", "postpone", "postpones",
                                      "postponed", "delay", "delays", "delayed", "defer", "deferred", "adjourn",
                                      "adjourned", "give", "gives", "gave", "given", "grant", "granted", "allow",
                                      "allows", "allowed"});
  }

  // "on Wednesday, a day after he reiterated ...": "reiterated" is dated one
  // day before Wednesday. The duration must be a whole number of days,
  // weeks, months or years, followed by "after" or "before" and a verb; the
  // base is the closest day-grain expression before it in the sentence.
  // Returns whether the duration was such an offset (then it dates nothing else).
  bool derive(std::size_t i, std::vector<TimelineEntry>& entries) const {
    const Timex& d = timexes_[i];
    auto amount = parse_duration(d.value);
    if (!amount) return false;
    std::uint32_t first = timeline::token_at_or_after(tokens(), d.begin);
    std::uint32_t end = first;
    while (end < tokens().size() && tokens()[end].begin < d.end) ++end;
    if (end >= tokens().size() || !is_word(end) || tokens()[end].sentence != tokens()[first].sentence) return false;
    int sign;
    if (timeline::equals_lower(word(end), "after")) sign = -1;
    else if (timeline::equals_lower(word(end), "before")) sign = +1;
    else return false;
    const Timex* base = nullptr;
    for (std::size_t j = i; j-- > 0;) {
      const Timex& b = timexes_[j];
      std::uint32_t bt = timeline::token_at_or_after(tokens(), b.begin);
      if (bt >= tokens().size() || tokens()[bt].sentence != tokens()[first].sentence) break;
      if (b.interval && b.interval->grain == Grain::Day) {
        base = &b;
        break;
      }
    }
    if (!base) return false;
    auto trigger = search(end, +1, 4, true, true);
    if (!trigger) return false;
    date::local_days day = date::floor<date::days>(base->interval->start);
    date::local_days dated = shift(day, amount->first, sign * amount->second);
    TimelineEntry e = make_entry(*trigger, i, first);
    e.interval = Interval{dated, dated + date::days{1}, Grain::Day};
    e.date = iso8601(dated);
    e.derived = true;
    entries.push_back(std::move(e));
    return true;
  }

  static std::optional<std::pair<char, int>> parse_duration(std::string_view v) {
    if (v.size() < 3 || v[0] != 'P') return std::nullopt;
    int n = 0;
    auto [p, ec] = std::from_chars(v.data() + 1, v.data() + v.size() - 1, n);
    if (ec != std::errc() || p != v.data() + v.size() - 1 || n <= 0 || n > 1000) return std::nullopt;
    char unit = v.back();
    if (unit != 'D' && unit != 'W' && unit != 'M' && unit != 'Y') return std::nullopt;
    return std::pair{unit, n};
  }

  static date::local_days shift(date::local_days day, char unit, int n) {
    if (unit == 'D') return day + date::days{n};
    if (unit == 'W') return day + date::days{7 * n};
    date::year_month_day ymd{day};
    ymd = unit == 'M' ? ymd + date::months{n} : ymd + date::years{n};
    if (!ymd.ok()) ymd = ymd.year() / ymd.month() / date::last;  // Jan 31 + 1 month: Feb 28/29
    return date::local_days{ymd};
  }

  const Document& doc_;
  const std::vector<Timex>& timexes_;
  std::uint32_t doc_index_;
  timeline::CharOffsets chars_;
  // The last sentence sentence_text() collapsed: the entries of a sentence share it.
  mutable std::uint32_t collapsed_sentence_ = UINT32_MAX;
  mutable std::string collapsed_;
};

}  // namespace

std::vector<TimelineEntry> build_timeline(const Document& doc, const std::vector<Timex>& timexes,
                                          std::uint32_t doc_index) {
  if (timexes.empty()) return {};  // nothing to date: skip reading the text
  return Anchorer(doc, timexes, doc_index).run();
}

}  // namespace dateline
