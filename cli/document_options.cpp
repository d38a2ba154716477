#include "cli/document_options.h"

#include <CLI/CLI.hpp>

#include "core/rules/rule_error.h"
#include "core/time/reference.h"

namespace dateline::cli {

void add_document_options(CLI::App& cmd, DocumentOptions& o) {
  cmd.add_option("files", o.files, "input files (plain text, TimeML .tml/.TE3input, or JSON Lines); '-' or none: stdin");
  cmd.add_option("--input", o.input, "input kind: auto (by name and content), text, timeml, jsonl")
      ->check(CLI::IsMember({"auto", "text", "timeml", "jsonl"}));
  cmd.add_option("--pub-date", o.pub_date,
                 "publication date of plain text (and JSONL lines without pub_date): 2024-10-02 or "
                 "2024-10-02T18:30:00+09:00");
  cmd.add_option("--tz", o.tz, "IANA time zone of the publication, e.g. Asia/Tokyo (decides what 'today' is)");
  cmd.add_option("--rules", o.rules_dir, "load rules from this directory instead of the built-in ones")
      ->check(CLI::ExistingDirectory);
  // Bad dates and zones are usage errors: say what is accepted before reading anything.
  cmd.preparse_callback([](std::size_t) {});
  cmd.parse_complete_callback([&o] {
    if (!o.pub_date.empty() || !o.tz.empty()) {
      try {
        parse_reference(o.pub_date.empty() ? "2000-01-01" : o.pub_date, o.tz);
      } catch (const std::invalid_argument& e) {
        throw CLI::ValidationError(e.what());
      }
    }
  });
}

Normalizer make_normalizer(const DocumentOptions& options) {
  if (options.rules_dir.empty()) return Normalizer();
  // A rule that does not load is a usage error (exit 2) that names its file
  // and line, not a crash.
  try {
    return Normalizer(std::filesystem::path(options.rules_dir));
  } catch (const RuleError& e) {
    throw CLI::ValidationError("--rules " + options.rules_dir, e.what());
  }
}

std::string describe_input_error(const InputItem& item) {
  if (!item.source.empty() && item.error.rfind(item.source, 0) == 0) return item.error;
  return item.source + ": " + item.error;
}

void for_each_input(const DocumentOptions& options, const std::function<void(InputItem&&)>& sink) {
  InputOptions in;
  in.kind = *parse_input_kind(options.input);
  in.pub_date = options.pub_date;
  in.tz = options.tz;
  if (options.files.empty()) {
    read_input("-", in, sink);
    return;
  }
  for (const auto& f : options.files) read_input(f, in, sink);
}

}  // namespace dateline::cli
