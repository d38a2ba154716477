#include "core/io/inputs.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "core/io/flat_json.h"
#include "core/io/input_error.h"
#include "core/io/timeml.h"
#include "core/text/utf8.h"

namespace dateline {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// A binary file (or UTF-16 text) would give a warning per byte: when more
// than this share of the first kSniffBytes bytes is NUL or invalid UTF-8,
// the input is rejected instead of repaired.
constexpr std::size_t kSniffBytes = 4096;
constexpr double kMaxBadShare = 0.10;
constexpr std::size_t kMinBadBytes = 16;  // a short text with a few bad bytes is still text
// Warnings name the first few replaced bytes; the rest are counted.
constexpr std::size_t kMaxByteWarnings = 10;

// Warnings for the invalid bytes at `bad` (offsets into the input, plus `base`).
void warn_replaced(const std::vector<std::size_t>& bad, std::size_t base, const std::string& source,
                   std::vector<std::string>& warnings) {
  for (std::size_t i = 0; i < bad.size() && i < kMaxByteWarnings; ++i)
    warnings.push_back(source + ": (byte " + std::to_string(base + bad[i]) + ") invalid UTF-8 replaced by U+FFFD");
  if (bad.size() > kMaxByteWarnings)
    warnings.push_back(source + ": " + std::to_string(bad.size() - kMaxByteWarnings) +
                       " more invalid bytes replaced by U+FFFD (the last at byte " +
                       std::to_string(base + bad.back()) + ")");
}

bool ends_with_ci(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (std::size_t i = 0; i < suffix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) !=
        std::tolower(static_cast<unsigned char>(suffix[i])))
      return false;
  return true;
}

InputKind kind_from_name(const std::string& path) {
  if (ends_with_ci(path, ".tml") || ends_with_ci(path, ".te3input") || ends_with_ci(path, ".xml"))
    return InputKind::Timeml;
  if (ends_with_ci(path, ".jsonl") || ends_with_ci(path, ".ndjson")) return InputKind::Jsonl;
  return InputKind::Auto;
}

InputKind kind_from_content(std::string_view head) {
  if (head.starts_with(kBom)) head.remove_prefix(kBom.size());
  std::size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i < head.size() && head[i] == '{') return InputKind::Jsonl;
  if (i < head.size() && head[i] == '<' &&
      (head.find("<TimeML") != std::string_view::npos || head.find("<TEXT>") != std::string_view::npos))
    return InputKind::Timeml;
  return InputKind::Text;
}

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

// One member of a JSON Lines object, as far as reading a document cares.
struct JsonField {
  enum Kind { Absent, Null, String, Other } kind = Absent;
  std::string text;  // String: the value; Other: the value as JSON
};

struct LineFields {
  JsonField id, text, pub_date, tz;
  std::string error;                     // why the line is no JSON object
  std::optional<std::size_t> error_byte;  // where, in the line
};

// The members of one line. Lines of strings and nulls take the fast reader;
// anything else is parsed by nlohmann::json, which words the errors.
LineFields line_fields(const std::string& line) {
  LineFields out;
  auto member = [&](std::string_view key) -> JsonField* {
    if (key == "id") return &out.id;
    if (key == "text") return &out.text;
    if (key == "pub_date") return &out.pub_date;
    if (key == "tz") return &out.tz;
    return nullptr;
  };
  if (auto flat = read_flat_object(line)) {
    for (auto& [key, value] : *flat)
      if (JsonField* f = member(key)) {
        f->kind = value ? JsonField::String : JsonField::Null;
        f->text = value ? std::move(*value) : "null";
      }
    return out;
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    out.error = std::string("not JSON: ") + e.what();
    out.error_byte = e.byte > 0 ? e.byte - 1 : 0;
    return out;
  } catch (const nlohmann::json::exception& e) {
    // Valid syntax that nlohmann::json cannot hold, such as the number 2e41001.
    out.error = std::string("unreadable JSON: ") + e.what();
    return out;
  }
  if (!j.is_object()) {
    out.error = "expected a JSON object with \"text\"";
    return out;
  }
  for (auto& [key, value] : j.items())
    if (JsonField* f = member(key)) {
      f->kind = value.is_string() ? JsonField::String : value.is_null() ? JsonField::Null : JsonField::Other;
      f->text = value.is_string() ? value.get<std::string>() : value.dump();
    }
  return out;
}

void read_jsonl(std::istream& in, const std::string& name, const InputOptions& options,
                const std::function<void(InputItem&&)>& sink) {
  std::string line;
  std::size_t line_no = 0, line_offset = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::size_t this_offset = line_offset;
    line_offset += line.size() + 1;
    bool bom_removed = line_no == 1 && std::string_view(line).starts_with(kBom);
    if (bom_removed) line.erase(0, kBom.size());
    if (!line.empty() && line.back() == '\r') line.pop_back();
    InputItem item;
    item.line = line_no;
    item.source = name + ":" + std::to_string(line_no);
    auto fail = [&](const std::string& why) {
      item.error = why;
      sink(std::move(item));
    };
    if (line.find_first_not_of(" \t") == std::string::npos) {
      fail("empty line: expected a JSON object with \"text\"");
      continue;
    }
    if (!is_valid_utf8(line)) {
      std::vector<std::size_t> bad;
      line = repair_utf8(line, &bad);
      warn_replaced(bad, this_offset + (line_no == 1 && bom_removed ? kBom.size() : 0), item.source,
                    item.warnings);
    }
    auto fields = line_fields(line);
    if (!fields.error.empty()) {
      fail(fields.error_byte ? "(byte " + std::to_string(this_offset + *fields.error_byte) + ") " + fields.error
                             : fields.error);
      continue;
    }
    item.id = fields.id.kind == JsonField::Absent ? "line " + std::to_string(line_no) : std::move(fields.id.text);
    if (fields.text.kind != JsonField::String) {
      fail("missing \"text\" (a string)");
      continue;
    }
    std::string pub = options.pub_date;
    if (fields.pub_date.kind == JsonField::String) {
      pub = std::move(fields.pub_date.text);
    } else if (fields.pub_date.kind == JsonField::Other) {
      fail("\"pub_date\" must be a string such as \"2024-10-02\"");
      continue;
    }
    std::string tz = options.tz;
    if (fields.tz.kind == JsonField::String) tz = std::move(fields.tz.text);
    if (pub.empty()) {
      fail("no publication date: the line has no \"pub_date\" and no --pub-date was given");
      continue;
    }
    try {
      InputItem doc = make_text_item(std::move(fields.text.text), item.id, item.source, pub, tz);
      doc.line = line_no;
      for (auto& w : item.warnings) doc.warnings.insert(doc.warnings.begin(), w);
      sink(std::move(doc));
    } catch (const std::invalid_argument& e) {
      fail(e.what());
    }
  }
}

// A stream buffer that serves `prefix` and then the rest of `rest`: the bytes
// read to sniff an input's kind go back in front of it, so that JSON Lines on
// stdin are still streamed line by line.
class PrefixedStreambuf : public std::streambuf {
 public:
  PrefixedStreambuf(std::string prefix, std::streambuf& rest) : prefix_(std::move(prefix)), rest_(rest) {
    setg(prefix_.data(), prefix_.data(), prefix_.data() + prefix_.size());
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    std::streamsize n = rest_.sgetn(buffer_, sizeof buffer_);
    if (n <= 0) return traits_type::eof();
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string prefix_;
  std::streambuf& rest_;
  char buffer_[1 << 16];
};

InputItem timeml_item(const std::string& contents, const std::string& name) {
  InputItem item;
  item.source = item.id = name;
  try {
    auto doc = std::make_shared<TimemlDoc>(parse_timeml(contents, name));
    item.document = to_document(*doc);
    item.id = item.document->id;
    item.timeml = std::move(doc);
  } catch (const std::exception& e) {
    item.error = e.what();
  }
  return item;
}

InputItem text_item(std::string contents, const std::string& name, const InputOptions& options) {
  try {
    if (options.pub_date.empty())
      throw std::invalid_argument("no publication date for plain text: pass --pub-date YYYY-MM-DD");
    return make_text_item(std::move(contents), name, name, options.pub_date, options.tz);
  } catch (const std::invalid_argument& e) {
    InputItem item;
    item.source = item.id = name;
    item.error = e.what();
    return item;
  }
}

}  // namespace

std::optional<InputKind> parse_input_kind(std::string_view name) {
  if (name == "auto") return InputKind::Auto;
  if (name == "text") return InputKind::Text;
  if (name == "timeml") return InputKind::Timeml;
  if (name == "jsonl") return InputKind::Jsonl;
  return std::nullopt;
}

InputItem make_text_item(std::string text, std::string id, std::string source, const std::string& pub_date,
                         const std::string& tz) {
  InputItem item;
  item.id = id;
  item.source = source;
  Document doc;
  doc.id = std::move(id);
  doc.source = std::move(source);
  doc.pub_date = pub_date;
  doc.reference = parse_reference(pub_date, tz);
  // Offsets in warnings count bytes of the input as given, BOM included.
  std::size_t base = 0;
  if (std::string_view(text).starts_with(kBom)) {
    text.erase(0, kBom.size());
    base = kBom.size();
  }
  if (!is_valid_utf8(text)) {
    std::vector<std::size_t> bad;
    std::string repaired = repair_utf8(text, &bad);
    std::size_t sniffed = std::min(text.size(), kSniffBytes);
    std::size_t bad_in_head = 0;
    while (bad_in_head < bad.size() && bad[bad_in_head] < sniffed) ++bad_in_head;
    if (bad_in_head > kMinBadBytes && static_cast<double>(bad_in_head) > kMaxBadShare * static_cast<double>(sniffed))
      throw std::invalid_argument(InputError(doc.source, InputError::line_of(text, bad.front()), base + bad.front(),
                                             "binary data, not text: " + std::to_string(bad_in_head) +
                                                     " of the first " + std::to_string(sniffed) +
                                                     " bytes are NUL or invalid UTF-8; accepted: UTF-8 text")
                                      .what());
    warn_replaced(bad, base, doc.source, item.warnings);
    text = std::move(repaired);
  }
  doc.text = std::move(text);
  item.document = std::move(doc);
  return item;
}

void read_input(const std::string& path, const InputOptions& options,
                const std::function<void(InputItem&&)>& sink) {
  const std::string name = display_name(path);
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    std::error_code ec;
    bool directory = std::filesystem::is_directory(path, ec);
    if (!directory) file.open(path, std::ios::binary);
    if (directory || !file) {
      InputItem item;
      item.source = name;
      item.id = name;
      item.error = directory ? "cannot read a directory: give a file, or - for stdin"
                             : std::string("cannot open file: ") + std::strerror(errno);
      sink(std::move(item));
      return;
    }
    in = &file;
  }
  InputKind kind = options.kind;
  if (kind == InputKind::Auto) kind = kind_from_name(path);
  // Sniff the first bytes when neither the caller nor the name says the kind;
  // they are served again in front of the rest of the stream.
  std::string head;
  if (kind == InputKind::Auto) {
    while (head.size() < 4096 && in->peek() != EOF) head += static_cast<char>(in->get());
    kind = kind_from_content(head);
  }
  PrefixedStreambuf prefixed(std::move(head), *in->rdbuf());
  std::istream stream(&prefixed);
  if (kind == InputKind::Jsonl) {
    read_jsonl(stream, name, options, sink);
    return;
  }
  std::string contents(std::istreambuf_iterator<char>(stream), {});
  sink(kind == InputKind::Timeml ? timeml_item(contents, name) : text_item(std::move(contents), name, options));
}

}  // namespace dateline
