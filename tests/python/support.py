"""Paths and helpers shared by the Python tests. ctest passes the locations
in the environment (python/CMakeLists.txt); run by hand with e.g.

    PYTHONPATH=build/python DATELINE_BINARY=build/cli/dateline \\
        /usr/bin/python3 -m unittest discover -s tests/python
"""

import json
import os
import subprocess
from pathlib import Path

SOURCE_DIR = Path(os.environ.get("DATELINE_SOURCE_DIR", Path(__file__).resolve().parents[2]))
SHARED_DIR = Path(os.environ.get("DATELINE_SHARED_DIR", SOURCE_DIR.parent / "shared"))
BINARY = os.environ.get("DATELINE_BINARY", str(SOURCE_DIR / "build" / "cli" / "dateline"))
ARTICLE = SOURCE_DIR / "fixtures" / "article-2024-10-02.txt"
SILVER_NEWS = SHARED_DIR / "data" / "bench" / "silver-news.jsonl"


def run_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Runs the CLI; stdout and stderr decoded as UTF-8 without newline
    translation (iCalendar lines end in CRLF)."""
    result = subprocess.run([BINARY, *map(str, args)], capture_output=True)
    result.stdout = result.stdout.decode("utf-8")
    result.stderr = result.stderr.decode("utf-8")
    if check and result.returncode != 0:
        raise AssertionError(f"dateline {' '.join(map(str, args))} exited {result.returncode}: {result.stderr}")
    return result


def cli_jsonl(*args: str) -> list[dict]:
    """The records `dateline extract --format jsonl ARGS` prints."""
    out = run_cli("extract", "--format", "jsonl", *args, check=False)
    return [json.loads(line) for line in out.stdout.splitlines()]


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]
