// `dateline explain "TEXT" --pub-date D`: for each expression, the rule that
// matched, the fields the text stated, those implied from the reference and
// the arithmetic that produced the value.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "core/normalizer.h"
#include "core/text/utf8.h"

namespace dateline::cli {
namespace {

struct ExplainOptions {
  std::string text;
  std::string pub_date;
  std::string tz;
};

int run_explain(const ExplainOptions& opt) {
  Normalizer normalizer;
  Reference ref = parse_reference(opt.pub_date, opt.tz);
  std::string text = repair_utf8(opt.text);
  ExtractOptions options;
  options.explain = true;
  std::vector<std::string> warnings;
  options.warnings = &warnings;
  auto timexes = normalizer.extract(text, ref, options);
  for (const auto& w : warnings) std::cerr << "warning: " << w << '\n';
  if (timexes.empty()) std::cout << "no temporal expression found\n";
  CharOffsets chars(text);
  for (const auto& t : timexes) {
    std::cout << '"' << text.substr(t.begin, t.end - t.begin) << "\"  [" << chars.to_char(t.begin) << ", "
              << chars.to_char(t.end) << ")  " << to_string(t.type) << ' ' << t.value;
    if (!t.mod.empty()) std::cout << " mod=" << t.mod;
    std::cout << '\n';
    // One fact per line: the explanation's parts are separated by "; ".
    std::string_view e = t.explanation;
    while (!e.empty()) {
      auto cut = e.find("; ");
      std::cout << "    " << e.substr(0, cut) << '\n';
      if (cut == std::string_view::npos) break;
      e.remove_prefix(cut + 2);
    }
    if (t.interval)
      std::cout << "    interval [" << iso8601(t.interval->start) << ", " << iso8601(t.interval->end) << ") grain "
                << to_string(t.interval->grain) << '\n';
  }
  return 0;
}

}  // namespace

void setup_explain(CLI::App& app) {
  auto opt = std::make_shared<ExplainOptions>();
  CLI::App* cmd = app.add_subcommand("explain", "show how each expression in a text was found and resolved");
  cmd->add_option("text", opt->text, "the text to explain")->required();
  cmd->add_option("--pub-date", opt->pub_date, "publication date: 2024-10-02 or 2024-10-02T18:30:00+09:00")->required();
  cmd->add_option("--tz", opt->tz, "IANA time zone of the publication");
  cmd->callback([opt] {
    try {
      run_explain(*opt);
    } catch (const std::invalid_argument& e) {
      std::cerr << "error: " << e.what() << '\n';
      throw CLI::RuntimeError(2);
    }
  });
}

}  // namespace dateline::cli
