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

// What the order compares of an entry, gathered once: the sort moves these
// small keys, not the entries.
struct SortKey {
  std::uint32_t index;  // in the entries
  bool vague;
  int rank;  // vague entries: vague_rank
};

bool before(const std::vector<TimelineEntry>& entries, const SortKey& ka, const SortKey& kb) {
  const TimelineEntry& a = entries[ka.index];
  const TimelineEntry& b = entries[kb.index];
  if (ka.vague != kb.vague) return !ka.vague;
  if (ka.vague) {
    if (ka.rank != kb.rank) return ka.rank < kb.rank;
    if (ka.rank == 3 && a.date != b.date) return a.date < b.date;
    return document_order(a) < document_order(b);
  }
  const Interval& x = *a.interval;
  const Interval& y = *b.interval;
  if (x.start != y.start) return x.start < y.start;
  if (x.grain != y.grain) return x.grain < y.grain;
  if (a.derived != b.derived) return !a.derived;
  return document_order(a) < document_order(b);
}

}  // namespace

void order_timeline(std::vector<TimelineEntry>& entries) {
  std::vector<SortKey> keys;
  keys.reserve(entries.size());
  for (std::uint32_t i = 0; i < entries.size(); ++i)
    keys.push_back({i, is_vague(entries[i]), is_vague(entries[i]) ? vague_rank(entries[i].date) : 0});
  std::stable_sort(keys.begin(), keys.end(),
                   [&](const SortKey& a, const SortKey& b) { return before(entries, a, b); });
  std::vector<TimelineEntry> sorted;
  sorted.reserve(entries.size());
  for (const auto& k : keys) sorted.push_back(std::move(entries[k.index]));
  entries = std::move(sorted);
}

}  // namespace dateline
