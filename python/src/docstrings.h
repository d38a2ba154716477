// The docstrings of the Python module, kept apart from the binding code.
#pragma once

namespace dateline::python::doc {

inline constexpr const char* kNormalizer = R"doc(
Compiled dateline rules. Construct once and reuse: every method is safe to
call from several threads at once and releases the GIL while C++ runs.

Normalizer() uses the rules built into the module; Normalizer(rules_dir)
loads a directory laid out like the source tree's rules/ (ValueError naming
the file and line of a bad rule).)doc";

inline constexpr const char* kExtract = R"doc(
Find and normalize the temporal expressions of one text.

pub_date is the publication date the text is read against: "2024-10-02",
"2024-10-02T18:30:00+09:00" (or a datetime.date / datetime.datetime); tz an
IANA zone name such as "Asia/Tokyo" that decides what "today" is.

Returns one dict per expression, in text order, with the fields of the CLI's
JSON output: tid, text, begin, end (Unicode character offsets), type, value,
mod/quant/freq when present, rule, interval {start, end, grain} for DATE and
TIME (half-open, local time), explanation when explain=True.

Raises ValueError with the CLI's message for a bad pub_date or tz.)doc";

inline constexpr const char* kExtractDocuments = R"doc(
Extract from a batch of documents, one result per document, in order.

Each document is a mapping like a JSON Lines input line: "text" (str),
"pub_date" (str or date; falls back to the pub_date argument), optional "id"
(default "doc N", 1-based), "tz" (falls back to the tz argument) and "source"
(where it came from, for messages; default "docs[INDEX]").

Returns the CLI's `extract --format jsonl` records: {"id", "pub_date",
"timexes": [...]}. A bad document raises ValueError naming it ("docs[3]: ...")
when errors="raise"; with errors="record" it yields {"id", "source", "error"}
in its place, as the CLI does, and the rest are still processed.

timeline=True adds "events": the document's timeline entries in document
order (see timeline()), with doc_index first_index + position in docs; merge
entries from several batches with order_timeline(). expressions=False leaves
"timexes" out (when only the timeline is wanted). The GIL is released for the
whole batch.)doc";

inline constexpr const char* kTimeline = R"doc(
The events of the documents, dated and in time order: one merged timeline.

docs: mappings as for Normalizer.extract_documents (or one str, with
pub_date). Each entry has the fields of the CLI's `timeline --format json`
entries (date, start, end, grain, relation, derived, event {text, trigger},
timex {tid, text, begin, end, type, value}, sentence, doc) plus pub_date, tz,
source and doc_index, which order_timeline() and to_ics() need.

Raises ValueError naming the first bad document.)doc";

inline constexpr const char* kOrderTimeline = R"doc(
Timeline entries (from timeline() or extract_documents(timeline=True), e.g.
gathered from several workers) in time order, as the CLI orders them: by
interval start, finer grain first, stated before derived, then document
order (doc_index, offsets); vague entries (PAST_REF, PRESENT_REF,
FUTURE_REF) last. Returns a new list of the same dicts; raises ValueError
naming a malformed entry (only the fields ordering reads are checked).)doc";

inline constexpr const char* kToIcs = R"doc(
An RFC 5545 iCalendar file (str) of timeline entries, in the order given,
built with libical exactly as `dateline timeline --format ics`: one VEVENT per
entry of day grain or finer; coarse=True also exports months, years and
deadlines as all-day events. Vague entries are never exported.)doc";

}  // namespace dateline::python::doc
