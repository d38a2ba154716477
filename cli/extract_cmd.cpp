// `dateline extract`: find and normalize the temporal expressions of each
// input document and print them as text, JSON, JSON Lines or TimeML.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/commands.h"
#include "cli/document_options.h"
#include "core/batch/ordered_pipeline.h"
#include "core/io/inputs.h"
#include "core/io/timeml.h"
#include "core/io/xml_scanner.h"
#include "core/io/timex_json.h"
#include "core/normalizer.h"
#include "core/text/utf8.h"

namespace dateline::cli {
namespace {

struct ExtractOptions {
  DocumentOptions docs;
  std::string format;  // text | json | jsonl | timeml; empty: text on a terminal, else jsonl
  bool explain = false;
  std::string output_dir;  // timeml: one file per input document
  unsigned jobs = 0;       // worker threads; 0: all cores
};

// A plain-text document as a TimeML file, so that TimeML output exists for
// every input kind.
std::shared_ptr<const TimemlDoc> wrap_as_timeml(const Document& doc) {
  using xml::escape;
  std::string raw = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>" + escape(doc.id) +
                    "</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + escape(doc.pub_date.substr(0, 10)) +
                    "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + escape(doc.pub_date) +
                    "</TIMEX3></DCT>\n<TEXT>" + escape(doc.text) + "</TEXT>\n</TimeML>\n";
  return std::make_shared<TimemlDoc>(parse_timeml(raw, doc.source));
}

void print_text(std::ostream& out, const Document& doc, const std::vector<Timex>& timexes) {
  CharOffsets chars(doc.text);
  out << "# " << doc.id << "  pub_date " << doc.pub_date << "  (" << timexes.size() << " expressions)\n";
  std::size_t width = 4;
  for (const auto& t : timexes) width = std::max(width, count_chars(std::string_view(doc.text).substr(t.begin, t.end - t.begin)));
  width = std::min<std::size_t>(width, 40);
  for (const auto& t : timexes) {
    std::string span = std::to_string(chars.to_char(t.begin)) + "-" + std::to_string(chars.to_char(t.end));
    std::string text = doc.text.substr(t.begin, t.end - t.begin);
    for (char& c : text)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    std::size_t pad = width > count_chars(text) ? width - count_chars(text) : 0;
    out << "  " << span << std::string(span.size() < 11 ? 11 - span.size() : 1, ' ') << text << std::string(pad + 2, ' ');
    std::string type(to_string(t.type));
    out << type << std::string(type.size() < 10 ? 10 - type.size() : 1, ' ') << t.value;
    if (!t.mod.empty()) out << "  mod=" << t.mod;
    if (!t.quant.empty()) out << "  quant=" << t.quant;
    if (!t.freq.empty()) out << "  freq=" << t.freq;
    out << '\n';
    if (!t.explanation.empty()) out << "      " << t.explanation << '\n';
  }
}

// `json` output is one array of all documents (a single document alone), as
// nlohmann's dump(2) would print it: each element is indented one level.
std::string json_array(const std::vector<std::string>& elements) {
  if (elements.size() == 1) return elements[0];
  if (elements.empty()) return "[]";
  std::string out = "[\n";
  for (std::size_t i = 0; i < elements.size(); ++i) {
    out += "  ";
    for (char c : elements[i]) {
      out += c;
      if (c == '\n') out += "  ";
    }
    out += i + 1 < elements.size() ? ",\n" : "\n";
  }
  return out + "]";
}

int run_extract(const ExtractOptions& opt) {
  Normalizer normalizer = make_normalizer(opt.docs);
  std::string format = opt.format.empty() ? (isatty(STDOUT_FILENO) ? "text" : "jsonl") : opt.format;
  std::vector<std::string> json_docs;  // --format json: every document, printed at the end
  bool failed = false;

  // Runs on worker threads: everything it touches is its own or const.
  auto process = [&](InputItem&& item, ItemOutput& result) {
    for (const auto& w : item.warnings) result.err += "warning: " + w + '\n';
    if (!item.document) {
      result.failed = true;
      result.err += "error: " + describe_input_error(item) + '\n';
      if (format == "jsonl" || format == "json") {
        nlohmann::json err = {{"id", item.id.empty() ? nlohmann::json(nullptr) : nlohmann::json(item.id)},
                              {"source", item.source}, {"error", item.error}};
        if (item.line) err["line"] = item.line;
        result.out = format == "jsonl" ? err.dump() + '\n' : err.dump(2);
      }
      return;
    }
    const Document& doc = *item.document;
    std::vector<std::string> warnings;
    dateline::ExtractOptions extract_options;
    extract_options.explain = opt.explain;
    extract_options.warnings = &warnings;
    auto timexes = normalizer.extract(doc.text, *doc.reference, extract_options);
    for (const auto& w : warnings) result.err += "warning: " + doc.source + ": " + w + '\n';
    if (format == "jsonl") {
      append_document_jsonl(result.out, doc, timexes);
    } else if (format == "json") {
      result.out = document_to_json(doc, timexes).dump(2);
    } else if (format == "timeml") {
      auto tml = item.timeml ? item.timeml : wrap_as_timeml(doc);
      result.out = write_timeml(*tml, timexes);
      if (!opt.output_dir.empty()) {
        std::filesystem::path name = std::filesystem::path(doc.source).filename();
        if (name.empty() || doc.source == "<stdin>") name = doc.id + ".tml";
        result.out_file = (std::filesystem::path(opt.output_dir) / name).string();
      }
    } else {
      std::ostringstream text;
      print_text(text, doc, timexes);
      result.out = std::move(text).str();
    }
  };
  // Runs in input order, one call at a time.
  auto write = [&](ItemOutput& result) {
    if (!result.err.empty()) std::cerr << result.err;
    failed = failed || result.failed;
    if (format == "json") {
      if (!result.out.empty()) json_docs.push_back(std::move(result.out));
    } else if (!result.out_file.empty()) {
      std::ofstream(result.out_file, std::ios::binary) << result.out;
    } else {
      std::cout << result.out;
    }
  };
  PipelineOptions pipeline;
  pipeline.jobs = opt.jobs;
  run_ordered_pipeline(
      pipeline, [&](const std::function<void(InputItem&&)>& sink) { for_each_input(opt.docs, sink); }, process,
      write);
  if (format == "json") std::cout << json_array(json_docs) << '\n';
  std::cout.flush();
  return failed ? 1 : 0;
}

}  // namespace

void setup_extract(CLI::App& app) {
  auto opt = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand("extract", "find and normalize temporal expressions (TIMEX3)");
  add_document_options(*cmd, opt->docs);
  cmd->add_option("--format", opt->format, "output: text (default on a terminal), json, jsonl (default otherwise), timeml")
      ->check(CLI::IsMember({"text", "json", "jsonl", "timeml"}));
  cmd->add_flag("--explain", opt->explain, "show for each expression the rule, the stated and implied fields and the arithmetic");
  cmd->add_option("-o,--output-dir", opt->output_dir, "with --format timeml: write one .tml file per input here")
      ->check(CLI::ExistingDirectory);
  cmd->add_option("-j,--jobs", opt->jobs,
                  "documents processed in parallel on this many threads (default: all cores); the output "
                  "is the same, in input order, whatever the number")
      ->check(CLI::Range(1u, 1024u));
  cmd->callback([opt] {
    int code = run_extract(*opt);
    if (code != 0) throw CLI::RuntimeError(code);
  });
}

}  // namespace dateline::cli
