// write_timeml: puts new TIMEX3 tags into the <TEXT> of a parsed TimeML file.
//
// The <TEXT> content is a sequence of units (text and markup) in raw order.
// We drop the gold TIMEX3 tags and any element that would cross a new TIMEX3,
// split text units at the new boundaries, and then choose for each new tag the
// gap between two units where it keeps the nesting well formed.
#include <algorithm>
#include <map>
#include <stdexcept>

#include "core/io/timeml.h"
#include "core/io/xml_scanner.h"

namespace dateline {
namespace {

using Kind = TextUnit::Kind;

bool is_markup(const TextUnit& u) { return u.kind != Kind::Literal && u.kind != Kind::Reference; }

struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

// The plain-text extent of each element inside <TEXT>, by element index.
std::map<std::size_t, Span> element_spans(const std::vector<TextUnit>& units) {
  std::map<std::size_t, Span> spans;
  for (const auto& u : units) {
    if (u.kind == Kind::StartTag) spans[u.element].begin = u.plain_begin;
    if (u.kind == Kind::EndTag) spans[u.element].end = u.plain_begin;
  }
  return spans;
}

bool inside(const Span& element, const Span& timex) {
  return timex.begin <= element.begin && element.end <= timex.end;
}

bool crosses(const Span& element, const Span& timex) {
  bool disjoint = element.end <= timex.begin || element.begin >= timex.end;
  bool contains = element.begin <= timex.begin && timex.end <= element.end;
  return !disjoint && !contains && !inside(element, timex);
}

// Widens boundaries that fall inside an atomic reference (&amp;, &#233;).
Span widen_to_references(Span span, const std::vector<TextUnit>& units) {
  for (const auto& u : units) {
    if (u.kind != Kind::Reference) continue;
    if (u.plain_begin < span.begin && span.begin < u.plain_end) span.begin = u.plain_begin;
    if (u.plain_begin < span.end && span.end < u.plain_end) span.end = u.plain_end;
  }
  return span;
}

// Splits literal units at every plain offset in `cuts`.
std::vector<TextUnit> split_literals(const std::vector<TextUnit>& units, const std::vector<std::uint32_t>& cuts) {
  std::vector<TextUnit> out;
  for (const auto& u : units) {
    if (u.kind != Kind::Literal) {
      out.push_back(u);
      continue;
    }
    TextUnit rest = u;
    for (std::uint32_t cut : cuts) {
      if (cut <= rest.plain_begin || cut >= rest.plain_end) continue;
      TextUnit head = rest;
      head.plain_end = cut;
      head.raw_end = rest.raw_begin + (cut - rest.plain_begin);
      rest.raw_begin = head.raw_end;
      rest.plain_begin = cut;
      out.push_back(head);
    }
    out.push_back(rest);
  }
  return out;
}

std::string open_tag(const Timex& t, std::size_t number) {
  std::string tag = "<TIMEX3 tid=\"t" + std::to_string(number) + "\" type=\"" +
                    std::string(to_string(t.type)) + "\" value=\"" + xml::escape(t.value) + "\"";
  if (!t.mod.empty()) tag += " mod=\"" + xml::escape(t.mod) + "\"";
  if (!t.quant.empty()) tag += " quant=\"" + xml::escape(t.quant) + "\"";
  if (!t.freq.empty()) tag += " freq=\"" + xml::escape(t.freq) + "\"";
  return tag + ">";
}

}  // namespace

std::string write_timeml(const TimemlDoc& doc, const std::vector<Timex>& timexes) {
  std::vector<Timex> sorted = timexes;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Timex& a, const Timex& b) { return a.begin < b.begin; });
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    const Timex& t = sorted[i];
    if (t.begin >= t.end || t.end > doc.text.size()) {
      throw std::invalid_argument("write_timeml: timex [" + std::to_string(t.begin) + ", " + std::to_string(t.end) +
                                  ") is empty or beyond the text of " + doc.source);
    }
    if (i > 0 && t.begin < sorted[i - 1].end) {
      throw std::invalid_argument("write_timeml: timexes [" + std::to_string(sorted[i - 1].begin) + ", " +
                                  std::to_string(sorted[i - 1].end) + ") and [" + std::to_string(t.begin) + ", " +
                                  std::to_string(t.end) + ") overlap in " + doc.source);
    }
  }
  // A tag cannot go inside an atomic reference (&amp;, a CDATA section), so a
  // boundary there widens to the whole reference; when that makes a timex
  // overlap the one before it, the later one is dropped rather than nested.
  std::vector<Span> spans;
  std::vector<const Timex*> placed;
  for (const Timex& t : sorted) {
    Span span = widen_to_references({t.begin, t.end}, doc.text_units);
    if (!spans.empty() && span.begin < spans.back().end) continue;
    spans.push_back(span);
    placed.push_back(&t);
  }

  // Which existing elements keep their tags.
  auto elements = element_spans(doc.text_units);
  std::vector<TextUnit> kept;
  for (const auto& u : doc.text_units) {
    // Gold TIMEX3s go, the empty (non-consuming) <TIMEX3 .../> ones too.
    if (u.kind == Kind::Point && u.name == "TIMEX3") continue;
    if (u.kind == Kind::StartTag || u.kind == Kind::EndTag) {
      if (u.name == "TIMEX3") continue;
      const Span& e = elements[u.element];
      if (std::any_of(spans.begin(), spans.end(), [&](const Span& t) { return crosses(e, t); })) continue;
    }
    kept.push_back(u);
  }
  std::vector<std::uint32_t> cuts;
  for (const auto& s : spans) {
    cuts.push_back(s.begin);
    cuts.push_back(s.end);
  }
  std::vector<TextUnit> units = split_literals(kept, cuts);

  // Gap g is the place just before units[g]. Closing tags go before opening
  // tags in the same gap (only possible for adjacent timexes).
  std::multimap<std::pair<std::size_t, int>, std::string> inserts;
  auto first_at = [&](std::uint32_t pos) {
    std::size_t i = 0;
    while (i < units.size() && units[i].plain_begin < pos) ++i;
    return i;
  };
  for (std::size_t n = 0; n < spans.size(); ++n) {
    const Span& t = spans[n];
    // Opening tag: markup at t.begin is in raw order (outer elements first);
    // the TIMEX3 opens just before the first element it contains, else after
    // all the markup at that position.
    std::size_t open_gap = first_at(t.begin);
    while (open_gap < units.size() && is_markup(units[open_gap]) && units[open_gap].plain_begin == t.begin &&
           !(units[open_gap].kind == Kind::StartTag && inside(elements[units[open_gap].element], t))) {
      ++open_gap;
    }
    // Closing tag: just after the last element it contains that ends here,
    // else before all the markup at that position.
    std::size_t close_gap = first_at(t.end);
    for (std::size_t i = close_gap; i < units.size() && is_markup(units[i]) && units[i].plain_begin == t.end; ++i) {
      if (units[i].kind == Kind::EndTag && inside(elements[units[i].element], t)) close_gap = i + 1;
    }
    inserts.emplace(std::make_pair(open_gap, 1), open_tag(*placed[n], n + 1));
    inserts.emplace(std::make_pair(close_gap, 0), "</TIMEX3>");
  }

  std::string out = doc.raw.substr(0, doc.text_raw_begin);
  auto it = inserts.begin();
  for (std::size_t g = 0; g <= units.size(); ++g) {
    for (; it != inserts.end() && it->first.first == g; ++it) out += it->second;
    if (g < units.size()) out.append(doc.raw, units[g].raw_begin, units[g].raw_end - units[g].raw_begin);
  }
  out.append(doc.raw, doc.text_raw_end, std::string::npos);
  return out;
}

}  // namespace dateline
