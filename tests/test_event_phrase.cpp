// The event phrase of a timeline entry (core/timeline/event_phrase.h): hand
// cases for the grammar it follows, and a lint over real news (the first
// documents of ../shared/data/bench/silver-news.jsonl) that counts phrases
// breaking the rules docs/timeline.md states: a bad first or last word, too
// long, or a bare verb. DATELINE_PHRASE_LINT_SHOW=1 lists the offenders.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "core/io/inputs.h"
#include "core/lexicon/lexicon.h"
#include "core/normalizer.h"
#include "core/timeline/event_words.h"
#include "core/timeline/function_words.h"
#include "core/timeline/timeline.h"

namespace {

using namespace dateline;
using lexicon::WordClass;
namespace fs = std::filesystem;

std::vector<TimelineEntry> timeline_of(const std::string& text, const std::string& pub_date = "2024-10-02") {
  static const Normalizer normalizer;
  Document d;
  d.id = "doc";
  d.text = text;
  d.pub_date = pub_date;
  d.reference = parse_reference(pub_date);
  return build_timeline(d, normalizer.extract(d.text, *d.reference), 0);
}

// The phrase of the entry whose trigger is `trigger`; "(none)" when no entry has it.
std::string phrase_of(const std::string& text, std::string_view trigger) {
  for (const auto& e : timeline_of(text))
    if (e.trigger.text == trigger) return e.phrase.text;
  return "(none)";
}

// The words of a phrase, punctuation stripped from their ends ("Biden," -> "Biden").
std::vector<std::string> words_of(const std::string& phrase) {
  std::vector<std::string> out;
  std::istringstream in(phrase);
  std::string w;
  auto is_letter = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80); };
  while (in >> w) {
    std::size_t b = 0, e = w.size();
    while (b < e && !is_letter(w[b])) ++b;
    while (e > b && !is_letter(w[e - 1])) --e;
    if (e > b) out.push_back(w.substr(b, e - b));
  }
  return out;
}

using timeline::one_of;

// Words a phrase must not start with: a preposition, "to", a conjunction, a
// relative pronoun or a subordinator (the phrase began inside another clause).
bool bad_first(std::string_view w) {
  using timeline::FunctionClass;
  return timeline::relation_of_signal(w) || timeline::EventWords::is_preposition(w) ||
         timeline::is_function_word(w, FunctionClass::Coordinator) ||
         timeline::is_function_word(w, FunctionClass::Subordinator) ||
         one_of(w, {"who", "whom", "whose", "which", "of"});
}

// Words a phrase must not end on: a preposition, a determiner, a conjunction.
bool bad_last(std::string_view w) {
  using timeline::FunctionClass;
  return bad_first(w) || one_of(w, {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this",
                                    "these", "those", "every", "each", "is", "are", "was", "were", "will", "would"});
}

// A lower-case finite or -ing verb form that is no noun: starting a phrase
// with one that is not the trigger means the phrase began in another clause.
bool verb_only(std::string_view w) {
  if (w.empty() || (w[0] >= 'A' && w[0] <= 'Z')) return false;
  const auto c = lexicon::classes_of_token(w);
  return (c & (WordClass::VerbPast | WordClass::VerbThird)) && !(c & WordClass::Noun) &&
         !timeline::is_any_function_word(w);
}

struct Lint {
  int phrases = 0, bad_first = 0, bad_last = 0, other_verb_first = 0, too_long = 0, bare_verb = 0, no_trigger = 0;
};

// With DATELINE_PHRASE_LINT_SHOW set, each phrase that breaks a rule is
// printed with the rule's name.
void flag(int& count, const char* rule, const TimelineEntry& e) {
  ++count;
  if (std::getenv("DATELINE_PHRASE_LINT_SHOW")) std::printf("%s\t%s\t[%s]\n", rule, e.phrase.text.c_str(), e.trigger.text.c_str());
}

void lint(const TimelineEntry& e, Lint& l) {
  ++l.phrases;
  const auto words = words_of(e.phrase.text);
  if (e.phrase.text.find(e.trigger.text) == std::string::npos) flag(l.no_trigger, "trigger missing", e);
  if (words.empty()) return;
  // "about 100 troops stormed", "At least 10,000 had arrived": words
  // qualifying a number may open it.
  const bool qualifier =
      words.size() > 2 && ((std::isdigit(static_cast<unsigned char>(words[1][0])) &&
                            one_of(words.front(), {"about", "nearly", "almost", "around", "some", "over", "under"})) ||
                           (one_of(words.front(), {"at"}) && one_of(words[1], {"least", "most"})));
  // The trigger itself may be such a word ("following").
  if (bad_first(words.front()) && !qualifier && words.front() != e.trigger.text) flag(l.bad_first, "bad first word", e);
  if (bad_last(words.back()) && words.back() != e.trigger.text) flag(l.bad_last, "bad last word", e);
  if (words.front() != e.trigger.text && verb_only(words.front())) flag(l.other_verb_first, "another clause's verb first", e);
  if (words.size() > 20) flag(l.too_long, "over 20 words", e);
  // A finite verb alone ("saying", "rose"): its subject is missing.
  if (words.size() == 1 && verb_only(words.front())) flag(l.bare_verb, "bare verb", e);
}

}  // namespace

TEST_CASE("event phrase: a verb's subject, verb group and complements") {
  SUBCASE("a name subject and the object up to the dating expression") {
    CHECK(phrase_of("Prime Minister Shigeru Ishiba held his first phone call with Joe Biden on Wednesday.", "held") ==
          "Prime Minister Shigeru Ishiba held his first phone call with Joe Biden");
  }
  SUBCASE("auxiliaries and a catenative verb belong to the verb group") {
    CHECK(phrase_of("The talks were set to open on Monday.", "open") == "The talks were set to open");
    CHECK(phrase_of("The two leaders will meet in Tokyo on Friday.", "meet") == "The two leaders will meet in Tokyo");
    CHECK(phrase_of("Mayor Lu Yucheng was quoted as saying Thursday.", "saying") ==
          "Mayor Lu Yucheng was quoted as saying");
  }
  SUBCASE("a relative clause: the antecedent, not the pronoun, is the subject") {
    CHECK(phrase_of("Ishiba, who was elected prime minister on Tuesday, spoke.", "elected") ==
          "Ishiba was elected prime minister");
  }
  SUBCASE("a subject that holds a clause of its own is cut to its head") {
    CHECK(phrase_of("The trial of the men accused in the coup in which the leader was killed was set to open on "
                    "Monday.",
                    "open") == "The trial of the men ... was set to open");
  }
  SUBCASE("an aside between commas is left out") {
    CHECK(phrase_of("Hanbo, the country's 14th largest conglomerate, collapsed in January.", "collapsed") ==
          "Hanbo collapsed");
  }
  SUBCASE("a participle clause at the end shares the sentence's subject") {
    CHECK(phrase_of("Merchants are delighted, saying Tuesday that they would not mind an election.", "saying") ==
          "Merchants ... saying that they would not mind an election");
  }
  SUBCASE("the antecedent keeps a title with \"of\"") {
    CHECK(phrase_of("Secretary of State Condoleezza Rice, who arrived on Monday, met the king.", "arrived") ==
          "Secretary of State Condoleezza Rice arrived");
  }
  SUBCASE("an expression inside the verb group is left out") {
    CHECK(phrase_of("Kiet was Saturday quoted as saying by the daily Vietnam News.", "quoted") ==
          "Kiet was quoted as saying by the daily Vietnam News");
    CHECK(phrase_of("Iraq has for years rejected these lines.", "rejected") == "Iraq has rejected these lines");
  }
  SUBCASE("an expression between a relative pronoun and its verb") {
    CHECK(phrase_of("Baghdad, which in September said it would no longer recognize the zones, hailed the flights.",
                    "said") == "Baghdad said it would no longer recognize the zones");
  }
  SUBCASE("an expression after an aside between commas") {
    CHECK(phrase_of("Yadav, a wily politician, Monday refused to step down.", "refused") ==
          "Yadav refused to step down");
  }
  SUBCASE("asides in a row: the first noun phrase is the subject") {
    CHECK(phrase_of("Former minister Francois Leotard, chief of the UDF, junior partner in the coalition, on Monday "
                    "condemned the policy.",
                    "condemned") == "Former minister Francois Leotard condemned the policy");
  }
  SUBCASE("an aside between dashes is left out") {
    CHECK(phrase_of("Mali -- home to nine million people -- has recently acquired a reputation for democracy.",
                    "acquired") == "Mali has acquired a reputation for democracy");
  }
  SUBCASE("\"here\" between subject and verb is left out") {
    CHECK(phrase_of("Shares here rose on Wednesday.", "rose") == "Shares rose");
  }
  SUBCASE("a plural noun or a gerund right before the verb is its subject") {
    CHECK(phrase_of("The army has taken over the town, press reports Monday said.", "said") == "press reports said");
    CHECK(phrase_of("In the rest of Croatia, where voting ended Sunday, results were pouring in.", "ended") ==
          "voting ended");
  }
  SUBCASE("a demonstrative opening the sentence is its subject, not \"that\"") {
    CHECK(phrase_of("These were expected to rise on Monday.", "rise") == "These were expected to rise");
    CHECK(phrase_of("He condemned the attack in Khobar, that killed 19 servicemen in June.", "killed") ==
          "killed 19 servicemen");
  }
  SUBCASE("\"year\", \"day\" and the like outside an expression are nouns") {
    CHECK(phrase_of("India's financial year begins April 1.", "begins") == "India's financial year begins");
  }
  SUBCASE("a purpose clause after an expression shows no subject") {
    CHECK(phrase_of("The minister would visit Japan for three days from April 14 to meet Hashimoto.", "meet") ==
          "meet Hashimoto");
  }
  SUBCASE("a linking verb and its subject before an adjective or a participle") {
    CHECK(phrase_of("Banks, which have been closed since Saturday, will remain shut until Thursday.", "shut") ==
          "Banks will remain shut");
    CHECK(phrase_of("Reconciliation is not possible right now.", "possible") == "Reconciliation is not possible");
  }
  SUBCASE("a word qualifying the time goes with it") {
    CHECK(phrase_of("The raid started just after 3 p.m. on Tuesday.", "started") == "The raid started");
    CHECK(phrase_of("He was ordered to attend a three-day committal hearing beginning August 19.", "attend") ==
          "He was ordered to attend a three-day committal hearing");
    CHECK(phrase_of("The pontiff was due to arrive in the city at around 5:30 p.m.", "arrive") ==
          "The pontiff was due to arrive in the city");
  }
  SUBCASE("an adjective that takes \"to\" belongs to the verb group") {
    CHECK(phrase_of("Ruggiero is due to visit China from Friday.", "visit") == "Ruggiero is due to visit China");
  }
  SUBCASE("a subject keeps a possessive expression") {
    CHECK(phrase_of("Spectators at this weekend's London marathon were warned on Saturday.", "warned") ==
          "Spectators at this weekend's London marathon were warned");
  }
  SUBCASE("an -ing form after a preposition, with an object, is a verb") {
    CHECK(phrase_of("He will hold talks on Tuesday, before leaving Beijing on Wednesday.", "leaving") ==
          "leaving Beijing");
  }
  SUBCASE("a complement clause after the expression") {
    CHECK(phrase_of("The company said Tuesday that profits rose.", "said") == "The company said that profits rose");
  }
  SUBCASE("a clause after the expression") {
    CHECK(phrase_of("France said Tuesday it was sending 1,000 troops.", "said") ==
          "France said it was sending 1,000 troops");
    CHECK(phrase_of("President Bill Clinton said Monday the United States would talk next with the Palestinians.",
                    "said") == "President Bill Clinton said the United States would talk next with the Palestinians");
  }
  SUBCASE("a complement after an expression with \"on\" or \"in\"") {
    CHECK(phrase_of("The general was sacked in December at the request of the minister.", "sacked") ==
          "The general was sacked at the request of the minister");
  }
  SUBCASE("a prepositional complement after the expression") {
    CHECK(phrase_of("Albania and Italy agreed Wednesday on the need for a force.", "agreed") ==
          "Albania and Italy agreed on the need for a force");
  }
  SUBCASE("no complement after an expression that is the verb's object") {
    CHECK(phrase_of("Sanchez spent three hours with the hostages.", "spent") == "Sanchez spent");
  }
  SUBCASE("no noun phrase subject after the expression without its auxiliary") {
    CHECK(phrase_of("The nationalists said Monday a new coalition forged by its rivals would be absurd.", "said") ==
          "The nationalists said");
  }
  SUBCASE("a coordinated verb shares the subject of the verb that opens its clause") {
    CHECK(phrase_of("Input prices, or the cost of raw materials, showed their sharpest fall and fell by 0.5 percent in "
                    "March.",
                    "fell") == "Input prices fell by 0.5 percent");
  }
  SUBCASE("a coordinated verb after a comma shares the previous clause's subject") {
    CHECK(phrase_of("Chin emigrated to the United States, but resumed contacts with China in 1972.", "resumed") ==
          "Chin ... resumed contacts with China");
    CHECK(phrase_of("The Times said Wei had been under watch, but was left alone over the weekend.", "left") ==
          "was left alone");
  }
  SUBCASE("a coordinated verb after a comma shares a pronoun subject") {
    CHECK(phrase_of("We are optimistic, and have postponed the operation by a day.", "postponed") ==
          "We ... have postponed the operation");
  }
  SUBCASE("a year after a signal word modifies no noun") {
    CHECK(phrase_of("A similar vote in 1995 won 73 percent support.", "won") ==
          "A similar vote won 73 percent support");
  }
  SUBCASE("a passive participle clause with its agent shows the noun it follows") {
    CHECK(phrase_of("Many Rwandans have returned home to their country, now dominated by the Tutsi minority.",
                    "dominated") == "their country, dominated by the Tutsi minority");
  }
  SUBCASE("an expression after a preposition or \"and\" is no antecedent") {
    CHECK(phrase_of("Tueni became an MP after elections in May and June which gave anti-Syrian parties a majority.",
                    "gave") == "gave anti-Syrian parties a majority");
  }
  SUBCASE("an age after a name is no antecedent; a number is") {
    CHECK(phrase_of("Danai, 61, who died Monday, was appointed in early 1995.", "died") == "Danai died");
    CHECK(phrase_of("The British strength is now around 1,800 which will fall to around 1,600 by the end of May.",
                    "fall") == "around 1,800 will fall to around 1,600");
  }
  SUBCASE("\"so far\" belongs to the verb group") {
    CHECK(phrase_of("Hwang has so far devoted the 67 days since his defection to writing.", "devoted") ==
          "Hwang has so far devoted");
  }
  SUBCASE("an expression may be a relative pronoun's antecedent") {
    CHECK(phrase_of("The pope will hold a mass on Saturday, and another Sunday which is expected to attract 120,000 "
                    "faithful.",
                    "expected") == "Sunday is expected to attract 120,000 faithful");
  }
  SUBCASE("a prepositional phrase the length cuts before its head is left out") {
    CHECK(phrase_of("Japanese trading house Itochu Corp. will soon start building an electricity generating plant and "
                    "gas compressor station at two Azerbaijani oilfields in the Caspian Sea region.",
                    "start") ==
          "Japanese trading house Itochu Corp. will start building an electricity generating plant and gas "
          "compressor station");
  }
  SUBCASE("an expression that modifies a noun stays in the complement") {
    CHECK(phrase_of("I made a 30-day retreat in Australia.", "made") == "I made a 30-day retreat in Australia");
  }
  SUBCASE("no preposition or conjunction at either end") {
    auto p = phrase_of("The company said it plans to push the proposals through parliament and on Tuesday.", "push");
    auto w = words_of(p);
    REQUIRE(!w.empty());
    CHECK(!bad_first(w.front()));
    CHECK(!bad_last(w.back()));
  }
}

TEST_CASE("event phrase: an event noun's noun phrase") {
  SUBCASE("determiner, possessive and modifiers") {
    CHECK(phrase_of("The IMF criticised the country's economic performance in 1996.", "performance") ==
          "the country's economic performance");
  }
  SUBCASE("an 'of' complement") {
    CHECK(phrase_of("He condemned the bombing of the embassy on Friday.", "bombing") == "the bombing of the embassy");
  }
  SUBCASE("an expression inside the noun phrase stays in it") {
    CHECK(phrase_of("Israel's 17-day offensive killed 175 people.", "offensive") ==
          "Israel's 17-day offensive killed 175 people");
  }
  SUBCASE("a noun after \"in\" shows the noun before only when that is an event or an amount") {
    CHECK(phrase_of("Sheikh Mujib was slain with most of his family in the August 15, 1975 coup.", "coup") ==
          "the August 15, 1975 coup");
  }
  SUBCASE("a noun after \"in\" shows an adjective before it") {
    CHECK(phrase_of("Sharon decided to break from the party he was instrumental in founding 32 years ago.",
                    "founding") == "instrumental in founding");
  }
  SUBCASE("adjectives that look like determiners follow the real one") {
    CHECK(phrase_of("He held his first phone call on Wednesday.", "call") == "his first phone call");
  }
}

TEST_CASE("event phrase lint: the first silver-news documents" * doctest::timeout(120)) {
  const fs::path silver = fs::path(DATELINE_SHARED_DIR) / "data/bench/silver-news.jsonl";
  if (!fs::exists(silver)) {
    MESSAGE("skipped: " << silver << " is absent");
    return;
  }
  constexpr int kDocs = 400;
  static const Normalizer normalizer;
  Lint l;
  int docs = 0;
  read_input(silver.string(), {}, [&](InputItem&& item) {
    if (!item.document || docs >= kDocs) return;
    ++docs;
    const Document& d = *item.document;
    for (const auto& e : build_timeline(d, normalizer.extract(d.text, *d.reference), 0)) lint(e, l);
  });
  MESSAGE("phrase lint over " << docs << " documents, " << l.phrases << " phrases: bad first word " << l.bad_first
                              << ", bad last word " << l.bad_last << ", another clause's verb first "
                              << l.other_verb_first << ", over 20 words " << l.too_long << ", bare verb "
                              << l.bare_verb << ", trigger missing " << l.no_trigger);
  CHECK(docs == kDocs);
  CHECK(l.no_trigger == 0);
  // Ceilings above what the rules reach now (docs/timeline.md: 0, 0, 5, 1
  // and 10 of 2,735; the rule before them: 199, 189, 55, 8, 46):
  // a change that makes phrases read worse fails here.
  CHECK(l.bad_first <= l.phrases / 200);
  CHECK(l.bad_last <= l.phrases / 200);
  CHECK(l.other_verb_first <= l.phrases / 100);
  CHECK(l.too_long <= l.phrases / 500);
  CHECK(l.bare_verb <= l.phrases / 100);
}
