#include "core/text/tense.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>

#include "core/rules/start_set.h"
#include "core/rules/vocabulary.h"
#include "core/text/abbreviation.h"

namespace dateline {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\''; }

// How far (in bytes) a sentence may extend around an expression; news
// sentences are shorter, and the bound keeps the scan cheap on huge lines.
constexpr std::size_t kMaxReach = 400;

bool sentence_break(std::string_view text, std::size_t i) {
  char c = text[i];
  if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') return true;
  if ((c == '.' || c == '?' || c == '!') && i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\n')) {
    // "Nov. 5" and "U.S. President": an abbreviation, not a sentence end.
    std::size_t k = i;
    while (k > 0 && is_letter(text[k - 1])) --k;
    std::size_t len = i - k;
    if (len <= 4 && len > 0 && i + 2 < text.size() && !(text[i + 2] >= 'A' && text[i + 2] <= 'Z')) return false;
    if (len == 1) return false;
    return !is_title_abbreviation(text.substr(k, len));  // "Mr. Biden", "Roe vs. Wade"
  }
  return false;
}

// A cue word's tense; `found` is false for words that are no cue. A present
// tense auxiliary is a cue that points nowhere (Tense::None).
// `f` is the word's TenseCues flags.
Tense classify(std::string_view word, std::uint8_t f, bool& found) {
  found = true;
  if (f & TenseCues::kFuture) return Tense::Future;
  if (f & (TenseCues::kPast | TenseCues::kBarePast)) return Tense::Past;
  if (f & TenseCues::kPresent) return Tense::None;
  if (word.ends_with("'ll")) return Tense::Future;  // they'll, we'll
  // Regular past forms in lower case; not "succeed", "need", nor "United".
  if (word.size() >= 4 && word.ends_with("ed") && !word.ends_with("eed") && word[0] >= 'a' && word[0] <= 'z')
    return Tense::Past;
  found = false;
  return Tense::None;
}

// A clause boundary: punctuation that separates "..., who was elected" from
// "an election on Nov. 5" in the same sentence.
bool clause_break(std::string_view text, std::size_t i) {
  char c = text[i];
  if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"') return true;
  // em dash, en dash, curly quotes (UTF-8 lead byte E2 80 9x)
  return c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
         (text[i + 2] == '\x94' || text[i + 2] == '\x93' || text[i + 2] == '\x9C' || text[i + 2] == '\x9D');
}

// The word before byte `a` (skipping spaces), lower-cased, at most 8 letters
// ("" when there is none).
std::string previous_word(std::string_view text, std::size_t a) {
  std::size_t e = a;
  while (e > 0 && text[e - 1] == ' ') --e;
  std::size_t b = e;
  while (b > 0 && e - b < 8 && is_letter(text[b - 1])) --b;
  std::string w(text.substr(b, e - b));
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return w;
}

bool comparison_context(std::string_view before) { return before == "than" || before == "as"; }

// The word before byte `a`, past one adverb in -ly: "as [originally] planned".
std::string previous_word_past_adverb(std::string_view text, std::size_t a) {
  std::string before = previous_word(text, a);
  if (!before.ends_with("ly")) return before;
  std::size_t e = a;  // the adverb's start: all of it, not its last 8 letters
  while (e > 0 && text[e - 1] == ' ') --e;
  while (e > 0 && is_letter(text[e - 1])) --e;
  return previous_word(text, e);
}

// A bare verb after these is no past form, or not surely one: "will hit",
// "to cut", "did put", "if they beat Deportivo on Wednesday".
bool bare_verb_context(std::string_view before) {
  for (std::string_view w : {"to", "will", "would", "could", "can", "may", "might", "should", "must", "shall",
                             "did", "does", "do", "not", "cannot", "ll", "won't", "don't", "doesn't", "didn't",
                             "let", "they", "we", "you", "i"})
    if (before == w) return true;
  return false;
}

// "is delivered", "are held": the present passive points nowhere, and the
// present auxiliary before it is the cue.
bool participle_context(std::string_view before) {
  for (std::string_view w : {"be", "been", "being", "a", "an", "the", "still", "very", "is", "are"})
    if (before == w) return true;
  return false;
}

// Whether the word ending at byte `b` is followed by " to " (an infinitive).
bool infinitive_follows(std::string_view text, std::size_t b) {
  std::string_view rest = text.substr(b, 4);
  return rest == " to " || rest == " to\n";
}

// Whether the hyphen at byte `h` follows a verb prefix: "re-elected", "co-founded".
bool after_verb_prefix(std::string_view text, std::size_t h) {
  std::size_t b = h;
  while (b > 0 && is_letter(text[b - 1])) --b;
  std::string_view prefix = text.substr(b, h - b);
  for (std::string_view p : {"re", "Re", "co", "Co", "pre", "Pre", "un", "Un", "mis", "over", "out", "under"})
    if (prefix == p) return true;
  return false;
}

// Whether "has"/"have" ending at byte `b` is the perfect's auxiliary: a
// past participle follows ("have reached", "has already been"), perhaps after
// an adverb. Otherwise it is the present-tense verb of possession ("we can
// have a deal in February"), which points nowhere.
bool perfect_follows(std::string_view text, std::size_t b, const TenseCues& cues) {
  for (int skipped = 0; skipped <= 3; ++skipped) {
    while (b < text.size() && text[b] == ' ') ++b;
    std::size_t e = b;
    while (e < text.size() && is_letter(text[e])) ++e;
    std::string_view word = text.substr(b, e - b);
    if (word.empty()) return false;
    bool found;
    if (classify(word, cues.flags(word), found) == Tense::Past && found) return true;
    if (word.ends_with("en") || word.ends_with("wn") || word.ends_with("one")) return true;  // taken, shown, done
    const bool adverb = word.ends_with("ly") || word == "not" || word == "already" || word == "also" ||
                        word == "just" || word == "never" || word == "long" || word == "since" || word == "yet" ||
                        word == "still" || word == "now" || word == "all" || word == "so" || word == "far";
    if (!adverb) return false;
    b = e;
  }
  return false;
}

// Whether the expression at byte `begin` ends a noun phrase that follows
// "ahead of" in its clause: "ahead of January's elections", "ahead of the
// election Thursday", "ahead of a speech by President Abbas on Saturday".
// Not "ahead of schedule" or "ahead of expectations", which compare.
bool precedes_ahead_of(std::string_view text, std::size_t begin) {
  constexpr std::size_t kReach = 80;  // bytes: a short noun phrase
  const std::size_t from = begin > kReach ? begin - kReach : 0;
  // Walk back to the nearest "ahead of ", stopping at punctuation: most
  // walks end within a word or two.
  for (std::size_t i = begin; i >= from + 9; --i) {
    const char c = text[i - 1];
    if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' || c == ')' || c == '"')
      return false;
    if (c != ' ' || text[i - 2] != 'f' || text[i - 3] != 'o' || text[i - 4] != ' ') continue;
    const std::string_view head = text.substr(i - 9, 5);
    if (head != "ahead" && head != "Ahead") continue;
    const std::string_view between = text.substr(i, begin - i);
    for (std::string_view comparison : {"schedule", "time", "expectations", "forecasts", "estimates", "target"})
      if (between.starts_with(comparison)) return false;
    return true;
  }
  return false;
}

// Whether "until", "till", "beginning" or "starting (on/from)" stands right
// before byte `begin`: "a four-day match starting Thursday" (on silver news
// 4 of the 5 dates "beginning/starting" changes came out right).
bool precedes_until(std::string_view text, std::size_t begin) {
  std::string_view before = text.substr(0, begin);
  return before.ends_with("until ") || before.ends_with("Until ") || before.ends_with(" till ") ||
         before.ends_with(" beginning ") || before.ends_with(" starting ") || before.ends_with(" beginning on ") ||
         before.ends_with(" starting on ") || before.ends_with(" starting from ");
}

struct Cue {
  Tense tense = Tense::None;
  int distance = 1 << 30;  // in words from the expression; 1 << 30 when no cue
};

// The first tense cue walking from `from` towards `limit` (step -1 or +1).
// The walk stops at the sentence's end (or `limit`, the reach), found as it
// goes rather than before: most walks end at a cue long before it.
Cue nearest_cue(std::string_view text, std::size_t from, std::size_t limit, int step, bool clause_only,
                const TenseCues& cues) {
  int words = 0;
  std::size_t i = from;
  while (step < 0 ? i > limit : i < limit) {
    std::size_t at = step < 0 ? i - 1 : i;
    if (sentence_break(text, at)) break;
    if (clause_only && clause_break(text, at)) break;
    if (!is_letter(text[at])) {
      i = step < 0 ? i - 1 : i + 1;
      continue;
    }
    std::size_t a = at, b = at + 1;
    if (step < 0) {
      while (a > limit && is_letter(text[a - 1])) --a;
      i = a;
    } else {
      while (b < limit && is_letter(text[b])) ++b;
      i = b;
    }
    ++words;
    std::string_view word = text.substr(a, b - a);
    const std::uint8_t flags = cues.flags(word);
    // Only before the expression: "planned to leave on [Thursday]" puts the
    // leaving ahead, "On [Friday], the government planned to pay" dates the
    // planning.
    if (step < 0 && infinitive_follows(text, b) && (flags & TenseCues::kIntent)) return {Tense::Future, words};
    // "will play Arsenal after their match on [Tuesday] was postponed": the
    // clause of the expression starts at "after"; its own verb follows.
    if (step < 0 && clause_only && (flags & TenseCues::kClauseOpener)) break;
    bool found;
    Tense t = classify(word, flags, found);
    if (!found) continue;
    if (t == Tense::Past) {
      // The end of a compound adjective ("third-placed", "US-led", "state-owned")
      // is no verb; a verb prefix ("re-elected", "co-founded") keeps it one.
      if (a > 0 && text[a - 1] == '-' && !(flags & TenseCues::kPast) && !after_verb_prefix(text, a - 1)) continue;
      // "a poll, to be published Friday": the passive infinitive is still to come.
      if (text.substr(0, a).ends_with(" to be ")) return {Tense::Future, words};
      // A participle after "be" ("will be paid") or a determiner ("a still
      // unspecified date") takes its tense from elsewhere: not a cue; nor a
      // bare past after "to", a modal or a plural pronoun ("will hit").
      const std::string before = previous_word(text, a);
      if (participle_context(before)) continue;
      if ((flags & TenseCues::kBarePast) && bare_verb_context(before)) continue;
      // "has"/"have" without a participle is the present verb of possession.
      if ((word == "have" || word == "has" || word == "Have" || word == "Has") && !perfect_follows(text, b, cues))
        return {Tense::None, words};
    }
    // "grew more than expected", "as planned": a comparison with what was
    // expected, not a statement about the future.
    if (t == Tense::Future && (word.ends_with("ed") || word == "forecast") &&
        comparison_context(previous_word_past_adverb(text, a)))
      continue;
    return {t, words};
  }
  return {};
}

// Cue words are short; a longer walked word is no cue.
constexpr std::size_t kLongestCue = 24;

// The flag of each cue vocabulary, in TenseCues' order.
constexpr std::uint8_t kCueBits[TenseCues::kCueKinds] = {TenseCues::kFuture,       TenseCues::kPast,        TenseCues::kPresent,
                                      TenseCues::kIntent,       TenseCues::kClauseOpener, TenseCues::kBarePast};

// The hash a cue word is kept under in TenseCues' table.
std::uint64_t cue_hash(std::string_view word) {
  char bytes[kLongestCue + 8] = {};
  word.copy(bytes, std::min(word.size(), kLongestCue));
  return hash_shape_bytes(bytes, std::min(word.size(), kLongestCue));
}

}  // namespace

TenseCues::TenseCues(const Vocabulary* past, const Vocabulary* future, const Vocabulary* present,
                     const Vocabulary* intent, const Vocabulary* clause_opener, const Vocabulary* bare_past)
    : vocabularies_{future, past, present, intent, clause_opener, bare_past} {
  std::map<std::string, std::uint8_t> merged;
  for (std::size_t k = 0; k < kCueKinds; ++k) {
    if (!vocabularies_[k]) continue;
    if (vocabularies_[k]->has_regex()) merged_ = false;
    for (std::string_view key : vocabularies_[k]->keys())
      if (key.size() <= kLongestCue) merged[std::string(key)] |= kCueBits[k];
  }
  flags_ = WordTable<std::uint8_t>({merged.begin(), merged.end()}, cue_hash);
}

std::uint8_t TenseCues::flags(std::string_view word) const {
  if (!merged_) {
    std::uint8_t f = 0;
    for (std::size_t k = 0; k < kCueKinds; ++k)
      if (vocabularies_[k] && vocabularies_[k]->lookup(word)) f |= kCueBits[k];
    return f;
  }
  // Walked words are ASCII letters and apostrophes: their key is their lower case.
  char lower[kLongestCue + 8];  // 8 more: hash_shape_bytes reads 8 at a time
  if (word.size() > kLongestCue) return 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::uint8_t* f = flags_.find(std::string_view(lower, word.size()), hash_shape_bytes(lower, word.size()));
  return f ? *f : 0;
}

std::string_view to_string(Tense tense) {
  switch (tense) {
    case Tense::Past: return "past";
    case Tense::Future: return "future";
    default: return "none";
  }
}

Tense tense_near(std::string_view text, std::uint32_t begin, std::uint32_t end, const TenseCues& cues) {
  std::size_t lo = begin > kMaxReach ? begin - kMaxReach : 0;
  std::size_t hi = std::min(text.size(), static_cast<std::size_t>(end) + kMaxReach);

  // "ahead of January's elections", "ahead of the Nov. 5 vote": what news
  // says lies ahead is still to come.
  if (precedes_ahead_of(text, begin)) return Tense::Future;
  // "Thursday's closing price": a possessive date names what has happened.
  std::string_view after = text.substr(end, 4);
  if (after.starts_with("'s") || after.starts_with("\xE2\x80\x99s")) {
    // "seeded for Friday's draw", "a poll for Thursday's Times": what one
    // prepares for is still to come (7 of the 9 silver-news dates this
    // changes came out right).
    std::string_view before = text.substr(0, begin);
    if (before.ends_with(" for ") || before.ends_with(" for next ") || before.ends_with(" for this "))
      return Tense::Future;
    return Tense::Past;
  }
  // "adjourned until Monday", "gave the government until Friday": what news
  // says lasts or waits until a day is mostly still to come (on silver news,
  // 16 of the 20 dates after "until" that this changes came out right;
  // TempEval-3 has none that changes).
  if (precedes_until(text, begin)) return Tense::Future;
  // Look in the expression's clause first, then in the whole sentence.
  constexpr int kNone = 1 << 30;
  for (bool clause_only : {true, false}) {
    // The cue before the expression wins: in news the verb an expression
    // dates comes first ("will double its flights by August in the search
    // for markets untouched by the crisis"); a cue after it decides only when
    // nothing comes before ("On Friday, officials said").
    Cue before = nearest_cue(text, begin, lo, -1, clause_only, cues);
    if (before.distance != kNone) return before.tense;
    Cue after = nearest_cue(text, end, hi, +1, clause_only, cues);
    if (after.distance != kNone) return after.tense;
  }
  return Tense::None;
}

}  // namespace dateline
