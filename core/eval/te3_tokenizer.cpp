#include "core/eval/te3_tokenizer.h"

#include <algorithm>
#include <iterator>
#include <cctype>
#include <string>

namespace dateline::eval {
namespace {

// Abbreviations common in news copy whose final period is part of the word.
// Compared without the period and case-insensitively.
constexpr std::string_view kAbbreviations[] = {
    // months and weekdays
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    // companies
    "corp", "inc", "co", "cos", "ltd", "bros", "plc", "assn", "dept", "div",
    // titles
    "mr", "mrs", "ms", "dr", "messrs", "jr", "sr", "st", "gov", "sen", "rep", "reps", "gen", "col",
    "lt", "sgt", "capt", "maj", "adm", "cmdr", "prof", "rev", "hon", "pres", "supt",
    // U.S. states as abbreviated by AP style
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "tenn", "tex",
    // others
    "vs", "etc", "no"};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// Prefix/suffix matchers return the byte length they match, 0 for none.
std::size_t leading_punct(std::string_view w) {
  for (std::string_view p : {"``", "\xE2\x80\x9C", "\xE2\x80\x98"}) {  // `` “ ‘
    if (w.starts_with(p)) return p.size();
  }
  if (!w.empty() && std::string_view("`\"'([{<").find(w.front()) != std::string_view::npos) return 1;
  return 0;
}

std::size_t trailing_punct(std::string_view w) {
  for (std::string_view p : {"...", "''", "\xE2\x80\x9D", "\xE2\x80\x99"}) {  // ... '' ” ’
    if (w.size() > p.size() && w.ends_with(p)) return p.size();
  }
  if (w.size() > 1 && std::string_view(",;:!?\"')]}>").find(w.back()) != std::string_view::npos) return 1;
  return 0;
}

std::size_t clitic(std::string_view w) {
  std::string lower(w);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  for (std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
    for (std::string_view rest : {"s", "re", "ve", "ll", "d", "m"}) {
      std::string c = std::string(apostrophe) + std::string(rest);
      if (lower.size() > c.size() && lower.ends_with(c)) return c.size();
    }
    std::string nt = "n" + std::string(apostrophe) + "t";
    if (lower.size() > nt.size() && lower.ends_with(nt)) return nt.size();
  }
  return 0;
}

bool final_period_splits(std::string_view w) {
  if (w.size() < 2 || w.back() != '.') return false;
  if (w.find_first_not_of('.') == std::string_view::npos) return false;  // "..." handled elsewhere
  return !keeps_final_period(w);
}

void push(std::vector<Token>& out, std::size_t b, std::size_t e) {
  if (e > b) out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)});
}

// One inner hyphen splits a word in three: mid-1990s gives mid, -, 1990s.
void split_hyphens(std::string_view text, std::size_t b, std::size_t e, std::vector<Token>& out) {
  std::string_view word = text.substr(b, e - b);
  auto hyphen = word.find('-');
  if (hyphen != std::string_view::npos && hyphen > 0 && hyphen + 1 < word.size() &&
      word.find('-', hyphen + 1) == std::string_view::npos) {
    push(out, b, b + hyphen);
    push(out, b + hyphen, b + hyphen + 1);
    push(out, b + hyphen + 1, e);
  } else {
    push(out, b, e);
  }
}

void split_word_at_dashes(std::string_view text, std::size_t b, std::size_t e, std::vector<Token>& out) {
  // Pieces between "--" runs each go through the one-hyphen rule.
  std::size_t start = b;
  std::size_t i = b;
  while (i < e) {
    if (text[i] == '-' && i + 1 < e && text[i + 1] == '-') {
      std::size_t j = i;
      while (j < e && text[j] == '-') ++j;
      if (i > start) split_hyphens(text, start, i, out);
      push(out, i, j);
      start = i = j;
    } else {
      ++i;
    }
  }
  if (e > start) split_hyphens(text, start, e, out);
}

void tokenize_chunk(std::string_view text, std::size_t b, std::size_t e, std::vector<Token>& out) {
  while (b < e) {
    std::size_t n = leading_punct(text.substr(b, e - b));
    if (n == 0) break;
    push(out, b, b + n);
    b += n;
  }
  std::vector<Token> tail;  // collected right to left
  for (bool changed = true; changed && b < e;) {
    changed = false;
    std::string_view w = text.substr(b, e - b);
    if (std::size_t n = trailing_punct(w)) {
      tail.push_back({static_cast<std::uint32_t>(e - n), static_cast<std::uint32_t>(e)});
      e -= n;
      changed = true;
    } else if (final_period_splits(w)) {
      tail.push_back({static_cast<std::uint32_t>(e - 1), static_cast<std::uint32_t>(e)});
      e -= 1;
      changed = true;
    } else if (std::size_t c = clitic(w)) {
      tail.push_back({static_cast<std::uint32_t>(e - c), static_cast<std::uint32_t>(e)});
      e -= c;
      changed = true;
    }
  }
  if (e > b) split_word_at_dashes(text, b, e, out);
  out.insert(out.end(), tail.rbegin(), tail.rend());
}

}  // namespace

bool keeps_final_period(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return false;
  // Initials: letter-period pairs, such as U.S. or a.m.
  bool initials = word.size() % 2 == 0;
  for (std::size_t i = 0; initials && i < word.size(); i += 2) {
    initials = is_alpha(word[i]) && word[i + 1] == '.';
  }
  // One capital and a period is a middle initial (John F. Kennedy).
  if (initials && (word.size() >= 4 || std::isupper(static_cast<unsigned char>(word[0])))) return true;
  std::string stem(word.substr(0, word.size() - 1));
  std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), stem) != std::end(kAbbreviations);
}

std::vector<Token> te3_tokenize(std::string_view text) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_space(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && !is_space(text[i])) ++i;
    if (i > start) tokenize_chunk(text, start, i, out);
  }
  return out;
}

}  // namespace dateline::eval
