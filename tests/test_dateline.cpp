// core/time/dateline: a wire story's dateline names the day its relative words
// count from, when it is the publication day or up to a week before it.
#include <doctest/doctest.h>

#include <string>

#include "core/time/dateline.h"
#include "core/time/interval.h"

using namespace dateline;

namespace {

// The dateline's day as YYYY-MM-DD, or "(none)".
std::string dateline_day(std::string_view text, const std::string& pub = "1999-03-13") {
  auto ref = dateline_reference(text, parse_reference(pub, "Asia/Shanghai"));
  if (!ref) return "(none)";
  CHECK(ref->tz == "Asia/Shanghai");
  CHECK_FALSE(ref->has_time);
  return iso8601(ref->local);
}

}  // namespace

TEST_CASE("dateline: an agency dateline a day before publication is the reference day") {
  CHECK(dateline_day("\nWASHINGTON, March 12 (Xinhua) -- Poland joined NATO on Friday.") == "1999-03-12");
  CHECK(dateline_day("BUDAPEST, Mar. 10 (AFP) - Hungary said") == "1999-03-10");
  CHECK(dateline_day("NEW YORK, Sept. 30 (Reuters) \u2014 Stocks fell", "1999-10-01") == "1999-09-30");
}

TEST_CASE("dateline: a stated year is taken as written") {
  CHECK(dateline_day("PARIS, March 12, 1999 (AFP) - France said") == "1999-03-12");
  CHECK(dateline_day("PARIS, March 12, 1998 (AFP) - France said") == "(none)");  // a year before: too far
}

TEST_CASE("dateline: across New Year the dateline is in the year before") {
  CHECK(dateline_day("BEIJING, December 31 (Xinhua) -- China said", "2000-01-01") == "1999-12-31");
}

TEST_CASE("dateline: the publication day itself, a later day or a distant one changes nothing") {
  CHECK(dateline_day("WASHINGTON, March 13 (Xinhua) -- Poland") == "(none)");
  CHECK(dateline_day("WASHINGTON, March 14 (Xinhua) -- Poland") == "(none)");
  CHECK(dateline_day("WASHINGTON, March 1 (Xinhua) -- Poland") == "(none)");
}

TEST_CASE("dateline: text that is not a dateline is ignored") {
  CHECK(dateline_day("On March 12 (Friday) -- a holiday -- they met.") == "(none)");      // no comma-led place
  CHECK(dateline_day("WASHINGTON, March 12 (Friday) -- they met.") == "(none)");         // no agency
  CHECK(dateline_day("WASHINGTON, March 12 (Xinhua) said that") == "(none)");            // no dash
  CHECK(dateline_day("WASHINGTON, Marcher 12 (Xinhua) -- x") == "(none)");               // no month
  CHECK(dateline_day("WASHINGTON, February 30 (Xinhua) -- x", "1999-03-03") == "(none)");  // no such day
  CHECK(dateline_day("") == "(none)");
  CHECK(dateline_day("WASHINGTON (AP) -- President Clinton said") == "(none)");
}
