#include "bench/bench_floor.h"

#include <pcre2.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <set>
#include <stdexcept>
#include <string_view>

#include "core/rules/ruleset.h"
#include "core/rules/start_set.h"

namespace dateline::bench {
namespace {

constexpr bool is_word_byte(unsigned char c) {
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

TokenizerFloor::TokenizerFloor(const RuleSet& rules) {
  std::vector<std::pair<std::string, bool>> words;
  for (const auto& [word, mask] : rules.trigger_words()) {
    words.emplace_back(word, true);
    longest_ = std::max(longest_, word.size());
  }
  triggers_ = WordTable<bool>(std::move(words), [](std::string_view w) { return shape_hash(w); });
}

std::size_t TokenizerFloor::scan(const std::vector<std::string>& texts) const {
  // As the matcher reads words: each byte by table (lower-case, '#' for a
  // digit, 0 ending the word), the word hashed once it ends.
  constexpr std::size_t kMaxWord = 64;  // longer words are in no table (as in the matcher)
  const std::size_t longest = std::min(longest_, kMaxWord);
  std::size_t candidates = 0;
  char shape[kMaxWord + 8];
  for (const std::string& text : texts) {
    for (std::size_t i = 0; i < text.size();) {
      if (!kShapeByte[static_cast<unsigned char>(text[i])]) {
        ++i;
        continue;
      }
      // The shape is written up to the buffer's end (as in the matcher); a
      // longer word is read on without it, and looked up in no table.
      bool digit = false;
      const char* const word = text.data() + i;
      const std::size_t room = std::min(text.size() - i, kMaxWord);
      std::size_t n = 0;
      for (char c; n < room && (c = kShapeByte[static_cast<unsigned char>(word[n])]); ++n) {
        digit = digit || c == '#';
        shape[n] = c;
      }
      std::memset(shape + n, 0, 8);  // hashed and compared 8 bytes at a time, as in the matcher
      if (n == kMaxWord)
        for (char c; i + n < text.size() && (c = kShapeByte[static_cast<unsigned char>(word[n])]); ++n)
          digit = digit || c == '#';
      const std::size_t j = i + n;
      if (digit) ++candidates;
      else if (j - i <= longest)
        candidates += triggers_.find_zero_padded(std::string_view(shape, j - i), hash_zero_padded_shape(shape, j - i)) !=
                      nullptr;
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
