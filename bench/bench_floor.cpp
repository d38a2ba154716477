#include "bench/bench_floor.h"

#include <pcre2.h>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string_view>

#include "core/rules/ruleset.h"

namespace dateline::bench {
namespace {

bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::string escape_regex(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (!is_word_byte(static_cast<unsigned char>(c))) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::size_t tokenizer_floor(const RuleSet& rules, const std::vector<std::string>& texts) {
  constexpr std::size_t kMaxWord = 24;  // longer words trigger nothing (as in the matcher)
  std::size_t candidates = 0;
  char lower[kMaxWord];
  for (const std::string& text : texts) {
    for (std::size_t i = 0; i < text.size();) {
      if (!is_word_byte(static_cast<unsigned char>(text[i]))) {
        ++i;
        continue;
      }
      std::size_t j = i;
      bool digit = false;
      while (j < text.size() && is_word_byte(static_cast<unsigned char>(text[j]))) {
        digit = digit || (text[j] >= '0' && text[j] <= '9');
        ++j;
      }
      if (digit) {
        ++candidates;
      } else if (j - i <= kMaxWord) {
        for (std::size_t k = i; k < j; ++k) {
          char c = text[k];
          lower[k - i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
        candidates += rules.triggered_by_word(std::string_view(lower, j - i)) != nullptr;
      }
      i = j;
    }
  }
  return candidates;
}

struct PcreFloor::Compiled {
  pcre2_code* code = nullptr;
  pcre2_match_data* data = nullptr;
  ~Compiled() {
    pcre2_match_data_free(data);
    pcre2_code_free(code);
  }
};

PcreFloor::PcreFloor(const RuleSet& rules) : compiled_(std::make_unique<Compiled>()) {
  // The words of every vocabulary a rule uses, longest first, and numbers.
  std::set<std::string> words;
  for (const Rule& rule : rules.rules())
    for (const auto& name : rule.vocabs_used)
      if (const Vocabulary* v = rules.vocabulary(name))
        for (auto& w : v->words())
          if (w.size() >= 2 && !(w[0] >= '0' && w[0] <= '9')) words.insert(w);
  std::vector<std::string> sorted(words.begin(), words.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::string pattern = "\\b(?:";
  for (std::size_t i = 0; i < sorted.size(); ++i) pattern += (i ? "|" : "") + escape_regex(sorted[i]);
  pattern += ")\\b|\\d+";
  alternatives_ = sorted.size() + 1;

  int err = 0;
  PCRE2_SIZE offset = 0;
  compiled_->code = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.data()), pattern.size(), PCRE2_CASELESS,
                                  &err, &offset, nullptr);
  if (!compiled_->code) throw std::runtime_error("the trigger alternation does not compile");
  pcre2_jit_compile(compiled_->code, PCRE2_JIT_COMPLETE);
  compiled_->data = pcre2_match_data_create_from_pattern(compiled_->code, nullptr);
}

PcreFloor::~PcreFloor() = default;

std::size_t PcreFloor::scan(const std::vector<std::string>& texts) const {
  std::size_t matches = 0;
  for (const std::string& text : texts) {
    PCRE2_SIZE start = 0;
    while (start < text.size()) {
      int rc = pcre2_jit_match(compiled_->code, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), start, 0,
                               compiled_->data, nullptr);
      if (rc < 0) break;
      const PCRE2_SIZE* ov = pcre2_get_ovector_pointer(compiled_->data);
      ++matches;
      start = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
    }
  }
  return matches;
}

}  // namespace dateline::bench
