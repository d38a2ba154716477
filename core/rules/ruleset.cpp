#include "core/rules/ruleset.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "core/rules/embedded.h"
#include "core/rules/rule_error.h"
#include "core/text/trim.h"

namespace dateline {
namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// "vocab/month.vocab" -> "month"
std::string stem(const std::string& path) {
  auto slash = path.find_last_of('/');
  auto base = path.substr(slash == std::string::npos ? 0 : slash + 1);
  return base.substr(0, base.find('.'));
}

// A {vocab} reference as written between the braces: "month", "ordinal:day"
// (captured into another field), "-number" (not captured).
struct VocabRef {
  std::string vocabulary;
  std::string field;  // the vocabulary's name when none is written
  bool capture = true;
};

VocabRef parse_vocab_ref(std::string_view ref) {
  VocabRef r;
  r.capture = ref.empty() || ref.front() != '-';
  if (!r.capture) ref.remove_prefix(1);
  auto colon = ref.find(':');
  r.vocabulary = std::string(ref.substr(0, colon));
  r.field = std::string(colon == std::string_view::npos ? ref : ref.substr(colon + 1));
  return r;
}

// Parses "2024-10-02 => value [TYPE] [mod=X]" into an example; brackets in
// the text mark the expected extent.
RuleExample parse_example(std::string_view spec, const std::string& file, int line,
                          const std::string& reference) {
  auto arrow = spec.rfind("=>");
  if (arrow == std::string_view::npos) throw RuleError(file, line, "example needs 'text => value'");
  RuleExample ex;
  ex.file = file;
  ex.line = line;
  ex.reference = reference;
  std::string_view text = trim(spec.substr(0, arrow));
  auto open = text.find('['), close = text.find(']');
  if (open != std::string_view::npos && close != std::string_view::npos && open < close) {
    ex.text = std::string(text.substr(0, open)) + std::string(text.substr(open + 1, close - open - 1)) +
              std::string(text.substr(close + 1));
    ex.begin = static_cast<std::uint32_t>(open);
    ex.end = static_cast<std::uint32_t>(close - 1);
  } else {
    ex.text = std::string(text);
    ex.begin = 0;
    ex.end = static_cast<std::uint32_t>(ex.text.size());
  }
  std::istringstream rest{std::string(trim(spec.substr(arrow + 2)))};
  std::string word;
  rest >> ex.value;
  if (ex.value.empty()) throw RuleError(file, line, "example has no expected value");
  while (rest >> word) {
    if (word.rfind("mod=", 0) == 0)
      ex.mod = word.substr(4);
    else if (word == "DATE" || word == "TIME" || word == "DURATION" || word == "SET")
      ex.type = word;
    else
      throw RuleError(file, line, "unknown example attribute '" + word + "'");
  }
  return ex;
}

// Number of capturing groups that open in a PCRE2 pattern fragment, so that a
// {vocab} expansion knows the number of the group it creates.
std::uint32_t count_capturing_groups(std::string_view p) {
  std::uint32_t n = 0;
  bool in_class = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\') {
      ++i;
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      continue;
    }
    if (c == '[') {
      in_class = true;
      if (i + 1 < p.size() && p[i + 1] == ']') ++i;  // "[]...]": a literal ]
      continue;
    }
    if (c != '(') continue;
    if (i + 1 >= p.size() || p[i + 1] != '?') {
      ++n;
    } else if (i + 3 < p.size() && ((p[i + 2] == '<' && p[i + 3] != '=' && p[i + 3] != '!') ||
                                     p[i + 2] == '\'' || (p[i + 2] == 'P' && p[i + 3] == '<'))) {
      ++n;
    }
  }
  return n;
}

}  // namespace

RuleSet::RuleSet(const std::vector<SourceFile>& files) {
  std::vector<const SourceFile*> sorted;
  for (const auto& f : files) sorted.push_back(&f);
  std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->path < b->path; });
  for (const auto* f : sorted)
    if (f->path.ends_with(".vocab")) load_vocabulary(*f);
  for (const auto* f : sorted)
    if (f->path.ends_with(".rules")) load_rules(*f);
  if (rules_.size() > kMaxRules) throw RuleError("rules", 0, "more than kMaxRules rules");
  try {
    for (auto& rule : rules_) compile(rule);
    for (std::size_t i = 0; i < rules_.size(); ++i) index_triggers(i);
  } catch (...) {
    // A constructor that throws runs no destructor: free what was compiled.
    for (auto& rule : rules_) pcre2_code_free(rule.code);
    throw;
  }
}

RuleSet RuleSet::from_embedded() {
  std::vector<SourceFile> files;
  for (const auto& f : embedded_rule_files())
    files.push_back({std::string(f.path), std::string(f.contents)});
  return RuleSet(files);
}

RuleSet RuleSet::from_directory(const std::filesystem::path& dir) {
  std::vector<SourceFile> files;
  if (!std::filesystem::is_directory(dir))
    throw RuleError(dir.string(), 0, "not a rules directory");
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    auto ext = entry.path().extension();
    if (ext != ".rules" && ext != ".vocab") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    files.push_back({std::filesystem::relative(entry.path(), dir).generic_string(), buf.str()});
  }
  return RuleSet(files);
}

RuleSet::~RuleSet() {
  for (auto& rule : rules_) pcre2_code_free(rule.code);
}

const Vocabulary* RuleSet::vocabulary(std::string_view name) const {
  auto it = vocabs_.find(std::string(name));
  return it == vocabs_.end() ? nullptr : it->second.get();
}

const RuleMask* RuleSet::triggered_by_word(std::string_view lower_word) const {
  auto it = word_masks_.find(std::string(lower_word));
  return it == word_masks_.end() ? nullptr : &it->second;
}

void RuleSet::load_vocabulary(const SourceFile& f) {
  std::string name = stem(f.path);
  if (vocabs_.count(name)) throw RuleError(f.path, 0, "vocabulary '" + name + "' defined twice");
  vocabs_.emplace(name, std::make_unique<Vocabulary>(name, f.contents, f.path));
}

void RuleSet::load_rules(const SourceFile& f) {
  std::istringstream in(f.contents);
  std::string raw;
  int line_no = 0;
  std::string reference = "2024-10-02";
  Rule* current = nullptr;
  auto finish = [&] {
    if (!current) return;
    if (current->pattern.empty()) throw RuleError(f.path, current->line, "rule has no pattern");
    current = nullptr;
  };
  while (std::getline(in, raw)) {
    ++line_no;
    std::string_view line = trim(raw);
    if (line.empty()) {
      finish();
      continue;
    }
    if (line.front() == '#') continue;
    auto colon = line.find(':');
    if (colon == std::string_view::npos) throw RuleError(f.path, line_no, "expected 'key: value'");
    std::string_view key = line.substr(0, colon);
    std::string_view val = trim(line.substr(colon + 1));
    if (key == "reference") {
      reference = std::string(val);
      continue;
    }
    if (key == "rule" || key == "filter") {
      finish();
      rules_.emplace_back();
      current = &rules_.back();
      current->name = std::string(val);
      current->file = f.path;
      current->line = line_no;
      current->is_filter = key == "filter";
      continue;
    }
    if (!current) throw RuleError(f.path, line_no, "'" + std::string(key) + "' outside a rule");
    if (key == "pattern") {
      current->pattern = std::string(val);
    } else if (key == "type") {
      if (val == "DATE") current->type = TimexType::Date;
      else if (val == "TIME") current->type = TimexType::Time;
      else if (val == "DURATION") current->type = TimexType::Duration;
      else if (val == "SET") current->type = TimexType::Set;
      else throw RuleError(f.path, line_no, "type must be DATE, TIME, DURATION or SET");
    } else if (key == "set") {
      std::istringstream assigns{std::string(val)};
      std::string assign;
      while (assigns >> assign) {
        auto eq = assign.find('=');
        auto field = field_from_name(assign.substr(0, eq));
        if (eq == std::string::npos || !field)
          throw RuleError(f.path, line_no, "bad 'set:' assignment '" + assign + "'");
        std::string v = assign.substr(eq + 1);
        if (*field == Field::Num) {
          // A count the text does not give is left unset (value "PXY"), not "X".
          char* end = nullptr;
          double num = std::strtod(v.c_str(), &end);
          if (v.empty() || end != v.c_str() + v.size())
            throw RuleError(f.path, line_no, "bad value '" + v + "' for field num: a number");
          current->constants.set_num(num);
          continue;
        }
        auto parsed = parse_field_value(*field, v);
        if (!parsed) throw RuleError(f.path, line_no, "bad value '" + v + "' for field " + assign.substr(0, eq));
        current->constants.set(*field, *parsed);
      }
    } else if (key == "priority") {
      char* end = nullptr;
      std::string v(val);
      long priority = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || end != v.c_str() + v.size())
        throw RuleError(f.path, line_no, "bad priority '" + v + "': an integer");
      current->priority = static_cast<int>(priority);
    } else if (key == "example") {
      current->examples.push_back(parse_example(val, f.path, line_no, reference));
    } else {
      throw RuleError(f.path, line_no, "unknown key '" + std::string(key) + "'");
    }
  }
  finish();
}

void RuleSet::compile(Rule& rule) {
  // Expand {vocab}, {vocab:field} and {-vocab}, remembering which group
  // number each capturing expansion gets. The wrapper below adds no groups.
  std::string out;
  std::unordered_map<std::uint32_t, const Vocabulary*> vocab_of_group;
  const std::string& p = rule.pattern;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] == '\\' && i + 1 < p.size()) {
      out += p[i];
      out += p[++i];
      continue;
    }
    if (p[i] == '{' && i + 1 < p.size() && (is_alpha(p[i + 1]) || p[i + 1] == '-')) {
      auto close = p.find('}', i);
      if (close == std::string::npos) throw RuleError(rule.file, rule.line, "unclosed {vocab}");
      const auto [ref, field_name, capture] = parse_vocab_ref(std::string_view(p).substr(i + 1, close - i - 1));
      const Vocabulary* v = vocabulary(ref);
      if (!v) throw RuleError(rule.file, rule.line, "unknown vocabulary {" + ref + "}");
      rule.vocabs_used.push_back(ref);
      if (capture) {
        if (!field_from_name(field_name))
          throw RuleError(rule.file, rule.line, "{" + ref + "} captures into '" + field_name +
                                                    "', which is not a field; use {" + ref + ":field}");
        vocab_of_group[count_capturing_groups(out) + 1] = v;
        out += "(?<" + field_name + ">" + v->pattern() + ")";
      } else {
        out += "(?:" + v->pattern() + ")";
      }
      i = close;
      continue;
    }
    out += p[i];
  }
  // Every rule matches whole words: no letter or digit may touch its ends.
  rule.expanded = "(?<![A-Za-z0-9])(?:" + out + ")(?![A-Za-z0-9])";

  // PCRE2_USE_OFFSET_LIMIT: the Matcher tries a rule at one place by an
  // offset limit (core/rules/matcher.h); without a limit it changes nothing.
  int err = 0;
  PCRE2_SIZE offset = 0;
  rule.code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(rule.expanded.c_str()), rule.expanded.size(),
                            PCRE2_CASELESS | PCRE2_DUPNAMES | PCRE2_USE_OFFSET_LIMIT, &err, &offset, nullptr);
  if (!rule.code) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(err, msg, sizeof msg);
    throw RuleError(rule.file, rule.line,
                    "pattern does not compile: " + std::string(reinterpret_cast<char*>(msg)) +
                        " at offset " + std::to_string(offset) + " of the expanded pattern");
  }
  // JIT compilation is left to the Matcher, which does it on a rule's first
  // use: it is most of the start-up cost and many rules never run on a
  // short input.

  // Map named groups to fields.
  std::uint32_t count = 0, entry_size = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(rule.code, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(rule.code, PCRE2_INFO_NAMEENTRYSIZE, &entry_size);
  pcre2_pattern_info(rule.code, PCRE2_INFO_NAMETABLE, &table);
  for (std::uint32_t k = 0; k < count; ++k) {
    const unsigned char* entry = table + k * entry_size;
    std::uint32_t group = (entry[0] << 8) | entry[1];
    std::string name(reinterpret_cast<const char*>(entry + 2));
    if (name == "drop") {
      rule.drop_groups.push_back(group);
      continue;
    }
    auto field = field_from_name(name);
    if (!field) throw RuleError(rule.file, rule.line, "named group '" + name + "' is not a field");
    Capture cap;
    cap.group = group;
    cap.field = *field;
    if (auto it = vocab_of_group.find(group); it != vocab_of_group.end()) cap.vocab = it->second;
    rule.captures.push_back(cap);
  }
  if (rule.is_filter && rule.drop_groups.empty())
    throw RuleError(rule.file, rule.line, "a filter needs a group named 'drop'");
}

namespace {

// Whether the group opening at p[i] is a lookahead or lookbehind: (?= (?! (?<= (?<!
bool is_lookaround(const std::string& p, std::size_t i) {
  if (p.compare(i, 3, "(?=") == 0 || p.compare(i, 3, "(?!") == 0) return true;
  return p.compare(i, 4, "(?<=") == 0 || p.compare(i, 4, "(?<!") == 0;
}

// The index of the ')' closing the group that opens at p[i], past escapes,
// character classes and nested groups (p.size() when unclosed).
std::size_t group_end(const std::string& p, std::size_t i) {
  int depth = 0;
  for (std::size_t k = i; k < p.size(); ++k) {
    char c = p[k];
    if (c == '\\') {
      ++k;
    } else if (c == '[') {
      // "[]...]" and "[^]...]" hold a literal ']' first.
      std::size_t j = k + 1;
      if (j < p.size() && p[j] == '^') ++j;
      if (j < p.size() && p[j] == ']') ++j;
      while (j < p.size() && p[j] != ']') j += p[j] == '\\' ? 2 : 1;
      k = j;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0) {
      return k;
    }
  }
  return p.size();
}

}  // namespace

void RuleSet::index_triggers(std::size_t index) {
  Rule& rule = rules_[index];
  const Vocabulary* function_words = vocabulary("function_words");
  auto is_function_word = [&](const std::string& w) {
    return function_words && function_words->lookup(w).has_value();
  };
  bool any = false;
  auto add_word = [&](const std::string& w) {
    if (w.size() < 2 && !is_digit(w[0])) return;
    if (is_digit(w[0])) {
      number_mask_.set(index);
      any = true;
      return;
    }
    if (is_function_word(w)) return;
    word_masks_[w].set(index);
    any = true;
  };
  auto add_vocabulary = [&](std::string_view ref) {
    const Vocabulary* v = vocabulary(parse_vocab_ref(ref).vocabulary);
    if (!v) return;  // a quantifier such as {3}
    for (const auto& w : v->words()) add_word(w);
    if (v->matches_digits()) add_word("0");
  };
  // Literal words and {vocab} words of the pattern, skipping escapes,
  // classes, group names and lookarounds.
  const std::string& p = rule.pattern;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) add_word(word);
    word.clear();
  };
  for (std::size_t i = 0; i < p.size(); ++i) {
    char c = p[i];
    if (c == '\\' && i + 1 < p.size()) {
      flush();
      if (p[i + 1] == 'd') add_word("0");
      ++i;
      continue;
    }
    if (c == '[') {
      flush();
      auto close = p.find(']', i + 1);
      std::string cls = p.substr(i, close - i);
      if (cls.find_first_of("0123456789") != std::string::npos || cls.find("\\d") != std::string::npos)
        add_word("0");
      i = close == std::string::npos ? p.size() : close;
      continue;
    }
    if (c == '(' && is_lookaround(p, i)) {
      // A lookaround's words, its vocabularies' too, lie outside the match:
      // a window around them cannot hold the match, so they trigger nothing.
      flush();
      i = group_end(p, i);
      continue;
    }
    if (c == '{') {
      flush();
      auto close = p.find('}', i);
      if (close == std::string::npos) break;
      add_vocabulary(std::string_view(p).substr(i + 1, close - i - 1));
      i = close;
      continue;
    }
    if (c == '(' && i + 1 < p.size() && p[i + 1] == '?') {
      flush();
      // Skip the group syntax (?<name> (?i) (?: (?-i: ...
      char end = (i + 2 < p.size() && p[i + 2] == '<' && p[i + 3] != '=' && p[i + 3] != '!') ? '>' : ':';
      if (end == ':') {
        auto k = i + 2;
        while (k < p.size() && p[k] != ':' && p[k] != ')' && p[k] != '(') ++k;
        i = (k < p.size() && p[k] == '(') ? k - 1 : k;
        continue;
      }
      auto close = p.find(end, i);
      i = close == std::string::npos ? p.size() : close;
      continue;
    }
    if (is_alpha(c) || is_digit(c)) {
      word += lower(c);
    } else {
      // "quarters?": the last letter is optional, so "quarter" triggers too.
      if ((c == '?' || c == '*') && word.size() > 2) add_word(word.substr(0, word.size() - 1));
      flush();
    }
  }
  flush();
  if (!any)
    throw RuleError(rule.file, rule.line,
                    "rule has no trigger word: it needs a content word, a number or a vocabulary");
}

}  // namespace dateline
