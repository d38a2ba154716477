// dateline's main entry point: find and normalize the temporal expressions of
// one document. A Normalizer compiles its rules once; extract() is const and
// safe to call from several threads at once.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/tense.h"
#include "core/time/reference.h"
#include "core/timex.h"

namespace dateline {

class RuleSet;
class Matcher;

struct ExtractOptions {
  bool explain = false;  // fill Timex::explanation
  // Receives problems that did not stop extraction (a rule that hit a PCRE2
  // match limit on pathological text), each naming the byte offset.
  std::vector<std::string>* warnings = nullptr;
};

class Normalizer {
 public:
  // The English rules embedded in the binary at build time.
  Normalizer();
  // Rules loaded from a directory laid out like rules/ (to try edits without
  // rebuilding). Throws RuleError naming the file and line of a bad rule.
  explicit Normalizer(const std::filesystem::path& rules_dir);
  ~Normalizer();
  Normalizer(Normalizer&&) noexcept;
  Normalizer& operator=(Normalizer&&) noexcept;

  // `text` must be valid UTF-8 (see core/text/utf8.h). Returned timexes are
  // sorted by begin offset and do not overlap.
  std::vector<Timex> extract(std::string_view text, const Reference& ref,
                             const ExtractOptions& options = {}) const;

  const RuleSet& rules() const { return *rules_; }

 private:
  std::unique_ptr<RuleSet> rules_;
  std::unique_ptr<Matcher> matcher_;
  TenseCues cues_;  // the rules' tense vocabularies, looked up once
  const Vocabulary* game_words_;  // words of a game report (core/text/game_report.h); may be null
};

}  // namespace dateline
