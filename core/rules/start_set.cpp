#include "core/rules/start_set.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <deque>
#include <memory>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace dateline {
namespace {

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The wrapper every compiled rule starts with: no letter or digit before a match.
constexpr std::string_view kWordStart = "(?<![A-Za-z0-9])";
// The wrapper's end: no letter or digit after a match.
constexpr std::string_view kWordEnd = "(?![A-Za-z0-9])";
// Paths followed before giving up (the rules need a few thousand).
constexpr std::size_t kMaxSteps = 200'000;
// A counted repetition up to this many is read copy by copy ("\d{4}" is four
// digits); above, or unbounded, only its first copy is read.
constexpr int kMaxCount = 8;
// Stands for any digit in a word's shape.
constexpr char kDigit = '#';

using ByteSet = std::bitset<256>;

const ByteSet& non_alnum() {
  static const ByteSet bytes = [] {
    ByteSet b;
    for (int c = 0; c < 256; ++c) b[c] = !is_letter(static_cast<char>(c)) && !is_digit(static_cast<char>(c));
    return b;
  }();
  return bytes;
}

const ByteSet& white_space() {
  static const ByteSet bytes = [] {
    ByteSet b;
    for (char c : {' ', '\t', '\n', '\v', '\f', '\r'}) b[static_cast<unsigned char>(c)] = true;
    return b;
  }();
  return bytes;
}

struct Node;
using Seq = std::vector<Node>;

// One item of a pattern, reduced to what it tells about the first word.
struct Node {
  enum Kind {
    Letter,     // one literal letter (matched case-insensitively or not)
    Digit,      // one byte that is always a digit
    Separator,  // one byte that is never a letter or digit (one of `bytes`)
    Mixed,      // may consume letters or digits, how exactly is not read
    Group,      // alternatives
    Assertion,  // consumes nothing
    WordEnd,    // consumes nothing; the next byte is no letter or digit
  } kind = Mixed;
  char letter = 0;
  const ByteSet* bytes = nullptr;  // separators: the bytes (owned by ByteSets)
  bool optional = false;  // may occur zero times
  bool repeated = false;  // may occur more than once, how often is not read
  std::shared_ptr<const std::vector<Seq>> alternatives;  // groups
};

// The byte sets of separators, for all patterns read together.
using ByteSets = std::deque<ByteSet>;

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
  Parser(std::string_view p, ParseCache& cache, ByteSets& byte_sets) : p_(p), cache_(cache), byte_sets_(byte_sets) {}

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
      if (!node) return std::nullopt;
      int min = 1, max = 1;  // max < 0: unbounded
      if (!quantifier(min, max)) return std::nullopt;
      append(out.back(), std::move(*node), min, max);
    }
    return out;
  }

  // Appends `n` repeated min to max times: counted copies one by one
  // ("x{2,3}" as "xx(?:x)?"), else the node marked optional or repeated.
  static void append(Seq& seq, Node n, int min, int max) {
    if (max == 1) {
      n.optional = min == 0;
      seq.push_back(std::move(n));
      return;
    }
    if (max >= 0 && max <= kMaxCount) {
      for (int c = 0; c < min; ++c) seq.push_back(n);
      if (max == min) return;
      // The optional copies nest, "(?:x(?:x)?)?", so each count is one path.
      std::optional<Node> inner;
      for (int c = min; c < max; ++c) {
        Node group;
        group.kind = Node::Group;
        group.optional = true;
        Seq body{n};
        if (inner) body.push_back(std::move(*inner));
        group.alternatives = std::make_shared<const std::vector<Seq>>(std::vector<Seq>{std::move(body)});
        inner = std::move(group);
      }
      seq.push_back(std::move(*inner));
      return;
    }
    n.optional = min == 0;
    n.repeated = true;
    seq.push_back(std::move(n));
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
      n.bytes = one_byte(c);
    }
    return n;
  }

  std::optional<Node> escape() {
    if (i_ + 1 >= p_.size()) return std::nullopt;
    char e = p_[i_ + 1];
    i_ += 2;
    Node n;
    if (e == 'd') {
      n.kind = Node::Digit;
    } else if (e == 's') {
      n.kind = Node::Separator;
      n.bytes = &white_space();
    } else if (e == 'h' || e == 'v' || e == 'W' || e == 'R') {
      n.kind = Node::Separator;
      n.bytes = &non_alnum();
    } else if (e == 'b') {
      n.kind = Node::WordEnd;  // after a letter: the word ends; at the start: nothing
    } else if (e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G' || e == 'K') {
      n.kind = Node::Assertion;
    } else if (e == 'S' || e == 'w' || e == 'D' || e == 'H' || e == 'V' || e == 'N') {
      n.kind = Node::Mixed;
    } else if (!is_letter(e) && !is_digit(e) && static_cast<unsigned char>(e) < 0x80) {
      n.kind = Node::Separator;
      n.bytes = one_byte(e);
    } else {
      return std::nullopt;  // \x.., \p{..}, back-references, \Q..\E: not read
    }
    return n;
  }

  std::optional<Node> char_class() {
    std::size_t j = i_ + 1;
    bool negated = j < p_.size() && p_[j] == '^';
    if (negated) ++j;
    bool digit = false, other = false, mixed = negated;
    ByteSet bytes;  // of the non-alphanumeric members
    bool first = true;
    for (; j < p_.size() && (p_[j] != ']' || first); ++j, first = false) {
      char c = p_[j];
      if (c == '[' && j + 1 < p_.size() && p_[j + 1] == ':') return std::nullopt;  // [:alpha:]
      if (c == '\\') {
        if (++j >= p_.size()) return std::nullopt;
        char e = p_[j];
        if (e == 'd') {
          digit = true;
        } else if (e == 's') {
          other = true;
          bytes |= white_space();
        } else if (e == 'h' || e == 'v' || e == 'W') {
          other = true;
          bytes |= non_alnum();
        } else if (is_letter(e) || is_digit(e) || static_cast<unsigned char>(e) >= 0x80) {
          mixed = true;
        } else {
          other = true;
          bytes[static_cast<unsigned char>(e)] = true;
        }
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
      if (is_digit(c)) {
        digit = true;
      } else if (is_letter(c)) {
        mixed = true;
      } else {
        other = true;
        bytes[static_cast<unsigned char>(c)] = true;
      }
    }
    if (j >= p_.size()) return std::nullopt;
    i_ = j + 1;
    Node n;
    if (mixed || (digit && other) || (!digit && !other)) n.kind = Node::Mixed;
    else n.kind = digit ? Node::Digit : Node::Separator;
    if (n.kind == Node::Separator) n.bytes = own(bytes);
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

  // Reads a quantifier, if any: how often the item before it may occur.
  bool quantifier(int& min, int& max) {
    if (i_ >= p_.size()) return true;
    char c = p_[i_];
    if (c == '?' || c == '*' || c == '+') {
      min = c == '+' ? 1 : 0;
      max = c == '?' ? 1 : -1;
      ++i_;
    } else if (c == '{' && i_ + 1 < p_.size() && is_digit(p_[i_ + 1])) {
      auto close = p_.find('}', i_);
      if (close == std::string_view::npos) return false;
      std::string_view q = p_.substr(i_ + 1, close - i_ - 1);
      auto comma = q.find(',');
      auto number = [](std::string_view d) {
        if (d.empty() || d.size() > 4 || d.find_first_not_of("0123456789") != std::string_view::npos) return -2;
        return std::stoi(std::string(d));
      };
      min = number(q.substr(0, comma));
      max = comma == std::string_view::npos ? min : comma + 1 == q.size() ? -1 : number(q.substr(comma + 1));
      if (min < 0 || max < -1) return false;
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
  ByteSets& byte_sets_;

  const ByteSet* own(const ByteSet& b) { return &byte_sets_.emplace_back(b); }
  static const ByteSet* one_byte(char c) {
    static const std::array<ByteSet, 256> sets = [] {
      std::array<ByteSet, 256> out;
      for (int i = 0; i < 256; ++i) out[i][i] = true;
      return out;
    }();
    return &sets[static_cast<unsigned char>(c)];
  }
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
    for (const Seq& alt : top) walk(alt, 0, first, nullptr, 0);
    if (failed_) return std::nullopt;
    out_.words.assign(words_[0].begin(), words_[0].end());
    out_.prefixes.assign(prefixes_[0].begin(), prefixes_[0].end());
    out_.second_words.assign(words_[1].begin(), words_[1].end());
    out_.second_prefixes.assign(prefixes_[1].begin(), prefixes_[1].end());
    out_.free_words.assign(free_[0].begin(), free_[0].end());
    out_.third_words.assign(words_[2].begin(), words_[2].end());
    out_.third_prefixes.assign(prefixes_[2].begin(), prefixes_[2].end());
    out_.free_second_words.assign(free_[1].begin(), free_[1].end());
    for (auto* v : {&out_.words, &out_.prefixes, &out_.second_words, &out_.second_prefixes, &out_.free_words,
                    &out_.third_words, &out_.third_prefixes, &out_.free_second_words})
      std::sort(v->begin(), v->end());
    return out_;
  }

 private:
  // `w` holds the shape read so far of the first (`index` 0), second or
  // third word (restored on return).
  void walk(const Seq& seq, std::size_t k, std::string& w, const Continuation* next, int index) {
    if (failed_) return;
    if (++steps_ > kMaxSteps) {
      failed_ = true;
      return;
    }
    if (k == seq.size()) {
      if (next && next->seq) walk(*next->seq, next->k, w, next->next, index);
      else if (index > 0 && w.empty()) any_next_[index - 1] = true;  // the match may end before this word
      else open_word(w, index);  // the word may go on, or the pattern ends
      return;
    }
    const Node& n = seq[k];
    if (n.optional) walk(seq, k + 1, w, next, index);
    switch (n.kind) {
      case Node::Assertion:
        if (!n.optional) walk(seq, k + 1, w, next, index);
        return;
      case Node::WordEnd:
        if (!w.empty()) end_word(w, index, non_alnum(), {&seq, k + 1, next});
        else if (!n.optional) walk(seq, k + 1, w, next, index);
        return;
      case Node::Digit:
        if (n.repeated) {
          // "\d+": one to kShapeDigitRun digits (the last standing for
          // that many or more, as in a word's shape), each read on as a
          // word that may end: "12 to 18 months" is "##", then " ", "to".
          for (std::size_t c = 1; c <= kShapeDigitRun; ++c) {
            w.push_back(kDigit);
            walk(seq, k + 1, w, next, index);
          }
          w.resize(w.size() - kShapeDigitRun);
          return;
        }
        [[fallthrough]];
      case Node::Letter:
        w.push_back(n.kind == Node::Letter ? n.letter : kDigit);
        if (n.repeated) open_word(w, index);
        else walk(seq, k + 1, w, next, index);
        w.pop_back();
        return;
      case Node::Separator:
        if (!w.empty()) {
          end_word(w, index, *n.bytes, {&seq, k + 1, next});
        } else if (index == 0) {
          // The match may begin with punctuation ("'90s"): its first byte
          // is one of these, and a word follows.
          if (!in_lead_) out_.lead |= *n.bytes;
          const bool was_in_lead = in_lead_;
          in_lead_ = true;
          walk(seq, k + 1, w, next, index);
          in_lead_ = was_in_lead;
        } else {
          walk(seq, k + 1, w, next, index);  // between the words
        }
        return;
      case Node::Mixed:
        if (!w.empty()) open_word(w, index);
        else if (index == 0) failed_ = true;
        else any_next_[index - 1] = true;
        return;
      case Node::Group: {
        const Continuation after = n.repeated ? Continuation{nullptr, 0, nullptr} : Continuation{&seq, k + 1, next};
        for (const Seq& alt : *n.alternatives) walk(alt, 0, w, &after, index);
        return;
      }
    }
  }

  // The word is exactly `w`, followed by one of `bytes`; the pattern goes on at `rest`.
  void end_word(const std::string& w, int index, const ByteSet& bytes, const Continuation& rest) {
    const std::string& shape = capped(w);
    words_[index].insert(shape);
    if (index == 2) return;
    if (index == 0) out_.next |= bytes;
    // The next word: read once from each place where a word ends (the end
    // of every alternative of a vocabulary is one place). The key has a
    // buffer per word index: reading the next word reuses only the next one.
    auto& key = key_[index];
    key.clear();
    for (const Continuation* c = &rest; c; c = c->next)
      if (!c->seq || c->k < c->seq->size()) key.emplace_back(c->seq, c->k);
    auto read = next_read_[index].find(key);
    if (read == next_read_[index].end()) {
      any_next_[index] = !rest.seq;
      std::string next_word;
      if (rest.seq) walk(*rest.seq, rest.k, next_word, rest.next, index + 1);
      read = next_read_[index].emplace(key, any_next_[index]).first;
    }
    if (read->second) free_[index].insert(capped(w));
  }

  // `w` as a word's shape: itself, unless a run of digits is too long.
  const std::string& capped(const std::string& w) {
    if (w.find(kLongRun) == std::string::npos) return w;
    capped_ = word_shape(w);
    return capped_;
  }

  // The word begins with `w`.
  void open_word(const std::string& w, int index) {
    if (w.empty()) {
      failed_ = true;
      return;
    }
    // A run of kShapeDigitRun digits may be longer in the text: the prefix
    // stops there.
    std::size_t cut = w.find(std::string(kShapeDigitRun, kDigit));
    prefixes_[index].insert(cut == std::string::npos ? w : w.substr(0, cut + kShapeDigitRun));
    if (index > 0) return;
    out_.next.set();  // where the first word ends is not known, nor what comes second
  }

  StartSet out_;
  std::unordered_set<std::string> words_[3], prefixes_[3];  // of the first, second and third word
  std::unordered_set<std::string> free_[2];  // first (second) words after which any word may come
  // Each place where a first (second) word ends, read once: whether any word may come next.
  std::map<std::vector<std::pair<const void*, std::size_t>>, bool> next_read_[2];
  bool any_next_[2] = {false, false};  // while reading a second (third) word: any word may come
  bool in_lead_ = false;               // while reading the punctuation a match begins with
  std::vector<std::pair<const void*, std::size_t>> key_[2];
  const std::string kLongRun = std::string(kShapeDigitRun + 1, kDigit);
  std::string capped_;
  bool failed_ = false;
  std::size_t steps_ = 0;
};

}  // namespace

namespace {

// Writes the shape of `word` at `out` (room for word.size() bytes); returns its size.
std::size_t write_shape(std::string_view word, char* out) {
  std::size_t n = 0, run = 0;  // run: digits in a row
  for (char c : word) {
    run = (is_digit(c) || c == kDigit) ? run + 1 : 0;
    if (run <= kShapeDigitRun) out[n++] = is_digit(c) ? kDigit : lower(c);
  }
  return n;
}

}  // namespace

std::string word_shape(std::string_view word) {
  std::string out(word.size(), '\0');
  out.resize(write_shape(word, out.data()));
  return out;
}

std::uint64_t shape_hash(std::string_view word) {
  // Readying a rule hashes thousands of shapes: short ones are written on
  // the stack, not into a string.
  constexpr std::size_t kShort = 64;
  if (word.size() > kShort) {
    std::string shape = word_shape(word);
    shape.append(8, '\0');  // hash_shape_bytes reads 8 bytes at a time
    return hash_shape_bytes(shape.data(), shape.size() - 8);
  }
  char shape[kShort + 8];
  const std::size_t n = write_shape(word, shape);
  std::memset(shape + n, 0, 8);
  return hash_shape_bytes(shape, n);
}

ShapeRoles::ShapeRoles(const std::vector<std::pair<const std::vector<std::string>*, std::uint8_t>>& sets) {
  std::size_t count = 0;
  for (const auto& [shapes, role] : sets) count += shapes->size();
  if (count == 0) return;
  std::size_t size = 2;
  while (size < 2 * count) size *= 2;
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  for (const auto& [shapes, role] : sets)
    for (const std::string& s : *shapes) {
      std::uint64_t hash = shape_hash(s);
      filter_[hash >> 62] |= std::uint64_t{1} << ((hash >> 56) & 63);
      if (hash == 0) hash = 1;
      std::size_t i = hash & mask_;
      while (slots_[i].hash != 0 && slots_[i].hash != hash) i = (i + 1) & mask_;
      slots_[i].hash = hash;
      slots_[i].roles |= role;
    }
}

bool shape_starts_with(std::string_view word, std::string_view prefix_shape) {
  if (word.size() < prefix_shape.size()) return false;
  for (std::size_t i = 0; i < prefix_shape.size(); ++i) {
    char c = word[i];
    if ((is_digit(c) ? kDigit : lower(c)) != prefix_shape[i]) return false;
  }
  return true;
}

bool StartSet::admits(std::string_view word, int next_byte) const {
  if (next_byte >= 0 && !next[static_cast<unsigned char>(next_byte)]) return false;
  if (std::binary_search(words.begin(), words.end(), word_shape(word))) return true;
  return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& p) { return shape_starts_with(word, p); });
}

bool StartSet::admits_third(std::string_view second, std::string_view word) const {
  auto prefixed = [](const std::vector<std::string>& prefixes, std::string_view w) {
    return std::any_of(prefixes.begin(), prefixes.end(), [&](const std::string& p) { return shape_starts_with(w, p); });
  };
  // As the matcher reads them: a second word that began with a prefix, or
  // after which anything may come, says nothing of the third.
  const std::string shape = word_shape(second);
  if (prefixed(second_prefixes, second) || !std::binary_search(second_words.begin(), second_words.end(), shape) ||
      std::binary_search(free_second_words.begin(), free_second_words.end(), shape))
    return true;
  return std::binary_search(third_words.begin(), third_words.end(), word_shape(word)) || prefixed(third_prefixes, word);
}

bool StartSet::admits_second(std::string_view first, std::string_view word) const {
  bool constrained = std::binary_search(words.begin(), words.end(), word_shape(first)) &&
                     !std::binary_search(free_words.begin(), free_words.end(), word_shape(first)) &&
                     std::none_of(prefixes.begin(), prefixes.end(), [&](const std::string& p) {
                       return shape_starts_with(first, p);
                     });
  if (!constrained) return true;
  if (word.empty()) return false;
  if (std::binary_search(second_words.begin(), second_words.end(), word_shape(word))) return true;
  return std::any_of(second_prefixes.begin(), second_prefixes.end(),
                     [&](const std::string& p) { return shape_starts_with(word, p); });
}

struct StartSetReader::Memory {
  ParseCache parsed;
  ByteSets byte_sets;
};

StartSetReader::StartSetReader() : memory_(std::make_unique<Memory>()) {}
StartSetReader::~StartSetReader() = default;

std::optional<StartSet> StartSetReader::read(std::string_view expanded) {
  if (!expanded.starts_with(kWordStart)) return std::nullopt;
  auto top = Parser(expanded, memory_->parsed, memory_->byte_sets).parse();
  if (!top) return std::nullopt;
  return Walker().run(*top);
}

}  // namespace dateline
