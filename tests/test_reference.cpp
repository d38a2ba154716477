// core/time/reference: the publication date or instant, seen in the
// publication's zone; bad input is rejected with a message that names it and
// says what is accepted.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "core/time/reference.h"

using namespace dateline;

namespace {
std::string local(const Reference& r) { return iso8601(r.local, false); }

// The message parse_reference throws for `pub_date` (and `tz`).
std::string error_of(const std::string& pub_date, const std::string& tz = {}) {
  try {
    parse_reference(pub_date, tz);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "(accepted)";
}
}  // namespace

TEST_CASE("a date is midnight of that day, without a time") {
  Reference r = parse_reference("2024-10-02");
  CHECK(local(r) == "2024-10-02T00:00:00");
  CHECK_FALSE(r.has_time);
  CHECK(r.tz.empty());
  CHECK(r.day() == date::year{2024} / date::October / 2);
  CHECK(parse_reference("2024-02-29").day() == date::year{2024} / date::February / 29);
}

TEST_CASE("an instant keeps its wall-clock time when no zone is given") {
  Reference r = parse_reference("2024-10-02T18:30:00");
  CHECK(local(r) == "2024-10-02T18:30:00");
  CHECK(r.has_time);
  CHECK(local(parse_reference("2024-10-02T18:30")) == "2024-10-02T18:30:00");
  CHECK(local(parse_reference("2024-10-02 18:30:15")) == "2024-10-02T18:30:15");
  Reference offset = parse_reference("2024-10-02T18:30:00+09:00");
  CHECK(local(offset) == "2024-10-02T18:30:00");
  CHECK(offset.tz.empty());
  Reference utc = parse_reference("2024-10-02T18:30:00Z");
  CHECK(local(utc) == "2024-10-02T18:30:00");
  CHECK(utc.tz == "UTC");
}

TEST_CASE("an instant with an offset is converted to the zone's local time") {
  // 23:30 UTC is already the next morning in Tokyo (UTC+9).
  Reference tokyo = parse_reference("2024-10-02T23:30:00Z", "Asia/Tokyo");
  CHECK(local(tokyo) == "2024-10-03T08:30:00");
  CHECK(tokyo.tz == "Asia/Tokyo");
  CHECK(tokyo.day() == date::year{2024} / date::October / 3);
  // 02:00 UTC is still the previous evening in New York (EDT, UTC-4).
  Reference ny = parse_reference("2024-10-03T02:00:00+00:00", "America/New_York");
  CHECK(local(ny) == "2024-10-02T22:00:00");
  // In January New York is on EST (UTC-5).
  CHECK(local(parse_reference("2024-01-15T12:00:00Z", "America/New_York")) == "2024-01-15T07:00:00");
  // An offset other than UTC: 18:30+09:00 is 09:30 UTC, 10:30 in London (BST).
  CHECK(local(parse_reference("2024-10-02T18:30:00+09:00", "Europe/London")) == "2024-10-02T10:30:00");
  CHECK(local(parse_reference("2024-10-02T05:00:00-05:30", "UTC")) == "2024-10-02T10:30:00");
}

TEST_CASE("a date or an instant without offset is taken as local time in the zone") {
  Reference r = parse_reference("2024-10-02T18:30:00", "Asia/Tokyo");
  CHECK(local(r) == "2024-10-02T18:30:00");
  CHECK(r.tz == "Asia/Tokyo");
  CHECK(local(parse_reference("2024-10-02", "America/New_York")) == "2024-10-02T00:00:00");
}

TEST_CASE("bad publication dates are rejected, naming the value and what is accepted") {
  for (const char* bad : {"", "yesterday", "2024/10/02", "02-10-2024", "2024-10", "2024-1-02", "20241002",
                          "2024-10-02T", "2024-10-02T25:00", "2024-10-02T18:61", "2024-10-02T18:30:00+9",
                          "2024-10-02T18:30:00+15:00", "2024-10-02T18:30:00 EST", "2024-10-02 garbage",
                          "2024-13-01", "2023-02-29", "2024-04-31"}) {
    CAPTURE(bad);
    std::string message = error_of(bad);
    CHECK(message.find("'" + std::string(bad) + "'") != std::string::npos);
    CHECK(message.find("accepted: a date YYYY-MM-DD") != std::string::npos);
  }
  CHECK(error_of("2023-02-29").find("no such day") != std::string::npos);
  CHECK(error_of("2024-10-02T25:00").find("no such time of day") != std::string::npos);
  CHECK(error_of("2024-10-02T18:30:00+15:00").find("bad UTC offset") != std::string::npos);
}

TEST_CASE("an unknown zone is rejected, naming it and what is accepted") {
  std::string message = error_of("2024-10-02", "Mars/Olympus_Mons");
  CHECK(message.find("'Mars/Olympus_Mons'") != std::string::npos);
  CHECK(message.find("IANA zone name") != std::string::npos);
  CHECK(error_of("2024-10-02", "EST5EDT ") != "(accepted)");
}
