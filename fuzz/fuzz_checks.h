// The bodies of the fuzz targets, shared by the libFuzzer executables (clang
// builds) and by tests/test_fuzz_replay.cpp, which feeds every file under
// fixtures/fuzz/<target>/ through them in the ordinary build. Each runs one
// input through a part of dateline and checks its invariants; it returns an
// empty string when they all hold, else what broke. A bad input is not a
// failure: a clear error (InputError, an error item) is the expected answer.
#pragma once

#include <string>
#include <string_view>

namespace dateline::fuzz {

// Plain text (repaired if it is not UTF-8) through extraction and resolution
// against a reference chosen by the input's length: offsets inside the text
// and on UTF-8 boundaries, sorted and disjoint; well-formed TIMEX3 values and
// intervals; JSON and TimeML output that can be written; the same result twice.
std::string check_extract(std::string_view bytes);

// TimeML parsing: either an InputError, or a document whose gold timexes lie
// in its text, whose extracted timexes can be written back as TimeML, and whose
// written TimeML parses again to the same text.
std::string check_timeml(std::string_view bytes);

// JSON Lines reading: one item per input line, in order, each a document with
// valid UTF-8 text or an error; documents then go through check_extract's checks.
std::string check_jsonl(std::string_view bytes);

// Plain text through the timeline (build_timeline, order_timeline) and its
// writers: entry spans inside the text on UTF-8 boundaries; the iCalendar
// export parses with libical without errors, every VEVENT with DTSTART and UID.
std::string check_ics(std::string_view bytes);

// The names of the targets above ("extract", "timeml", "jsonl", "ics") and their
// functions, for the replay test.
using Check = std::string (*)(std::string_view);
Check check_for_target(std::string_view target);

}  // namespace dateline::fuzz
