#include "core/rules/match_requirements.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "core/rules/ruleset.h"

namespace dateline {
namespace {

constexpr auto npos = std::string_view::npos;

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// One item of a pattern's top-level sequence.
struct Item {
  enum Kind {
    Separator,  // exactly one byte that is never a letter or digit
    Digit,      // one byte that is always a digit
    Letter,     // one literal letter
    Vocab,      // a {vocabulary} reference
    Group,      // a group; `words` set when it is an alternation of literal words
    Unknown,    // anything else (wildcards, lookarounds, \b, \K ...)
  } kind = Unknown;
  bool optional = false;
  char letter = 0;
  std::string vocab;
  std::optional<std::vector<std::string>> words;
  std::string body;  // groups: what is inside, after the group syntax
};

// Index just past the class that opens at p[i] == '['; npos when unclosed.
std::size_t class_end(std::string_view p, std::size_t i) {
  std::size_t j = i + 1;
  if (j < p.size() && p[j] == '^') ++j;
  if (j < p.size() && p[j] == ']') ++j;
  for (; j < p.size() && p[j] != ']'; ++j)
    if (p[j] == '\\') ++j;
  return j < p.size() ? j + 1 : npos;
}

// Index just past the group that opens at p[i] == '('; npos when unbalanced.
std::size_t group_end(std::string_view p, std::size_t i) {
  int depth = 0;
  for (std::size_t j = i; j < p.size(); ++j) {
    if (p[j] == '\\') {
      ++j;
    } else if (p[j] == '[') {
      j = class_end(p, j);
      if (j == npos) return npos;
      --j;
    } else if (p[j] == '(') {
      ++depth;
    } else if (p[j] == ')' && --depth == 0) {
      return j + 1;
    }
  }
  return npos;
}

// Splits at the `|` of depth 0; nullopt when the pattern is unbalanced.
std::optional<std::vector<std::string_view>> split_alternatives(std::string_view p) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t j = 0; j < p.size(); ++j) {
    if (p[j] == '\\') {
      ++j;
    } else if (p[j] == '[' || p[j] == '(') {
      std::size_t end = p[j] == '[' ? class_end(p, j) : group_end(p, j);
      if (end == npos) return std::nullopt;
      j = end - 1;
    } else if (p[j] == '|') {
      out.push_back(p.substr(start, j - start));
      start = j + 1;
    }
  }
  out.push_back(p.substr(start));
  return out;
}

// Reads the quantifier at p[i] (if any): whether it allows zero repetitions,
// and the index after it.
std::size_t read_quantifier(std::string_view p, std::size_t i, bool& optional) {
  optional = false;
  if (i >= p.size()) return i;
  if (p[i] == '?' || p[i] == '*') {
    optional = true;
    ++i;
  } else if (p[i] == '+') {
    ++i;
  } else if (p[i] == '{' && i + 1 < p.size() && is_digit(p[i + 1])) {
    std::size_t close = p.find('}', i);
    if (close == npos) return p.size();
    optional = p[i + 1] == '0';
    i = close + 1;
  } else {
    return i;
  }
  if (i < p.size() && (p[i] == '?' || p[i] == '+')) ++i;  // lazy or possessive
  return i;
}

// A class is a Digit when it only holds digits and digit ranges, a Separator
// when it only holds punctuation, spaces and \s.
Item::Kind class_kind(std::string_view body) {
  if (body.empty() || body[0] == '^') return Item::Unknown;
  bool digits_only = true, no_alnum = true;
  for (std::size_t j = 0; j < body.size(); ++j) {
    char c = body[j];
    if (c == '\\' && j + 1 < body.size()) {
      char e = body[++j];
      digits_only = digits_only && e == 'd';
      if (e == 'd' || (is_letter(e) && e != 's')) no_alnum = false;
      if (e == 's') digits_only = false;
      continue;
    }
    if (is_digit(c)) no_alnum = false;
    else if (c == '-' && j > 0 && j + 1 < body.size() && is_digit(body[j - 1]) && is_digit(body[j + 1])) no_alnum = false;
    else digits_only = false;
    if (is_letter(c)) no_alnum = false;
  }
  if (digits_only) return Item::Digit;
  return no_alnum ? Item::Separator : Item::Unknown;
}

std::optional<std::vector<Item>> parse_sequence(std::string_view p);

// For a group body: from each alternative, the longest run of mandatory
// literal letters at its top level ("(?:from (?:now|today)|hence)" gives
// "from" and "hence"), or else the words of a mandatory group inside it;
// nullopt when an alternative has neither.
std::optional<std::vector<std::string>> literal_words(std::string_view body) {
  auto alternatives = split_alternatives(body);
  if (!alternatives) return std::nullopt;
  std::vector<std::string> out;
  for (std::string_view alt : *alternatives) {
    auto items = parse_sequence(alt);
    if (!items) return std::nullopt;
    std::string best, run;
    const std::vector<std::string>* inner = nullptr;  // words of a mandatory inner group
    for (const Item& it : *items) {
      if (it.kind == Item::Letter && !it.optional) {
        run += it.letter;
        continue;
      }
      if (run.size() > best.size()) best = run;
      run.clear();
      if (!inner && !it.optional && it.kind == Item::Group && it.words) inner = &*it.words;
    }
    if (run.size() > best.size()) best = run;
    if (best.size() >= 2) out.push_back(best);
    else if (inner) out.insert(out.end(), inner->begin(), inner->end());  // "(?<drop>(?-i:May))"
    else return std::nullopt;
  }
  return out;
}

std::optional<std::vector<Item>> parse_sequence(std::string_view p) {
  std::vector<Item> items;
  std::size_t i = 0;
  while (i < p.size()) {
    Item item;
    char c = p[i];
    std::size_t next;
    if (c == '(') {
      next = group_end(p, i);
      if (next == npos) return std::nullopt;
      std::string_view inner = p.substr(i + 1, next - i - 2);
      item.kind = Item::Group;
      std::optional<std::string_view> body;
      if (!inner.starts_with("?")) {
        body = inner;  // a plain capturing group
      } else if (inner.starts_with("?:")) {
        body = inner.substr(2);
      } else if (inner.starts_with("?<") && inner.size() > 2 && is_letter(inner[2])) {
        auto close = inner.find('>');
        if (close != npos) body = inner.substr(close + 1);
      } else if (inner.starts_with("?-i:") || inner.starts_with("?i:")) {
        body = inner.substr(inner.find(':') + 1);
      }
      if (!body) {
        item.kind = Item::Unknown;  // lookarounds and other constructs
      } else {
        item.words = literal_words(*body);
        item.body = std::string(*body);
      }
    } else if (c == '[') {
      next = class_end(p, i);
      if (next == npos) return std::nullopt;
      item.kind = class_kind(p.substr(i + 1, next - i - 2));
    } else if (c == '{' && i + 1 < p.size() && (is_letter(p[i + 1]) || p[i + 1] == '-')) {
      next = p.find('}', i);
      if (next == npos) return std::nullopt;
      std::string_view ref = p.substr(i + 1, next - i - 1);
      if (ref.starts_with("-")) ref.remove_prefix(1);
      item.kind = Item::Vocab;
      item.vocab = std::string(ref.substr(0, ref.find(':')));
      ++next;
    } else if (c == '\\') {
      if (i + 1 >= p.size()) return std::nullopt;
      char e = p[i + 1];
      if (e == 'd') item.kind = Item::Digit;
      else if (e == 's') item.kind = Item::Separator;
      else if (!is_letter(e) && !is_digit(e)) item.kind = Item::Separator;  // an escaped punctuation byte
      next = i + 2;
    } else if (is_letter(c)) {
      item.kind = Item::Letter;
      item.letter = lower(c);
      next = i + 1;
    } else if (is_digit(c)) {
      item.kind = Item::Digit;
      next = i + 1;
    } else if (c == '.' || c == '^' || c == '$' || c == ')' || c == '|' || c == '*' || c == '+' || c == '?' ||
               c == '{' || static_cast<unsigned char>(c) >= 0x80) {
      next = i + 1;  // Unknown
    } else {
      item.kind = Item::Separator;
      next = i + 1;
    }
    next = read_quantifier(p, next, item.optional);
    items.push_back(std::move(item));
    i = next;
  }
  return items;
}

// True when every alternative of the group holds a mandatory digit (as in
// "(?<year>1\d{3}|20\d\d)").
bool group_requires_digit(const Item& group) {
  if (group.kind != Item::Group) return false;
  auto alternatives = split_alternatives(group.body);
  if (!alternatives) return false;
  for (std::string_view alt : *alternatives) {
    auto items = parse_sequence(alt);
    if (!items) return false;
    bool digit = false;
    for (const Item& it : *items)
      digit = digit || (!it.optional && (it.kind == Item::Digit || group_requires_digit(it)));
    if (!digit) return false;
  }
  return true;
}

bool is_mandatory_separator(const Item& item) { return item.kind == Item::Separator && !item.optional; }

// True when every alternative of the group is non-empty and starts (or ends)
// with a mandatory separator.
bool group_edge_is_separator(const Item& group, bool at_end) {
  if (group.kind != Item::Group) return false;
  auto alternatives = split_alternatives(group.body);
  if (!alternatives) return false;
  for (std::string_view alt : *alternatives) {
    auto items = parse_sequence(alt);
    if (!items || items->empty()) return false;
    if (!is_mandatory_separator(at_end ? items->back() : items->front())) return false;
  }
  return true;
}

// True when the byte before item k (step -1) or after it (step +1) can never
// be a letter or digit: a mandatory separator, or the pattern's edge (where
// the rule's own word-boundary assertions stand), possibly past optional
// groups that themselves end (or start) with a separator.
bool bounded(const std::vector<Item>& items, std::size_t k, int step) {
  for (std::ptrdiff_t j = static_cast<std::ptrdiff_t>(k) + step;; j += step) {
    if (j < 0 || j >= static_cast<std::ptrdiff_t>(items.size())) return true;
    const Item& it = items[static_cast<std::size_t>(j)];
    if (is_mandatory_separator(it)) return true;
    // An optional separator or group: when absent, look further.
    if (!it.optional || !(it.kind == Item::Separator || group_edge_is_separator(it, step < 0))) return false;
  }
}

}  // namespace

MatchRequirements requirements_of(const Rule& rule, const RuleSet& rules) {
  MatchRequirements req;
  auto branches = split_alternatives(rule.pattern);
  if (!branches || branches->size() != 1) return req;
  auto items = parse_sequence(rule.pattern);
  if (!items) return req;
  const auto& seq = *items;
  std::string run;
  auto flush = [&] {
    if (run.size() >= 2) req.substrings.push_back({run});
    run.clear();
  };
  for (std::size_t k = 0; k < seq.size(); ++k) {
    const Item& it = seq[k];
    if (it.kind == Item::Letter && !it.optional) {
      run += it.letter;
      continue;
    }
    // An optional letter ends the run before it ("dates?" requires "date").
    flush();
    if (it.optional) continue;
    if (it.kind == Item::Digit || group_requires_digit(it)) {
      req.digit = true;
    }
    if (it.kind == Item::Group && it.words) {
      req.substrings.push_back(*it.words);
    } else if (it.kind == Item::Vocab) {
      const Vocabulary* v = rules.vocabulary(it.vocab);
      if (bounded(seq, k, -1) && bounded(seq, k, +1) && v && v->token_forms()) req.vocabularies.push_back(v);
    }
  }
  flush();
  return req;
}

}  // namespace dateline
