#include "core/time/reference.h"

#include <date/tz.h>

#include <optional>
#include <sstream>
#include <stdexcept>

namespace dateline {
namespace {

const char* const kAccepted =
    "accepted: a date YYYY-MM-DD, or an instant YYYY-MM-DDThh:mm[:ss] with an optional "
    "offset (Z, +09:00)";

// Parses exactly `width` digits at s[pos].
bool digits(std::string_view s, std::size_t pos, int width, int& out) {
  if (pos + width > s.size()) return false;
  out = 0;
  for (int i = 0; i < width; ++i) {
    char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

}  // namespace

Reference parse_reference(std::string_view text, std::string_view tz) {
  auto fail = [&](const std::string& why) -> Reference {
    throw std::invalid_argument("bad publication date '" + std::string(text) + "': " + why + "; " +
                                kAccepted);
  };
  int y, m, d;
  if (!digits(text, 0, 4, y) || text.size() < 10 || text[4] != '-' || !digits(text, 5, 2, m) ||
      text[7] != '-' || !digits(text, 8, 2, d))
    return fail("not a date");
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                           date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return fail("no such day");
  if (y < 1) return fail("years before 1 have no TIMEX3 value");

  Reference ref;
  std::chrono::seconds tod{0};
  std::optional<std::chrono::minutes> offset;
  std::size_t pos = 10;
  if (pos < text.size()) {
    if (text[pos] != 'T' && text[pos] != ' ') return fail("unexpected text after the date");
    int hh, mm, ss = 0;
    if (!digits(text, pos + 1, 2, hh) || text.size() < pos + 6 || text[pos + 3] != ':' ||
        !digits(text, pos + 4, 2, mm))
      return fail("bad time of day");
    pos += 6;
    if (pos < text.size() && text[pos] == ':') {
      if (!digits(text, pos + 1, 2, ss)) return fail("bad seconds");
      pos += 3;
    }
    if (hh > 23 || mm > 59 || ss > 60) return fail("no such time of day");
    tod = std::chrono::hours{hh} + std::chrono::minutes{mm} + std::chrono::seconds{ss};
    ref.has_time = true;
    if (pos < text.size()) {
      if (text[pos] == 'Z' && pos + 1 == text.size()) {
        offset = std::chrono::minutes{0};
      } else if ((text[pos] == '+' || text[pos] == '-') && text.size() == pos + 6 && text[pos + 3] == ':') {
        int oh, om;
        if (!digits(text, pos + 1, 2, oh) || !digits(text, pos + 4, 2, om) || oh > 14 || om > 59)
          return fail("bad UTC offset");
        offset = std::chrono::minutes{(text[pos] == '-' ? -1 : 1) * (oh * 60 + om)};
      } else {
        return fail("unexpected text after the time");
      }
    }
  }
  auto local = date::local_days{ymd} + tod;
  ref.local = date::local_seconds{local};
  if (!tz.empty()) {
    const date::time_zone* zone = nullptr;
    try {
      zone = date::locate_zone(std::string(tz));
    } catch (const std::exception&) {
      throw std::invalid_argument("unknown time zone '" + std::string(tz) +
                                  "': accepted: an IANA zone name such as Asia/Tokyo, "
                                  "America/New_York or UTC");
    }
    ref.tz = zone->name();
    if (offset) {
      // An instant with an offset: convert it to the zone's wall-clock time.
      date::sys_seconds utc{ref.local.time_since_epoch() - std::chrono::seconds{*offset}};
      ref.local = zone->to_local(utc);
    }
  } else if (offset) {
    // No zone given: keep the wall-clock time the offset states.
    ref.tz = *offset == std::chrono::minutes{0} ? "UTC" : "";
  }
  return ref;
}

}  // namespace dateline
