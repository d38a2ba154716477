// `dateline timeline`: date the events of the input documents and print them
// in time order, as text, JSON, JSON Lines, Markdown or iCalendar.
#include <CLI/CLI.hpp>

#include <unistd.h>

#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/document_options.h"
#include "core/timeline/timeline.h"
#include "core/timeline/timeline_writers.h"

namespace dateline::cli {
namespace {

struct TimelineOptions {
  DocumentOptions docs;
  std::string format;  // empty: text on a terminal, else json
  bool per_doc = false;
  bool ics_coarse = false;
};

void print(const TimelineOptions& opt, const std::string& format, std::vector<TimelineEntry>& entries,
           const Document* doc, std::size_t documents) {
  order_timeline(entries);
  if (format == "json") {
    std::cout << timeline_to_json(entries, doc ? doc->id : "", doc ? doc->pub_date : "").dump(2) << '\n';
  } else if (format == "jsonl") {
    thread_local std::string lines;
    lines.clear();
    for (const auto& e : entries) append_entry_jsonl(lines, e);
    std::cout << lines;
  } else if (format == "markdown") {
    if (doc) std::cout << "### " << doc->id << " (" << doc->pub_date << ")\n\n";
    std::cout << timeline_to_markdown(entries) << '\n';
  } else if (format == "ics") {
    IcsOptions ics;
    ics.coarse = opt.ics_coarse;
    std::cout << timeline_to_ics(entries, ics);
  } else {
    if (doc) std::cout << "# " << doc->id << "  published " << doc->pub_date << "  (" << entries.size() << " events)\n";
    else std::cout << "# " << documents << " documents  (" << entries.size() << " events)\n";
    TextOptions text;
    text.show_doc = doc == nullptr;
    std::cout << timeline_to_text(entries, text);
  }
}

int run_timeline(const TimelineOptions& opt) {
  Normalizer normalizer = make_normalizer(opt.docs);
  const std::string format = opt.format.empty() ? (isatty(STDOUT_FILENO) ? "text" : "json") : opt.format;
  bool failed = false;
  std::vector<TimelineEntry> merged;
  std::uint32_t doc_index = 0;
  std::size_t documents = 0;
  std::optional<Document> only_doc;  // the document, while there is exactly one

  for_each_input(opt.docs, [&](InputItem&& item) {
    for (const auto& w : item.warnings) std::cerr << "warning: " << w << '\n';
    if (!item.document) {
      failed = true;
      std::cerr << "error: " << describe_input_error(item) << '\n';
      return;
    }
    const Document& doc = *item.document;
    std::vector<std::string> warnings;
    ExtractOptions extract_options;
    extract_options.warnings = &warnings;
    auto timexes = normalizer.extract(doc.text, *doc.reference, extract_options);
    for (const auto& w : warnings) std::cerr << "warning: " << doc.source << ": " << w << '\n';
    auto entries = build_timeline(doc, timexes, doc_index++);
    ++documents;
    if (opt.per_doc) {
      print(opt, format, entries, &doc, 1);
    } else {
      only_doc = documents == 1 ? std::optional<Document>(Document{doc.id, {}, doc.pub_date, {}, doc.source})
                                : std::nullopt;
      merged.insert(merged.end(), std::make_move_iterator(entries.begin()), std::make_move_iterator(entries.end()));
    }
  });
  if (!opt.per_doc) print(opt, format, merged, only_doc ? &*only_doc : nullptr, documents);
  std::cout.flush();
  return failed ? 1 : 0;
}

}  // namespace

void setup_timeline(CLI::App& app) {
  auto opt = std::make_shared<TimelineOptions>();
  CLI::App* cmd = app.add_subcommand(
      "timeline",
      "date the events of the documents and list them in time order (one merged timeline; --per-doc keeps "
      "documents apart)");
  add_document_options(*cmd, opt->docs);
  cmd->add_option("--format", opt->format,
                  "output: text (default on a terminal), json (default otherwise), jsonl, markdown, ics")
      ->check(CLI::IsMember({"text", "json", "jsonl", "markdown", "ics"}));
  cmd->add_flag("--per-doc", opt->per_doc, "one timeline per document instead of one merged timeline");
  cmd->add_flag("--ics-coarse", opt->ics_coarse,
                "with --format ics: also export month/year entries as all-day events (deadlines on their last day)");
  cmd->callback([opt] {
    int code = run_timeline(*opt);
    if (code != 0) throw CLI::RuntimeError(code);
  });
}

}  // namespace dateline::cli
