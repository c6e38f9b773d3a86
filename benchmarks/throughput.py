"""parse_article throughput over fakes-dev on one core.

python benchmarks/throughput.py [--corpus DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from _corpus import DEFAULT_CORPUS, load_csv

import syriaevents as se


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rows = load_csv(args.corpus, "fakes-dev.csv")
    if rows is None:
        return 0
    texts = [row["article_content"] for row in rows]
    size = sum(len(t) for t in texts)
    started = time.perf_counter()
    se.parse_article("warm-up: five civilians were killed in Aleppo.")  # loads the tables
    print(f"first call (loads tables): {time.perf_counter() - started:.3f} s")
    best = float("inf")
    for _ in range(args.repeat):
        started = time.perf_counter()
        for text in texts:
            se.parse_article(text)
        best = min(best, time.perf_counter() - started)
    print(f"{len(texts)} articles, {size / 1e6:.2f} MB: best of {args.repeat} runs {best:.3f} s")
    rate = len(texts) / best
    print(f"throughput: {rate:,.0f} articles/s, {size / best / 1e6:.2f} MB/s (one core)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
