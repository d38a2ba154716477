#!/usr/bin/env python3
"""Tallies the wrong values that `dateline eval --errors` lists, by kind.

Usage: dateline eval --gold ../shared/data/tempeval3/train --errors > errors.txt
       scripts/classify_value_errors.py errors.txt [--examples N]

The kinds separate the gold's annotation variants (TIMEML.md sections 6 and 7:
parts of day typed DATE, weeks left as WXX or given as a month, X padding,
decade and century formats, the year-ago period's grain) from the tagger's own
mistakes, so that a value-F1 figure can be read against what is reachable
without fitting rules to one corpus's conventions. Heuristic: a row is a
place to look, not a verdict.
"""
import collections
import datetime
import re
import sys

ROW = re.compile(r'gold "(.*)" (\w+) (\S+) \| system "(.*)" (\w+) (\S+)')
PART = re.compile(r"T(MO|AF|EV|NI)$")


def day(value):
    try:
        return datetime.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def kind(gold_text, gold_type, gold, sys_type, sys):
    text = gold_text.lower()
    if sys_type == "TIME" and PART.search(sys) and gold_type == "DATE":
        return "A part of day: the gold types it DATE, the guidelines TIME"
    if PART.search(sys) and PART.search(gold) and sys[:10] == gold[:10]:
        return "A part of day: another part"
    if "WXX" in gold or ("week" in text and (gold.startswith("P") or re.match(r"^\d{4}-\d\d(-\d\d)?$", gold)
                                              or re.match(r"^\d{4}-W\d$", gold) or gold.endswith("-XX"))):
        return "B week left unresolved, given another grain, or unpadded"
    if re.search(r"\d{4}-XX|XXXX|-QX$", gold):
        return "C unknown slots or X padding in the gold"
    if re.match(r"^\d{3}X$|^\d\dXX$", gold) or (re.search(r"P\d*[ECL]$", gold + sys) and gold != sys):
        return "D decade/century format or TIDES letters"
    if re.search(r"year|ago|earlier|period|quarter", text) and (("-Q" in gold) != ("-Q" in sys)):
        return "E year-ago or fiscal period: quarter against year"
    g, s = day(gold), day(sys)
    if g and s and g != s and (g - s).days % 7 == 0:
        return "F same weekday, another week (tense, or a stale DCT)"
    if gold_type != sys_type:
        return "G type differs (DURATION against DATE ...)"
    if re.match(r"^\d{4}(-\d\d)?$", gold) and re.match(r"^\d{4}(-\d\d)?$", sys) and gold[:4] != sys[:4] \
            and gold[4:] == sys[4:]:
        return "H the year of a month or date"
    return "other"


def main():
    examples = int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 3
    tally = collections.Counter()
    shown = collections.defaultdict(list)
    for line in open(sys.argv[1], encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3 or parts[1] != "wrong-value":
            continue
        m = ROW.match(parts[2])
        if not m:
            continue
        gold_text, gold_type, gold, sys_text, sys_type, sys_value = m.groups()
        k = kind(gold_text, gold_type, gold, sys_type, sys_value)
        tally[k] += 1
        shown[k].append(f"{parts[0]}: \"{gold_text}\" {gold} | \"{sys_text}\" {sys_value}")
    for k in sorted(tally):
        print(f"{tally[k]:4d}  {k}")
        for example in shown[k][:examples]:
            print("        " + example)
    print(f"{sum(tally.values()):4d}  wrong values")


if __name__ == "__main__":
    main()
