#include "core/timeline/function_words.h"

#include <array>
#include <cstdint>
#include <utility>

#include "core/text/fnv1a.h"

namespace dateline::timeline {
namespace {

using Words = std::initializer_list<std::string_view>;

struct WordList {
  FunctionClass cls;
  Words words;
};

const std::array<WordList, 10>& lists() {
  static const std::array<WordList, 10> kLists = {{
      {FunctionClass::Auxiliary,
       {"be", "is", "are", "was", "were", "been", "being", "am", "do", "does", "did", "get", "got", "gets"}},
      {FunctionClass::Possession, {"have", "has", "had", "having"}},
      {FunctionClass::Modal,
       {"to", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "did", "does", "do", "not",
        "never", "also", "ll", "d"}},
      {FunctionClass::Determiner,
       {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "some",
        "any", "no", "every", "each", "many", "several", "new", "first", "last", "further", "more", "other", "such"}},
      {FunctionClass::Subject, {"i", "we", "they", "you"}},
      {FunctionClass::Subordinator,
       {"as", "when", "while", "because", "although", "though", "if", "since", "after", "before", "that", "where",
        "whether", "until", "so", "than"}},
      {FunctionClass::Coordinator, {"and", "or", "but"}},
      {FunctionClass::Other,
       {"on",    "in",    "at",     "by",    "for",   "of",    "with",  "from",  "into",    "about", "over",
        "under", "up",    "down",   "out",   "off",   "than",  "he",    "she",   "it",      "him",   "them",
        "us",    "me",    "who",    "whom",  "which", "what",  "there", "here",  "then",    "now",   "also",
        "just",  "only",  "even",   "still", "very",  "s",     "t",     "mr",    "mrs",     "ms",    "percent",
        "per",   "cent",  "year",   "years", "month", "months", "week",  "weeks", "day",     "days",  "today",
        "time",  "times", "ago",    "early", "late",  "later", "earlier", "ahead", "through", "during", "within",
        "like",  "because", "well", "back",  "being"}},
      {FunctionClass::Adverb,
       {"then", "also", "now", "just", "only", "even", "still", "meanwhile", "meantime", "however", "again",
        "already", "finally", "later", "earlier", "previously", "recently", "separately", "similarly"}},
      {FunctionClass::Amount,
       {"million", "billion", "trillion", "thousand", "hundred", "cents", "cent", "percent", "a", "share", "per"}},
  }};
  return kLists;
}

// The signal words and the relation each sets.
constexpr std::pair<std::string_view, Relation> kSignals[] = {
    {"on", Relation::Within},     {"in", Relation::Within},    {"during", Relation::Within},
    {"at", Relation::Within},     {"over", Relation::Within},  {"throughout", Relation::Within},
    {"within", Relation::Within}, {"of", Relation::Within},    {"by", Relation::By},
    {"before", Relation::Before}, {"after", Relation::After},  {"following", Relation::After},
    {"since", Relation::Begins},  {"from", Relation::Begins},  {"until", Relation::Ends},
    {"till", Relation::Ends},     {"through", Relation::Ends}, {"ahead", Relation::Before},
};

// Every listed word, by hash (open addressing, linear probing): a probe
// costs less than std::unordered_map's, and anchoring asks about most
// words of the sentences it reads.
class WordTable {
 public:
  WordTable() {
    for (const auto& list : lists())
      for (std::string_view w : list.words) slot(w).classes |= static_cast<std::uint16_t>(1u << static_cast<unsigned>(list.cls));
    for (const auto& [w, r] : kSignals) slot(w).signal = static_cast<std::uint8_t>(static_cast<unsigned>(r) + 1);
  }

  FunctionWordInfo find(std::string_view lower) const {
    for (std::size_t i = fnv1a(lower) & kMask;; i = (i + 1) & kMask) {
      if (words_[i].empty()) return {};
      if (words_[i] == lower) return infos_[i];
    }
  }

 private:
  static constexpr std::size_t kSize = 512;  // a power of two, over twice the words listed
  static constexpr std::size_t kMask = kSize - 1;

  FunctionWordInfo& slot(std::string_view w) {
    std::size_t i = fnv1a(w) & kMask;
    while (!words_[i].empty() && words_[i] != w) i = (i + 1) & kMask;
    words_[i] = w;
    return infos_[i];
  }

  std::array<std::string_view, kSize> words_{};
  std::array<FunctionWordInfo, kSize> infos_{};
};

}  // namespace

bool equals_lower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[i]) return false;
  }
  return true;
}

FunctionWordInfo function_word_info(std::string_view word) {
  char lower[16];  // longer than any listed word
  if (word.empty() || word.size() > sizeof lower) return {};
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  static const WordTable table;
  return table.find(std::string_view(lower, word.size()));
}

bool is_function_word(std::string_view word, FunctionClass cls) { return function_word_info(word).is(cls); }

// Amount words are content words ("share", "hundred") that only mark a sum.
bool is_any_function_word(std::string_view word) { return function_word_info(word).is_any(); }

std::optional<Relation> relation_of_signal(std::string_view word) { return function_word_info(word).relation(); }

}  // namespace dateline::timeline
