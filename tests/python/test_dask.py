"""examples/dask_timeline.py on a real Dask cluster (two worker processes on
127.0.0.1) gives exactly the single-process CLI's output."""

import importlib
import io
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

from support import SILVER_NEWS, SOURCE_DIR, run_cli

EXAMPLES = SOURCE_DIR / "examples"


def load_example():
    # Workers unpickle the example's functions by module name, so they must
    # import it too: LocalCluster's worker processes start with this
    # process's sys.path.
    sys.path.insert(0, str(EXAMPLES))
    return importlib.import_module("dask_timeline")


def serialized(example, records) -> str:
    out = io.StringIO()
    example.write_jsonl(out, records)
    return out.getvalue()


@unittest.skipUnless(SILVER_NEWS.exists(), f"{SILVER_NEWS} absent")
class DaskMatchesCli(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from dask.distributed import Client, LocalCluster
        cls.example = load_example()
        cls.tmp = tempfile.TemporaryDirectory()
        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None, local_directory=cls.tmp.name)
        cls.client = Client(cls.cluster)
        cls.cli = {what: run_cli(*args, SILVER_NEWS).stdout for what, args in [
            ("extract", ["extract", "--format", "jsonl"]),
            ("timeline", ["timeline", "--format", "json"]),
            ("ics", ["timeline", "--format", "ics"])]}

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()
        cls.tmp.cleanup()

    def test_two_worker_processes(self):
        pids = self.client.run(os.getpid)
        self.assertEqual(len(pids), 2)
        self.assertEqual(len(set(pids.values()) | {os.getpid()}), 3)

    def test_silver_news_is_byte_identical_to_the_cli(self):
        # Small blocks so that both workers get many tasks.
        records = self.example.process_archive(self.client, str(SILVER_NEWS), block_size=256 << 10)
        timeline = self.example.merged_timeline(records)
        self.assertEqual(len(records), self.cli["extract"].count("\n"))
        self.assertEqual(serialized(self.example, self.example.extract_records(records)), self.cli["extract"])
        self.assertGreater(len(timeline), 1000)
        self.assertEqual(self.example.timeline_json(records, timeline), self.cli["timeline"])
        self.assertEqual(self.example.dateline.to_ics(timeline), self.cli["ics"])

    def test_the_script_on_a_running_scheduler(self):
        # As a user runs it against a real cluster: the script's functions
        # travel to the workers by value, the outputs land in files.
        out = Path(self.tmp.name)
        result = subprocess.run(
            [sys.executable, str(EXAMPLES / "dask_timeline.py"), str(SILVER_NEWS),
             "--scheduler", self.cluster.scheduler_address, "--block-size", "0.5",
             "--timeline", str(out / "timeline.json"), "--ics", str(out / "timeline.ics")],
            capture_output=True, text=True)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertRegex(result.stderr, r"2452 documents, \d+ timeline entries, 4\.\d\d MB in .* MB/s")
        self.assertEqual((out / "timeline.json").read_bytes().decode("utf-8"), self.cli["timeline"])
        self.assertEqual((out / "timeline.ics").read_bytes().decode("utf-8"), self.cli["ics"])

    def test_shipped_blocks_and_bad_lines_match_the_cli(self):
        # Errors must name the same archive line as the CLI, wherever the
        # block boundaries fall.
        lines = [
            '{"id": "ok", "pub_date": "2024-10-02", "text": "He left on Tuesday."}',
            '{"id": "no-text", "pub_date": "2024-10-02"}',
            "",
            '{"pub_date": "2024-10-02", "text": "No id; it will rain next week."}',
            '{"id": "bad-date", "pub_date": "2024-02-30", "text": "today"}',
            '{"id": "num-date", "pub_date": 20241002, "text": "today"}',
            '["not", "an", "object"]',
            '{"id": 7, "pub_date": "2024-10-02T23:30:00Z", "tz": "Asia/Tokyo", "text": "today"}',
        ]
        path = Path(self.tmp.name) / "mixed.jsonl"
        path.write_text("\n".join(lines * 20) + "\n", encoding="utf-8")
        cli = run_cli("extract", "--format", "jsonl", path, check=False).stdout
        for ship in (False, True):
            with self.subTest(ship=ship):
                records = self.example.process_archive(self.client, str(path), block_size=700, ship=ship)
                self.assertEqual(serialized(self.example, self.example.extract_records(records)), cli)


if __name__ == "__main__":
    unittest.main()
