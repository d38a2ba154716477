// A read-only table of lower-case words, looked up by the word and its
// shape hash (core/rules/start_set.h), which the matcher's candidate pass
// computes as it reads each word. Most words of a text are in no table: a
// 16,384-bit filter on the hash turns nearly all of them away with one read
// of a small array, and the others take one probe, mostly, of an array of
// hashes. std::unordered_map spent most of its lookup waiting on memory
// (a bucket, a node, the key).
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dateline {

template <class Value>
class WordTable {
 public:
  WordTable() = default;
  // `entries`: distinct words with their values; `hash_of` gives a word's hash.
  template <class Hash>
  WordTable(std::vector<std::pair<std::string, Value>> entries, Hash hash_of) : entries_(std::move(entries)) {
    std::size_t size = 16;
    while (size < 2 * entries_.size()) size *= 2;
    hashes_.assign(size, 0);
    slots_.assign(size, 0);
    mask_ = size - 1;
    for (std::uint32_t e = 0; e < entries_.size(); ++e) {
      const std::string& key = entries_[e].first;
      keys_.push_back({static_cast<std::uint32_t>(padded_keys_.size()), static_cast<std::uint32_t>(key.size())});
      padded_keys_.resize(padded_keys_.size() + (key.size() + 7) / 8, 0);
      if (!key.empty()) std::memcpy(&padded_keys_[keys_.back().at], key.data(), key.size());
      std::uint64_t h = stored(hash_of(entries_[e].first));
      filter_[(h >> 50) & (kFilterBits / 64 - 1)] |= std::uint64_t{1} << (h >> 58);
      std::size_t i = h & mask_;
      while (hashes_[i] != 0) i = (i + 1) & mask_;
      hashes_[i] = h;
      slots_[i] = e;
    }
  }

  // The value of `word`, whose hash is `hash`; null when it is not in the table.
  const Value* find(std::string_view word, std::uint64_t hash) const {
    return find_by(hash, [&](std::uint32_t e) { return entries_[e].first == word; });
  }
  // find() for a word followed by zero bytes up to a multiple of 8 (the
  // candidate pass's shape buffer): the key is compared 8 bytes at a time,
  // without a call to memcmp.
  const Value* find_zero_padded(std::string_view word, std::uint64_t hash) const {
    return find_by(hash, [&](std::uint32_t e) {
      if (keys_[e].size != word.size()) return false;
      const std::uint64_t* key = &padded_keys_[keys_[e].at];
      for (std::size_t k = 0; k < word.size(); k += 8) {
        std::uint64_t w;
        std::memcpy(&w, word.data() + k, 8);
        if (w != key[k / 8]) return false;
      }
      return true;
    });
  }

  const std::vector<std::pair<std::string, Value>>& entries() const { return entries_; }

 private:
  static constexpr std::size_t kFilterBits = 16384;
  static std::uint64_t stored(std::uint64_t h) { return h == 0 ? 1 : h; }  // 0 marks an empty slot

  // The entry whose hash is `hash` and for which same(entry) holds; null if none.
  template <class Same>
  const Value* find_by(std::uint64_t hash, Same same) const {
    const std::uint64_t h = stored(hash);
    if (!((filter_[(h >> 50) & (kFilterBits / 64 - 1)] >> (h >> 58)) & 1)) return nullptr;
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      if (hashes_[i] == h && same(slots_[i])) return &entries_[slots_[i]].second;
      if (hashes_[i] == 0) return nullptr;
    }
  }

  std::vector<std::pair<std::string, Value>> entries_;
  // Each entry's key again, zero-padded to 8-byte words, for find_zero_padded().
  struct Key {
    std::uint32_t at;    // index in padded_keys_
    std::uint32_t size;  // bytes
  };
  std::vector<Key> keys_;
  std::vector<std::uint64_t> padded_keys_;
  std::vector<std::uint64_t> hashes_;  // open addressing, at most half full
  std::vector<std::uint32_t> slots_;   // index into entries_
  std::size_t mask_ = 0;
  std::uint64_t filter_[kFilterBits / 64] = {};
};

}  // namespace dateline
