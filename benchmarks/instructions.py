"""Run one stage of parse_article (or all of it) K times over fakes-dev, for counting its
machine instructions, which unlike wall time do not drift on a shared VM.

python benchmarks/instructions.py STAGE [--runs K] [--corpus DIR]
    [--valgrind [--top N]]

STAGE is a stage of benchmarks/throughput.py (doc+sentences, dateline, starts, counts, dates,
actors, places, casualties, summary), "parse_article" (article by article) or
"parse_articles" (in batches). The stage runs once to warm the tables' memos (as the best of
N runs in throughput.py does), then K times inside a call of ``functools.reduce``, the mark
of the measured region. With --valgrind the script runs itself under
``valgrind --tool=callgrind``, collecting only inside that call (``--toggle-collect``), and
prints the instructions of one run; with --top N also the N C functions that ran most of them
(the bytecode loop, the regex engine, allocation...). One valgrind run, about a minute and a
half (loading the tables is most of it). Decide speed changes by this number; confirm with
benchmarks/throughput.py.
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from _corpus import DEFAULT_CORPUS, load_csv
from throughput import stage_runners

import syriaevents as se

# The C function of functools.reduce: callgrind counts what runs inside it. The library never
# calls reduce, so nothing else toggles the count.
_MARK = "functools_reduce"


def _runner(stage: str, texts: list[str]) -> Callable[[], object] | None:
    if stage == "parse_article":
        return lambda: [se.parse_article(t) for t in texts]
    if stage == "parse_articles":
        return lambda: list(se.parse_articles(texts))
    return stage_runners(texts).get(stage)


def _collected(stage: str, runs: int, corpus: Path, top: int) -> int:
    """Instructions callgrind counts inside the measured region of this script, after
    printing the ``top`` C functions by their own instructions."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            f"--toggle-collect={_MARK}",
            f"--callgrind-out-file={out}",
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
        if top > 0 and shutil.which("callgrind_annotate") is not None:
            report = subprocess.run(
                ["callgrind_annotate", str(out)], capture_output=True, text=True, check=True
            ).stdout
            rows = [line for line in report.splitlines() if re.match(r"\s*[\d,]+ \(", line)]
            for line in rows[1 : top + 1]:  # rows[0] is the program total
                count, _, where = line.strip().partition(" ")
                name = where.split(":")[-1].split(" [")[0].strip()
                print(f"  {int(count.replace(',', '')) // runs:>13,}  {name}")
    return int(found.group(1))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stage")
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--valgrind", action="store_true", help="count and print instructions")
    parser.add_argument("--top", type=int, default=0, help="with --valgrind: top C functions")
    args = parser.parse_args()
    rows = load_csv(args.corpus, "fakes-dev.csv")
    if rows is None:
        return 0
    runs = max(1, args.runs)
    if args.valgrind:
        if shutil.which("valgrind") is None:
            print("valgrind is not installed: nothing to count")
            return 0
        total = _collected(args.stage, runs, args.corpus, args.top)
        print(f"{args.stage}: {total // runs:,} instructions per run over {len(rows)} articles")
        return 0
    texts = [row["article_content"] for row in rows]
    se.parse_article("warm-up: five civilians were killed in Aleppo.")  # loads the tables
    run = _runner(args.stage, texts)
    if run is None:
        parser.error(f"unknown stage {args.stage!r}")
    run()  # warms the memos (the gazetteer's words, the lexicon's cache), outside the count

    def again(done: int, _: int) -> int:
        run()
        return done + 1

    functools.reduce(again, range(runs), 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
