#include "core/time/dateline.h"

#include <algorithm>
#include <array>
#include <string>

namespace dateline {
namespace {

// How far into the text a dateline may end, and how many days before the
// publication date its day may lie.
constexpr std::size_t kDatelineReach = 160;
constexpr int kMaxDaysBefore = 7;

constexpr std::array<std::string_view, 9> kAgencies = {"Xinhua", "XINHUA", "AFP", "AP",  "Reuters",
                                                       "UPI",    "dpa",    "Kyodo", "IANS"};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "March", "Mar", "Mar.", "Sept." -> 1..12; 0 when `word` names no month.
unsigned month_number(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  static constexpr std::array<std::string_view, 12> kNames = {
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"};
  for (unsigned m = 0; m < kNames.size(); ++m) {
    std::string_view name = kNames[m];
    if (word == name || (word.size() == 3 && name.starts_with(word)) || (m == 8 && word == "Sept"))
      return m + 1;
  }
  return 0;
}

// The month and day that end `head` ("BEIJING, March 12"), after a comma.
bool month_day_at_end(std::string_view head, unsigned& month, unsigned& day) {
  std::size_t end = head.size(), p = end;
  while (p > 0 && is_digit(head[p - 1])) --p;
  if (p == end || end - p > 2 || p < 2 || head[p - 1] != ' ') return false;
  day = 0;
  for (std::size_t i = p; i < end; ++i) day = day * 10 + static_cast<unsigned>(head[i] - '0');
  std::size_t word_end = p - 1, q = word_end;
  while (q > 0 && head[q - 1] != ' ') --q;
  month = month_number(head.substr(q, word_end - q));
  // A comma closes the place name; the place starts with a capital.
  return month != 0 && day >= 1 && day <= 31 && q >= 3 && head[q - 1] == ' ' && head[q - 2] == ',' &&
         is_upper(head.front());
}

}  // namespace

std::optional<Reference> dateline_reference(std::string_view text, const Reference& publication) {
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos || !is_upper(text[start])) return std::nullopt;
  std::string_view opening = text.substr(start, kDatelineReach);
  std::size_t open = opening.find(" (");
  if (open == std::string_view::npos || opening.substr(0, open).find('\n') != std::string_view::npos)
    return std::nullopt;
  std::size_t close = opening.find(')', open);
  if (close == std::string_view::npos) return std::nullopt;
  std::string_view agency = opening.substr(open + 2, close - open - 2);
  bool known = false;
  for (std::string_view a : kAgencies) known = known || agency == a;
  std::string_view after = opening.substr(close + 1);
  while (!after.empty() && after.front() == ' ') after.remove_prefix(1);
  if (!known || !(after.starts_with("-") || after.starts_with("\u2014") || after.starts_with("\u2013")))
    return std::nullopt;

  // "PARIS, March 12, 2013 (AFP) -": a stated year; else the publication's,
  // or the one before across New Year.
  std::string_view head = opening.substr(0, open);
  const int published_year = static_cast<int>(publication.day().year());
  int years[2] = {published_year, published_year - 1};
  std::size_t year_count = 2;
  if (head.size() > 6 && head[head.size() - 6] == ',' && head[head.size() - 5] == ' ' &&
      std::all_of(head.end() - 4, head.end(), is_digit)) {
    years[0] = std::stoi(std::string(head.substr(head.size() - 4)));
    year_count = 1;
    head.remove_suffix(6);
  }
  unsigned month = 0, day = 0;
  if (!month_day_at_end(head, month, day)) return std::nullopt;
  const date::sys_days published{publication.day()};
  for (std::size_t k = 0; k < year_count; ++k) {
    const int y = years[k];
    date::year_month_day ymd{date::year{y}, date::month{month}, date::day{day}};
    if (!ymd.ok()) continue;
    const int before = (published - date::sys_days{ymd}).count();
    if (before == 0) return std::nullopt;  // the same day: nothing changes
    if (before < 0 || before > kMaxDaysBefore) continue;
    Reference dated;
    dated.local = date::local_days{ymd};
    dated.has_time = false;
    dated.tz = publication.tz;
    return dated;
  }
  return std::nullopt;
}

}  // namespace dateline
