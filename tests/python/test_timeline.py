"""dateline.timeline, order_timeline and to_ics give what `dateline
timeline` gives, and entries survive a trip through plain dicts."""

import json
import random
import unittest

import dateline
from support import ARTICLE, run_cli

HIDDEN_FIELDS = ("pub_date", "tz", "source", "doc_index")
ARTICLE_DOC = {"id": str(ARTICLE), "source": str(ARTICLE), "pub_date": "2024-10-02",
               "text": ARTICLE.read_bytes().decode("utf-8")}


def cli_view(entries):
    return [{k: v for k, v in e.items() if k not in HIDDEN_FIELDS} for e in entries]


class TimelineMatchesCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.entries = dateline.timeline([ARTICLE_DOC])

    def test_json(self):
        cli = json.loads(run_cli("timeline", ARTICLE, "--pub-date", "2024-10-02", "--format", "json").stdout)
        self.assertGreater(len(self.entries), 3)
        self.assertEqual(cli_view(self.entries), cli["events"])
        self.assertEqual({(e["pub_date"], e["tz"], e["source"], e["doc_index"]) for e in self.entries},
                         {("2024-10-02", None, str(ARTICLE), 0)})

    def test_ics(self):
        cli = run_cli("timeline", ARTICLE, "--pub-date", "2024-10-02", "--format", "ics").stdout
        self.assertIn("BEGIN:VEVENT", cli)
        self.assertEqual(dateline.to_ics(self.entries), cli)
        cli = run_cli("timeline", ARTICLE, "--pub-date", "2024-10-02", "--format", "ics", "--ics-coarse").stdout
        self.assertEqual(dateline.to_ics(self.entries, coarse=True), cli)

    def test_one_text(self):
        self.assertEqual(cli_view(dateline.timeline(ARTICLE_DOC["text"], pub_date="2024-10-02")),
                         [dict(e, doc="text") for e in cli_view(self.entries)])

    def test_order_restores_the_cli_order_from_any_shuffle(self):
        shuffled = list(self.entries)
        random.Random(6).shuffle(shuffled)
        self.assertNotEqual(shuffled, self.entries)
        ordered = dateline.order_timeline(shuffled)
        self.assertEqual(ordered, self.entries)
        self.assertTrue(all(any(o is s for s in shuffled) for o in ordered), "the caller's dicts, not copies")

    def test_entries_from_batches_merge_like_one_run(self):
        # Two "workers": each document in its own call, merged afterwards.
        docs = [dict(ARTICLE_DOC, id="a"), dict(ARTICLE_DOC, id="b", pub_date="2024-10-09")]
        n = dateline.Normalizer()
        records = [n.extract_documents([d], timeline=True, first_index=i, expressions=bool(i))[0]
                   for i, d in enumerate(docs)]
        self.assertEqual(["timexes" in r for r in records], [False, True])
        self.assertEqual(dateline.order_timeline(records[1]["events"] + records[0]["events"]), n.timeline(docs))

    def test_bad_entries_are_named(self):
        entry = self.entries[0]
        # (entry, message, whether ordering reads the field)
        cases = [
            ({k: v for k, v in entry.items() if k != "date"}, r'entries\[1\]\["date"\]: missing', True),
            (dict(entry, start="yesterday"), r'entries\[1\]\["start"\]: expected an ISO 8601', True),
            (dict(entry, end="2024-02-30"), r'entries\[1\]\["end"\]: expected an ISO 8601', True),
            (dict(entry, event={"text": "x"}), r'entries\[1\]\["event.trigger"\]: missing', True),
            (dict(entry, doc_index=-1), r'entries\[1\]\["doc_index"\]: expected a non-negative int', True),
            (dict(entry, relation="sometime"), r'entries\[1\]\["relation"\]: unknown relation', False),
            (dict(entry, pub_date="2024-02-30"), r"entries\[1\]\[\"pub_date\"\]: bad publication date", False),
        ]
        for bad, message, ordering_reads_it in cases:
            with self.subTest(message=message):
                with self.assertRaisesRegex(ValueError, message):
                    dateline.to_ics([entry, bad])
                if ordering_reads_it:
                    with self.assertRaisesRegex(ValueError, message):
                        dateline.order_timeline([entry, bad])
                else:
                    self.assertEqual(len(dateline.order_timeline([entry, bad])), 2)
        with self.assertRaisesRegex(TypeError, r"entries\[0\]\[\"date\"\]: cannot read a"):
            dateline.to_ics([dict(entry, date=object())])

    def test_bad_documents_raise(self):
        with self.assertRaisesRegex(ValueError, r"docs\[0\]: bad publication date"):
            dateline.timeline([{"text": "on Tuesday", "pub_date": "2024-02-30"}])
        with self.assertRaisesRegex(ValueError, r"docs\[0\]: no publication date"):
            dateline.timeline("on Tuesday")
        with self.assertRaisesRegex(TypeError, "docs must be a str or an iterable of mappings, not int"):
            dateline.timeline(42, pub_date="2024-10-02")


if __name__ == "__main__":
    unittest.main()
