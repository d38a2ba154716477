"""dateline: find and normalize the temporal expressions of English news
(TimeML TIMEX3) and build timelines, with the C++ core of the `dateline` CLI.

    >>> import dateline
    >>> [t["value"] for t in dateline.extract("He spoke on Wednesday.", pub_date="2024-10-02")]
    ['2024-10-02']

Results are plain dicts and lists with the same fields as the CLI's JSON
output. A Normalizer compiles the rules once; share one across threads (the
GIL is released while C++ runs). See docs/python.md.
"""

from ._dateline import Normalizer, extract, order_timeline, timeline, to_ics

__all__ = ["Normalizer", "extract", "timeline", "order_timeline", "to_ics"]
