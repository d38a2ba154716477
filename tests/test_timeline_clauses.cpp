// Anchoring across clause structure: clauses about the date ("when",
// "while", "as"), relative clauses, opening prepositional phrases, what a
// length measures, aspectual verbs, and verbs that "until" does not date.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/timeline/timeline.h"
#include "tests/timeline_doc.h"

namespace {

using namespace dateline;
using namespace dateline::test;

bool has(const std::vector<std::string>& triggers, const std::string& word) {
  return std::find(triggers.begin(), triggers.end(), word) != triggers.end();
}

}  // namespace

TEST_CASE("anchoring: a clause right after the expression") {
  SUBCASE("\"when\" dates its verb within the date, whatever the signal") {
    auto doc = document("The island has been divided since 1974 when Turkish troops invaded the north.");
    auto entries = build_timeline(doc, {timex_at(doc.text, "1974", "1974")});
    auto invaded = std::find_if(entries.begin(), entries.end(), [](auto& e) { return e.trigger.text == "invaded"; });
    REQUIRE(invaded != entries.end());
    CHECK(invaded->relation == Relation::Within);
    CHECK(has(triggers_of("He became a suspect in November, when he was called a witness.", "November", "2024-11"),
              "called"));
  }
  SUBCASE("\"while\" and \"as\" with a subject and a finite verb") {
    CHECK(has(triggers_of("The market rebounded Friday as investors hunted for bargains.", "Friday", "2024-09-27",
                          "2024-09-27"),
              "hunted"));
    CHECK(has(triggers_of("He was rescued Nov. 25 while clinging to an inner tube.", "Nov. 25", "2024-11-25",
                          "2024-11-25"),
              "clinging"));
    CHECK_FALSE(has(triggers_of("Prices rose in March as expected.", "March", "2024-03"), "expected"));
  }
}

TEST_CASE("anchoring: relative clauses and opening phrases") {
  SUBCASE("a dated verb after \"which\" dates the event noun it stands for") {
    auto triggers = triggers_of("The fire, which occurred on March 31, destroyed the hall.", "March 31", "2024-03-31",
                                "2024-03-31");
    CHECK(has(triggers, "occurred"));
    CHECK(has(triggers, "fire"));
  }
  SUBCASE("an opening phrase with a possessive dates the verb after its comma") {
    auto triggers = triggers_of("In Tuesday's unrest, protesters threw stones at the troops.", "Tuesday", "2024-10-01",
                                "2024-10-01");
    CHECK(has(triggers, "unrest"));
    CHECK(has(triggers, "threw"));
    // "before" places the saying before the vote only
    CHECK_FALSE(has(triggers_of("Before Tuesday's vote, the senator said little.", "Tuesday", "2024-10-01",
                                "2024-10-01"),
                    "said"));
  }
  SUBCASE("an expression that closes a relative clause in the subject dates that clause's verb") {
    CHECK(sole_trigger("It is not known if the arrest announced today stemmed from the indictment.", "today",
                       "2024-10-02", "2024-10-02") != "stemmed");
    CHECK(has(triggers_of("The arrest announced today stemmed from the indictment.", "today", "2024-10-02",
                          "2024-10-02"),
              "announced"));
    CHECK(sole_trigger("U.S. forces Thursday launched missile strikes.", "Thursday", "2024-09-26", "2024-09-26") ==
          "launched");
  }
  SUBCASE("an event noun after \"at\" past the verb's object is the act's occasion") {
    auto triggers = triggers_of("The Czech Republic on Friday joined NATO at a ceremony in Missouri.", "Friday",
                                "2024-09-27", "2024-09-27");
    CHECK(has(triggers, "joined"));
    CHECK(has(triggers, "ceremony"));
  }
  SUBCASE("a possessive dates the event noun that heads its compound") {
    CHECK(sole_trigger("Markets fell after last month's credit squeeze.", "last month", "2024-09") == "squeeze");
  }
  SUBCASE("a vague modifier inside a noun phrase dates nothing outside it") {
    CHECK(triggers_of("Kopp could be charged under the recent Freedom of Access Act.", "recent", "PAST_REF").empty());
  }
  SUBCASE("the object rule stops at a complement clause's \"that\"") {
    CHECK_FALSE(has(triggers_of("McKinnon said that terrorist bombings this month were planned.", "this month",
                                "2024-10"),
                    "said"));
  }
  SUBCASE("\"has\" before a participle that is also a noun, or after an adverb, is a tense") {
    CHECK(sole_trigger("Since 1983, Westinghouse has shed 70 businesses.", "1983", "1983") == "shed");
    CHECK(sole_trigger("In the past, Russia has often claimed otherwise.", "the past", "PAST_REF") == "claimed");
  }
}

TEST_CASE("anchoring: lengths, phases and deadlines") {
  SUBCASE("a length dates the event it measures") {
    auto doc = document("Nobody was charged after three days of questioning.");
    auto entries =
        build_timeline(doc, {timex_at(doc.text, "three days", "P3D", nullptr, TimexType::Duration)});
    CHECK(std::any_of(entries.begin(), entries.end(), [](auto& e) { return e.trigger.text == "questioning"; }));
    auto within = document("He died within a week of his capture.");
    auto entries2 = build_timeline(within, {timex_at(within.text, "a week", "P1W", nullptr, TimexType::Duration)});
    CHECK_FALSE(std::any_of(entries2.begin(), entries2.end(), [](auto& e) { return e.trigger.text == "capture"; }));
  }
  SUBCASE("a dated \"began\" dates its complement; a dated \"stopped\" does not") {
    CHECK(has(triggers_of("On Friday, Intel began notifying customers.", "Friday", "2024-09-27", "2024-09-27"),
              "notifying"));
    CHECK_FALSE(has(triggers_of("In February, Iran stopped allowing inspections.", "February", "2024-02"),
                    "allowing"));
  }
  SUBCASE("\"until\" does not date a verb that sets a time for something else") {
    CHECK(triggers_of("The case was adjourned until Tuesday.", "Tuesday", "2024-10-01", "2024-10-01").empty());
    CHECK(sole_trigger("The banks will remain closed until Tuesday.", "Tuesday", "2024-10-01", "2024-10-01") ==
          "closed");
  }
}
