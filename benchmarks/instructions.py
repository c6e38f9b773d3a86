"""Run one stage of parse_article (or all of it) K times over fakes-dev, for counting its
machine instructions, which unlike wall time do not drift on a shared VM.

python benchmarks/instructions.py STAGE [--runs K] [--corpus DIR]
    [--valgrind]

STAGE is a stage of benchmarks/throughput.py (doc+sentences, dateline, starts, counts, dates,
actors, places, casualties, summary), "parse_article" (article by article) or
"parse_articles" (in batches). With --valgrind the script runs itself under
``valgrind --tool=callgrind`` with K runs and with none (PYTHONHASHSEED=0 both times) and
prints the instructions of one run: the difference, divided by K. That takes about a minute
and a half (loading the tables is most of it). Decide speed changes by this number; confirm
with benchmarks/throughput.py.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from _corpus import DEFAULT_CORPUS, load_csv
from throughput import stage_runners

import syriaevents as se


def _runner(stage: str, texts: list[str]) -> Callable[[], object] | None:
    if stage == "parse_article":
        return lambda: [se.parse_article(t) for t in texts]
    if stage == "parse_articles":
        return lambda: list(se.parse_articles(texts))
    return stage_runners(texts).get(stage)


def _collected(stage: str, runs: int, corpus: Path) -> int:
    """Instructions callgrind counts for this script with ``runs`` runs of ``stage``."""
    command = [
        "valgrind",
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        __file__,
        stage,
        "--runs",
        str(runs),
        "--corpus",
        str(corpus),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        raise SystemExit("valgrind printed no instruction count:\n" + done.stderr[-2000:])
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stage")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--valgrind", action="store_true", help="count and print instructions")
    args = parser.parse_args()
    rows = load_csv(args.corpus, "fakes-dev.csv")
    if rows is None:
        return 0
    if args.valgrind:
        if shutil.which("valgrind") is None:
            print("valgrind is not installed: nothing to count")
            return 0
        runs = max(1, args.runs)
        per_run = _collected(args.stage, runs, args.corpus) - _collected(args.stage, 0, args.corpus)
        print(f"{args.stage}: {per_run // runs:,} instructions per run over {len(rows)} articles")
        return 0
    texts = [row["article_content"] for row in rows]
    se.parse_article("warm-up: five civilians were killed in Aleppo.")  # loads the tables
    run = _runner(args.stage, texts)
    if run is None:
        parser.error(f"unknown stage {args.stage!r}")
    for _ in range(args.runs):
        run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
