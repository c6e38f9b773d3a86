"""find_counts speed over fakes-dev: the whole corpus, best of N runs, on one core.

python benchmarks/counts.py [--corpus DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from _corpus import DEFAULT_CORPUS, load_csv

import syriaevents as se
from syriaevents._numbers import scan_counts
from syriaevents._text import Doc


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = load_csv(args.corpus, "fakes-dev.csv")
    if rows is None:
        return 0
    texts = [row["article_title"] + "\n" + row["article_content"] for row in rows]
    size = sum(len(t) for t in texts)
    docs = [Doc(t) for t in texts]
    best_scan = best_find = float("inf")
    found = 0
    for _ in range(max(1, args.repeat)):
        for d in docs:
            d.memo.clear()  # scan_counts pays for the starting places it shares with dates
        started = time.perf_counter()
        found = sum(len(scan_counts(d)) for d in docs)
        best_scan = min(best_scan, time.perf_counter() - started)
        started = time.perf_counter()
        for t in texts:
            se.find_counts(t)
        best_find = min(best_find, time.perf_counter() - started)
    print(f"articles: {len(texts)}  characters: {size:,}  counts found: {found}")
    print(f"scan_counts (folded Doc given): {best_scan:.4f} s  {len(texts) / best_scan:,.0f} art/s")
    print(f"find_counts (folds the text):   {best_find:.4f} s  {len(texts) / best_find:,.0f} art/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
