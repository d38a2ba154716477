// A vocabulary: surface forms and the field value each one stands for, read
// from a rules/<lang>/vocab/<name>.vocab file. One table feeds both the regex
// (the alternation of its surfaces) and the value lookup, so they cannot drift.
//
// File format, one entry per line, `#` starts a comment:
//   Nov. => 11          surface => value; matched case-insensitively
//   =May => 5           a leading `=` makes the surface case-sensitive
//   /\d{1,2}/ => $      a regex entry; `$` means the value is the matched text
//                       read as a number (digits, "2 1/2", number words)
// In surfaces, a space matches any run of spaces or a hyphen, and an
// apostrophe matches ' or ’.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dateline {

class RuleError;

class Vocabulary {
 public:
  Vocabulary(std::string name, std::string_view contents, const std::string& file);

  const std::string& name() const { return name_; }
  // A PCRE2 alternation (no capture group) matching every surface, longest first.
  const std::string& pattern() const { return pattern_; }
  // The value string for a matched surface, or nullopt.
  std::optional<std::string_view> lookup(std::string_view matched) const;
  // Lower-case words of the literal surfaces (for the candidate pass).
  std::vector<std::string> words() const;
  // The keys lookup() finds (normalize_key of each literal surface), and
  // whether regex entries match more than these.
  std::vector<std::string_view> keys() const;
  bool has_regex() const { return has_regex_; }
  // Every word a surface can stand as in text, split like the matcher's
  // tokenizer (runs of ASCII letters and digits), lower-case, including the
  // glued forms a hyphen allows ("twenty-one" is also "twentyone"); nullopt
  // when the vocabulary has regex entries, whose words cannot be listed.
  std::optional<std::vector<std::string>> token_forms() const;
  // True when a regex entry may match digits (the candidate pass then
  // triggers this vocabulary on numbers).
  bool matches_digits() const { return matches_digits_; }

  // Lower-cases ASCII, maps hyphens to spaces, ’ to ', and collapses spaces.
  static std::string normalize_key(std::string_view text);

 private:
  struct Entry {
    std::string surface;
    std::string value;
    bool case_sensitive = false;
    bool regex = false;
  };
  std::string name_;
  std::vector<Entry> entries_;
  // Transparent, so that lookup() finds a key written into a stack buffer.
  struct KeyHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, std::string, KeyHash, std::equal_to<>> by_key_;
  std::string regex_value_;  // value of the regex entries ("$")
  bool has_regex_ = false;
  bool matches_digits_ = false;
  std::string pattern_;
};

}  // namespace dateline
