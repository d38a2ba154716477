// FNV-1a, 32 bits: a small, well-spread hash for short words. The lexicon's
// tables are laid out with it at build time (tools/wordnet_lexicon_gen.cpp)
// and probed with it at run time (core/lexicon/lexicon.cpp), so both must
// use this one; the timeline's function-word table uses it too.
#pragma once

#include <cstdint>
#include <string_view>

namespace dateline {

constexpr std::uint32_t fnv1a(std::string_view s) {
  std::uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

}  // namespace dateline
