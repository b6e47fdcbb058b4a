#!/usr/bin/env python3
"""Turns criterion's results into the lookup table of BENCHMARKS.md: nanoseconds per lookup for
each implementation, chat-errors' ratio to the hand-written match, and to the best of the others.

    cargo bench -p chat-errors-benches --bench lookups
    python3 benches/report.py            # reads target/criterion

`match` and `match-copy` are the same hand-written code compiled twice; their spread is how much
code placement alone moves a number, so the ratio to the hand-written match uses the faster copy.
"""
import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
LOOKUPS = ["from_code", "code", "name", "description", "from_name_hit", "from_name_miss"]


def per_lookup(group, implementation):
    # criterion writes the group `from_code/118` to the folder `from_code_118`.
    directory = root / group.replace("/", "_") / implementation / "new"
    if not directory.exists():
        return None
    estimates = json.loads((directory / "estimates.json").read_text())
    benchmark = json.loads((directory / "benchmark.json").read_text())
    return estimates["median"]["point_estimate"] / benchmark["throughput"]["Elements"]


def cell(value, unit=""):
    return "–" if value is None else f"{value:.2f}{unit}"


sizes = sorted({int(p.name.rsplit("_", 1)[1]) for p in root.glob("from_*_*")})
if not sizes:
    sys.exit(f"no results under {root}: run `cargo bench -p chat-errors-benches --bench lookups`")
print("| lookup | codes | chat-errors | match | match-copy | phf | ÷ match | ÷ best other | copy spread |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
for lookup in LOOKUPS:
    for size in sizes:
        group = f"{lookup}/{size}"
        ours, match, copy, phf = (
            per_lookup(group, i) for i in ["chat-errors", "match", "match-copy", "phf"]
        )
        if ours is None:
            continue
        matches = [t for t in [match, copy] if t is not None]
        others = [t for t in [match, copy, phf] if t is not None]
        ratio_match = ours / min(matches) if matches else None
        ratio_other = ours / min(others) if others else None
        spread = max(matches) / min(matches) if len(matches) == 2 else None
        print(
            f"| `{lookup}` | {size} | {cell(ours)} | {cell(match)} | {cell(copy)} | {cell(phf)} "
            f"| {cell(ratio_match, 'x')} | {cell(ratio_other, 'x')} | {cell(spread, 'x')} |"
        )
print("\nTimes in nanoseconds per lookup (median).")
