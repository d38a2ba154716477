// The result of `dateline eval` over a corpus, and its text and JSON renderings.
// One section per task: timex extraction now; event–time anchoring is meant to
// be added as another member and another section of the same report.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/eval/anchor_score.h"
#include "core/eval/timex_errors.h"
#include "core/eval/timex_score.h"

namespace dateline::eval {

struct TimexReport {
  TimexScore score;
  std::vector<TimexError> errors;  // ordered by document, then offset
};

struct EvalReport {
  std::size_t documents = 0;         // documents scored
  std::vector<std::string> failures;  // inputs that could not be scored, one message each
  TimexReport timex;
  // Event anchoring (anchor_score.h), when it was measured: the timeline built
  // on `anchoring_timexes` ("tagger", "system" or "gold" timexes).
  std::optional<AnchorCounts> anchoring;
  std::string anchoring_timexes;
};

// A table: strict P/R/F1, relaxed P/R/F1, type F1, value F1 and counts,
// overall and per gold type; then, when `with_errors`, one line per error.
std::string render_text(const EvalReport& report, bool with_errors);

nlohmann::ordered_json to_json(const EvalReport& report, bool with_errors);

}  // namespace dateline::eval
