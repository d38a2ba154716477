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
    timexes: list[Timex]

class DocumentError(TypedDict):
    id: str | None
    source: str  # "docs[INDEX]"
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
    ) -> list[DocumentResult | DocumentError]: ...

def extract(text: str, pub_date: PubDate, tz: str | None = None, *, explain: bool = False) -> list[Timex]: ...
