# Type stubs for the dateline package (the _dateline extension re-exported).
import datetime
import os
from typing import Any, Iterable, Literal, Mapping, NotRequired, TypedDict, Union


PubDate = Union[str, datetime.date, datetime.datetime]

class Interval(TypedDict):
    start: str  # ISO 8601, local time of the publication, inclusive
    end: str    # exclusive
    grain: str  # "second", "minute", "hour", "day", "week", "month", "quarter", "year", ...

class Timex(TypedDict):
    tid: str    # "t1", "t2" ... in text order
    text: str
    begin: int  # Unicode character offsets into the text, half-open
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str  # TIMEX3 value
    mod: NotRequired[str]
    quant: NotRequired[str]
    freq: NotRequired[str]
    rule: str
    interval: NotRequired[Interval]
    explanation: NotRequired[str]

class DocumentResult(TypedDict):
    id: str
    pub_date: str
    timexes: NotRequired[list[Timex]]  # absent with extract_documents(expressions=False)

class Trigger(TypedDict):
    text: str
    begin: int
    end: int

class Event(TypedDict):
    text: str  # a short readable phrase around the trigger
    trigger: Trigger

class EntryTimex(TypedDict):
    tid: str
    text: str
    begin: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str

# The CLI's `timeline --format json` entry, plus pub_date, tz, source and
# doc_index (needed by order_timeline and to_ics).
TimelineEntry = TypedDict("TimelineEntry", {
    "date": str,
    "start": str | None,
    "end": str | None,
    "grain": str | None,
    "relation": Literal["within", "by", "before", "after", "begins", "ends"],
    "derived": bool,
    "event": Event,
    "timex": EntryTimex,
    "sentence": str,
    "doc": str,
    "pub_date": str,
    "tz": str | None,
    "source": str,
    "doc_index": int,
})

class DocumentWithEvents(DocumentResult):
    events: NotRequired[list[TimelineEntry]]  # with extract_documents(timeline=True)

class DocumentError(TypedDict):
    id: str | None
    source: str  # the document's "source", else "docs[INDEX]"
    error: str

class Normalizer:
    """Compiled dateline rules; thread-safe, releases the GIL while C++ runs."""
    def __init__(self, rules_dir: str | os.PathLike[str] | None = None) -> None: ...
    def extract(self, text: str, pub_date: PubDate, tz: str | None = None, *, explain: bool = False) -> list[Timex]: ...
    def extract_documents(
        self,
        docs: Iterable[Mapping[str, Any]],
        *,
        pub_date: PubDate | None = None,
        tz: str | None = None,
        explain: bool = False,
        errors: Literal["raise", "record"] = "raise",
        timeline: bool = False,
        first_index: int = 0,
        expressions: bool = True,
    ) -> list[DocumentWithEvents | DocumentError]: ...
    def timeline(
        self, docs: str | Iterable[Mapping[str, Any]], *, pub_date: PubDate | None = None, tz: str | None = None
    ) -> list[TimelineEntry]: ...

def extract(text: str, pub_date: PubDate, tz: str | None = None, *, explain: bool = False) -> list[Timex]: ...
def timeline(
    docs: str | Iterable[Mapping[str, Any]], *, pub_date: PubDate | None = None, tz: str | None = None
) -> list[TimelineEntry]: ...
def order_timeline(entries: Iterable[Mapping[str, Any]]) -> list[TimelineEntry]: ...
def to_ics(entries: Iterable[Mapping[str, Any]], *, coarse: bool = False) -> str: ...
