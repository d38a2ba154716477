// core/text/tense: which way a sentence points, read from the cue nearest to
// the expression, in its clause first, then in its sentence.
#include <doctest/doctest.h>

#include <string>

#include "core/rules/vocabulary.h"
#include "core/text/tense.h"

using namespace dateline;

namespace {

struct Cues {
  Vocabulary past{"tense_past", "was => 1\nwere => 1\nsaid => 1\nheld => 1\nmet => 1\nsince => 1\nhas => 1\nhave => 1\nbeen => 1\n", "en/vocab/tense_past.vocab"};
  Vocabulary future{"tense_future", "will => 1\nexpected => 1\nscheduled => 1\n",
                    "en/vocab/tense_future.vocab"};
  Vocabulary present{"tense_present", "is => 1\nare => 1\n", "en/vocab/tense_present.vocab"};
  Vocabulary intent{"tense_intent", "planned => 1\nset => 1\nis => 1\n", "en/vocab/tense_intent.vocab"};
  Vocabulary opener{"clause_opener", "after => 1\nbecause => 1\n", "en/vocab/clause_opener.vocab"};
  Vocabulary bare_past{"tense_past_bare", "hit => 1\ncut => 1\n", "en/vocab/tense_past_bare.vocab"};
  TenseCues cues() const { return TenseCues(&past, &future, &present, &intent, &opener, &bare_past); }
};

// The tense for the first occurrence of `expression` in `text`.
Tense tense_of(const std::string& text, const std::string& expression) {
  static const Cues cues;
  auto at = text.find(expression);
  REQUIRE(at != std::string::npos);
  return tense_near(text, static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + expression.size()),
                    cues.cues());
}

}  // namespace

TEST_CASE("past, future and no cue") {
  CHECK(tense_of("Officials held talks on Wednesday.", "Wednesday") == Tense::Past);
  CHECK(tense_of("The leaders will meet on Friday.", "Friday") == Tense::Future);
  CHECK(tense_of("The vote is expected on Friday.", "Friday") == Tense::Future);
  CHECK(tense_of("The summit on Friday.", "Friday") == Tense::None);
  CHECK(tense_of("Friday", "Friday") == Tense::None);
}

TEST_CASE("a lower-case regular -ed form is a past cue; names and -eed words are not") {
  CHECK(tense_of("Police arrested him on Monday.", "Monday") == Tense::Past);
  CHECK(tense_of("Talks in the United Nations on Monday.", "Monday") == Tense::None);
  CHECK(tense_of("They need to succeed on Monday.", "Monday") == Tense::None);
  CHECK(tense_of("Ted on Monday.", "Monday") == Tense::None);
}

TEST_CASE("a present-tense auxiliary nearer than a past cue points nowhere") {
  CHECK(tense_of("He said the deadline is Friday.", "Friday") == Tense::None);
  CHECK(tense_of("He said the deadline on Friday.", "Friday") == Tense::Past);
}

TEST_CASE("the expression's clause is searched before the rest of the sentence") {
  // "said" is nearer in words, but in another clause.
  CHECK(tense_of("The leaders will meet on Friday, officials said.", "Friday") == Tense::Future);
  // No cue in the clause: the sentence decides.
  CHECK(tense_of("On Friday, officials said.", "Friday") == Tense::Past);
  CHECK(tense_of("Ishiba \xE2\x80\x94 who was elected on Tuesday \xE2\x80\x94 will visit.", "Tuesday") == Tense::Past);
}

TEST_CASE("in its clause, the cue before the expression wins over a nearer one after it") {
  CHECK(tense_of("Qantas will double its flights by August in the search for markets untouched by the crisis.",
                 "August") == Tense::Future);
}

TEST_CASE("the cue before the expression wins; one after decides when none comes before") {
  CHECK(tense_of("It was Friday and they will go.", "Friday") == Tense::Past);
  CHECK(tense_of("They will go Friday after it was over.", "Friday") == Tense::Future);
  CHECK(tense_of("Friday was good.", "Friday") == Tense::Past);
}

TEST_CASE("cues do not cross sentence ends, but abbreviations are no sentence end") {
  CHECK(tense_of("The talks were over. They meet on Friday.", "Friday") == Tense::None);
  CHECK(tense_of("The talks were held in the U.S. on Friday.", "Friday") == Tense::Past);
  CHECK(tense_of("The report was published. Friday.", "Friday") == Tense::None);
  CHECK(tense_of("They will talk\n\nFriday, then", "Friday") == Tense::None);  // a paragraph break
}

TEST_CASE("an intention word before an infinitive points to the future, whatever its own tense") {
  CHECK(tense_of("The team planned to leave Nairobi on Thursday.", "Thursday") == Tense::Future);
  CHECK(tense_of("Talks are set to resume Monday.", "Monday") == Tense::Future);
  CHECK(tense_of("The stock is to resume trading in Paris Tuesday.", "Tuesday") == Tense::Future);
  // Without the infinitive the word is an ordinary cue (or none).
  CHECK(tense_of("The team planned the trip on Thursday.", "Thursday") == Tense::Past);
  CHECK(tense_of("The deadline is Friday.", "Friday") == Tense::None);
  // After the expression it dates the intention, not what is intended.
  CHECK(tense_of("On Friday the government planned to pay them.", "Friday") == Tense::Past);
}

TEST_CASE("a possessive date names what has happened") {
  CHECK(tense_of("Thursday's ruling surprised many.", "Thursday") == Tense::Past);
  CHECK(tense_of("They will appeal Thursday's ruling.", "Thursday") == Tense::Past);
}

TEST_CASE("tenses print as words") {
  CHECK(to_string(Tense::Past) == "past");
  CHECK(to_string(Tense::Future) == "future");
  CHECK(to_string(Tense::None) == "none");
}

TEST_CASE("each set of cue vocabularies is read as it is, one after another") {
  // Each TenseCues merges its own vocabularies: a second set (here giving
  // "met" the other tense) must not be read through the first.
  Vocabulary past{"tense_past", "met => 1\n", "a.vocab"};
  Vocabulary future{"tense_future", "will => 1\n", "b.vocab"};
  TenseCues first(&past, &future);
  CHECK(tense_near("They met on Friday.", 12, 18, first) == Tense::Past);
  Vocabulary past2{"tense_past", "was => 1\n", "c.vocab"};
  Vocabulary future2{"tense_future", "met => 1\n", "d.vocab"};
  TenseCues second(&past2, &future2);
  CHECK(tense_near("They met on Friday.", 12, 18, second) == Tense::Future);
}

TEST_CASE("a clause opener before the expression ends its clause on the left") {
  // The match was postponed: its own verb follows, the main clause's "will" does not decide.
  CHECK(tense_of("Arsenal will play Villa after their match on Tuesday was postponed.", "Tuesday") == Tense::Past);
  CHECK(tense_of("The talks will resume because the vote on Friday failed.", "Friday") == Tense::Past);
  // Nothing in the clause: the sentence decides, the cue before winning.
  CHECK(tense_of("They will meet after Friday.", "Friday") == Tense::Future);
  // Without an opener the cue before still wins.
  CHECK(tense_of("Arsenal will play Villa on Tuesday as it was postponed.", "Tuesday") == Tense::Future);
}

TEST_CASE("the -ed end of a compound adjective is no past cue") {
  CHECK(tense_of("Third-placed Fiorentina take on Juventus in January.", "January") == Tense::None);
  CHECK(tense_of("The US-led force patrols on Monday.", "Monday") == Tense::None);
  CHECK(tense_of("The force patrolled on Monday.", "Monday") == Tense::Past);
  CHECK(tense_of("The council on Monday re-elected him.", "Monday") == Tense::Past);
}

TEST_CASE("ahead of a date points to the future, possessive or not") {
  CHECK(tense_of("Members quit in protest ahead of January's elections.", "January") == Tense::Future);
  CHECK(tense_of("Troops were deployed ahead of the Nov. 5 vote.", "Nov. 5") == Tense::Future);
  CHECK(tense_of("Members quit after January's elections.", "January") == Tense::Past);
}

TEST_CASE("until a date points to the future, unless the date is possessive") {
  CHECK(tense_of("Talks were adjourned until Monday.", "Monday") == Tense::Future);
  CHECK(tense_of("The court met until Monday's hearing.", "Monday") == Tense::Past);
}

TEST_CASE("a possessive date after 'for' is still to come") {
  CHECK(tense_of("Argentina are one of the seeds for Friday's draw.", "Friday") == Tense::Future);
  CHECK(tense_of("He criticised Friday's draw.", "Friday") == Tense::Past);
}

TEST_CASE("has and have are past only as the perfect's auxiliary") {
  CHECK(tense_of("The firm has reached a deal in March.", "March") == Tense::Past);
  CHECK(tense_of("The firm has already been paid in March.", "March") == Tense::Past);
  CHECK(tense_of("The truce has so far held since March.", "March") == Tense::Past);
  CHECK(tense_of("The firm has taken a stake in March.", "March") == Tense::Past);
  // The verb of possession is present tense: the nearest March.
  CHECK(tense_of("We can have a deal maybe in March.", "March") == Tense::None);
  CHECK(tense_of("The company has a meeting on Friday.", "Friday") == Tense::None);
}

TEST_CASE("the present passive points nowhere; since points to the past") {
  CHECK(tense_of("The report is delivered on Friday.", "Friday") == Tense::None);
  CHECK(tense_of("The report was delivered on Friday.", "Friday") == Tense::Past);
  CHECK(tense_of("It shows an escalation since the bombing in March.", "March") == Tense::Past);
}

TEST_CASE("a bare past is past except after to, a modal or a plural pronoun") {
  CHECK(tense_of("The typhoon hit before dawn Thursday.", "Thursday") == Tense::Past);
  CHECK(tense_of("The bank will cut rates in March.", "March") == Tense::Future);
  CHECK(tense_of("The storm is due to hit the coast in March.", "March") == Tense::None);
  CHECK(tense_of("Sevilla top the table if they hit form on Wednesday.", "Wednesday") == Tense::None);
}

TEST_CASE("a passive infinitive is still to come") {
  CHECK(tense_of("A poll, to be published in the paper Friday, gave Labour 52 percent.", "Friday") == Tense::Future);
  CHECK(tense_of("The motion was debated Thursday.", "Thursday") == Tense::Past);
}

TEST_CASE("what starts or lasts until a day lies ahead") {
  CHECK(tense_of("The talks were adjourned until Monday.", "Monday") == Tense::Future);
  CHECK(tense_of("They face the Indians in a four-day match starting Thursday.", "Thursday") == Tense::Future);
  CHECK(tense_of("It held a meeting beginning on Thursday.", "Thursday") == Tense::Future);
}
