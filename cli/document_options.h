// Options shared by the subcommands that read documents (extract, timeline):
// input files, input kind, publication date and zone, rules directory.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/io/inputs.h"
#include "core/normalizer.h"

namespace CLI {
class App;
}

namespace dateline::cli {

struct DocumentOptions {
  std::vector<std::string> files;  // empty or "-": stdin
  std::string input = "auto";
  std::string pub_date;
  std::string tz;
  std::string rules_dir;  // empty: the rules embedded in the binary
};

void add_document_options(CLI::App& cmd, DocumentOptions& options);

// The embedded rules, or the rules directory given with --rules.
Normalizer make_normalizer(const DocumentOptions& options);

// "file:line: message" for a failed input, naming the input once even when
// the reader's message already starts with it.
std::string describe_input_error(const InputItem& item);

// Reads every input file in order and hands each item to `sink`.
void for_each_input(const DocumentOptions& options, const std::function<void(InputItem&&)>& sink);

}  // namespace dateline::cli
