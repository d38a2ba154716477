// The reasons `eval --anchor-errors` gives for missed gold pairs, on a
// hand-made TimeML document.
#include <doctest/doctest.h>

#include "core/eval/anchor_errors.h"
#include "core/io/timeml.h"

namespace {

using namespace dateline;

const char* kDoc =
    "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>D1</DOCID>\n"
    "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1998-08-07\" functionInDocument=\"CREATION_TIME\">1998-08-07</TIMEX3></DCT>\n"
    "<TEXT>Officials <EVENT eid=\"e1\" class=\"REPORTING\">said</EVENT> "
    "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-06\">Thursday</TIMEX3> that a "
    "<EVENT eid=\"e3\" class=\"OCCURRENCE\">vote</EVENT> <EVENT eid=\"e4\" class=\"OCCURRENCE\">follows</EVENT> in "
    "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"1998-09\">September</TIMEX3>. Talks "
    "<EVENT eid=\"e5\" class=\"OCCURRENCE\">ended</EVENT>.</TEXT>\n"
    "<MAKEINSTANCE eventID=\"e1\" eiid=\"ei1\" tense=\"PAST\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\"/>\n"
    "<MAKEINSTANCE eventID=\"e3\" eiid=\"ei3\" tense=\"NONE\" aspect=\"NONE\" polarity=\"POS\" pos=\"NOUN\"/>\n"
    "<MAKEINSTANCE eventID=\"e4\" eiid=\"ei4\" tense=\"PRESENT\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\"/>\n"
    "<MAKEINSTANCE eventID=\"e5\" eiid=\"ei5\" tense=\"PAST\" aspect=\"NONE\" polarity=\"POS\" pos=\"VERB\"/>\n"
    "<TLINK lid=\"l1\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei1\" relatedToTime=\"t1\"/>\n"
    "<TLINK lid=\"l2\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei3\" relatedToTime=\"t2\"/>\n"
    "<TLINK lid=\"l3\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei4\" relatedToTime=\"t2\"/>\n"
    "<TLINK lid=\"l4\" relType=\"IS_INCLUDED\" eventInstanceID=\"ei5\" relatedToTime=\"t1\"/>\n"
    "</TimeML>\n";

TimelineEntry entry(const TimemlDoc& doc, const std::string& trigger, const std::string& timex,
                    const std::string& date, Relation relation = Relation::Within) {
  TimelineEntry e;
  auto at = doc.text.find(trigger);
  auto t = doc.text.find(timex);
  REQUIRE(at != std::string::npos);
  REQUIRE(t != std::string::npos);
  e.trigger.begin = static_cast<std::uint32_t>(at);
  e.trigger.end = static_cast<std::uint32_t>(at + trigger.size());
  e.trigger.text = trigger;
  e.timex.begin = static_cast<std::uint32_t>(t);
  e.timex.end = static_cast<std::uint32_t>(t + timex.size());
  e.date = date;
  e.relation = relation;
  return e;
}

std::string kind_of(const std::vector<eval::AnchorMiss>& misses, const std::string& event) {
  for (const auto& m : misses)
    if (m.event_text == event) return std::string(eval::to_string(m.kind));
  return "found";
}

}  // namespace

TEST_CASE("anchor misses: each gold pair not found gets one reason") {
  TimemlDoc doc = parse_timeml(kDoc, "d1.tml");
  SUBCASE("no entries: in-sentence pairs have no entry, the next sentence's is cross-sentence") {
    auto misses = eval::list_anchor_misses(doc, {});
    REQUIRE(misses.size() == 4);
    CHECK(kind_of(misses, "said") == "no-entry");
    CHECK(kind_of(misses, "vote") == "no-entry");
    CHECK(kind_of(misses, "ended") == "other-sentence");
    CHECK(misses[0].timex_text == "Thursday");
    CHECK(misses[0].timex_type == "DATE");
  }
  SUBCASE("found, wrong value, other trigger, wrong relation") {
    std::vector<TimelineEntry> entries = {entry(doc, "said", "Thursday", "1998-08-06"),
                                          entry(doc, "vote", "Thursday", "1998-08-06"),
                                          entry(doc, "follows", "September", "1998-09", Relation::Before)};
    auto misses = eval::list_anchor_misses(doc, entries);
    CHECK(kind_of(misses, "said") == "found");
    CHECK(kind_of(misses, "vote") == "event-other-value");
    CHECK(kind_of(misses, "follows") == "wrong-relation");
    entries.back().relation = Relation::Within;
    entries.back().trigger = entries[1].trigger;  // September dates "vote" only
    entries.back().trigger.text = "vote";
    misses = eval::list_anchor_misses(doc, entries);
    CHECK(kind_of(misses, "vote") == "found");
    CHECK(kind_of(misses, "follows") == "timex-other-event");
    // "vote" dated Thursday is wrong (the gold says September); "said" is right.
    auto wrong = eval::list_wrong_anchors(doc, entries);
    REQUIRE(wrong.size() == 1);
    CHECK(wrong[0].trigger == "vote");
    CHECK(wrong[0].date == "1998-08-06");
    CHECK(wrong[0].gold_values == "1998-09");
    auto text = eval::render_anchor_misses(misses, wrong);
    CHECK(text.find("timex-other-event: 1") != std::string::npos);
    CHECK(text.find("Wrong entries (on a gold event, no gold pair found): 1") != std::string::npos);
  }
}
