// The result of `dateline eval` over a corpus, and its text and JSON renderings.
// One section per task: timex extraction now; event–time anchoring is meant to
// be added as another member and another section of the same report.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

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
};

// A table: strict P/R/F1, relaxed P/R/F1, type F1, value F1 and counts,
// overall and per gold type; then, when `with_errors`, one line per error.
std::string render_text(const EvalReport& report, bool with_errors);

nlohmann::ordered_json to_json(const EvalReport& report, bool with_errors);

}  // namespace dateline::eval
