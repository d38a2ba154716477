// `dateline eval`: TempEval-3 Task A scoring of timexes against TimeML gold
// files, either of system TimeML files (--system) or of dateline's own
// Normalizer run on the gold documents' text with their DCT as reference.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/eval/anchor_errors.h"
#include "core/eval/eval_report.h"
#include "core/io/timeml.h"
#include "core/normalizer.h"
#include "core/text/utf8.h"
#include "core/time/reference.h"
#include "core/timeline/timeline.h"

namespace dateline::cli {
namespace {

namespace fs = std::filesystem;

struct EvalOptions {
  std::string gold_dir;
  std::string system_dir;  // empty: run the Normalizer
  bool errors = false;
  bool anchor_gold_timexes = false;  // anchor events on the gold timexes instead of the system's
  bool anchor_errors = false;        // list the gold event-timex pairs anchoring misses, and why
  std::string format = "text";
};

// *.tml files under `dir`, recursively, sorted by path.
std::vector<fs::path> gold_files(const fs::path& dir) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == ".tml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// System files by file name. A gold a.tml may be answered by a.tml,
// a.tml.TE3input, a.TE3input, a.TE3input.tml or a.
class SystemFiles {
 public:
  explicit SystemFiles(const fs::path& dir) {
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
      if (entry.is_regular_file()) by_name_.emplace(entry.path().filename().string(), entry.path());
    }
  }

  std::optional<fs::path> for_gold(const fs::path& gold) const {
    std::string name = gold.filename().string();
    std::string stem = gold.stem().string();
    for (const std::string& candidate :
         {name, name + ".TE3input", stem + ".TE3input", stem + ".TE3input.tml", stem}) {
      if (auto it = by_name_.find(candidate); it != by_name_.end()) return it->second;
    }
    return std::nullopt;
  }

 private:
  std::map<std::string, fs::path> by_name_;  // first by sorted path wins on duplicates
};

// The byte offset where two texts first differ.
std::size_t first_difference(std::string_view a, std::string_view b) {
  auto [ia, ib] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  return static_cast<std::size_t>(ia - a.begin());
}

class Evaluation {
 public:
  explicit Evaluation(const EvalOptions& options) : options_(options) {
    if (!options.system_dir.empty()) system_files_.emplace(options.system_dir);
  }

  eval::EvalReport run() {
    auto files = gold_files(options_.gold_dir);
    if (files.empty()) failure("no .tml files under " + options_.gold_dir);
    for (const auto& path : files) score_file(path);
    return std::move(report_);
  }

  const std::vector<eval::AnchorMiss>& anchor_misses() const { return anchor_misses_; }
  const std::vector<eval::WrongAnchor>& wrong_anchors() const { return wrong_anchors_; }

 private:
  void failure(const std::string& message) {
    std::cerr << "dateline eval: " << message << '\n';
    report_.failures.push_back(message);
  }

  void score_file(const fs::path& path) {
    TimemlDoc gold;
    try {
      gold = read_timeml_file(path.string());
    } catch (const InputError& e) {
      failure(std::string(e.what()) + " (gold file not scored)");
      return;
    }
    const auto gold_timexes = gold.gold_timexes();
    const auto system = system_timexes(gold, path);
    auto comparison = eval::compare_timexes(gold.text, gold_timexes, system);
    report_.timex.score += comparison.score;
    auto errors = eval::list_errors(gold.doc_id, gold.text, gold_timexes, system, comparison);
    report_.timex.errors.insert(report_.timex.errors.end(), errors.begin(), errors.end());
    score_anchoring(gold, options_.anchor_gold_timexes ? gold_timexes : system);
    ++report_.documents;
  }

  // Event anchoring: the timeline built on `timexes` against the gold TLINKs.
  void score_anchoring(const TimemlDoc& gold, const std::vector<Timex>& timexes) {
    if (!is_valid_utf8(gold.text)) return;  // reported by system_timexes
    if (!report_.anchoring) {
      report_.anchoring.emplace();
      report_.anchoring_timexes = options_.anchor_gold_timexes ? "gold" : system_files_ ? "system" : "tagger";
    }
    auto entries = build_timeline(to_document(gold), timexes);
    *report_.anchoring += eval::score_anchoring(gold, entries);
    if (options_.anchor_errors) {
      auto misses = eval::list_anchor_misses(gold, entries);
      anchor_misses_.insert(anchor_misses_.end(), misses.begin(), misses.end());
      auto wrong = eval::list_wrong_anchors(gold, entries);
      wrong_anchors_.insert(wrong_anchors_.end(), wrong.begin(), wrong.end());
    }
  }

  // The system's timexes for one gold document. A system-side failure is
  // reported and the document scored as if the system found nothing.
  std::vector<Timex> system_timexes(const TimemlDoc& gold, const fs::path& gold_path) {
    const std::string no_timexes = " (scored as if the system found no timexes)";
    if (!system_files_) {
      if (!is_valid_utf8(gold.text)) {
        failure(gold.source + ": the TEXT is not valid UTF-8, the tagger was not run" + no_timexes);
        return {};
      }
      try {
        std::vector<std::string> warnings;
        ExtractOptions extract_options;
        extract_options.warnings = &warnings;
        auto found = normalizer().extract(gold.text, parse_reference(gold.dct_value), extract_options);
        for (const auto& w : warnings) std::cerr << "dateline eval: " << gold.source << ": warning: " << w << '\n';
        return found;
      } catch (const std::exception& e) {
        failure(gold.source + ": the tagger failed: " + e.what() + no_timexes);
        return {};
      }
    }
    auto path = system_files_->for_gold(gold_path);
    if (!path) {
      failure("no system file for " + gold_path.string() + " in " + options_.system_dir + no_timexes);
      return {};
    }
    try {
      TimemlDoc system = read_timeml_file(path->string());
      if (system.text != gold.text) {
        failure(path->string() + ": its TEXT differs from the gold text from byte " +
                std::to_string(first_difference(system.text, gold.text)) + no_timexes);
        return {};
      }
      return system.gold_timexes();
    } catch (const InputError& e) {
      failure(std::string(e.what()) + no_timexes);
      return {};
    }
  }

  // Built on first use: compiling the rules is only needed without --system.
  const Normalizer& normalizer() {
    if (!normalizer_) normalizer_ = std::make_unique<Normalizer>();
    return *normalizer_;
  }

  const EvalOptions& options_;
  std::optional<SystemFiles> system_files_;
  std::unique_ptr<Normalizer> normalizer_;
  eval::EvalReport report_;
  std::vector<eval::AnchorMiss> anchor_misses_;
  std::vector<eval::WrongAnchor> wrong_anchors_;
};

void run_eval(const EvalOptions& options) {
  eval::EvalReport report;
  std::vector<eval::AnchorMiss> anchor_misses;
  std::vector<eval::WrongAnchor> wrong_anchors;
  try {
    Evaluation evaluation(options);
    report = evaluation.run();
    anchor_misses = evaluation.anchor_misses();
    wrong_anchors = evaluation.wrong_anchors();
  } catch (const std::exception& e) {  // e.g. the embedded rules fail to compile
    std::cerr << "dateline eval: " << e.what() << '\n';
    throw CLI::RuntimeError(1);
  }
  if (options.format == "json") {
    std::cout << eval::to_json(report, options.errors).dump(2) << '\n';
  } else {
    std::cout << eval::render_text(report, options.errors);
    if (options.anchor_errors) std::cout << eval::render_anchor_misses(anchor_misses, wrong_anchors);
  }
  if (!report.failures.empty()) throw CLI::RuntimeError(1);
}

}  // namespace

void setup_eval(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  auto* cmd = app.add_subcommand(
      "eval",
      "Score timexes against TimeML gold files as TempEval-3 Task A does (strict/relaxed extent P/R/F1, type "
      "and value F1). Without --system, dateline's own tagger is run on each gold document, with its DCT as "
      "the reference.");
  cmd->add_option("--gold", options->gold_dir, "Directory of gold .tml files (searched recursively)")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->add_option("--system", options->system_dir,
                  "Directory of system TimeML files, matched to gold by file name (a.tml, a.tml.TE3input, "
                  "a.TE3input)")
      ->check(CLI::ExistingDirectory);
  cmd->add_flag("--anchor-gold-timexes", options->anchor_gold_timexes,
                "Build the timeline for event anchoring on the gold timexes (isolates anchoring from extraction)");
  cmd->add_flag("--anchor-errors", options->anchor_errors,
                "Also list the gold event-timex pairs that anchoring misses, with the reason and a tally, and the entries on gold events that find no pair (text format)");
  cmd->add_flag("--errors", options->errors, "Also list every miss, false hit, wrong type/value and partial extent");
  cmd->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->callback([options] { run_eval(*options); });
}

}  // namespace dateline::cli
