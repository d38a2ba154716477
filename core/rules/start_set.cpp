#include "core/rules/start_set.h"

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace dateline {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The wrapper every compiled rule starts with: no letter or digit before a match.
constexpr std::string_view kWordStart = "(?<![A-Za-z0-9])";
// The wrapper's end: no letter or digit after a match.
constexpr std::string_view kWordEnd = "(?![A-Za-z0-9])";
// Paths followed before giving up (the rules need a few hundred).
constexpr std::size_t kMaxSteps = 100'000;

struct Node;
using Seq = std::vector<Node>;

// One item of a pattern, reduced to what it tells about the first word.
struct Node {
  enum Kind {
    Letter,     // one literal letter (matched case-insensitively or not)
    Digit,      // one byte that is always a digit
    Separator,  // one byte (or more) that is never a letter or digit
    Mixed,      // may consume letters or digits, how exactly is not read
    Group,      // alternatives
    Assertion,  // consumes nothing
    WordEnd,    // consumes nothing; the next byte is no letter or digit
  } kind = Mixed;
  char letter = 0;
  bool optional = false;  // may occur zero times
  bool repeated = false;  // may occur more than once
  std::shared_ptr<const std::vector<Seq>> alternatives;  // groups
};

// Group bodies already parsed, by their text: the expansion of a vocabulary
// recurs in many rules.
using ParseCache = std::unordered_map<std::string_view, std::shared_ptr<const std::vector<Seq>>>;

// Index just past the group that opens at p[i] == '('; npos when unbalanced.
std::size_t group_end(std::string_view p, std::size_t i) {
  int depth = 0;
  bool in_class = false;
  for (std::size_t j = i; j < p.size(); ++j) {
    char c = p[j];
    if (c == '\\') {
      ++j;
    } else if (in_class) {
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
      if (j + 1 < p.size() && p[j + 1] == '^') ++j;
      if (j + 1 < p.size() && p[j + 1] == ']') ++j;  // a leading ] is literal
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0) {
      return j + 1;
    }
  }
  return std::string_view::npos;
}

class Parser {
 public:
  Parser(std::string_view p, ParseCache& cache) : p_(p), cache_(cache) {}

  std::optional<std::vector<Seq>> parse() {
    auto alts = alternatives();
    if (!alts || i_ != p_.size()) return std::nullopt;
    return alts;
  }

 private:
  // Alternatives up to the `)` closing the current group (not consumed) or the end.
  std::optional<std::vector<Seq>> alternatives() {
    std::vector<Seq> out(1);
    while (i_ < p_.size() && p_[i_] != ')') {
      if (p_[i_] == '|') {
        ++i_;
        out.emplace_back();
        continue;
      }
      auto node = atom();
      if (!node || !quantifier(*node)) return std::nullopt;
      out.back().push_back(std::move(*node));
    }
    return out;
  }

  std::optional<Node> atom() {
    Node n;
    char c = p_[i_];
    if (c == '(') return group();
    if (c == '[') return char_class();
    if (c == '\\') return escape();
    ++i_;
    if (is_letter(c)) {
      n.kind = Node::Letter;
      n.letter = lower(c);
    } else if (is_digit(c)) {
      n.kind = Node::Digit;
    } else if (c == '.') {
      n.kind = Node::Mixed;
    } else if (c == '^' || c == '$') {
      n.kind = Node::Assertion;
    } else if (c == '*' || c == '+' || c == '?') {
      return std::nullopt;  // a quantifier with nothing to repeat
    } else {
      n.kind = Node::Separator;  // punctuation, a space, a byte of a UTF-8 sequence
    }
    return n;
  }

  std::optional<Node> escape() {
    if (i_ + 1 >= p_.size()) return std::nullopt;
    char e = p_[i_ + 1];
    i_ += 2;
    Node n;
    if (e == 'd') n.kind = Node::Digit;
    else if (e == 's' || e == 'h' || e == 'v' || e == 'W' || e == 'R') n.kind = Node::Separator;
    else if (e == 'b') n.kind = Node::WordEnd;  // after a letter: the word ends; at the start: nothing
    else if (e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G' || e == 'K') n.kind = Node::Assertion;
    else if (e == 'S' || e == 'w' || e == 'D' || e == 'H' || e == 'V' || e == 'N') n.kind = Node::Mixed;
    else if (!is_letter(e) && !is_digit(e) && static_cast<unsigned char>(e) < 0x80) n.kind = Node::Separator;
    else return std::nullopt;  // \x.., \p{..}, back-references, \Q..\E: not read
    return n;
  }

  std::optional<Node> char_class() {
    std::size_t j = i_ + 1;
    bool negated = j < p_.size() && p_[j] == '^';
    if (negated) ++j;
    bool digit = false, other = false, mixed = negated;
    bool first = true;
    for (; j < p_.size() && (p_[j] != ']' || first); ++j, first = false) {
      char c = p_[j];
      if (c == '[' && j + 1 < p_.size() && p_[j + 1] == ':') return std::nullopt;  // [:alpha:]
      if (c == '\\') {
        if (++j >= p_.size()) return std::nullopt;
        char e = p_[j];
        if (e == 'd') digit = true;
        else if (e == 's' || e == 'h' || e == 'v' || e == 'W') other = true;
        else if (is_letter(e) || is_digit(e) || static_cast<unsigned char>(e) >= 0x80) mixed = true;
        else other = true;
        continue;
      }
      if (j + 2 < p_.size() && p_[j + 1] == '-' && p_[j + 2] != ']') {
        // A range: digits stay digits; anything else may reach letters.
        char to = p_[j + 2];
        if (is_digit(c) && is_digit(to)) digit = true;
        else mixed = true;
        j += 2;
        continue;
      }
      if (is_digit(c)) digit = true;
      else if (is_letter(c)) mixed = true;
      else other = true;
    }
    if (j >= p_.size()) return std::nullopt;
    i_ = j + 1;
    Node n;
    if (mixed || (digit && other) || (!digit && !other)) n.kind = Node::Mixed;
    else n.kind = digit ? Node::Digit : Node::Separator;
    return n;
  }

  std::optional<Node> group() {
    std::size_t open = i_;
    std::string_view rest = p_.substr(i_);
    Node n;
    n.kind = Node::Group;
    if (rest.starts_with("(?#")) {
      auto close = p_.find(')', i_);
      if (close == std::string_view::npos) return std::nullopt;
      i_ = close + 1;
      n.kind = Node::Assertion;
      return n;
    }
    bool lookaround = rest.starts_with("(?=") || rest.starts_with("(?!") || rest.starts_with("(?<=") ||
                      rest.starts_with("(?<!");
    if (lookaround) {
      i_ += rest.starts_with("(?<") ? 4 : 3;
    } else if (rest.starts_with("(?:") || rest.starts_with("(?>") || rest.starts_with("(?|")) {
      i_ += 3;
    } else if (rest.starts_with("(?<") || rest.starts_with("(?P<") || rest.starts_with("(?'")) {
      char close = rest[2] == '\'' ? '\'' : '>';
      auto end = p_.find(close, i_ + 3);
      if (end == std::string_view::npos) return std::nullopt;
      i_ = end + 1;
    } else if (rest.starts_with("(?")) {
      // Option settings: (?i) for the rest, (?-i:...) for a group. Case does
      // not matter here (words are compared lower-case); other options might.
      std::size_t j = i_ + 2;
      while (j < p_.size() && (p_[j] == 'i' || p_[j] == '-')) ++j;
      if (j >= p_.size() || j == i_ + 2 || (p_[j] != ':' && p_[j] != ')')) return std::nullopt;
      i_ = j + 1;
      if (p_[j] == ')') {
        n.kind = Node::Assertion;
        return n;
      }
    } else if (rest.starts_with("(*")) {
      return std::nullopt;  // backtracking verbs
    } else {
      ++i_;  // a plain capturing group
    }
    std::size_t end = group_end(p_, open);
    if (end == std::string_view::npos) return std::nullopt;
    if (lookaround) {
      n.kind = p_.substr(open, end - open) == kWordEnd ? Node::WordEnd : Node::Assertion;
      i_ = end;  // what a lookaround holds does not matter here
      return n;
    }
    std::string_view body = p_.substr(i_, end - 1 - i_);
    if (auto hit = cache_.find(body); hit != cache_.end()) {
      n.alternatives = hit->second;
      i_ = end;
      return n;
    }
    auto alts = alternatives();
    if (!alts || i_ != end - 1) return std::nullopt;
    i_ = end;
    n.alternatives = std::make_shared<const std::vector<Seq>>(std::move(*alts));
    cache_.emplace(body, n.alternatives);
    return n;
  }

  // Reads a quantifier after `n`, if any.
  bool quantifier(Node& n) {
    if (i_ >= p_.size()) return true;
    char c = p_[i_];
    if (c == '?' || c == '*' || c == '+') {
      n.optional = c != '+';
      n.repeated = c != '?';
      ++i_;
    } else if (c == '{' && i_ + 1 < p_.size() && is_digit(p_[i_ + 1])) {
      auto close = p_.find('}', i_);
      if (close == std::string_view::npos) return false;
      std::string_view q = p_.substr(i_ + 1, close - i_ - 1);
      auto comma = q.find(',');
      std::string_view min = q.substr(0, comma);
      n.optional = min.find_first_not_of('0') == std::string_view::npos;
      n.repeated = comma != std::string_view::npos || std::stoi(std::string(min)) > 1;
      i_ = close + 1;
    } else {
      return true;
    }
    if (i_ < p_.size() && (p_[i_] == '?' || p_[i_] == '+')) ++i_;  // lazy or possessive
    return true;
  }

  std::string_view p_;
  std::size_t i_ = 0;
  ParseCache& cache_;
};

// What follows the sequence being walked: the rest of an enclosing sequence,
// or (seq == nullptr) anything at all.
struct Continuation {
  const Seq* seq;
  std::size_t k;
  const Continuation* next;
};

class Walker {
 public:
  std::optional<StartSet> run(const std::vector<Seq>& top) {
    std::string first;
    for (const Seq& alt : top) walk(alt, 0, first, nullptr);
    if (failed_) return std::nullopt;
    for (auto* v : {&out_.words, &out_.prefixes}) {
      std::sort(v->begin(), v->end());
      v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    return out_;
  }

 private:
  // `first` holds the letters read so far of the first word (restored on return).
  void walk(const Seq& seq, std::size_t k, std::string& first, const Continuation* next) {
    if (failed_) return;
    if (++steps_ > kMaxSteps) {
      failed_ = true;
      return;
    }
    if (k == seq.size()) {
      if (next && next->seq) walk(*next->seq, next->k, first, next->next);
      else prefix(first);  // the word may go on, or the pattern ends
      return;
    }
    const Node& n = seq[k];
    if (n.optional) walk(seq, k + 1, first, next);
    switch (n.kind) {
      case Node::Assertion:
        if (!n.optional) walk(seq, k + 1, first, next);
        return;
      case Node::WordEnd:
        if (!first.empty()) word(first);
        else if (!n.optional) walk(seq, k + 1, first, next);
        return;
      case Node::Letter:
        first.push_back(n.letter);
        if (n.repeated) prefix(first);
        else walk(seq, k + 1, first, next);
        first.pop_back();
        return;
      case Node::Digit:
        if (first.empty()) out_.digit = true;
        else prefix(first);
        return;
      case Node::Separator:
        word(first);
        return;
      case Node::Mixed:
        prefix(first);
        return;
      case Node::Group: {
        const Continuation after = n.repeated ? Continuation{nullptr, 0, nullptr} : Continuation{&seq, k + 1, next};
        for (const Seq& alt : *n.alternatives) walk(alt, 0, first, &after);
        return;
      }
    }
  }

  // The first word is exactly `w`.
  void word(const std::string& w) {
    if (w.empty()) failed_ = true;  // the match may begin with punctuation
    else out_.words.push_back(w);
  }
  // The first word begins with `w`.
  void prefix(const std::string& w) {
    if (w.empty()) failed_ = true;
    else out_.prefixes.push_back(w);
  }

  StartSet out_;
  bool failed_ = false;
  std::size_t steps_ = 0;
};

}  // namespace

bool StartSet::admits(std::string_view w) const {
  if (w.empty()) return false;
  if (digit && is_digit(w.front())) return true;
  if (std::binary_search(words.begin(), words.end(), w)) return true;
  return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& p) { return w.starts_with(p); });
}

std::vector<std::optional<StartSet>> start_sets_of(const std::vector<std::string_view>& expanded) {
  ParseCache cache;
  std::vector<std::optional<StartSet>> out;
  for (std::string_view pattern : expanded) {
    std::optional<std::vector<Seq>> top;
    if (pattern.starts_with(kWordStart)) top = Parser(pattern, cache).parse();
    out.push_back(top ? Walker().run(*top) : std::nullopt);
  }
  return out;
}

}  // namespace dateline
