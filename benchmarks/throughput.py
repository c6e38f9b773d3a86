"""parse_article and parse_articles throughput over fakes-dev on one core, with a per-stage
breakdown.

python benchmarks/throughput.py [--corpus DIR] [--repeat N] [--stages-only]

The breakdown times each stage of parse_article alone over the same prepared Docs (best of
N runs each), against the budget per stage that together makes 1,000 articles/s:

- doc+sentences: building the Doc (folding) and splitting its sentences;
- dateline: reading the article's own date at its opening (scan_dateline);
- starts: the one pass that finds where counts and dates may begin (_gates.starts), shared
  by scan_counts and scan_dates: in parse_article scan_counts pays for it, here it is
  timed apart, so "counts" and "dates" are the scanners' own work (their budgets include it);
- counts, dates, actors, places, casualties, summary: scan_counts, scan_dates,
  scan_actors, scan_places, scan_casualties and summarise, fed the records the earlier
  stages gave (casualties scans its lexicon afresh each run; the summary reuses that scan,
  kept in ``Doc.memo``, as in parse_article);
- the rest (end to end minus the stages): argument checks, the Article record, the
  dateline place, and above all what running every stage once per article costs that
  running it over all articles does not: each stage's code and patterns fetched again into
  the CPU's caches, and the collector set off by the kept results (DEVELOPMENT.md,
  "Session 9: lead").

Then parse_article end to end, three ways: every Article kept in a list (the headline
figure), every Article dropped as soon as it is made (a job that writes each one out), and
parse_articles in batches.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import sys
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from _corpus import DEFAULT_CORPUS, load_csv

import syriaevents as se
from syriaevents._actors import scan_actors
from syriaevents._casualties import LEXICON_MEMO, scan_casualties
from syriaevents._dates import scan_dateline, scan_dates
from syriaevents._gates import starts
from syriaevents._gazetteer import scan_places
from syriaevents._numbers import scan_counts
from syriaevents._summary import summarise
from syriaevents._text import Doc

# Milliseconds over the 298 fakes-dev articles: together 275 ms, i.e. ~1,000 articles/s
# with room for the rest of parse_article.
BUDGET_MS = {
    "doc+sentences": 30.0,
    "counts": 40.0,
    "dates": 35.0,
    "actors": 35.0,
    "places": 60.0,
    "casualties": 60.0,
    "summary": 15.0,
}


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs of ``run``, in seconds."""
    best = float("inf")
    for _ in range(max(1, repeat)):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def stage_runners(texts: list[str]) -> dict[str, Callable[[], object]]:
    """Per stage, a function that runs that stage alone over ``texts`` once, fed the records
    the earlier stages gave (prepared here, once)."""
    docs = [Doc(t) for t in texts]
    for d in docs:
        _ = d.sentences
    lines = [scan_dateline(d) for d in docs]
    published: list[dt.date | None] = [line.start if line is not None else None for line in lines]
    counts = [scan_counts(d) for d in docs]
    actors = [scan_actors(d) for d in docs]
    places = [scan_places(d) for d in docs]
    dates = [scan_dates(d, p) for d, p in zip(docs, published, strict=True)]
    casualties = [
        scan_casualties(*args) for args in zip(docs, counts, actors, places, dates, strict=True)
    ]

    def build_docs() -> None:
        for t in texts:
            _ = Doc(t).sentences

    def find_starts() -> None:
        for d in docs:
            d.memo.clear()
            starts(d)

    def find_casualties() -> None:
        for args in zip(docs, counts, actors, places, dates, strict=True):
            # The lexicon scan is kept for the summary: each run scans afresh.
            args[0].memo.pop(LEXICON_MEMO, None)
            scan_casualties(*args)

    def summaries() -> None:
        for i, d in enumerate(docs):
            summarise(
                d,
                casualties=casualties[i],
                actors=actors[i],
                locations=places[i],
                dates=dates[i],
                published=published[i],
            )

    return {
        "doc+sentences": build_docs,
        "dateline": lambda: [scan_dateline(d) for d in docs],
        "starts": find_starts,
        "counts": lambda: [scan_counts(d) for d in docs],
        "dates": lambda: [scan_dates(d, p) for d, p in zip(docs, published, strict=True)],
        "actors": lambda: [scan_actors(d) for d in docs],
        "places": lambda: [scan_places(d) for d in docs],
        "casualties": find_casualties,
        "summary": summaries,
    }


def stage_times(texts: list[str], repeat: int) -> dict[str, float]:
    """Seconds per stage over ``texts``, each stage alone over the same prepared inputs."""
    return {name: best_of(repeat, run) for name, run in stage_runners(texts).items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--stages-only", action="store_true", help="skip the end-to-end run")
    args = parser.parse_args()
    rows = load_csv(args.corpus, "fakes-dev.csv")
    if rows is None:
        return 0
    texts = [row["article_content"] for row in rows]
    size = sum(len(t) for t in texts)
    # The interpreter's build matters as much as a stage: the same tree runs ~13% faster on
    # Debian's python3.11 than on a pyenv build made without --enable-optimizations.
    print(f"python {platform.python_version()} ({sys.executable})")
    started = time.perf_counter()
    se.parse_article("warm-up: five civilians were killed in Aleppo.")  # loads the tables
    print(f"first call (loads tables): {time.perf_counter() - started:.3f} s")

    stages = stage_times(texts, args.repeat)
    print(f"stages over {len(texts)} articles (each alone, best of {args.repeat}):")
    for name, seconds in stages.items():
        budget = BUDGET_MS.get(name)
        note = f"budget {budget:5.0f} ms" if budget is not None else ""
        flag = "  OVER" if budget is not None and seconds * 1000 > budget else ""
        print(f"  {name:<14} {seconds * 1000:8.1f} ms  {note}{flag}")
    shared = stages["starts"] + stages["counts"] + stages["dates"]
    print(
        f"  {'counts+dates, with the shared starts':<36} {shared * 1000:6.1f} ms  "
        f"budget {BUDGET_MS['counts'] + BUDGET_MS['dates']:.0f} ms"
    )
    total = sum(stages.values())
    print(
        f"  {'sum of stages':<14} {total * 1000:8.1f} ms  budget {sum(BUDGET_MS.values()):5.0f} ms"
    )
    if args.stages_only:
        return 0

    # Every Article kept in a list, as a caller collecting results does.
    best = best_of(args.repeat, lambda: [se.parse_article(t) for t in texts])
    print(f"  {'rest':<14} {(best - total) * 1000:8.1f} ms  (end to end minus the stages)")
    print(f"{len(texts)} articles, {size / 1e6:.2f} MB: best of {args.repeat} runs {best:.3f} s")
    rate = len(texts) / best
    print(f"throughput: {rate:,.0f} articles/s, {size / best / 1e6:.2f} MB/s (one core)")
    # The same calls with each Article dropped as soon as it is made, as a job that writes
    # every result out does: the collector then finds almost nothing to do, where the list
    # above keeps ~107 tracked objects per article alive and sets it off (DEVELOPMENT.md).
    streamed = best_of(args.repeat, lambda: deque(map(se.parse_article, texts), maxlen=0))
    rate = len(texts) / streamed
    print(
        f"parse_article, each Article dropped (streamed): {rate:,.0f} articles/s, "
        f"{size / streamed / 1e6:.2f} MB/s (one core)"
    )
    batch = best_of(args.repeat, lambda: list(se.parse_articles(texts)))
    rate = len(texts) / batch
    print(
        f"parse_articles (batches, stage by stage): {rate:,.0f} articles/s, "
        f"{size / batch / 1e6:.2f} MB/s (one core)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
