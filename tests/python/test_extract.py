"""dateline.extract and Normalizer give what the CLI gives, and bad input
raises the CLI's messages."""

import datetime
import doctest
import json
import shutil
import tempfile
import unittest
from pathlib import Path

import dateline
from support import ARTICLE, SILVER_NEWS, SOURCE_DIR, cli_jsonl, read_jsonl, run_cli

# Documents that exercise character offsets (non-ASCII before the dates),
# zones, instants, CRLF and a missing id.
TRICKY = [
    {"id": "tokyo", "pub_date": "2024-10-02T23:30:00Z", "tz": "Asia/Tokyo",
     "text": "Le café « Ishiba » said today that talks were held on Tuesday night."},
    {"id": "crlf", "pub_date": "2024-12-28",
     "text": "Votes were counted on Nov. 5.\r\nThe summit is set for Jan. 3 — née 2027.\r\n"},
    {"pub_date": "2024-10-02", "text": "Every Monday since 2019, for two weeks, until early 2027."},
    {"id": "none", "pub_date": "2024-10-02", "text": "Theresa May said they may march on."},
]


class ExtractMatchesCli(unittest.TestCase):
    def test_article(self):
        text = ARTICLE.read_bytes().decode("utf-8")  # no newline translation: offsets count every character
        [cli] = cli_jsonl(ARTICLE, "--pub-date", "2024-10-02")
        got = dateline.extract(text, pub_date="2024-10-02")
        self.assertTrue(got, "the article has expressions")
        self.assertEqual(got, cli["timexes"])
        self.assertEqual(dateline.Normalizer().extract(text, "2024-10-02"), cli["timexes"])

    def test_article_explained(self):
        text = ARTICLE.read_bytes().decode("utf-8")
        [cli] = cli_jsonl(ARTICLE, "--pub-date", "2024-10-02", "--explain")
        got = dateline.extract(text, "2024-10-02", explain=True)
        self.assertTrue(all(t.get("explanation") for t in got))
        self.assertEqual(got, cli["timexes"])

    def test_documents_with_offsets_zones_and_crlf(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "tricky.jsonl"
            path.write_text("".join(json.dumps(d) + "\n" for d in TRICKY), encoding="utf-8")
            cli = cli_jsonl(path)
        docs = [dict(d, id=d.get("id", f"line {i + 1}")) for i, d in enumerate(TRICKY)]
        self.assertEqual(dateline.Normalizer().extract_documents(docs), cli)
        self.assertEqual(cli[0]["timexes"][0]["begin"], TRICKY[0]["text"].index("today"))

    def test_date_objects_read_as_their_isoformat(self):
        text = "The vote was held on Tuesday and results come next week."
        self.assertEqual(dateline.extract(text, datetime.date(2024, 10, 2)), dateline.extract(text, "2024-10-02"))
        instant = datetime.datetime(2024, 10, 2, 23, 30, tzinfo=datetime.timezone.utc)
        self.assertEqual(dateline.extract(text, instant, tz="Asia/Tokyo"),
                         dateline.extract(text, "2024-10-02T23:30:00+00:00", tz="Asia/Tokyo"))

    @unittest.skipUnless(SILVER_NEWS.exists(), f"{SILVER_NEWS} absent")
    def test_silver_news(self):
        docs = read_jsonl(SILVER_NEWS)
        cli = cli_jsonl(SILVER_NEWS)
        got = dateline.Normalizer().extract_documents(docs)
        self.assertEqual(len(got), len(docs))
        self.assertEqual(got, cli)


class BadInputRaises(unittest.TestCase):
    def cli_error(self, *args):
        result = run_cli("extract", ARTICLE, *args, check=False)
        self.assertEqual(result.returncode, 2, result.stderr)
        return result.stderr.splitlines()[0]

    def test_bad_pub_date_is_a_value_error_with_the_cli_message(self):
        for bad in ["2024-02-30", "yesterday", "2024-10-02T25:00"]:
            with self.subTest(pub_date=bad), self.assertRaises(ValueError) as raised:
                dateline.extract("on Tuesday", pub_date=bad)
            self.assertEqual(str(raised.exception), self.cli_error("--pub-date", bad))
            self.assertIn(repr(bad), str(raised.exception))

    def test_unknown_zone_is_a_value_error_with_the_cli_message(self):
        with self.assertRaises(ValueError) as raised:
            dateline.extract("today", "2024-10-02", tz="Mars/Olympus")
        self.assertEqual(str(raised.exception), self.cli_error("--pub-date", "2024-10-02", "--tz", "Mars/Olympus"))

    def test_wrong_types(self):
        with self.assertRaisesRegex(TypeError, "pub_date must be a str"):
            dateline.extract("today", 20241002)
        with self.assertRaises(TypeError):
            dateline.extract(b"today", "2024-10-02")

    def test_bad_documents_name_the_document(self):
        n = dateline.Normalizer()
        cases = [
            ({"id": "a", "pub_date": "2024-10-02"}, 'docs[1]: missing "text" (a string)'),
            ({"text": "x", "pub_date": 20241002}, 'docs[1]: "pub_date" must be a string such as "2024-10-02"'),
            ({"text": "x"}, "docs[1]: no publication date"),
            ({"text": "x", "pub_date": "2024-13-01"}, "docs[1]: bad publication date '2024-13-01'"),
            ("just text", "docs[1]: expected a mapping"),
        ]
        good = {"text": "on Tuesday", "pub_date": "2024-10-02"}
        for bad, message in cases:
            with self.subTest(bad=bad):
                with self.assertRaises(ValueError) as raised:
                    n.extract_documents([good, bad, good])
                self.assertTrue(str(raised.exception).startswith(message), str(raised.exception))
                recorded = n.extract_documents([good, bad, good], errors="record")
                self.assertEqual([("error" in r) for r in recorded], [False, True, False])
                self.assertEqual(recorded[1]["source"] + ": " + recorded[1]["error"], str(raised.exception))
        with self.assertRaisesRegex(ValueError, "errors must be"):
            n.extract_documents([good], errors="ignore")

    def test_defaults_fill_missing_fields(self):
        n = dateline.Normalizer()
        [r] = n.extract_documents([{"text": "today"}], pub_date="2024-10-02T23:30:00Z", tz="Asia/Tokyo")
        self.assertEqual((r["id"], r["timexes"][0]["value"]), ("doc 1", "2024-10-03"))

    def test_rules_directory(self):
        with self.assertRaisesRegex(ValueError, "Directory does not exist: /no/such/rules"):
            dateline.Normalizer("/no/such/rules")
        with tempfile.TemporaryDirectory() as tmp:
            rules = Path(tmp) / "rules"
            shutil.copytree(SOURCE_DIR / "rules", rules)
            self.assertTrue(dateline.Normalizer(rules).extract("on Nov. 5", "2024-10-02"))
            bad = rules / "en" / "dates.rules"
            bad.write_text(bad.read_text(encoding="utf-8") + "\nrule: broken\npattern: (unclosed\ntype: DATE\n",
                           encoding="utf-8")
            with self.assertRaisesRegex(ValueError, r"dates\.rules:\d+"):
                dateline.Normalizer(rules)


class Documentation(unittest.TestCase):
    def test_package_docstring_examples_run(self):
        result = doctest.testmod(dateline)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)

    def test_docstrings_and_stubs(self):
        for obj in [dateline, dateline.extract, dateline.Normalizer, dateline.Normalizer.extract,
                    dateline.Normalizer.extract_documents]:
            self.assertTrue(obj.__doc__ and len(obj.__doc__) > 40, obj)
        stubs = (Path(dateline.__file__).parent / "__init__.pyi").read_text(encoding="utf-8")
        for name in dateline.__all__:
            self.assertRegex(stubs, rf"\n(def|class) {name}\b")
        self.assertTrue((Path(dateline.__file__).parent / "py.typed").exists())


if __name__ == "__main__":
    unittest.main()
