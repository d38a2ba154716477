// Reading and writing TimeML (TempEval-3 .tml) documents.
//
// Offsets: every begin/end here is a BYTE offset into TimemlDoc::text, the
// entity-decoded character content of the <TEXT> element with its tags
// removed. Character offsets exist only at output edges.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/document.h"
#include "core/io/input_error.h"
#include "core/timex.h"

namespace dateline {

// A gold TIMEX3 inside <TEXT>, with the attributes dateline does not model.
struct TimemlTimex {
  std::string tid;
  Timex timex;  // begin/end/type/value/mod/quant/freq; no interval
  std::string function_in_document;  // NONE, PUBLICATION_TIME, ... (may be empty)
  std::string anchor_time_id;
};

struct TimemlEvent {
  std::string eid;
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string event_class;  // OCCURRENCE, REPORTING, STATE, ...
};

struct TimemlInstance {  // <MAKEINSTANCE>
  std::string eiid;
  std::string eid;
  std::string tense;
  std::string aspect;
  std::string polarity;
  std::string pos;
};

struct TimemlTlink {
  std::string lid;
  std::string rel_type;                   // BEFORE, AFTER, INCLUDES, ...
  std::string event_instance_id;          // source: an eiid, or
  std::string time_id;                    // source: a tid
  std::string related_to_time;            // target: a tid, or
  std::string related_to_event_instance;  // target: an eiid
};

// One item of the <TEXT> content as it sits in the raw file, so that the
// writer can put tags back around untouched bytes. Text units cover plain-text
// bytes; markup units (tags, comments) sit at one plain-text position.
struct TextUnit {
  enum class Kind { Literal, Reference, StartTag, EndTag, Point };
  Kind kind = Kind::Literal;
  std::size_t raw_begin = 0;  // span in TimemlDoc::raw
  std::size_t raw_end = 0;
  std::uint32_t plain_begin = 0;  // span in TimemlDoc::text (equal for markup)
  std::uint32_t plain_end = 0;
  std::string name;         // element name for tags
  std::size_t element = 0;  // pairs a StartTag with its EndTag
};

struct TimemlDoc {
  std::string source;     // file name as given to parse_timeml
  std::string doc_id;     // <DOCID>, or the file stem when absent
  std::string dct_value;  // value of the CREATION_TIME TIMEX3: 1998-01-08, 1998-08-07T06:18:00
  std::string dct_type;   // DATE or TIME
  std::string text;       // plain text of <TEXT>; all offsets point into it
  std::vector<TimemlTimex> timexes;  // gold TIMEX3s inside <TEXT>, in text order
  std::vector<TimemlEvent> events;   // gold EVENTs inside <TEXT>, in text order
  std::vector<TimemlInstance> instances;
  std::vector<TimemlTlink> tlinks;

  // What write_timeml needs: the file as read, where the content of <TEXT>
  // starts and ends in it, and that content cut into units.
  std::string raw;
  std::size_t text_raw_begin = 0;
  std::size_t text_raw_end = 0;
  std::vector<TextUnit> text_units;

  // The gold timexes without their TimeML ids, for scoring.
  std::vector<Timex> gold_timexes() const;
};

// Parses a TimeML document. `source_name` is used in error messages and, when
// there is no <DOCID>, for the document id (its file stem).
// Throws InputError (file, line, byte offset, message) for malformed XML or
// bytes that are not UTF-8 (a leading BOM is fine), a missing <TEXT>, a
// missing or repeated CREATION_TIME TIMEX3 or one inside <TEXT>, or a DCT value
// that is not a real calendar date (and optional time).
TimemlDoc parse_timeml(std::string_view raw, const std::string& source_name);

// Reads and parses a file; throws InputError when it cannot be read.
TimemlDoc read_timeml_file(const std::string& path);

// The document to run the tagger on: id, plain text, DCT as publication date
// and reference (parse_reference(dct_value)).
Document to_document(const TimemlDoc& doc);

// The TempEval-3 system output for `doc`: the input file, byte for byte,
// except that inside <TEXT> the gold TIMEX3 tags are removed and `timexes`
// are inserted as <TIMEX3 tid="t1" type=".." value=".." [mod quant freq]>.
// Text keeps its original escaping; everything outside <TEXT> (the DCT,
// MAKEINSTANCEs, TLINKs) is unchanged. Other markup inside <TEXT> (EVENT,
// SIGNAL) is kept, except an element that would cross a new TIMEX3 boundary:
// its tags are dropped (its text stays) so that the output stays well formed.
// When a kept element has exactly the extent of a new TIMEX3, the TIMEX3 goes
// outside it. `timexes` must lie within doc.text and must not overlap, else
// std::invalid_argument is thrown. A boundary inside an entity reference
// (&amp;) or a CDATA section is widened to the whole reference; a timex that
// then overlaps the one before it is left out (TIMEX3 tags never nest).
std::string write_timeml(const TimemlDoc& doc, const std::vector<Timex>& timexes);

}  // namespace dateline
