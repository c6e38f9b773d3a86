"""Date lines and speed on the FA-KES development articles.

Prints how many articles open with a date line by an independent check, how often
find_dateline finds one, how often its date equals the crowd's `date` label, the misses,
and the time find_counts + find_dates take over every article.

The independent check does not use the parser: an article "opens with a date line" when
a year 2000-2029 appears within its first 200 characters with a month name or a
"dd.mm." / "dd-mm-" prefix at most 14 characters before it. It cannot tell a date line
from a date inside the first sentence ("On August 21 2013 the regime ..."), so it may
count a few articles the parser rightly rejects; those are listed among the misses.

    python benchmarks/dates.py [--corpus DIR]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import syriaevents as se

ROOT = Path(__file__).resolve().parent.parent
WINDOW = 200
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"  # any month name
_INDEPENDENT = re.compile(
    rf"(?:{_MONTH}[^a-z]{{0,12}}|\d{{1,2}}[.-]\d{{1,2}}[.-]|\d{{1,2}} {_MONTH} )20[0-2]\d",
    re.IGNORECASE,
)


def label_date(value: str) -> dt.date | None:
    """The FA-KES `date` label (m/d/yy) as a date."""
    try:
        return dt.datetime.strptime(value.strip(), "%m/%d/%y").date()
    except ValueError:
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args(argv)
    path = args.corpus / "fakes-dev.csv"
    if not path.exists():
        print(f"corpus not found: {path} (nothing measured)")
        return 0
    csv.field_size_limit(sys.maxsize)
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))

    opening = found = found_of_opening = equal = labelled = within_60 = 0
    misses: list[str] = []
    extra: list[str] = []
    for row in rows:
        text = row["article_content"]
        head = text[:WINDOW]
        independent = _INDEPENDENT.search(head)
        ref = se.find_dateline(text)
        if independent is not None:
            opening += 1
            within_60 += independent.start() < 60
            if ref is not None:
                found_of_opening += 1
            else:
                misses.append(f"  {row['article_title'][:60]!r}: {head[:80]!r}")
        elif ref is not None:
            extra.append(f"  {ref.surface!r} in {head[:80]!r}")
        found += ref is not None
        label = label_date(row["date"])
        if label is not None and ref is not None:
            labelled += 1
            equal += ref.start == label

    def share(n: int, d: int) -> str:
        return f"{n}/{d} ({100 * n / d:.1f}%)" if d else f"{n}/0"

    print(f"articles: {len(rows)}")
    print(
        f"open with a date line (independent check, first {WINDOW} chars): "
        f"{share(opening, len(rows))}; within 60 chars: {within_60}"
    )
    print(f"find_dateline finds one where the check does: {share(found_of_opening, opening)}")
    print(f"find_dateline finds one at all: {share(found, len(rows))}")
    print(f"its date equals the `date` label: {share(equal, labelled)}")
    print(f"misses ({len(misses)}):")
    print("\n".join(misses) if misses else "  none")
    print(f"found where the independent check saw none ({len(extra)}):")
    print("\n".join(extra) if extra else "  none")

    texts = [row["article_content"] for row in rows]
    counts_ok = True
    try:
        for text in texts:
            se.find_counts(text)
    except Exception as exc:  # being written by another module's owner: time dates alone
        print(f"find_counts unavailable ({type(exc).__name__}: {exc})")
        counts_ok = False

    def best_of(fn: Callable[[str], object], repeat: int = 5) -> float:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            for text in texts:
                fn(text)
            best = min(best, time.perf_counter() - t0)
        return best

    t_dates = best_of(lambda text: se.find_dates(text, None))
    t_dates_pub = best_of(lambda text: se.find_dates(text, "2016-01-01"))
    n = len(texts)
    if counts_ok:
        t_counts = best_of(se.find_counts)
        print(
            f"time, find_counts + find_dates, {n} articles: {t_counts + t_dates:.3f} s "
            f"(find_counts {t_counts:.3f} s, find_dates {t_dates:.3f} s; best of 5 each)"
        )
    else:
        print(f"time, find_dates alone (find_counts not ready), {n} articles: {t_dates:.3f} s")
    print(f"time, find_dates with published, {n} articles: {t_dates_pub:.3f} s (best of 5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
