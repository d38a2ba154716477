// The error every input reader throws for a bad input file: it names the file,
// the line and the byte offset, so a user can open the file at the right spot.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace dateline {

class InputError : public std::runtime_error {
 public:
  // `offset` is a byte offset into the file; `line` is 1-based.
  InputError(std::string file, std::size_t line, std::size_t offset, std::string message)
      : std::runtime_error(file + ":" + std::to_string(line) + ": (byte " + std::to_string(offset) +
                           ") " + message),
        file_(std::move(file)),
        line_(line),
        offset_(offset),
        message_(std::move(message)) {}

  // Convenience: computes the line number of `offset` in `contents`.
  static InputError at(std::string file, std::string_view contents, std::size_t offset,
                       std::string message) {
    return InputError(std::move(file), line_of(contents, offset), offset, std::move(message));
  }

  // 1-based line number of byte `offset` in `contents`.
  static std::size_t line_of(std::string_view contents, std::size_t offset) {
    std::size_t line = 1;
    for (std::size_t i = 0; i < offset && i < contents.size(); ++i) {
      if (contents[i] == '\n') ++line;
    }
    return line;
  }

  const std::string& file() const { return file_; }
  std::size_t line() const { return line_; }
  std::size_t offset() const { return offset_; }
  const std::string& message() const { return message_; }

 private:
  std::string file_;
  std::size_t line_;
  std::size_t offset_;
  std::string message_;
};

}  // namespace dateline
