#include "core/io/xml_scanner.h"

#include <cstdint>
#include <optional>
#include <vector>

#include "core/io/input_error.h"
#include "core/text/utf8.h"

namespace dateline::xml {

std::string_view Item::attribute(std::string_view attribute_name) const {
  for (const auto& a : attributes) {
    if (a.name == attribute_name) return a.value;
  }
  return {};
}

bool Item::has_attribute(std::string_view attribute_name) const {
  for (const auto& a : attributes) {
    if (a.name == attribute_name) return true;
  }
  return false;
}

std::string Item::text() const {
  std::string out;
  for (const auto& p : pieces) out += p.decoded;
  return out;
}

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

namespace {

bool is_name_start(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool is_name_char(char c) {
  return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

class Scanner {
 public:
  Scanner(std::string_view raw, const std::string& source) : raw_(raw), source_(source) {}

  std::vector<Item> run() {
    // XML text is UTF-8 here: a byte order mark is skipped, and an invalid
    // byte is an error, since repairing it would break the byte-for-byte
    // mapping that the TimeML writer relies on.
    if (raw_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
    if (!is_valid_utf8(raw_)) {
      std::vector<std::size_t> bad;
      repair_utf8(raw_, &bad);
      throw InputError::at(source_, raw_, bad.front(),
                           "not UTF-8: invalid byte or NUL (TimeML input must be UTF-8 text)");
    }
    std::vector<std::string> open;  // names of the open elements
    bool seen_root = false;
    while (pos_ < raw_.size()) {
      if (raw_[pos_] == '<') {
        Item item = markup();
        if (item.kind == ItemKind::StartTag || item.kind == ItemKind::EmptyTag) {
          if (open.empty()) {
            if (seen_root) fail(item.raw_begin, "a second root element <" + item.name + ">");
            seen_root = true;
          }
          if (item.kind == ItemKind::StartTag) open.push_back(item.name);
        } else if (item.kind == ItemKind::EndTag) {
          if (open.empty()) fail(item.raw_begin, "end tag </" + item.name + "> with no open element");
          if (open.back() != item.name) {
            fail(item.raw_begin,
                 "end tag </" + item.name + "> does not match the open <" + open.back() + ">");
          }
          open.pop_back();
        }
        items_.push_back(std::move(item));
      } else {
        Item item = text();
        if (open.empty()) {
          for (const auto& p : item.pieces) {
            for (std::size_t i = 0; i < p.decoded.size(); ++i) {
              if (!is_space(p.decoded[i])) fail(p.raw_begin, "text outside the root element");
            }
          }
        }
        items_.push_back(std::move(item));
      }
    }
    if (!open.empty()) fail(raw_.size(), "the document ends inside <" + open.back() + ">");
    if (!seen_root) fail(0, "no root element");
    return std::move(items_);
  }

 private:
  [[noreturn]] void fail(std::size_t offset, const std::string& message) const {
    throw InputError::at(source_, raw_, offset, "malformed XML: " + message);
  }

  bool starts_with(std::string_view s) const { return raw_.substr(pos_, s.size()) == s; }

  // Moves past `terminator`, failing with `what` if it never comes.
  void skip_past(std::string_view terminator, std::size_t begin, const char* what) {
    auto end = raw_.find(terminator, pos_);
    if (end == std::string_view::npos) fail(begin, std::string("unterminated ") + what);
    pos_ = end + terminator.size();
  }

  Item markup() {
    Item item;
    item.raw_begin = pos_;
    if (starts_with("<!--")) {
      pos_ += 4;
      skip_past("-->", item.raw_begin, "comment");
    } else if (starts_with("<![CDATA[")) {
      pos_ += 9;
      auto end = raw_.find("]]>", pos_);
      if (end == std::string_view::npos) fail(item.raw_begin, "unterminated CDATA section");
      item.kind = ItemKind::Text;
      item.pieces.push_back({item.raw_begin, end + 3, std::string(raw_.substr(pos_, end - pos_)), false});
      pos_ = end + 3;
    } else if (starts_with("<?")) {
      pos_ += 2;
      skip_past("?>", item.raw_begin, "processing instruction");
    } else if (starts_with("<!")) {
      doctype(item.raw_begin);
    } else if (starts_with("</")) {
      pos_ += 2;
      item.kind = ItemKind::EndTag;
      item.name = name();
      while (pos_ < raw_.size() && is_space(raw_[pos_])) ++pos_;
      if (pos_ >= raw_.size() || raw_[pos_] != '>') fail(pos_, "expected '>' to close </" + item.name);
      ++pos_;
    } else {
      ++pos_;
      item.kind = ItemKind::StartTag;
      item.name = name();
      attributes(item);
    }
    item.raw_end = pos_;
    return item;
  }

  // <!DOCTYPE ...> with an optional [internal subset].
  void doctype(std::size_t begin) {
    int brackets = 0;
    char quote = 0;
    for (pos_ += 2; pos_ < raw_.size(); ++pos_) {
      char c = raw_[pos_];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        ++brackets;
      } else if (c == ']') {
        --brackets;
      } else if (c == '>' && brackets == 0) {
        ++pos_;
        return;
      }
    }
    fail(begin, "unterminated <! declaration");
  }

  std::string name() {
    std::size_t begin = pos_;
    if (pos_ >= raw_.size() || !is_name_start(raw_[pos_])) fail(pos_, "expected an element or attribute name");
    while (pos_ < raw_.size() && is_name_char(raw_[pos_])) ++pos_;
    return std::string(raw_.substr(begin, pos_ - begin));
  }

  void attributes(Item& item) {
    for (;;) {
      std::size_t before_space = pos_;
      while (pos_ < raw_.size() && is_space(raw_[pos_])) ++pos_;
      if (pos_ >= raw_.size()) fail(item.raw_begin, "unterminated tag <" + item.name);
      if (raw_[pos_] == '>') {
        ++pos_;
        return;
      }
      if (starts_with("/>")) {
        pos_ += 2;
        item.kind = ItemKind::EmptyTag;
        return;
      }
      if (pos_ == before_space) fail(pos_, "expected a space before an attribute in <" + item.name);
      std::size_t name_at = pos_;
      Attribute a;
      a.name = name();
      if (item.has_attribute(a.name)) fail(name_at, "attribute " + a.name + " given twice");
      while (pos_ < raw_.size() && is_space(raw_[pos_])) ++pos_;
      if (pos_ >= raw_.size() || raw_[pos_] != '=') fail(pos_, "expected '=' after attribute " + a.name);
      ++pos_;
      while (pos_ < raw_.size() && is_space(raw_[pos_])) ++pos_;
      if (pos_ >= raw_.size() || (raw_[pos_] != '"' && raw_[pos_] != '\'')) {
        fail(pos_, "the value of attribute " + a.name + " must be quoted");
      }
      char quote = raw_[pos_++];
      while (pos_ < raw_.size() && raw_[pos_] != quote) {
        if (raw_[pos_] == '<') fail(pos_, "'<' inside the value of attribute " + a.name);
        if (raw_[pos_] == '&') {
          a.value += reference();
        } else {
          a.value += raw_[pos_++];
        }
      }
      if (pos_ >= raw_.size()) fail(name_at, "unterminated value of attribute " + a.name);
      ++pos_;
      item.attributes.push_back(std::move(a));
    }
  }

  // Decodes the entity or character reference at pos_ and moves past it.
  std::string reference() {
    std::size_t begin = pos_;
    auto semi = raw_.find(';', pos_);
    if (semi == std::string_view::npos || semi - pos_ > 12) fail(begin, "'&' that starts no entity reference");
    std::string_view body = raw_.substr(pos_ + 1, semi - pos_ - 1);
    pos_ = semi + 1;
    if (body == "amp") return "&";
    if (body == "lt") return "<";
    if (body == "gt") return ">";
    if (body == "quot") return "\"";
    if (body == "apos") return "'";
    if (body.size() >= 2 && body[0] == '#') {
      bool hex = body[1] == 'x';
      std::string_view digits = body.substr(hex ? 2 : 1);
      std::uint32_t cp = 0;
      bool ok = !digits.empty();
      for (char c : digits) {
        int d = (c >= '0' && c <= '9') ? c - '0'
                : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
                : (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                : -1;
        if (d < 0 || cp > 0x10FFFF) {
          ok = false;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
      }
      if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        fail(begin, "bad character reference &" + std::string(body) + ";");
      }
      std::string out;
      append_utf8(out, cp);
      return out;
    }
    fail(begin, "unknown entity &" + std::string(body) + "; (only the five XML entities are defined)");
  }

  Item text() {
    Item item;
    item.kind = ItemKind::Text;
    item.raw_begin = pos_;
    TextPiece literal{pos_, pos_, {}, true};
    auto flush = [&] {
      if (literal.raw_end > literal.raw_begin) item.pieces.push_back(literal);
      literal = TextPiece{pos_, pos_, {}, true};
    };
    while (pos_ < raw_.size() && raw_[pos_] != '<') {
      if (raw_[pos_] == '&') {
        flush();
        std::size_t begin = pos_;
        std::string decoded = reference();
        item.pieces.push_back({begin, pos_, std::move(decoded), false});
        literal = TextPiece{pos_, pos_, {}, true};
      } else {
        literal.decoded += raw_[pos_++];
        literal.raw_end = pos_;
      }
    }
    flush();
    item.raw_end = pos_;
    return item;
  }

  std::string_view raw_;
  const std::string& source_;
  std::size_t pos_ = 0;
  std::vector<Item> items_;
};

}  // namespace

std::vector<Item> scan(std::string_view raw, const std::string& source_name) {
  return Scanner(raw, source_name).run();
}

}  // namespace dateline::xml
