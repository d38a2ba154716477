// All rules and vocabularies of one language, compiled once (PCRE2 with JIT)
// and indexed by trigger words for the candidate pass.
#pragma once

#include <bitset>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/rules/rule.h"
#include "core/rules/vocabulary.h"

namespace dateline {

inline constexpr std::size_t kMaxRules = 1024;
using RuleMask = std::bitset<kMaxRules>;

class RuleSet {
 public:
  // Files: (path relative to the rules root, contents). Vocabularies are
  // `<lang>/vocab/<name>.vocab`, rules `<lang>/*.rules`.
  struct SourceFile {
    std::string path;
    std::string contents;
  };
  explicit RuleSet(const std::vector<SourceFile>& files);
  static RuleSet from_embedded();
  static RuleSet from_directory(const std::filesystem::path& dir);
  ~RuleSet();
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;
  RuleSet(RuleSet&&) noexcept = default;  // the moved-from set owns no compiled code

  const std::vector<Rule>& rules() const { return rules_; }
  const Vocabulary* vocabulary(std::string_view name) const;

  // Rules (and filters) that a lower-case word can start or anchor; null when
  // the word triggers nothing.
  const RuleMask* triggered_by_word(std::string_view lower_word) const;
  // Rules triggered by a token that starts with a digit.
  const RuleMask& triggered_by_number() const { return number_mask_; }
  // Every trigger word (lower-case) with the rules it triggers.
  const std::unordered_map<std::string, RuleMask>& trigger_words() const { return word_masks_; }

 private:
  void load_vocabulary(const SourceFile& f);
  void load_rules(const SourceFile& f);
  void compile(Rule& rule);
  void index_triggers(std::size_t rule_index);

  std::unordered_map<std::string, std::unique_ptr<Vocabulary>> vocabs_;
  std::vector<Rule> rules_;
  std::unordered_map<std::string, RuleMask> word_masks_;
  RuleMask number_mask_;
};

}  // namespace dateline
