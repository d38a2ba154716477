// TimeML reading: one pass over the scanned XML items, collecting the DCT,
// the plain text of <TEXT> with gold TIMEX3/EVENT spans, MAKEINSTANCEs and
// TLINKs. Writing is in timeml_writer.cpp.
#include "core/io/timeml.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "core/io/xml_scanner.h"
#include "core/time/reference.h"

namespace dateline {

std::vector<Timex> TimemlDoc::gold_timexes() const {
  std::vector<Timex> out;
  out.reserve(timexes.size());
  for (const auto& t : timexes) out.push_back(t.timex);
  return out;
}

namespace {

std::optional<TimexType> parse_timex_type(std::string_view s) {
  if (s == "DATE") return TimexType::Date;
  if (s == "TIME") return TimexType::Time;
  if (s == "DURATION") return TimexType::Duration;
  if (s == "SET") return TimexType::Set;
  return std::nullopt;
}

// True when the DCT value is a publication date dateline accepts
// (parse_reference is the one judge, so a parsed document always converts to
// a Document): YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss] naming a real day and time.
bool is_valid_dct_value(std::string_view v) {
  try {
    parse_reference(v);
    return true;
  } catch (const std::invalid_argument&) {
    return false;
  }
}

std::string file_stem(const std::string& source_name) {
  std::string stem = std::filesystem::path(source_name).filename().string();
  // a.tml -> a, a.tml.TE3input -> a
  for (std::string_view suffix : {".TE3input", ".tml", ".xml"}) {
    if (stem.size() > suffix.size() && stem.ends_with(suffix)) stem.resize(stem.size() - suffix.size());
  }
  return stem;
}

std::string trim(std::string s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && is_space(s.back())) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && is_space(s[i])) ++i;
  return s.substr(i);
}

class Reader {
 public:
  Reader(std::string_view raw, const std::string& source) : raw_(raw), source_(source) {
    doc_.source = source;
    doc_.raw = std::string(raw);
  }

  TimemlDoc run() {
    auto items = xml::scan(raw_, source_);
    for (const auto& item : items) visit(item);
    finish();
    return std::move(doc_);
  }

 private:
  [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
    throw InputError::at(source_, raw_, offset, message);
  }

  std::uint32_t plain_size() const { return static_cast<std::uint32_t>(doc_.text.size()); }

  void visit(const xml::Item& item) {
    using xml::ItemKind;
    const bool opens = item.kind == ItemKind::StartTag || item.kind == ItemKind::EmptyTag;
    if (opens && item.name == "TIMEX3" &&
        item.attribute("functionInDocument") == "CREATION_TIME") {
      dct(item);
    }
    if (opens && item.name == "MAKEINSTANCE") instance(item);
    if (opens && item.name == "TLINK") tlink(item);

    if (item.kind == ItemKind::StartTag && item.name == "TEXT") {
      if (text_state_ != TextState::Before) fail(item.raw_begin, "a second <TEXT> element");
      text_state_ = TextState::Inside;
      doc_.text_raw_begin = item.raw_end;
      open_.clear();
      return;
    }
    if (item.kind == ItemKind::EmptyTag && item.name == "TEXT") {
      if (text_state_ != TextState::Before) fail(item.raw_begin, "a second <TEXT> element");
      text_state_ = TextState::After;
      // An empty <TEXT/>: insert new tags nowhere; keep an empty content span.
      doc_.text_raw_begin = doc_.text_raw_end = item.raw_end;
      return;
    }
    if (item.kind == ItemKind::EndTag && item.name == "TEXT" && open_.empty()) {
      text_state_ = TextState::After;
      doc_.text_raw_end = item.raw_begin;
      return;
    }

    if (item.kind == ItemKind::StartTag && item.name == "DOCID") in_docid_ = true;
    if (item.kind == ItemKind::EndTag && item.name == "DOCID") in_docid_ = false;
    if (item.kind == ItemKind::Text && in_docid_) docid_ += item.text();

    if (text_state_ == TextState::Inside) text_content(item);
  }

  void text_content(const xml::Item& item) {
    using xml::ItemKind;
    using Kind = TextUnit::Kind;
    switch (item.kind) {
      case ItemKind::Text:
        for (const auto& piece : item.pieces) {
          TextUnit u;
          u.kind = piece.literal ? Kind::Literal : Kind::Reference;
          u.raw_begin = piece.raw_begin;
          u.raw_end = piece.raw_end;
          u.plain_begin = plain_size();
          doc_.text += piece.decoded;
          u.plain_end = plain_size();
          doc_.text_units.push_back(std::move(u));
        }
        break;
      case ItemKind::StartTag: {
        std::size_t element = next_element_++;
        open_.push_back({element, doc_.text_units.size(), plain_size(), &item});
        doc_.text_units.push_back(markup(item, Kind::StartTag, element));
        break;
      }
      case ItemKind::EndTag: {
        // The scanner has checked nesting, so the innermost open element is this one.
        OpenElement start = open_.back();
        open_.pop_back();
        doc_.text_units.push_back(markup(item, Kind::EndTag, start.element));
        element_in_text(*start.item, start.plain_begin, plain_size());
        break;
      }
      case ItemKind::EmptyTag:
        doc_.text_units.push_back(markup(item, Kind::Point, next_element_++));
        element_in_text(item, plain_size(), plain_size());
        break;
      case ItemKind::Other:
        doc_.text_units.push_back(markup(item, Kind::Point, next_element_++));
        break;
    }
  }

  TextUnit markup(const xml::Item& item, TextUnit::Kind kind, std::size_t element) const {
    TextUnit u;
    u.kind = kind;
    u.raw_begin = item.raw_begin;
    u.raw_end = item.raw_end;
    u.plain_begin = u.plain_end = plain_size();
    u.name = item.name;
    u.element = element;
    return u;
  }

  // A whole element inside <TEXT>, spanning plain [begin, end).
  void element_in_text(const xml::Item& start, std::uint32_t begin, std::uint32_t end) {
    if (start.name == "TIMEX3") {
      if (start.attribute("functionInDocument") == "CREATION_TIME") return;
      TimemlTimex t;
      t.tid = std::string(start.attribute("tid"));
      t.function_in_document = std::string(start.attribute("functionInDocument"));
      t.anchor_time_id = std::string(start.attribute("anchorTimeID"));
      t.timex.begin = begin;
      t.timex.end = end;
      auto type = parse_timex_type(start.attribute("type"));
      if (!type) {
        fail(start.raw_begin, "TIMEX3 " + t.tid + " has type \"" + std::string(start.attribute("type")) +
                                  "\"; expected DATE, TIME, DURATION or SET");
      }
      t.timex.type = *type;
      t.timex.value = std::string(start.attribute("value"));
      t.timex.mod = std::string(start.attribute("mod"));
      t.timex.quant = std::string(start.attribute("quant"));
      t.timex.freq = std::string(start.attribute("freq"));
      doc_.timexes.push_back(std::move(t));
    } else if (start.name == "EVENT") {
      TimemlEvent e;
      e.eid = std::string(start.attribute("eid"));
      e.begin = begin;
      e.end = end;
      e.event_class = std::string(start.attribute("class"));
      doc_.events.push_back(std::move(e));
    }
  }

  void dct(const xml::Item& item) {
    if (dct_offset_) {
      fail(item.raw_begin, "a second CREATION_TIME TIMEX3 (the first is at line " +
                               std::to_string(InputError::line_of(raw_, *dct_offset_)) + ")");
    }
    // The writer rewrites the TIMEX3s inside <TEXT>, so a DCT there would be lost.
    if (text_state_ == TextState::Inside)
      fail(item.raw_begin, "the CREATION_TIME TIMEX3 is inside <TEXT>; the DCT belongs before <TEXT>");
    dct_offset_ = item.raw_begin;
    doc_.dct_value = std::string(item.attribute("value"));
    doc_.dct_type = std::string(item.attribute("type"));
    if (!is_valid_dct_value(doc_.dct_value)) {
      fail(item.raw_begin, "the DCT value \"" + doc_.dct_value +
                               "\" is not a real date YYYY-MM-DD (optionally Thh:mm or Thh:mm:ss)");
    }
  }

  void instance(const xml::Item& item) {
    doc_.instances.push_back({std::string(item.attribute("eiid")), std::string(item.attribute("eventID")),
                              std::string(item.attribute("tense")), std::string(item.attribute("aspect")),
                              std::string(item.attribute("polarity")), std::string(item.attribute("pos"))});
  }

  void tlink(const xml::Item& item) {
    doc_.tlinks.push_back({std::string(item.attribute("lid")), std::string(item.attribute("relType")),
                           std::string(item.attribute("eventInstanceID")),
                           std::string(item.attribute("timeID")),
                           std::string(item.attribute("relatedToTime")),
                           std::string(item.attribute("relatedToEventInstance"))});
  }

  void finish() {
    if (text_state_ == TextState::Before) fail(0, "no <TEXT> element");
    if (!dct_offset_) fail(0, "no DCT (a TIMEX3 with functionInDocument=\"CREATION_TIME\")");
    doc_.doc_id = trim(docid_);
    if (doc_.doc_id.empty()) doc_.doc_id = file_stem(source_);
  }

  struct OpenElement {
    std::size_t element;
    std::size_t unit;
    std::uint32_t plain_begin;
    const xml::Item* item;
  };
  enum class TextState { Before, Inside, After };

  std::string_view raw_;
  const std::string& source_;
  TimemlDoc doc_;
  TextState text_state_ = TextState::Before;
  std::vector<OpenElement> open_;  // elements open inside <TEXT>
  std::size_t next_element_ = 0;
  bool in_docid_ = false;
  std::string docid_;
  std::optional<std::size_t> dct_offset_;
};

}  // namespace

TimemlDoc parse_timeml(std::string_view raw, const std::string& source_name) {
  return Reader(raw, source_name).run();
}

TimemlDoc read_timeml_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, 0, 0, "cannot open the file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_timeml(buffer.str(), path);
}

Document to_document(const TimemlDoc& doc) {
  Document out;
  out.id = doc.doc_id;
  out.text = doc.text;
  out.pub_date = doc.dct_value;
  out.reference = parse_reference(doc.dct_value);
  out.source = doc.source;
  return out;
}

}  // namespace dateline
