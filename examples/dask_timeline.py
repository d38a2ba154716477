#!/usr/bin/env python3
"""Build one timeline (JSON and iCalendar) from a JSON Lines news archive on
a Dask cluster, with the dateline Python module on the workers.

    PYTHONPATH=build/python /usr/bin/python3 examples/dask_timeline.py \\
        ../shared/data/bench/silver-news.jsonl --timeline out.json --ics out.ics

runs a local cluster (2 worker processes); `--scheduler tcp://HOST:8786`
uses an existing cluster instead, whose workers can import dateline and read
the archive path (or pass --ship to send the bytes from the client).

How the work is split (see docs/python.md):
  1. the client cuts the archive into byte blocks that end at a newline,
     reading only a few bytes around each cut;
  2. the workers count the lines of their blocks, so that every document and
     every error keeps its line number in the whole archive;
  3. each worker reads its blocks, parses the lines, normalizes the
     documents and dates their events, with one dateline.Normalizer per
     worker process (the rules are compiled once per process, not per task);
  4. the client gathers the per-document records in input order, merges the
     entries of all documents, orders them (dateline.order_timeline) and
     writes one timeline and one .ics (dateline.to_ics). The outputs are
     byte for byte those of `dateline extract --format jsonl ARCHIVE`,
     `dateline timeline --format json ARCHIVE` and `... --format ics`.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time

import dateline

BOM = b"\xef\xbb\xbf"


# -- Splitting the archive (client) -------------------------------------------

def plan_blocks(path: str, block_size: int) -> list[tuple[int, int]]:
    """Byte ranges [start, end) of about block_size bytes, each ending just
    after a newline (or at the end of the file)."""
    size = os.path.getsize(path)
    blocks, start = [], 0
    with open(path, "rb") as f:
        while start < size:
            cut = start + block_size
            if cut >= size:
                end = size
            else:
                f.seek(cut)
                f.readline()  # runs to the end of the line the cut fell into
                end = f.tell()
            blocks.append((start, end))
            start = end
    return blocks


def read_block(path: str, start: int, end: int) -> bytes:
    with open(path, "rb") as f:
        f.seek(start)
        return f.read(end - start)


def split_lines(data: bytes) -> list[bytes]:
    """The lines of a block as std::getline sees them: no empty line after a
    final newline."""
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


# -- Normalizing (workers) ------------------------------------------------------

_normalizer: dateline.Normalizer | None = None


def worker_normalizer() -> dateline.Normalizer:
    """One Normalizer per worker process: the compiled rules are built by the
    first task and reused by every later one, on all the worker's threads (a
    Normalizer is thread-safe). No lock: this function travels to the workers
    pickled by value, and a lock cannot be pickled; two threads racing here
    at start-up only compile the rules twice (20 ms)."""
    global _normalizer
    if _normalizer is None:
        _normalizer = dateline.Normalizer()
    return _normalizer


def count_lines(block: bytes | tuple[str, int, int]) -> int:
    data = block if isinstance(block, bytes) else read_block(*block)
    return len(split_lines(data))


def parse_line(raw: bytes, line_no: int) -> dict | str:
    """A JSONL line as a document mapping for dateline, or why it is not one
    (the CLI's wording)."""
    if line_no == 1 and raw.startswith(BOM):
        raw = raw[len(BOM):]
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    if not raw.strip(b" \t"):
        return 'empty line: expected a JSON object with "text"'
    try:
        # Invalid UTF-8 becomes U+FFFD as in the CLI (which also warns).
        value = json.loads(raw.decode("utf-8", errors="replace"))
    except ValueError as e:
        return f"not JSON: {e}"
    if not isinstance(value, dict):
        return 'expected a JSON object with "text"'
    doc = dict(value)
    if "id" not in doc:
        doc["id"] = f"line {line_no}"
    elif not isinstance(doc["id"], str):
        doc["id"] = json.dumps(doc["id"], separators=(",", ":"))
    return doc


def normalize_block(block: bytes | tuple[str, int, int], source: str, first_line: int,
                    pub_date: str | None, tz: str | None, expressions: bool) -> list[dict]:
    """The `extract --format jsonl` records of one block, in line order; a
    document's record also carries its timeline entries under "events".
    Without `expressions` the records leave out their "timexes" (half of
    the bytes sent back), for when only the timeline is wanted."""
    data = block if isinstance(block, bytes) else read_block(*block)
    parsed = [parse_line(raw, first_line + i) for i, raw in enumerate(split_lines(data))]
    docs = [dict(p, source=f"{source}:{first_line + i}") for i, p in enumerate(parsed) if isinstance(p, dict)]
    # doc_index only has to grow with the input order across all blocks: the
    # line number does.
    results = iter(worker_normalizer().extract_documents(
        docs, pub_date=pub_date, tz=tz, errors="record", timeline=True, first_index=first_line - 1,
        expressions=expressions))
    records = []
    for i, p in enumerate(parsed):
        line_no = first_line + i
        record = next(results) if isinstance(p, dict) else {"id": None, "source": f"{source}:{line_no}", "error": p}
        if "error" in record:
            record["line"] = line_no  # as the CLI's error records
        records.append(record)
    return records


# -- Putting it together (client) ---------------------------------------------

def process_archive(client, path: str, block_size: int = 1 << 20, pub_date: str | None = None,
                    tz: str | None = None, ship: bool = False, expressions: bool = True) -> list[dict]:
    """One record per archive line, in order, computed on the client's
    cluster (see normalize_block). With ship=True the client reads the blocks
    and sends their bytes (for workers that cannot see `path`); otherwise
    only (path, start, end) goes over the network."""
    ranges = plan_blocks(path, block_size)
    blocks = [read_block(path, *r) for r in ranges] if ship else [(path, *r) for r in ranges]
    if ship:
        blocks = client.scatter(blocks)
    counts = client.gather(client.map(count_lines, blocks))
    first_lines = [1 + n for n in itertools.accumulate([0] + counts[:-1])]
    futures = client.map(normalize_block, blocks, [path] * len(blocks), first_lines,
                         [pub_date] * len(blocks), [tz] * len(blocks), [expressions] * len(blocks))
    return [record for part in client.gather(futures) for record in part]


def extract_records(records: list[dict]) -> list[dict]:
    """The records as `dateline extract --format jsonl` prints them."""
    return [{k: v for k, v in r.items() if k != "events"} for r in records]


def merged_timeline(records: list[dict]) -> list[dict]:
    """All documents' entries in one time order (the client's only real work)."""
    return dateline.order_timeline([e for r in records for e in r.get("events", ())])


# The fields of an entry that only order_timeline/to_ics need; the CLI's JSON
# view of a timeline leaves them out.
HIDDEN_FIELDS = ("pub_date", "tz", "source", "doc_index")


def timeline_json(records: list[dict], timeline: list[dict]) -> str:
    """The timeline as `dateline timeline --format json` prints it (one
    merged timeline; doc and pub_date are only set for a single document)."""
    docs = [r for r in records if "error" not in r]
    single = docs[0] if len(docs) == 1 else None
    value = {"doc": single and single["id"], "pub_date": single and single["pub_date"],
             "events": [{k: v for k, v in e.items() if k not in HIDDEN_FIELDS} for e in timeline]}
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def write(path: str, writer) -> None:
    if path == "-":
        writer(sys.stdout)
        return
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer(out)


def write_jsonl(out, records: list[dict]) -> None:
    """One record per line, serialized like the CLI (sorted keys, compact,
    UTF-8), so the two outputs can be compared byte for byte."""
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")


def process_cpu_seconds() -> float:
    """CPU time (user + system) of the calling process so far."""
    t = os.times()
    return t.user + t.system


def connect(scheduler: str | None, workers: int):
    from dask.distributed import Client, LocalCluster
    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address=None)
    return Client(cluster), cluster


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("archive", help="JSON Lines: one {\"id\", \"text\", \"pub_date\"} object per line")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler (default: start a local cluster)")
    ap.add_argument("--workers", type=int, default=2, help="worker processes of the local cluster (default 2)")
    ap.add_argument("--block-size", type=float, default=1.0, help="MB of archive per task (default 1)")
    ap.add_argument("--pub-date", help="publication date of lines without \"pub_date\"")
    ap.add_argument("--tz", help="IANA zone of lines without \"tz\"")
    ap.add_argument("--ship", action="store_true", help="send block bytes from the client (workers cannot read the path)")
    ap.add_argument("--timeline", metavar="OUT.json", help="write the merged timeline here ('-': stdout)")
    ap.add_argument("--ics", metavar="OUT.ics", help="write the timeline as iCalendar here ('-': stdout)")
    ap.add_argument("--ics-coarse", action="store_true", help="also export months, years and deadlines to the .ics")
    ap.add_argument("--extract", metavar="OUT.jsonl", help="write the per-document expressions here ('-': stdout)")
    args = ap.parse_args(argv)
    if not os.path.isfile(args.archive):
        ap.error(f"{args.archive}: no such file")

    client, cluster = connect(args.scheduler, args.workers)
    try:
        workers_cpu = client.run(process_cpu_seconds)
        client_cpu = process_cpu_seconds()
        started = time.perf_counter()
        records = process_archive(client, args.archive, int(args.block_size * (1 << 20)),
                                  args.pub_date, args.tz, args.ship, expressions=bool(args.extract))
        gathered_cpu = process_cpu_seconds()
        timeline = merged_timeline(records)
        seconds = time.perf_counter() - started
        merge_cpu = process_cpu_seconds() - gathered_cpu
        client_cpu = process_cpu_seconds() - client_cpu
        workers_cpu = sum(client.run(process_cpu_seconds).values()) - sum(workers_cpu.values())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    if args.extract:
        write(args.extract, lambda out: write_jsonl(out, extract_records(records)))
    if args.timeline:
        write(args.timeline, lambda out: out.write(timeline_json(records, timeline)))
    if args.ics:
        write(args.ics, lambda out: out.write(dateline.to_ics(timeline, coarse=args.ics_coarse)))
    failed = [r for r in records if "error" in r]
    for r in failed:
        print(f"error: {r['source']}: {r['error']}", file=sys.stderr)
    mb = os.path.getsize(args.archive) / 1e6
    print(f"{len(records)} documents, {len(timeline)} timeline entries, "
          f"{mb:.2f} MB in {seconds:.2f} s: {mb / seconds:.2f} MB/s; CPU seconds: workers {workers_cpu:.2f}, "
          f"client {client_cpu:.2f} ({merge_cpu:.2f} of them merging and ordering)", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
