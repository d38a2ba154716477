#!/usr/bin/python3
"""Quality regression guard: runs `dateline eval` on TempEval-3 train and fails
when an F1 drops below its floor (a guard against regressions, not a target).

Exit status: 0 all figures at or above their floors, 1 a figure below its floor
or eval failed, 77 the gold directory is absent (ctest SKIP_RETURN_CODE).
"""
import argparse
import json
import os
import subprocess
import sys

SKIP = 77


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dateline", required=True, help="the dateline binary")
    parser.add_argument("--gold", required=True, help="directory of TimeML gold files")
    parser.add_argument("--value", type=float, required=True, help="floor for value F1, in percent")
    parser.add_argument("--relaxed", type=float, required=True, help="floor for relaxed extent F1, in percent")
    parser.add_argument("--strict", type=float, required=True, help="floor for strict extent F1, in percent")
    args = parser.parse_args()

    if not os.path.isdir(args.gold):
        print(f"SKIPPED: gold directory {args.gold} is absent")
        return SKIP
    command = [args.dateline, "eval", "--gold", args.gold, "--format", "json"]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        print(f"FAILED: {' '.join(command)} exited with {run.returncode}\n{run.stderr}")
        return 1
    try:
        report = json.loads(run.stdout)
        overall = report["timex"]["overall"]
        figures = {
            "value": 100 * overall["value_f1"],
            "relaxed": 100 * overall["relaxed"]["f1"],
            "strict": 100 * overall["strict"]["f1"],
        }
    except (ValueError, KeyError, TypeError) as e:
        print(f"FAILED: cannot read the eval report of {' '.join(command)}: {e}")
        return 1
    if report.get("failures"):
        print("FAILED: some gold documents could not be scored:\n  " + "\n  ".join(report["failures"]))
        return 1

    floors = {"value": args.value, "relaxed": args.relaxed, "strict": args.strict}
    print(f"{report['documents']} documents, {overall['counts']['gold']} gold expressions")
    below = []
    for name, floor in floors.items():
        ok = figures[name] >= floor
        print(f"  {name:8} F1 {figures[name]:6.2f}  (floor {floor:g}) {'ok' if ok else 'BELOW THE FLOOR'}")
        if not ok:
            below.append(name)
    if below:
        print("FAILED: " + ", ".join(below) + " F1 dropped below the floor")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
