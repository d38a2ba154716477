// Finding rule matches in a text, in two passes:
//  1. a cheap scan over the words finds candidate positions (a hash lookup of
//     each word in the rules' trigger vocabulary; every number is a candidate)
//     and groups them into small windows;
//  2. only the rules triggered inside a window run, and only over the window.
// Overlapping matches are then resolved: the longest wins, then the higher
// priority, then the earlier rule; filter rules drop known false hits.
// Within a window a rule only runs when the window holds what every match of
// the rule must contain (core/rules/match_requirements.h): a digit, a
// literal word, a word of a vocabulary. Most rules a window triggers cannot
// match there, and these checks cost far less than a PCRE2 scan.
// A rule whose matches can only begin at certain words (core/rules/start_set.h)
// is not scanned: it is tried, anchored (by an offset limit), at those words
// of the window, left to right, from the end of its previous match on. That is
// PCRE2's own leftmost, non-overlapping scan with the hopeless positions left
// out, so it finds the same matches.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/rules/letter_run_search.h"
#include "core/rules/ruleset.h"
#include "core/rules/start_set.h"
#include "core/rules/word_table.h"
#include "core/time/fields.h"

namespace dateline {

struct Candidate {
  std::uint32_t begin = 0, end = 0;  // byte offsets
  std::uint16_t rule = 0;            // index into RuleSet::rules()
  Fields fields;                     // captured fields merged with the rule's constants
};

class Matcher {
 public:
  explicit Matcher(const RuleSet& rules);
  ~Matcher();
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;
  // Decides whether a candidate stands (e.g. whether it resolves to a value);
  // called in order of preference, only for candidates that do not overlap
  // one already accepted.
  using Accept = std::function<bool(const Candidate&)>;

  // Offers the matches of `text` to `accept`, best first within each window,
  // so that the accepted ones never overlap. Problems (a PCRE2 limit hit) are
  // appended to `warnings`.
  void find(std::string_view text, const Accept& accept, std::vector<std::string>* warnings) const;

 private:
  // What a rule needs in a window before it is worth running.
  struct Needs {
    bool digit = false;
    std::uint64_t vocabularies = 0;             // bits: every one must be present
    std::uint64_t substrings = 0;               // bits of literal_words_: every one must occur
  };

  // Shapes a word may begin with. Most words are turned away by their first
  // byte or their length before any prefix is compared.
  struct Prefixes {
    std::vector<std::string> shapes;
    std::bitset<256> first_bytes;  // bytes of the text that begin one of the shapes
    std::size_t shortest = 0;
    Prefixes() = default;
    explicit Prefixes(std::vector<std::string> s);
    bool empty() const { return shapes.empty(); }
    bool begin(std::string_view word) const {
      if (word.size() < shortest || !first_bytes[static_cast<unsigned char>(word[0])]) return false;
      for (const std::string& p : shapes)
        if (shape_starts_with(word, p)) return true;
      return false;
    }
  };

  // Where a rule's matches can begin (core/rules/start_set.h), when known.
  struct Starts {
    // The roles of a word's shape in `shapes`: a match begins at a word of
    // kFirst (or one beginning with a prefix) followed by a byte of `next`;
    // after a kFree first word any word may come, else a second word of
    // kSecond (or a second prefix); after a kFreeSecond one any word may
    // come, else a third word of kThird (or a third prefix).
    static constexpr std::uint8_t kFirst = 1, kFree = 2, kSecond = 4, kFreeSecond = 8, kThird = 16;
    bool known = false;                 // else the rule is scanned
    ShapeRoles shapes;
    Prefixes prefixes;
    std::bitset<256> next;
    std::bitset<256> lead;              // or at one of these bytes between words (StartSet::lead)
    Prefixes second_prefixes;
    Prefixes third_prefixes;
  };

  // Readies a rule the first time a window may need it (thread-safe):
  // reads its start set. This is much of the start-up cost, and many rules
  // never run on a short input.
  void prepare(std::size_t rule) const;
  // Counts a run of rule r by PCRE2's interpreter; at the kJitAfter-th,
  // JIT-compiles a copy of the rule's code (thread-safe), used from then on.
  void count_interpreted_run(std::size_t r) const;

  const RuleSet& rules_;
  std::unique_ptr<std::once_flag[]> prepared_;               // per rule
  // Per rule: prepare() has returned. Read first, so that a readied rule
  // costs a load instead of a call_once.
  std::unique_ptr<std::atomic<bool>[]> ready_;
  // Per rule: the JIT-compiled code of the rule, owned, once made. JIT
  // compilation costs about 500,000 instructions a rule, as much as 70
  // interpreted attempts (each ~7,000 more than a JIT one), and a rule
  // tried a few times in a run never earns it back; one tried more is
  // mostly tried far more. So a rule is JIT-compiled at its kJitAfter-th
  // run. Release, extract on the first 1,200 silver documents / the whole
  // corpus, when the JIT code was an anchored copy compiled for it: 4 gave
  // 487.1 / 738.7 M instructions, 8 gave 487.8 / 738.4 M, 16 gave 486.4 /
  // 730.9 M, 24 gave 489.8 / 733.3 M, 48 gave 492.9 / 742.5 M. A copy,
  // because other threads may be running the rule's own code meanwhile.
  static constexpr std::uint32_t kJitAfter = 16;
  std::unique_ptr<std::atomic<pcre2_real_code_8*>[]> jit_;
  std::unique_ptr<std::once_flag[]> jit_once_;
  // Per rule: interpreted runs so far. Counted without a locked
  // instruction: a count lost between threads only delays the JIT.
  std::unique_ptr<std::atomic<std::uint32_t>[]> interpreted_runs_;
  mutable std::vector<Starts> starts_;                        // per rule; set by prepare()
  mutable std::mutex start_reader_mutex_;                     // for prepare() on several threads
  mutable StartSetReader start_reader_;
  // Rules by the shape hashes of their first words: bucket b holds bit r
  // (in mask_words_ words from b * mask_words_) when a first word of rule r
  // hashes into it. Set by prepare(), read without locks: bits only get
  // set, and a rule's bits are read only after its prepare() returned.
  static constexpr int kStartBucketBits = 10;
  static std::size_t start_bucket_of(std::uint64_t shape) { return shape >> (64 - kStartBucketBits); }
  std::size_t start_bucket(std::uint64_t shape) const { return start_bucket_of(shape) * mask_words_; }
  std::size_t mask_words_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> start_buckets_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> prefix_starts_;  // rules with prefixes: tried at every word
  // The rest of Starts the same way, so that a word's few possible rules
  // are found with a few loads and ANDs before any rule's own sets are
  // probed: the buckets of the free words and of the second words, the
  // rules with second prefixes (mask_words_ words), and per byte, the rules
  // whose first word may be followed by it (256 x mask_words_).
  std::unique_ptr<std::atomic<std::uint64_t>[]> free_buckets_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> second_buckets_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> second_prefix_starts_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> next_byte_starts_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> lead_starts_;  // rules with a lead: tried between words too
  mutable std::atomic<std::uint64_t> lead_bytes_[4] = {};      // bit b: b is in some rule's lead
  // Rules readied with a known start set (mask_words_ words): a window
  // takes them as anchored at once and checks their needs only at a word
  // that may begin them. Set by prepare(), last.
  std::unique_ptr<std::atomic<std::uint64_t>[]> anchored_ready_;
  std::vector<Needs> needs_;                                  // per rule
  std::unique_ptr<LetterRunSearch> literal_words_;            // the literal words of Needs::substrings
  std::uint64_t digit_form_bits_ = 0;                         // vocabularies with a form holding a digit

  // The rule masks of the trigger words and of numbers (RuleSet::trigger_words),
  // mask_words_ words each, so that a window ORs and walks only the words
  // that hold rules, not all of kMaxRules.
  std::vector<std::uint64_t> trigger_masks_;
  std::size_t number_mask_ = 0;         // offset in trigger_masks_
  bool number_opens_ = false;           // numbers trigger a rule, not only filters
  std::vector<std::uint64_t> filters_;  // mask_words_ words: the filter rules

  // What the candidate pass needs to know of a lower-case word, in one lookup.
  struct WordInfo {
    std::size_t triggers = kNoTriggers;  // offset in trigger_masks_ of the rules the word triggers
    bool opens = false;                  // they hold a rule, not only filters
    std::uint64_t vocabularies = 0;      // required vocabularies the word is a token form of
  };
  static constexpr std::size_t kNoTriggers = ~std::size_t{0};
  // Looked up by the word and its hash, which the candidate pass has computed
  // already (the shape hash of a word without digits).
  WordTable<WordInfo> words_;
  std::size_t longest_word_ = 0;                              // longest key of words_
};

// Reads a number written in digits ("1,000", "2.5", "2 1/2") or in words
// ("twenty-four", "a hundred"); nullopt when it is neither.
std::optional<double> parse_number(std::string_view text);

}  // namespace dateline
