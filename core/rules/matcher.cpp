#include "core/rules/matcher.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iterator>
#include <map>
#include <memory>
#include <tuple>
#include <unordered_map>

#include "core/rules/match_requirements.h"
#include "core/rules/start_set.h"

namespace dateline {
namespace {

// Bounds that keep every match linear-ish in the window size: a pattern that
// hits them is reported and skipped, never hung on.
constexpr std::uint32_t kMatchLimit = 200'000;
constexpr std::uint32_t kDepthLimit = 10'000;
constexpr std::size_t kJitStackMax = 1 << 20;
// A window spans this many words on each side of a trigger word. Most words
// of a temporal expression are triggers themselves ("more than", "ago" and
// "last" are vocabulary words), so windows touching each other merge and a
// long expression stays whole; the margin covers the few that are not ("the",
// "of"). Narrower than 5/6 words, it cut instructions by 37% with output
// byte-identical on silver-news and TempEval-3.
constexpr std::size_t kWordsBefore = 2;
constexpr std::size_t kWordsAfter = 3;

// PCRE2 state reused by every match on one thread; `anchored` is `context`
// with an offset limit, set for each attempt of an anchored rule.
struct MatchState {
  pcre2_match_data* data = pcre2_match_data_create(64, nullptr);
  pcre2_match_context* context = pcre2_match_context_create(nullptr);
  pcre2_match_context* anchored = pcre2_match_context_create(nullptr);
  pcre2_jit_stack* jit_stack = pcre2_jit_stack_create(32 * 1024, kJitStackMax, nullptr);
  MatchState() {
    pcre2_set_match_limit(context, kMatchLimit);
    pcre2_set_depth_limit(context, kDepthLimit);
    pcre2_jit_stack_assign(context, nullptr, jit_stack);
    pcre2_set_match_limit(anchored, kMatchLimit);
    pcre2_set_depth_limit(anchored, kDepthLimit);
    pcre2_jit_stack_assign(anchored, nullptr, jit_stack);
  }
  ~MatchState() {
    pcre2_match_data_free(data);
    pcre2_match_context_free(context);
    pcre2_match_context_free(anchored);
    pcre2_jit_stack_free(jit_stack);
  }
};

MatchState& match_state() {
  thread_local MatchState state;
  return state;
}

struct Token {  // 48 bytes: the two flags last, after the 8-byte fields
  std::uint32_t begin, end;
  const std::uint64_t* mask;   // the rules it triggers (Matcher::trigger_masks_); null: none
  std::uint64_t shape;         // shape_hash of the word (core/rules/start_set.h)
  std::uint64_t vocabularies;  // the required vocabularies this word is a form of
  std::uint64_t literals;      // the sets of literal words (Needs::substrings) it holds
  bool opens;                  // it triggers a rule, not only filters: a window opens around it
  bool digit;                  // holds a digit
};

std::optional<double> parse_digits(std::string_view t) {
  // "1,000" "2.5" "2 1/2" "2½"
  std::string clean;
  std::size_t i = 0;
  for (; i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == ',' || t[i] == '.'); ++i)
    if (t[i] != ',') clean += t[i];
  if (clean.empty() || clean == ".") return std::nullopt;
  double v = 0;
  auto [p, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), v);
  if (ec != std::errc()) return std::nullopt;
  std::string_view rest = t.substr(i);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '-')) rest.remove_prefix(1);
  if (rest == "1/2" || rest == "\xC2\xBD" || rest == "and a half" || rest == "and-a-half") v += 0.5;
  else if (rest == "1/4" || rest == "\xC2\xBC") v += 0.25;
  else if (rest == "3/4" || rest == "\xC2\xBE") v += 0.75;
  else if (!rest.empty() && rest != "s") return std::nullopt;
  return v;
}

std::optional<double> parse_number_words(std::string_view t) {
  static const std::pair<std::string_view, int> small[] = {
      {"zero", 0},       {"one", 1},        {"two", 2},        {"three", 3},     {"four", 4},
      {"five", 5},       {"six", 6},        {"seven", 7},      {"eight", 8},     {"nine", 9},
      {"ten", 10},       {"eleven", 11},    {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15},   {"sixteen", 16},   {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},    {"thirty", 30},    {"forty", 40},     {"fifty", 50},    {"sixty", 60},
      {"seventy", 70},   {"eighty", 80},    {"ninety", 90},    {"a", 1},         {"an", 1}};
  double total = 0, current = 0;
  bool any = false;
  std::size_t i = 0;
  while (i < t.size()) {
    while (i < t.size() && (t[i] == ' ' || t[i] == '-')) ++i;
    std::size_t j = i;
    while (j < t.size() && t[j] != ' ' && t[j] != '-') ++j;
    if (j == i) break;
    std::string w;
    for (std::size_t k = i; k < j; ++k) w += static_cast<char>(std::tolower(static_cast<unsigned char>(t[k])));
    i = j;
    if (w == "and") continue;
    if ((w == "a" || w == "an") && t.substr(i).find("half") == 1) continue;  // "two and a half"
    if (w == "hundred") { current = (current == 0 ? 1 : current) * 100; any = true; continue; }
    if (w == "thousand" || w == "million") {
      total += (current == 0 ? 1 : current) * (w == "thousand" ? 1e3 : 1e6);
      current = 0;
      any = true;
      continue;
    }
    if (w == "half") { current += 0.5; any = true; continue; }
    bool found = false;
    for (const auto& [name, v] : small)
      if (w == name) { current += v; found = any = true; break; }
    if (!found) return std::nullopt;
  }
  if (!any) return std::nullopt;
  return total + current;
}

// Leading digits of a capture such as "5th" or "'99".
std::optional<std::int32_t> leading_int(std::string_view t) {
  while (!t.empty() && !(t.front() >= '0' && t.front() <= '9')) t.remove_prefix(1);
  std::int64_t v = 0;
  std::size_t n = 0;
  for (; n < t.size() && t[n] >= '0' && t[n] <= '9'; ++n) {
    v = v * 10 + (t[n] - '0');
    if (v > 1'000'000'000) return std::nullopt;  // absurd numbers are not dates
  }
  if (n == 0) return std::nullopt;
  return static_cast<std::int32_t>(v);
}

// Fills one captured field; false when the text is not a valid value.
bool fill_field(Fields& fields, const Capture& cap, std::string_view text) {
  std::optional<std::string_view> value;
  if (cap.vocab) {
    value = cap.vocab->lookup(text);
    if (!value) return false;
    if (*value == "X") return true;  // an unspecified count: leave the field unset
  }
  if (cap.field == Field::Num) {
    auto n = parse_number(text);
    if (value && *value != "$") n = parse_number(*value);
    if (!n || !std::isfinite(*n) || *n > 1e9) return false;
    fields.set_num(*n);
    return true;
  }
  std::optional<std::int32_t> v;
  if (value && *value != "$")
    v = parse_field_value(cap.field, *value);
  else if (auto i = leading_int(text))
    v = parse_field_value(cap.field, std::to_string(*i));
  if (!v) return false;
  fields.set(cap.field, *v);
  return true;
}

}  // namespace

std::optional<double> parse_number(std::string_view text) {
  if (text.empty()) return std::nullopt;
  if (text.front() >= '0' && text.front() <= '9') return parse_digits(text);
  return parse_number_words(text);
}

namespace {

// The bit of `item` in a 64-bit requirement mask: its index in `ids`, added
// there when new. 0 when all 64 bits are taken: the requirement is dropped
// and the rule just runs.
template <class T>
std::uint64_t requirement_bit(std::vector<T>& ids, const T& item) {
  auto it = std::find(ids.begin(), ids.end(), item);
  if (it == ids.end()) {
    if (ids.size() == 64) return 0;
    ids.push_back(item);
    it = ids.end() - 1;
  }
  return std::uint64_t{1} << (it - ids.begin());
}

}  // namespace

Matcher::Matcher(const RuleSet& rules)
    : rules_(rules),
      prepared_(std::make_unique<std::once_flag[]>(rules.rules().size())),
      ready_(std::make_unique<std::atomic<bool>[]>(rules.rules().size())),
      jit_(std::make_unique<std::atomic<pcre2_code*>[]>(rules.rules().size())),
      jit_once_(std::make_unique<std::once_flag[]>(rules.rules().size())),
      interpreted_runs_(std::make_unique<std::atomic<std::uint32_t>[]>(rules.rules().size())),
      starts_(rules.rules().size()),
      mask_words_((rules.rules().size() + 63) / 64),
      start_buckets_(std::make_unique<std::atomic<std::uint64_t>[]>((std::size_t{1} << kStartBucketBits) * mask_words_)),
      prefix_starts_(std::make_unique<std::atomic<std::uint64_t>[]>(mask_words_)),
      free_buckets_(std::make_unique<std::atomic<std::uint64_t>[]>((std::size_t{1} << kStartBucketBits) * mask_words_)),
      second_buckets_(std::make_unique<std::atomic<std::uint64_t>[]>((std::size_t{1} << kStartBucketBits) * mask_words_)),
      second_prefix_starts_(std::make_unique<std::atomic<std::uint64_t>[]>(mask_words_)),
      next_byte_starts_(std::make_unique<std::atomic<std::uint64_t>[]>(256 * mask_words_)),
      lead_starts_(std::make_unique<std::atomic<std::uint64_t>[]>(mask_words_)),
      anchored_ready_(std::make_unique<std::atomic<std::uint64_t>[]>(mask_words_)) {
  std::vector<const Vocabulary*> vocab_ids;  // bit i of Needs::vocabularies
  std::vector<std::vector<std::string>> literal_sets;  // bit i of Needs::substrings
  for (std::size_t r = 0; r < rules.rules().size(); ++r) {
    const Rule& rule = rules.rules()[r];
    MatchRequirements req = requirements_of(rule, rules);
    Needs needs;
    needs.digit = req.digit;
    for (const Vocabulary* v : req.vocabularies) needs.vocabularies |= requirement_bit(vocab_ids, v);
    for (const auto& set : req.substrings) needs.substrings |= requirement_bit(literal_sets, set);
    needs_.push_back(std::move(needs));
  }
  std::unordered_map<std::string, WordInfo> words;  // the words_ to be
  for (std::size_t i = 0; i < vocab_ids.size(); ++i) {
    const std::vector<std::string> forms = *vocab_ids[i]->token_forms();
    for (const std::string& form : forms) {
      bool digit = std::any_of(form.begin(), form.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (digit) {
        // Words with a digit are not looked up: any of them may be the form.
        digit_form_bits_ |= std::uint64_t{1} << i;
        continue;
      }
      words[form].vocabularies |= std::uint64_t{1} << i;
    }
  }
  literal_words_ = std::make_unique<LetterRunSearch>(literal_sets);
  filters_.assign(mask_words_, 0);
  for (std::size_t r = 0; r < rules.rules().size(); ++r)
    if (rules.rules()[r].is_filter) filters_[r / 64] |= std::uint64_t{1} << (r % 64);
  // Adds `mask` to trigger_masks_; returns its offset there and whether it
  // holds a rule, not only filters.
  auto add_mask = [&](const RuleMask& mask) {
    std::size_t offset = trigger_masks_.size();
    trigger_masks_.resize(offset + mask_words_, 0);
    bool opens = false;
    for (std::size_t r = 0; r < rules.rules().size(); ++r)
      if (mask[r]) {
        trigger_masks_[offset + r / 64] |= std::uint64_t{1} << (r % 64);
        opens = opens || !rules.rules()[r].is_filter;
      }
    return std::pair{offset, opens};
  };
  std::tie(number_mask_, number_opens_) = add_mask(rules.triggered_by_number());
  for (const auto& [word, mask] : rules.trigger_words()) {
    WordInfo& info = words[word];
    std::tie(info.triggers, info.opens) = add_mask(mask);
  }
  for (const auto& [word, info] : words) longest_word_ = std::max(longest_word_, word.size());
  words_ = WordTable<WordInfo>({words.begin(), words.end()}, [](std::string_view w) { return shape_hash(w); });
}

Matcher::~Matcher() {
  for (std::size_t r = 0; r < rules_.rules().size(); ++r) {
    pcre2_code_free(jit_[r].load());
  }
}

Matcher::Prefixes::Prefixes(std::vector<std::string> s) : shapes(std::move(s)) {
  shortest = shapes.empty() ? 0 : shapes.front().size();
  for (const std::string& p : shapes) {
    shortest = std::min(shortest, p.size());
    if (p.empty()) {
      first_bytes.set();
      continue;
    }
    if (p[0] == '#') {
      for (char c = '0'; c <= '9'; ++c) first_bytes[static_cast<unsigned char>(c)] = true;
    } else {
      first_bytes[static_cast<unsigned char>(p[0])] = true;
      if (p[0] >= 'a' && p[0] <= 'z') first_bytes[static_cast<unsigned char>(p[0] - 'a' + 'A')] = true;
    }
  }
}

void Matcher::prepare(std::size_t rule) const {
  if (ready_[rule].load(std::memory_order_acquire)) return;
  // Falls back to the interpreter (same matches) if JIT is unavailable.
  std::call_once(prepared_[rule], [&] {
    const Rule& r = rules_.rules()[rule];
    std::optional<StartSet> set;
    {
      std::lock_guard<std::mutex> lock(start_reader_mutex_);
      set = start_reader_.read(r.expanded);
    }
    if (set) {
      Starts& starts = starts_[rule];
      starts.known = true;
      starts.shapes = ShapeRoles({{&set->words, Starts::kFirst},
                                  {&set->free_words, Starts::kFree},
                                  {&set->second_words, Starts::kSecond},
                                  {&set->free_second_words, Starts::kFreeSecond},
                                  {&set->third_words, Starts::kThird}});
      starts.prefixes = Prefixes(std::move(set->prefixes));
      starts.next = set->next;
      starts.lead = set->lead;
      starts.second_prefixes = Prefixes(std::move(set->second_prefixes));
      starts.third_prefixes = Prefixes(std::move(set->third_prefixes));
      const std::uint64_t bit = std::uint64_t{1} << (rule % 64);
      for (const std::string& w : set->words)
        start_buckets_[start_bucket(shape_hash(w)) + rule / 64].fetch_or(bit, std::memory_order_relaxed);
      if (!starts.prefixes.empty()) prefix_starts_[rule / 64].fetch_or(bit, std::memory_order_relaxed);
      if (starts.lead.any()) lead_starts_[rule / 64].fetch_or(bit, std::memory_order_relaxed);
      for (std::size_t b = 0; b < 256; ++b)
        if (starts.lead[b]) lead_bytes_[b / 64].fetch_or(std::uint64_t{1} << (b % 64), std::memory_order_relaxed);
      for (const std::string& w : set->free_words)
        free_buckets_[start_bucket(shape_hash(w)) + rule / 64].fetch_or(bit, std::memory_order_relaxed);
      for (const std::string& w : set->second_words)
        second_buckets_[start_bucket(shape_hash(w)) + rule / 64].fetch_or(bit, std::memory_order_relaxed);
      if (!starts.second_prefixes.empty()) second_prefix_starts_[rule / 64].fetch_or(bit, std::memory_order_relaxed);
      for (std::size_t b = 0; b < 256; ++b)
        if (set->next[b]) next_byte_starts_[b * mask_words_ + rule / 64].fetch_or(bit, std::memory_order_relaxed);
      // Last: a window that reads this bit uses all of the above.
      anchored_ready_[rule / 64].fetch_or(bit, std::memory_order_release);
    }
  });
  ready_[rule].store(true, std::memory_order_release);
}

void Matcher::count_interpreted_run(std::size_t r) const {
  constexpr auto relaxed = std::memory_order_relaxed;
  const std::uint32_t runs = interpreted_runs_[r].load(relaxed);
  if (runs < kJitAfter) {
    interpreted_runs_[r].store(runs + 1, relaxed);
    return;
  }
  // Falls back to the interpreter (same matches) if JIT is unavailable.
  std::call_once(jit_once_[r], [&] {
    pcre2_code* code = pcre2_code_copy(rules_.rules()[r].code);
    if (code && pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0)
      jit_[r].store(code, std::memory_order_release);
    else
      pcre2_code_free(code);
  });
}

namespace {

// Offers a window's candidates to `accept`, best first: those overlapping a
// filter's drop span are gone; then the longest, the higher priority, the
// earlier begin, the earlier rule; a candidate that overlaps one accepted is
// not offered.
void offer_best(std::vector<Candidate>& out, std::vector<std::pair<std::uint32_t, std::uint32_t>>& drops,
                const std::vector<Rule>& rules, const Matcher::Accept& accept) {
  // Filters drop candidates that overlap a known false hit. With the drops
  // sorted by begin and their ends made a running maximum, a candidate
  // overlaps one iff the last drop beginning before its end ends after its
  // begin: O(log n) each, where comparing with every drop was quadratic on
  // long lists of dates.
  std::sort(drops.begin(), drops.end());
  for (std::size_t i = 1; i < drops.size(); ++i) drops[i].second = std::max(drops[i].second, drops[i - 1].second);
  auto kept_end = std::remove_if(out.begin(), out.end(), [&](const Candidate& c) {
    auto after = std::lower_bound(drops.begin(), drops.end(), std::make_pair(c.end, std::uint32_t{0}));
    return after != drops.begin() && std::prev(after)->second > c.begin;
  });
  out.erase(kept_end, out.end());
  // Longest match first, then priority, then earlier rule; keep what does not overlap.
  std::sort(out.begin(), out.end(), [&](const Candidate& a, const Candidate& b) {
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    if (rules[a.rule].priority != rules[b.rule].priority)
      return rules[a.rule].priority > rules[b.rule].priority;
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.rule < b.rule;
  });
  // Accepted spans by begin. They never overlap, so a candidate can only
  // clash with its two neighbours in begin order. A window holds a handful
  // of candidates: a sorted vector, without a node per span, unless it holds
  // many (a long list of dates), where inserting into a vector would be
  // quadratic.
  auto offer = [&](auto& taken, auto insert) {
    for (const Candidate& c : out) {
      auto next = taken.lower_bound(c.begin);
      bool clash = next != taken.end() && next->first < c.end;
      if (!clash && next != taken.begin()) clash = std::prev(next)->second > c.begin;
      if (!clash && accept(c)) insert(next, c);
    }
  };
  constexpr std::size_t kFewCandidates = 64;
  if (out.size() <= kFewCandidates) {
    struct Spans {
      std::vector<std::pair<std::uint32_t, std::uint32_t>> v;
      auto begin() { return v.begin(); }
      auto end() { return v.end(); }
      auto lower_bound(std::uint32_t b) {
        return std::lower_bound(v.begin(), v.end(), b, [](const auto& s, std::uint32_t x) { return s.first < x; });
      }
    };
    thread_local Spans taken;
    taken.v.clear();
    offer(taken, [&](auto at, const Candidate& c) { taken.v.insert(at, {c.begin, c.end}); });
  } else {
    thread_local std::map<std::uint32_t, std::uint32_t> taken;
    taken.clear();
    offer(taken, [&](auto, const Candidate& c) { taken.emplace(c.begin, c.end); });
  }
}

}  // namespace

void Matcher::find(std::string_view text, const Accept& accept, std::vector<std::string>* warnings) const {
  MatchState& state = match_state();
  const auto& rules = rules_.rules();

  // Pass 1: words and their trigger masks.
  thread_local std::vector<Token> words;
  words.clear();
  // The word's shape as it is read (lower-case, '#' for digits): what the
  // tables are looked up with, and hashed once the word ends. A word longer
  // than the buffer is read on without it, hashed whole from the text, and
  // is in no table.
  constexpr std::size_t kWordBuffer = 64;
  char shape_bytes[kWordBuffer + 8];  // 8 more: the shape is read 8 bytes at a time
  const LetterRunSearch::Tables literal_words = literal_words_->tables();
  // A shape byte is a lower-case letter, with bit 0x40, or '#', without:
  // the AND of a word's shape bytes tells whether it holds a digit, for one
  // instruction a byte.
  static_assert(('a' & 0x40) && ('z' & 0x40) && !('#' & 0x40));
  for (std::size_t i = 0; i < text.size();) {
    if (!kShapeByte[static_cast<unsigned char>(text[i])]) {
      ++i;
      continue;
    }
    unsigned all_bytes = 0xFF;
    // The literal words are looked for here, as the word is read: a chain
    // of table reads, so nearly free, where a second pass over each window
    // cost 5% of the time.
    LetterRunSearch::State literal_state = 0;
    std::uint64_t literals = 0;
    auto read = [&](char c) {
      all_bytes &= static_cast<unsigned char>(c);
      literal_state = literal_words.step(literal_state, c);
      literals |= literal_words.found(literal_state);
    };
    // The loop that writes the shape stops at the buffer's end, so that it
    // stores at the word's own offset (no wrapping index to keep).
    const char* const word = text.data() + i;
    const std::size_t room = std::min(text.size() - i, kWordBuffer);
    std::size_t n = 0;
    for (char c; n < room && (c = kShapeByte[static_cast<unsigned char>(word[n])]); ++n) {
      read(c);
      shape_bytes[n] = c;
    }
    // Zero up to a multiple of 8: the shape is then hashed and compared 8
    // bytes at a time without masking its last bytes.
    std::memset(shape_bytes + n, 0, 8);
    if (n == kWordBuffer)
      for (char c; i + n < text.size() && (c = kShapeByte[static_cast<unsigned char>(word[n])]); ++n) read(c);
    const std::size_t j = i + n;
    const bool has_digit = !(all_bytes & 0x40);
    // Long runs of digits are shortened in a shape (core/rules/start_set.h).
    const bool whole = j - i > kWordBuffer || (has_digit && j - i > kShapeDigitRun);
    const std::uint64_t shape = whole ? shape_hash(text.substr(i, j - i)) : hash_zero_padded_shape(shape_bytes, j - i);
    const std::uint64_t* mask = nullptr;
    bool opens = false;
    std::uint64_t vocabularies = 0;
    // "2024", "Q3", "FY2025", "1990s": any word with a digit is a candidate.
    if (has_digit) {
      mask = &trigger_masks_[number_mask_];
      opens = number_opens_;
    } else if (j - i <= std::min(longest_word_, kWordBuffer)) {
      // Without digits, the shape is the lower-case word.
      if (const WordInfo* info = words_.find_zero_padded(std::string_view(shape_bytes, j - i), shape)) {
        if (info->triggers != kNoTriggers) {
          mask = &trigger_masks_[info->triggers];
          opens = info->opens;
        }
        vocabularies = info->vocabularies;
      }
    }
    words.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), mask, shape, vocabularies,
                     literals, opens, has_digit});
    i = j;
  }

  // Pass 2: windows around trigger words, merged when they touch. The
  // words are read through a plain pointer: the thread-local vector's was
  // loaded again after every call.
  const Token* const tokens = words.data();
  const std::size_t token_count = words.size();

  thread_local std::vector<Candidate> out;
  std::size_t wbegin = 0, wend = 0, first_token = 0, last_token = 0;
  std::array<std::uint64_t, kMaxRules / 64> mask;  // the first mask_words_ words: the rules the window's words trigger
  // In a window: the anchored rules that may match there (bits, like
  // `mask`), and where the search of each goes on. Windows follow each other
  // and a search never goes on past its window's end, so a rule's resume
  // offset from an earlier window lies before this one: set once per text.
  std::array<std::uint64_t, kMaxRules / 64> anchored_here;
  std::array<std::uint32_t, kMaxRules> resume;
  std::fill_n(resume.begin(), mask_words_ * 64, 0);
  auto run_window = [&] {
    out.clear();
    // What the window's words hold, in one pass. Its literal words are what
    // LetterRunSearch::find() gives on its text: its words are whole tokens,
    // and what lies between them holds no letter.
    std::uint64_t vocabularies_present = 0, words_present = 0;
    bool digit_present = false;
    for (std::size_t k = first_token; k <= last_token; ++k) {
      const Token& tok = tokens[k];
      vocabularies_present |= tok.vocabularies;
      words_present |= tok.literals;
      digit_present = digit_present || tok.digit;
      // A word that triggers only filters opens no window: a filter only
      // drops candidates, which windows opened by rules hold. Inside such a
      // window it still brings its filters in.
      if (tok.mask && !tok.opens)
        for (std::size_t w = 0; w < mask_words_; ++w) mask[w] |= tok.mask[w];
    }
    if (digit_present) vocabularies_present |= digit_form_bits_;
    thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> drops;
    drops.clear();
    const auto subject = reinterpret_cast<PCRE2_SPTR>(text.data());
    // A match of an anchored rule may only begin at `at`: its offset limit
    // (RuleSet compiles every rule with PCRE2_USE_OFFSET_LIMIT). Unlike
    // PCRE2_ANCHORED at match time, this keeps the JIT, so the rule is not
    // compiled a second time, anchored, for it.
    // pcre2_jit_match is pcre2_match without the checks (of arguments known
    // good here), which cost a fifth of a failed anchored attempt.
    auto match = [&](std::size_t r, std::size_t at) {
      pcre2_match_context* context = state.context;
      if (starts_[r].known) {
        pcre2_set_offset_limit(state.anchored, at);
        context = state.anchored;
      }
      if (const pcre2_code* jit = jit_[r].load(std::memory_order_acquire))
        return pcre2_jit_match(jit, subject, wend, at, 0, state.data, context);
      count_interpreted_run(r);
      return pcre2_match(rules[r].code, subject, wend, at, 0, state.data, context);
    };
    // Takes rule r's match in state.data (rc: pcre2_match's result); returns
    // where the rule's search goes on.
    auto take = [&](std::size_t r, int rc) -> std::size_t {
      const Rule& rule = rules[r];
      PCRE2_SIZE* ov = pcre2_get_ovector_pointer(state.data);
      std::size_t mb = ov[0], me = ov[1];
      if (me == mb) return mb + 1;
      if (rule.is_filter) {
        for (std::size_t g : rule.drop_groups)
          if (static_cast<int>(g) < rc && ov[2 * g] != PCRE2_UNSET) {
            drops.emplace_back(static_cast<std::uint32_t>(ov[2 * g]), static_cast<std::uint32_t>(ov[2 * g + 1]));
            break;
          }
        return me;
      }
      Candidate c;
      c.begin = static_cast<std::uint32_t>(mb);
      c.end = static_cast<std::uint32_t>(me);
      c.rule = static_cast<std::uint16_t>(r);
      c.fields = rule.constants;
      for (const Capture& cap : rule.captures) {
        if (static_cast<int>(cap.group) >= rc || ov[2 * cap.group] == PCRE2_UNSET) continue;
        std::string_view sub = text.substr(ov[2 * cap.group], ov[2 * cap.group + 1] - ov[2 * cap.group]);
        if (!fill_field(c.fields, cap, sub)) return me;
      }
      out.push_back(c);
      return me;
    };
    // False (and a warning) when PCRE2 gave up.
    auto ok = [&](std::size_t r, int rc, std::size_t at) {
      if (rc >= 0 || rc == PCRE2_ERROR_NOMATCH) return true;
      if (warnings) {
        PCRE2_UCHAR msg[128];
        pcre2_get_error_message(rc, msg, sizeof msg);
        warnings->push_back("rule '" + rules[r].name + "' gave up at byte " + std::to_string(at) + ": " +
                            reinterpret_cast<char*>(msg));
      }
      return false;
    };
    // Whether anchored rule r may match at token t: its first word, the
    // byte after it, its second and third words.
    auto may_start = [&](std::size_t r, std::size_t t) {
      const Starts& starts = starts_[r];
      const Token& tok = tokens[t];
      auto has_prefix = [&](const Prefixes& prefixes, const Token& word) {
        return prefixes.begin(text.substr(word.begin, word.end - word.begin));
      };
      const bool by_prefix = has_prefix(starts.prefixes, tok);
      const std::uint8_t first = starts.shapes.roles(tok.shape);
      if (!by_prefix && !(first & Starts::kFirst)) return false;
      if (tok.end < wend && !starts.next[static_cast<unsigned char>(text[tok.end])]) return false;
      if (by_prefix || (first & Starts::kFree)) return true;
      // The match goes on to a second word, inside the window.
      if (t == last_token) return false;
      const Token& second = tokens[t + 1];
      if (has_prefix(starts.second_prefixes, second)) return true;  // the pattern does not say what comes next
      const std::uint8_t second_roles = starts.shapes.roles(second.shape);
      if (!(second_roles & Starts::kSecond)) return false;
      if (second_roles & Starts::kFreeSecond) return true;
      // And to a third word.
      if (t + 1 == last_token) return false;
      const Token& third = tokens[t + 2];
      return (starts.shapes.roles(third.shape) & Starts::kThird) || has_prefix(starts.third_prefixes, third);
    };
    // Whether the window holds what each match of rule r holds.
    auto has_needs = [&](std::size_t r) {
      const Needs& needs = needs_[r];
      return (!needs.digit || digit_present) && (needs.vocabularies & vocabularies_present) == needs.vocabularies &&
             (needs.substrings & words_present) == needs.substrings;
    };
    constexpr auto relaxed = std::memory_order_relaxed;
    // Rules first, then the filters, and these only when there is a
    // candidate for them to drop.
    for (const bool filters : {false, true}) {
      if (filters && out.empty()) break;
      bool any_anchored = false;
      for (std::size_t w = 0; w < mask_words_; ++w) {
        const std::uint64_t chosen = mask[w] & (filters ? filters_[w] : ~filters_[w]);
        // A readied anchored rule's needs are checked only where a word of
        // the window may begin it: most triggered rules are turned away by
        // the start buckets first, for less.
        const std::uint64_t anchored_ready = anchored_ready_[w].load(std::memory_order_acquire);
        anchored_here[w] = chosen & anchored_ready;
        any_anchored = any_anchored || anchored_here[w];
        for (std::uint64_t bits = chosen & ~anchored_ready; bits; bits &= bits - 1) {
          const std::size_t r = w * 64 + static_cast<std::size_t>(std::countr_zero(bits));
          // Skip the rule when the window lacks what each of its matches holds.
          if (!has_needs(r)) continue;
          prepare(r);
          if (starts_[r].known) {
            anchored_here[w] |= std::uint64_t{1} << (r % 64);
            any_anchored = true;
            continue;
          }
          // PCRE2's own leftmost, non-overlapping scan.
          for (std::size_t start = wbegin; start < wend;) {
            int rc = match(r, start);
            if (rc == PCRE2_ERROR_NOMATCH || !ok(r, rc, start)) break;
            start = take(r, rc);
          }
        }
      }
      if (!any_anchored) continue;
      // Tries anchored rule r at byte `at`. A rule that gives up, or whose
      // needs the window lacks, is dropped from anchored_here for the rest
      // of the window.
      auto drop = [&](std::size_t r) { anchored_here[r / 64] &= ~(std::uint64_t{1} << (r % 64)); };
      auto attempt = [&](std::size_t r, std::size_t at) {
        int rc = match(r, at);
        if (rc == PCRE2_ERROR_NOMATCH) return;
        if (!ok(r, rc, at)) return drop(r);
        resume[r] = static_cast<std::uint32_t>(take(r, rc));
      };
      // The mask words that hold rules of the window, and their rules with
      // prefixes, read once: bits only get set, and those of the rules here
      // were set before the rules came in.
      std::array<std::uint16_t, kMaxRules / 64> active;
      std::size_t active_count = 0;
      std::array<std::uint64_t, kMaxRules / 64> prefixed, second_prefixed;
      bool any_lead = false;
      for (std::size_t w = 0; w < mask_words_; ++w) {
        for (std::uint64_t leads = lead_starts_[w].load(relaxed) & anchored_here[w]; leads; leads &= leads - 1) {
          const std::size_t r = w * 64 + static_cast<std::size_t>(std::countr_zero(leads));
          if (has_needs(r)) any_lead = true;
          else drop(r);
        }
        if (!anchored_here[w]) continue;
        active[active_count++] = static_cast<std::uint16_t>(w);
        prefixed[w] = prefix_starts_[w].load(relaxed);
        second_prefixed[w] = second_prefix_starts_[w].load(relaxed);
      }
      // The same scan for the anchored rules, word by word: each word is
      // tried by the rules whose first words share its bucket.
      for (std::size_t t = first_token; t <= last_token; ++t) {
        const Token& tok = tokens[t];
        // Matches that begin with punctuation, at the bytes between the
        // words (in the window, a word follows them).
        if (any_lead && t > first_token)
          for (std::size_t at = tokens[t - 1].end; at < tok.begin; ++at) {
            const auto byte = static_cast<unsigned char>(text[at]);
            if (!((lead_bytes_[byte / 64].load(relaxed) >> (byte % 64)) & 1)) continue;
            for (std::size_t w = 0; w < mask_words_; ++w)
              for (std::uint64_t leads = lead_starts_[w].load(relaxed) & anchored_here[w]; leads; leads &= leads - 1) {
                const std::size_t r = w * 64 + static_cast<std::size_t>(std::countr_zero(leads));
                if (at >= resume[r] && starts_[r].lead[byte]) attempt(r, at);
              }
          }
        const std::size_t bucket = start_bucket(tok.shape);
        const bool second = t < last_token;
        const std::size_t second_bucket = second ? start_bucket(tokens[t + 1].shape) : 0;
        const bool next_byte = tok.end < wend;
        const std::size_t next_row = next_byte ? static_cast<unsigned char>(text[tok.end]) * mask_words_ : 0;
        for (std::size_t k = 0; k < active_count; ++k) {
          const std::size_t w = active[k];
          // The bucket-wide form of may_start(): never false where it is true.
          // Most words begin no rule of the window: one load tells.
          const std::uint64_t starting = (start_buckets_[bucket + w].load(relaxed) | prefixed[w]) & anchored_here[w];
          if (!starting) continue;
          std::uint64_t then = free_buckets_[bucket + w].load(relaxed) | prefixed[w];
          if (second) then |= second_buckets_[second_bucket + w].load(relaxed) | second_prefixed[w];
          std::uint64_t candidates = starting & then;
          if (next_byte) candidates &= next_byte_starts_[next_row + w].load(relaxed);
          for (; candidates; candidates &= candidates - 1) {
            const std::size_t r = w * 64 + static_cast<std::size_t>(std::countr_zero(candidates));
            if (tok.begin < resume[r]) continue;
            if (!has_needs(r)) drop(r);
            else if (may_start(r, t)) attempt(r, tok.begin);
          }
        }
      }
    }
    offer_best(out, drops, rules, accept);
  };

  bool open = false;
  for (std::size_t t = 0; t < token_count; ++t) {
    if (!tokens[t].opens) continue;
    std::size_t bt = t >= kWordsBefore ? t - kWordsBefore : 0;
    std::size_t et = std::min(token_count - 1, t + kWordsAfter);
    std::size_t b = tokens[bt].begin;
    std::size_t e = tokens[et].end;
    // Keep trailing punctuation ("Nov." "a.m.") but never part of a next word.
    for (int k = 0; k < 2 && e < text.size() && !kShapeByte[static_cast<unsigned char>(text[e])] && text[e] != ' ' &&
                    text[e] != '\n';
         ++k)
      ++e;
    if (open && b <= wend) {
      wend = std::max(wend, e);
      last_token = std::max(last_token, et);
      for (std::size_t w = 0; w < mask_words_; ++w) mask[w] |= tokens[t].mask[w];
      continue;
    }
    if (open) run_window();
    wbegin = b;
    wend = e;
    first_token = bt;
    last_token = et;
    std::copy_n(tokens[t].mask, mask_words_, mask.begin());
    open = true;
  }
  if (open) run_window();
}

}  // namespace dateline
