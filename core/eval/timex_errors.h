// The errors behind a TimexScore, one line each, for reading what went wrong:
// misses (gold without a relaxed match), false hits (system without one),
// wrong type / wrong value (a relaxed pair whose attribute differs), and
// partial extents (a relaxed pair that is not a strict match).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/eval/timex_score.h"
#include "core/timex.h"

namespace dateline::eval {

enum class ErrorKind { Miss, FalseHit, WrongType, WrongValue, PartialExtent };

std::string_view to_string(ErrorKind kind);  // "miss", "false-hit", ...

struct TimexError {
  std::string doc_id;
  ErrorKind kind = ErrorKind::Miss;
  std::uint32_t begin = 0;  // the gold extent, or the system one for a false hit
  std::uint32_t end = 0;
  std::uint32_t char_begin = 0;  // the same extent in Unicode characters, for output
  std::uint32_t char_end = 0;
  std::string gold_text;    // empty for a false hit
  std::string system_text;  // empty for a miss
  std::string gold_type, gold_value;
  std::string system_type, system_value;
  std::string context;  // ~40 bytes each side, the extent in [brackets], one line
};

// Errors of one document, ordered by offset then kind.
std::vector<TimexError> list_errors(std::string_view doc_id, std::string_view text, std::span<const Timex> gold,
                                    std::span<const Timex> system, const TimexComparison& comparison);

// A one-line view of text[begin, end) with ~`width` bytes on each side, cut at
// UTF-8 character boundaries, whitespace runs shown as one space.
std::string context_line(std::string_view text, std::uint32_t begin, std::uint32_t end, std::size_t width = 40);

}  // namespace dateline::eval
