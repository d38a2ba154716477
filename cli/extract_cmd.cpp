// `dateline extract`: find and normalize the temporal expressions of each
// input document and print them as text, JSON, JSON Lines or TimeML.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/document_options.h"
#include "core/io/inputs.h"
#include "core/io/timeml.h"
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
};

// A plain-text document as a TimeML file, so that TimeML output exists for
// every input kind.
std::shared_ptr<const TimemlDoc> wrap_as_timeml(const Document& doc) {
  auto escape = [](std::string_view s) {
    std::string out;
    for (char c : s) {
      if (c == '&') out += "&amp;";
      else if (c == '<') out += "&lt;";
      else if (c == '>') out += "&gt;";
      else if (c == '"') out += "&quot;";
      else out += c;
    }
    return out;
  };
  std::string raw = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>" + escape(doc.id) +
                    "</DOCID>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"" + escape(doc.pub_date.substr(0, 10)) +
                    "\" temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">" + escape(doc.pub_date) +
                    "</TIMEX3></DCT>\n<TEXT>" + escape(doc.text) + "</TEXT>\n</TimeML>\n";
  return std::make_shared<TimemlDoc>(parse_timeml(raw, doc.source));
}

void print_text(std::ostream& out, const Document& doc, const std::vector<Timex>& timexes) {
  CharIndex chars(doc.text);
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

int run_extract(const ExtractOptions& opt) {
  Normalizer normalizer = make_normalizer(opt.docs);
  std::string format = opt.format.empty() ? (isatty(STDOUT_FILENO) ? "text" : "jsonl") : opt.format;
  nlohmann::json json_docs = nlohmann::json::array();
  bool failed = false;
  dateline::ExtractOptions extract_options;
  extract_options.explain = opt.explain;

  for_each_input(opt.docs, [&](InputItem&& item) {
    for (const auto& w : item.warnings) std::cerr << "warning: " << w << '\n';
    if (!item.document) {
      failed = true;
      std::cerr << "error: " << item.source << ": " << item.error << '\n';
      if (format == "jsonl" || format == "json") {
        nlohmann::json err = {{"id", item.id.empty() ? nlohmann::json(nullptr) : nlohmann::json(item.id)},
                              {"source", item.source}, {"error", item.error}};
        if (item.line) err["line"] = item.line;
        if (format == "jsonl") std::cout << err.dump() << '\n';
        else json_docs.push_back(std::move(err));
      }
      return;
    }
    const Document& doc = *item.document;
    std::vector<std::string> warnings;
    extract_options.warnings = &warnings;
    auto timexes = normalizer.extract(doc.text, *doc.reference, extract_options);
    for (const auto& w : warnings) std::cerr << "warning: " << doc.source << ": " << w << '\n';
    if (format == "jsonl") {
      std::cout << document_to_json(doc, timexes).dump() << '\n';
    } else if (format == "json") {
      json_docs.push_back(document_to_json(doc, timexes));
    } else if (format == "timeml") {
      auto tml = item.timeml ? item.timeml : wrap_as_timeml(doc);
      std::string written = write_timeml(*tml, timexes);
      if (opt.output_dir.empty()) {
        std::cout << written;
      } else {
        std::filesystem::path name = std::filesystem::path(doc.source).filename();
        if (name.empty() || doc.source == "<stdin>") name = doc.id + ".tml";
        std::ofstream(std::filesystem::path(opt.output_dir) / name, std::ios::binary) << written;
      }
    } else {
      print_text(std::cout, doc, timexes);
    }
  });
  if (format == "json") std::cout << (json_docs.size() == 1 ? json_docs[0] : json_docs).dump(2) << '\n';
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
  cmd->callback([opt] {
    int code = run_extract(*opt);
    if (code != 0) throw CLI::RuntimeError(code);
  });
}

}  // namespace dateline::cli
