#include <algorithm>
#include <tuple>

#include "core/timeline/timeline.h"

namespace dateline {
namespace {

// Rank of a vague entry inside the vague group.
int vague_rank(std::string_view date) {
  if (date == "PAST_REF") return 0;
  if (date == "PRESENT_REF") return 1;
  if (date == "FUTURE_REF") return 2;
  return 3;
}

auto document_order(const TimelineEntry& e) { return std::tuple(e.doc_index, e.trigger.begin, e.timex.begin); }

}  // namespace

void order_timeline(std::vector<TimelineEntry>& entries) {
  std::stable_sort(entries.begin(), entries.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
    if (is_vague(a) != is_vague(b)) return !is_vague(a);
    if (is_vague(a)) {
      int ra = vague_rank(a.date), rb = vague_rank(b.date);
      if (ra != rb) return ra < rb;
      if (ra == 3 && a.date != b.date) return a.date < b.date;
      return document_order(a) < document_order(b);
    }
    const Interval& x = *a.interval;
    const Interval& y = *b.interval;
    if (x.start != y.start) return x.start < y.start;
    if (x.grain != y.grain) return x.grain < y.grain;
    if (a.derived != b.derived) return !a.derived;
    return document_order(a) < document_order(b);
  });
}

}  // namespace dateline
