// Text and Markdown renderings of a timeline.
#include <algorithm>

#include "core/text/utf8.h"
#include "core/timeline/timeline_writers.h"

namespace dateline {
namespace {

// Control characters (line breaks, tabs) become spaces so that one entry
// stays on one line.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  return out;
}

std::string date_column(const TimelineEntry& e) {
  std::string out;
  if (e.relation != Relation::Within) out = std::string(to_string(e.relation)) + ' ';
  out += e.date;
  if (e.derived) out += " ~";
  return out;
}

void pad_to(std::string& s, std::size_t width) {
  std::size_t n = count_chars(s);
  s.append(n < width ? width - n : 1, ' ');
}

}  // namespace

std::string timeline_to_text(const std::vector<TimelineEntry>& entries, const TextOptions& options) {
  std::size_t date_width = 10, phrase_width = 0;
  for (const auto& e : entries) {
    date_width = std::max(date_width, count_chars(date_column(e)));
    phrase_width = std::max(phrase_width, count_chars(e.phrase.text));
  }
  date_width += 2;
  phrase_width = std::min<std::size_t>(phrase_width, 90) + 2;
  std::string out;
  bool vague_heading = false;
  for (const auto& e : entries) {
    if (is_vague(e) && !vague_heading) {
      out += "-- not dated on the calendar --\n";
      vague_heading = true;
    }
    std::string line = date_column(e);
    pad_to(line, date_width);
    line += one_line(e.phrase.text);
    pad_to(line, date_width + phrase_width);
    line += "[" + one_line(e.timex.text) + "]";
    if (options.show_doc) line += "  " + one_line(e.doc_id);
    out += line + '\n';
  }
  if (entries.empty()) out += "(no dated events)\n";
  if (std::any_of(entries.begin(), entries.end(), [](const TimelineEntry& e) { return e.derived; }))
    out += "~ derived by date arithmetic from another expression\n";
  return out;
}

std::string timeline_to_markdown(const std::vector<TimelineEntry>& entries) {
  auto cell = [](std::string_view s) {
    std::string out;
    for (char c : one_line(s)) {
      if (c == '|' || c == '\\' || c == '*' || c == '_' || c == '`' || c == '[' || c == ']' || c == '<' || c == '>')
        out += '\\';
      out += c;
    }
    return out;
  };
  std::string out = "| Date | Event | Expression | Sentence | Document |\n|---|---|---|---|---|\n";
  for (const auto& e : entries) {
    out += "| " + cell(date_column(e)) + " | " + cell(e.phrase.text) + " (**" + cell(e.trigger.text) + "**) | " +
           cell(e.timex.text) + " | " + cell(e.sentence) + " | " + cell(e.doc_id) + " |\n";
  }
  return out;
}

}  // namespace dateline
