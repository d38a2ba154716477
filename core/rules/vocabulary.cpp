#include "core/rules/vocabulary.h"

#include <algorithm>

#include "core/rules/rule_error.h"
#include "core/text/trim.h"

namespace dateline {
namespace {

// The regex for a literal surface: metacharacters escaped, a space matching
// whitespace or a hyphen, an apostrophe matching ' or ’.
std::string surface_regex(std::string_view surface) {
  std::string out;
  for (char c : surface) {
    if (c == ' ') {
      out += "[\\s\\-]+";
    } else if (c == '\'') {
      out += "(?:'|\xE2\x80\x99)";
    } else if (c == '-') {
      out += "[\\s\\-]?";
    } else if (std::string_view(".^$|()[]{}*+?\\/").find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

namespace {

// normalize_key's work, into any output that has push_back, empty and size.
template <class Out>
void normalize_into(std::string_view text, Out& out) {
  bool space = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) {
      out.push_back(' ');
      space = false;
    }
    if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' && text[i + 2] == '\x99') {
      out.push_back('\'');
      i += 2;
      continue;
    }
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
  }
}

// A fixed buffer for the keys of single words and short phrases, so that a
// lookup allocates nothing; `overflow` when the text does not fit.
struct KeyBuffer {
  char data[48];
  std::size_t n = 0;
  bool overflow = false;
  void push_back(char c) {
    if (n < sizeof data) data[n++] = c;
    else overflow = true;
  }
  bool empty() const { return n == 0; }
  std::string_view view() const { return {data, n}; }
};

}  // namespace

std::string Vocabulary::normalize_key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  normalize_into(text, out);
  return out;
}

Vocabulary::Vocabulary(std::string name, std::string_view contents, const std::string& file)
    : name_(std::move(name)) {
  int line_no = 0;
  while (!contents.empty()) {
    auto nl = contents.find('\n');
    std::string_view line = contents.substr(0, nl);
    contents.remove_prefix(nl == std::string_view::npos ? contents.size() : nl + 1);
    ++line_no;
    if (auto hash = line.find(" #"); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    auto arrow = line.find("=>");
    if (arrow == std::string_view::npos) throw RuleError(file, line_no, "expected 'surface => value'");
    Entry e;
    std::string_view surface = trim(line.substr(0, arrow));
    e.value = std::string(trim(line.substr(arrow + 2)));
    if (surface.empty() || e.value.empty()) throw RuleError(file, line_no, "empty surface or value");
    if (surface.size() > 2 && surface.front() == '/' && surface.back() == '/') {
      e.regex = true;
      e.surface = std::string(surface.substr(1, surface.size() - 2));
      if (has_regex_ && regex_value_ != e.value)
        throw RuleError(file, line_no, "all regex entries of a vocabulary must share one value");
      has_regex_ = true;
      regex_value_ = e.value;
      if (e.surface.find("\\d") != std::string::npos || e.surface.find("[0-9") != std::string::npos)
        matches_digits_ = true;
    } else {
      if (surface.front() == '=') {
        e.case_sensitive = true;
        surface.remove_prefix(1);
      }
      e.surface = std::string(surface);
      auto key = normalize_key(e.surface);
      auto [it, inserted] = by_key_.emplace(key, e.value);
      if (!inserted && it->second != e.value)
        throw RuleError(file, line_no, "surface '" + e.surface + "' already has value " + it->second);
    }
    entries_.push_back(std::move(e));
  }
  if (entries_.empty()) throw RuleError(file, line_no, "vocabulary has no entries");

  // Longest surfaces first, so that "Sept." wins over "Sep" in the alternation.
  std::vector<const Entry*> sorted;
  for (const auto& e : entries_) sorted.push_back(&e);
  std::stable_sort(sorted.begin(), sorted.end(), [](const Entry* a, const Entry* b) {
    return a->surface.size() > b->surface.size();
  });
  for (const Entry* e : sorted) {
    if (!pattern_.empty()) pattern_ += '|';
    if (e->regex)
      pattern_ += "(?:" + e->surface + ")";
    else if (e->case_sensitive)
      pattern_ += "(?-i:" + surface_regex(e->surface) + ")";
    else
      pattern_ += surface_regex(e->surface);
  }
}

std::optional<std::string_view> Vocabulary::lookup(std::string_view matched) const {
  KeyBuffer key;
  normalize_into(matched, key);
  auto it = key.overflow ? by_key_.find(normalize_key(matched)) : by_key_.find(key.view());
  if (it != by_key_.end()) return std::string_view(it->second);
  if (has_regex_) return std::string_view(regex_value_);
  return std::nullopt;
}

std::vector<std::string_view> Vocabulary::keys() const {
  std::vector<std::string_view> out;
  out.reserve(by_key_.size());
  for (const auto& [key, value] : by_key_) out.push_back(key);
  return out;
}

std::vector<std::string> Vocabulary::words() const {
  std::vector<std::string> out;
  for (const auto& e : entries_) {
    if (e.regex) continue;
    std::string key = normalize_key(e.surface);
    std::string word;
    for (char c : key + " ") {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word += c;
      } else if (!word.empty()) {
        out.push_back(word);
        word.clear();
      }
    }
  }
  return out;
}

std::optional<std::vector<std::string>> Vocabulary::token_forms() const {
  if (has_regex_) return std::nullopt;
  auto is_alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  std::vector<std::string> out;
  for (const auto& e : entries_) {
    std::string s;
    for (char c : e.surface) s += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    // Pieces between hyphens may be glued (the hyphen is optional in the
    // regex); any other non-alphanumeric byte always separates words.
    std::vector<std::string> pieces;
    auto flush_run = [&] {
      for (std::size_t a = 0; a < pieces.size(); ++a) {
        std::string glued;
        for (std::size_t b = a; b < pieces.size(); ++b) {
          glued += pieces[b];
          if (!glued.empty()) out.push_back(glued);
        }
      }
      pieces.clear();
    };
    std::string word;
    for (char c : s + " ") {
      if (is_alnum(c)) {
        word += c;
        continue;
      }
      pieces.push_back(word);
      word.clear();
      if (c != '-') flush_run();
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace dateline
