#include "core/eval/timex_errors.h"

#include <algorithm>
#include <tuple>

namespace dateline::eval {

std::string_view to_string(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::Miss: return "miss";
    case ErrorKind::FalseHit: return "false-hit";
    case ErrorKind::WrongType: return "wrong-type";
    case ErrorKind::WrongValue: return "wrong-value";
    case ErrorKind::PartialExtent: return "partial-extent";
  }
  return "?";
}

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

void append_flat(std::string& out, std::string_view s) {
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
}

std::uint32_t characters_before(std::string_view text, std::uint32_t offset) {
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) n += !is_continuation(text[i]);
  return n;
}

std::string slice(std::string_view text, const Timex& t) {
  return std::string(text.substr(t.begin, t.end - t.begin));
}

}  // namespace

std::string context_line(std::string_view text, std::uint32_t begin, std::uint32_t end, std::size_t width) {
  begin = std::min<std::uint32_t>(begin, text.size());
  end = std::clamp<std::uint32_t>(end, begin, text.size());
  std::size_t left = begin > width ? begin - width : 0;
  while (left > 0 && is_continuation(text[left])) --left;
  std::size_t right = std::min(text.size(), end + width);
  while (right < text.size() && is_continuation(text[right])) ++right;
  std::string out;
  if (left > 0) out += "...";
  append_flat(out, text.substr(left, begin - left));
  out += '[';
  append_flat(out, text.substr(begin, end - begin));
  out += ']';
  append_flat(out, text.substr(end, right - end));
  if (right < text.size()) out += "...";
  return out;
}

std::vector<TimexError> list_errors(std::string_view doc_id, std::string_view text, std::span<const Timex> gold,
                                    std::span<const Timex> system, const TimexComparison& comparison) {
  std::vector<TimexError> errors;
  auto make = [&](ErrorKind kind, const Timex* g, const Timex* s) {
    TimexError e;
    e.doc_id = std::string(doc_id);
    e.kind = kind;
    const Timex& where = g ? *g : *s;
    e.begin = where.begin;
    e.end = where.end;
    e.char_begin = characters_before(text, e.begin);
    e.char_end = characters_before(text, e.end);
    if (g) {
      e.gold_text = slice(text, *g);
      e.gold_type = std::string(to_string(g->type));
      e.gold_value = g->value;
    }
    if (s) {
      e.system_text = slice(text, *s);
      e.system_type = std::string(to_string(s->type));
      e.system_value = s->value;
    }
    e.context = context_line(text, e.begin, e.end);
    errors.push_back(std::move(e));
  };
  for (std::size_t g = 0; g < gold.size(); ++g) {
    if (!comparison.gold_relaxed[g]) make(ErrorKind::Miss, &gold[g], nullptr);
  }
  for (std::size_t s = 0; s < system.size(); ++s) {
    if (!comparison.partner[s]) {
      make(ErrorKind::FalseHit, nullptr, &system[s]);
      continue;
    }
    const Timex& g = gold[*comparison.partner[s]];
    if (!comparison.system_strict[s]) make(ErrorKind::PartialExtent, &g, &system[s]);
    if (g.type != system[s].type) make(ErrorKind::WrongType, &g, &system[s]);
    if (g.value != system[s].value) make(ErrorKind::WrongValue, &g, &system[s]);
  }
  std::stable_sort(errors.begin(), errors.end(), [](const TimexError& a, const TimexError& b) {
    return std::tie(a.begin, a.end, a.kind) < std::tie(b.begin, b.end, b.kind);
  });
  return errors;
}

}  // namespace dateline::eval
