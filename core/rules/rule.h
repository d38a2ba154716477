// A rule: a named PCRE2 pattern whose named captures fill Fields, plus
// constant fields, the TIMEX3 type it produces and examples that run as tests.
//
// Rule file format (rules/<lang>/*.rules), records separated by blank lines:
//   rule: last <unit>                   name, reads like grammar
//   pattern: (?:the )?{shift} {unit}    PCRE2; {vocab} is a named capture of
//                                       vocabulary `vocab` (field of the same
//                                       name), {vocab:field} captures into
//                                       another field, {-vocab} only matches
//   type: DATE                          DATE | TIME | DURATION | SET
//   set: shift=-1 unit=week             constant fields (optional)
//   priority: 1                         breaks ties between equal-length matches
//   example: last month => 2024-09      text => value [TYPE] [mod=M]; [brackets]
//                                       in the text mark the expected extent
// A filter record drops false hits: `filter: <name>` with a pattern holding a
// group named `drop`; candidates overlapping that group are removed. Its
// examples read `example: Theresa [May] said => nothing`: no expression may
// overlap the bracketed extent.
// A file may set `reference: 2024-10-02` (the examples' publication date).
// Named captures that are not fields (e.g. `(?<x>...)`) are an error.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/time/fields.h"
#include "core/timex.h"

struct pcre2_real_code_8;

namespace dateline {

class Vocabulary;

struct RuleExample {
  std::string text;      // input text, without brackets
  std::uint32_t begin = 0, end = 0;  // expected extent (whole text when no brackets)
  std::string value;     // expected TIMEX3 value; "nothing" (filters): no expression overlaps the extent
  std::string type;      // expected type, empty = not checked
  std::string mod;       // expected mod, empty = not checked
  std::string reference; // publication date of the example
  std::string file;
  int line = 0;
};

struct Capture {
  std::uint32_t group = 0;              // PCRE2 group number
  Field field = Field::Year;
  const Vocabulary* vocab = nullptr;    // null: the text is read as a number
};

struct Rule {
  std::string name;
  std::string file;
  int line = 0;
  bool is_filter = false;
  std::string pattern;           // as written
  std::string expanded;          // after {vocab} expansion
  TimexType type = TimexType::Date;
  Fields constants;
  int priority = 0;
  std::vector<Capture> captures;
  // Filters: the groups named `drop` (one per alternative that names one);
  // the span of the one that took part in the match is dropped.
  std::vector<std::uint32_t> drop_groups;
  std::vector<RuleExample> examples;
  std::vector<std::string> vocabs_used;
  pcre2_real_code_8* code = nullptr;  // compiled and JIT-compiled; owned by RuleSet
};

}  // namespace dateline
