// TimeML reading and writing: plain text and offsets, gold annotations, error
// messages, and the TempEval-3 output round trip.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "core/io/timeml.h"

namespace {

using dateline::InputError;
using dateline::parse_timeml;
using dateline::Timex;
using dateline::TimexType;

const std::string kDoc = R"(<?xml version="1.0" ?>
<TimeML>
<DOCID>APW_TEST.01</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">08/07/1998</TIMEX3></DCT>
<TITLE>Bombs &amp; embassies</TITLE>
<TEXT>
Suspected bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> outside the U.S. embassies <TIMEX3 tid="t1" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="NONE">Friday</TIMEX3>, AT&amp;T <SIGNAL sid="s1">for</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="MORE_THAN">more than two weeks</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
)";

std::string slice(const std::string& text, std::uint32_t b, std::uint32_t e) { return text.substr(b, e - b); }

// The InputError message parse_timeml throws for `raw`, or "" when none.
std::string error_of(const std::string& raw) {
  try {
    parse_timeml(raw, "bad.tml");
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

std::string replaced(std::string s, const std::string& from, const std::string& to) {
  auto pos = s.find(from);
  REQUIRE(pos != std::string::npos);
  return s.replace(pos, from.size(), to);
}

}  // namespace

TEST_CASE("timeml: DOCID, DCT, plain text and gold annotations") {
  auto doc = parse_timeml(kDoc, "dir/APW_TEST.01.tml");
  CHECK(doc.doc_id == "APW_TEST.01");
  CHECK(doc.dct_value == "1998-08-07");
  CHECK(doc.dct_type == "DATE");
  CHECK(doc.text ==
        "\nSuspected bombs exploded outside the U.S. embassies Friday, AT&T for more than two weeks.\n");

  REQUIRE(doc.timexes.size() == 2);
  CHECK(doc.timexes[0].tid == "t1");
  CHECK(slice(doc.text, doc.timexes[0].timex.begin, doc.timexes[0].timex.end) == "Friday");
  CHECK(doc.timexes[0].timex.type == TimexType::Date);
  CHECK(doc.timexes[0].timex.value == "1998-08-07");
  CHECK(doc.timexes[0].function_in_document == "NONE");
  CHECK(slice(doc.text, doc.timexes[1].timex.begin, doc.timexes[1].timex.end) == "more than two weeks");
  CHECK(doc.timexes[1].timex.type == TimexType::Duration);
  CHECK(doc.timexes[1].timex.mod == "MORE_THAN");

  REQUIRE(doc.events.size() == 1);
  CHECK(doc.events[0].eid == "e1");
  CHECK(doc.events[0].event_class == "OCCURRENCE");
  CHECK(slice(doc.text, doc.events[0].begin, doc.events[0].end) == "exploded");
  REQUIRE(doc.instances.size() == 1);
  CHECK(doc.instances[0].eiid == "ei1");
  CHECK(doc.instances[0].eid == "e1");
  CHECK(doc.instances[0].tense == "PAST");
  REQUIRE(doc.tlinks.size() == 1);
  CHECK(doc.tlinks[0].lid == "l1");
  CHECK(doc.tlinks[0].rel_type == "IS_INCLUDED");
  CHECK(doc.tlinks[0].event_instance_id == "ei1");
  CHECK(doc.tlinks[0].related_to_time == "t1");
  CHECK(doc.tlinks[0].time_id.empty());
}

TEST_CASE("timeml: the document id falls back to the file stem") {
  std::string raw = replaced(kDoc, "<DOCID>APW_TEST.01</DOCID>", "");
  CHECK(parse_timeml(raw, "/x/y/wsj_0001.tml").doc_id == "wsj_0001");
  CHECK(parse_timeml(raw, "wsj_0002.tml.TE3input").doc_id == "wsj_0002");
}

TEST_CASE("timeml: input errors name the file, line and offset") {
  struct Case {
    const char* what;
    std::string raw;
    const char* message_part;
  };
  const Case cases[] = {
      {"mismatched tag", replaced(kDoc, "</TITLE>", "</TITEL>"), "does not match the open <TITLE>"},
      {"unclosed root", replaced(kDoc, "</TimeML>", ""), "ends inside <TimeML>"},
      {"bare ampersand", replaced(kDoc, "AT&amp;T", "AT&T"), "'&'"},
      {"unquoted attribute", replaced(kDoc, "sid=\"s1\"", "sid=s1"), "must be quoted"},
      {"no TEXT", replaced(replaced(kDoc, "<TEXT>", "<BODY>"), "</TEXT>", "</BODY>"), "no <TEXT> element"},
      {"no DCT", replaced(kDoc, "functionInDocument=\"CREATION_TIME\"", "functionInDocument=\"NONE\""),
       "no DCT"},
      {"two DCTs", replaced(kDoc, "functionInDocument=\"NONE\"", "functionInDocument=\"CREATION_TIME\""),
       "a second CREATION_TIME TIMEX3 (the first is at line 4)"},
      {"impossible DCT", replaced(kDoc, "value=\"1998-08-07\" temporalFunction", "value=\"1998-02-30\" temporalFunction"),
       "DCT value \"1998-02-30\""},
      {"DCT not a date", replaced(kDoc, "value=\"1998-08-07\" temporalFunction", "value=\"08/07/1998\" temporalFunction"),
       "is not a real date"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.what);
    std::string message = error_of(c.raw);
    CHECK(message.starts_with("bad.tml:"));
    CHECK(message.find("(byte ") != std::string::npos);
    CHECK(message.find(c.message_part) != std::string::npos);
  }
  // The line is the line of the offending tag.
  try {
    parse_timeml(replaced(kDoc, "</TITLE>", "</TITEL>"), "bad.tml");
    FAIL("no exception");
  } catch (const InputError& e) {
    CHECK(e.line() == 5);
    CHECK(e.file() == "bad.tml");
    CHECK(kDoc.substr(e.offset(), 2) == "</");
  }
}

TEST_CASE("timeml: writing system timexes into TEXT") {
  auto doc = parse_timeml(kDoc, "a.tml");
  auto at = [&](std::string_view phrase, TimexType type, std::string value) {
    Timex t;
    t.begin = static_cast<std::uint32_t>(doc.text.find(phrase));
    t.end = static_cast<std::uint32_t>(t.begin + phrase.size());
    t.type = type;
    t.value = std::move(value);
    return t;
  };

  SUBCASE("gold tags are replaced; escaping, EVENT, SIGNAL and the rest stay") {
    Timex weeks = at("two weeks", TimexType::Duration, "P2W");
    Timex friday = at("Friday", TimexType::Date, "1998-08-07");
    friday.mod = "START";
    std::string out = dateline::write_timeml(doc, {weeks, friday});  // order does not matter
    std::string expected = kDoc;
    expected = replaced(expected,
                        R"(<TIMEX3 tid="t1" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="NONE">Friday</TIMEX3>)",
                        R"(<TIMEX3 tid="t1" type="DATE" value="1998-08-07" mod="START">Friday</TIMEX3>)");
    expected = replaced(expected, R"(<TIMEX3 tid="t2" type="DURATION" value="P2W" mod="MORE_THAN">more than two weeks</TIMEX3>)",
                        R"(more than <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3>)");
    CHECK(out == expected);
  }

  SUBCASE("an element that would cross a new TIMEX3 loses its tags, not its text") {
    // "or more" starts inside the SIGNAL "for"; "exploded" equals the EVENT extent.
    Timex crossing = at("or more", TimexType::Duration, "P2W");
    Timex same = at("exploded", TimexType::Date, "1998-08-07");
    std::string out = dateline::write_timeml(doc, {same, crossing});
    CHECK(out.find(R"(<TIMEX3 tid="t1" type="DATE" value="1998-08-07"><EVENT eid="e1" class="OCCURRENCE">exploded</EVENT></TIMEX3>)") !=
          std::string::npos);
    CHECK(out.find(R"(AT&amp;T f<TIMEX3 tid="t2" type="DURATION" value="P2W">or more</TIMEX3> than two weeks.)") !=
          std::string::npos);
    auto again = parse_timeml(out, "out.tml");
    CHECK(again.text == doc.text);
    CHECK(again.events.size() == 1);
  }

  SUBCASE("an element inside a new TIMEX3 keeps its tags") {
    std::string out = dateline::write_timeml(doc, {at("for more", TimexType::Duration, "P2W")});
    CHECK(out.find(R"(AT&amp;T <TIMEX3 tid="t1" type="DURATION" value="P2W"><SIGNAL sid="s1">for</SIGNAL> more</TIMEX3> than)") !=
          std::string::npos);
  }

  SUBCASE("a TIMEX3 inside an EVENT, adjacent TIMEX3s, no timexes") {
    Timex inner = at("plod", TimexType::Date, "X");  // inside "exploded"
    Timex a = at("U.S.", TimexType::Date, "A");
    Timex b = at(" embassies", TimexType::Date, "B");
    auto again = parse_timeml(dateline::write_timeml(doc, {inner, a, b}), "out.tml");
    CHECK(again.text == doc.text);
    REQUIRE(again.timexes.size() == 3);
    CHECK(again.timexes[0].timex.value == "X");
    CHECK(again.timexes[1].timex.end == again.timexes[2].timex.begin);
    CHECK(parse_timeml(dateline::write_timeml(doc, {}), "out.tml").timexes.empty());
  }

  SUBCASE("overlapping or out-of-range timexes are refused") {
    Timex a = at("more than", TimexType::Date, "A");
    Timex b = at("than two", TimexType::Date, "B");
    CHECK_THROWS_AS(dateline::write_timeml(doc, {a, b}), std::invalid_argument);
    Timex far;
    far.begin = 5;
    far.end = 100000;
    CHECK_THROWS_AS(dateline::write_timeml(doc, {far}), std::invalid_argument);
  }
}

TEST_CASE("timeml: round trip over the TempEval-3 training corpus") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(DATELINE_SHARED_DIR) / "data/tempeval3/train";
  if (!fs::is_directory(dir)) {
    MESSAGE("skipped: no TempEval-3 data at " << dir.string());
    return;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.path().extension() == ".tml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  CHECK(files.size() == 256);
  std::size_t timexes = 0;
  for (const auto& path : files) {
    CAPTURE(path.string());
    auto doc = dateline::read_timeml_file(path.string());
    auto gold = doc.gold_timexes();
    timexes += gold.size();
    auto again = parse_timeml(dateline::write_timeml(doc, gold), path.string());
    CHECK(again.text == doc.text);
    CHECK(again.dct_value == doc.dct_value);
    CHECK(again.events.size() == doc.events.size());
    REQUIRE(again.timexes.size() == gold.size());
    for (std::size_t i = 0; i < gold.size(); ++i) {
      CHECK(again.timexes[i].timex.begin == gold[i].begin);
      CHECK(again.timexes[i].timex.end == gold[i].end);
      CHECK(again.timexes[i].timex.type == gold[i].type);
      CHECK(again.timexes[i].timex.value == gold[i].value);
      CHECK(again.timexes[i].timex.mod == gold[i].mod);
    }
  }
  CHECK(timexes == 1822);  // the count TIMEML.md gives for the training corpus
}
