#include "core/text/tense.h"

#include <cstdlib>

#include "core/rules/vocabulary.h"

namespace dateline {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\''; }

// How far (in bytes) a sentence may extend around an expression; news
// sentences are shorter, and the bound keeps the scan cheap on huge lines.
constexpr std::size_t kMaxReach = 400;

bool sentence_break(std::string_view text, std::size_t i) {
  char c = text[i];
  if (c == '\n' && i + 1 < text.size() && text[i + 1] == '\n') return true;
  if ((c == '.' || c == '?' || c == '!') && i + 1 < text.size() && (text[i + 1] == ' ' || text[i + 1] == '\n')) {
    // "Nov. 5" and "U.S. President": an abbreviation, not a sentence end.
    std::size_t k = i;
    while (k > 0 && is_letter(text[k - 1])) --k;
    std::size_t len = i - k;
    if (len <= 4 && len > 0 && i + 2 < text.size() && !(text[i + 2] >= 'A' && text[i + 2] <= 'Z')) return false;
    if (len == 1) return false;
    return true;
  }
  return false;
}

Tense classify(std::string_view word, const TenseCues& cues) {
  if (cues.future && cues.future->lookup(word)) return Tense::Future;
  if (cues.past && cues.past->lookup(word)) return Tense::Past;
  if (word.size() >= 5 && word.ends_with("ed")) return Tense::Past;
  return Tense::None;
}

}  // namespace

std::string_view to_string(Tense tense) {
  switch (tense) {
    case Tense::Past: return "past";
    case Tense::Future: return "future";
    default: return "none";
  }
}

Tense tense_near(std::string_view text, std::uint32_t begin, std::uint32_t end, const TenseCues& cues) {
  std::size_t lo = begin > kMaxReach ? begin - kMaxReach : 0;
  std::size_t hi = std::min(text.size(), static_cast<std::size_t>(end) + kMaxReach);
  std::size_t s = begin;
  while (s > lo && !sentence_break(text, s - 1)) --s;
  std::size_t e = end;
  while (e < hi && !sentence_break(text, e)) ++e;

  // Walk outwards word by word from the expression; the first cue wins, and
  // on the same distance the cue before the expression (its verb) wins.
  Tense before = Tense::None, after = Tense::None;
  int before_dist = 1 << 30, after_dist = 1 << 30;
  int dist = 0;
  for (std::size_t i = begin; i > s;) {
    while (i > s && !is_letter(text[i - 1])) --i;
    std::size_t j = i;
    while (i > s && is_letter(text[i - 1])) --i;
    if (j == i) break;
    ++dist;
    if (Tense t = classify(text.substr(i, j - i), cues); t != Tense::None) {
      before = t;
      before_dist = dist;
      break;
    }
  }
  dist = 0;
  for (std::size_t i = end; i < e;) {
    while (i < e && !is_letter(text[i])) ++i;
    std::size_t j = i;
    while (j < e && is_letter(text[j])) ++j;
    if (j == i) break;
    ++dist;
    if (dist >= before_dist) break;
    if (Tense t = classify(text.substr(i, j - i), cues); t != Tense::None) {
      after = t;
      after_dist = dist;
      break;
    }
    i = j;
  }
  return after_dist < before_dist ? after : before;
}

}  // namespace dateline
