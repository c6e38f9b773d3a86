"""Date lines, the main event's date and speed on the FA-KES development articles.

Prints how many articles open with a date line by an independent check, how often
find_dateline finds one, how often its date equals the crowd's `date` label, the misses,
and the time find_counts + find_dates take over every article.

Then the date of the main event, ``se.parse_article(text).summary.date`` (no ``published``:
the article's own date line stands in), against the crowd's `date` label (the event date
they read): exact (the label inside our date's days), within 1 day, within 7 days, none
given; beside it, how often the date line alone equals the label. With ``--misses`` each
article our date does not hold is listed with our date, the label, the date line and the
words our date came from. Labels are crowd work: some are the publication date, some wrong.

The independent check does not use the parser: an article "opens with a date line" when
a year 2000-2029 appears within its first 200 characters with a month name or a
"dd.mm." / "dd-mm-" prefix at most 14 characters before it. It cannot tell a date line
from a date inside the first sentence ("On August 21 2013 the regime ..."), so it may
count a few articles the parser rightly rejects; those are listed among the misses.

    python benchmarks/dates.py [--corpus DIR] [--misses]
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


def _distance(label: dt.date, first: dt.date, last: dt.date) -> int:
    """Days from ``label`` to the span first..last (0 inside it)."""
    if label < first:
        return (first - label).days
    if label > last:
        return (label - last).days
    return 0


def _words(text: str, start: int, end: int, width: int = 60) -> str:
    """The words around text[start:end], the date in brackets, on one line."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    return " ".join(f"{text[lo:start]}[{text[start:end]}]{text[end:hi]}".split())


def summary_dates(rows: list[dict[str, str]], show_misses: bool) -> None:
    """The main event's date (Article.summary.date) against the crowd's `date` label."""
    labelled = exact = day1 = day7 = none = line_exact = 0
    # Where the label is not the date line, the crowd read an event date of the text's own
    # (or erred): how often ours holds it, apart from the labels that copy the date line.
    apart = apart_exact = apart_day1 = 0
    misses: list[str] = []
    for row in rows:
        label = label_date(row["date"])
        if label is None:
            continue
        labelled += 1
        text = row["article_content"]
        article = se.parse_article(text)
        date, line = article.summary.date, article.published
        line_exact += line == label
        if date is None or date.start is None or date.end is None:
            none += 1
            gap = None
        else:
            gap = _distance(label, date.start, date.end)
            exact += gap == 0
            day1 += gap <= 1
            day7 += gap <= 7
        if line is not None and line != label:
            apart += 1
            apart_exact += gap == 0
            apart_day1 += gap is not None and gap <= 1
        if gap != 0:
            ours = (
                "none"
                if date is None
                else f"{date.start}..{date.end}"
                if date.start != date.end
                else str(date.start)
            )
            words = "" if date is None else _words(article.text, date.span.start, date.span.end)
            misses.append(
                f"  {row['unit_id']} ours={ours} label={label} line={line} "
                f"gap={gap} | {row['article_title'][:60]!r}\n      {words!r}"
            )

    def share(n: int) -> str:
        return f"{n}/{labelled} ({100 * n / labelled:.1f}%)" if labelled else f"{n}/0"

    print(
        f"main event date (summary.date, no `published`) against the `date` label, "
        f"{labelled} labelled articles:"
    )
    print(
        f"  exact {share(exact)}; within 1 day {share(day1)}; within 7 days {share(day7)}; "
        f"none given {share(none)}"
    )
    print(f"  (the date line alone equals the label in {share(line_exact)})")
    print(
        f"  where the label is not the date line ({apart} articles): exact {apart_exact}, "
        f"within 1 day {apart_day1}"
    )
    if show_misses:
        print(f"  misses ({len(misses)}):")
        print("\n".join(misses) if misses else "  none")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument(
        "--misses", action="store_true", help="list the articles whose main date misses"
    )
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

    summary_dates(rows, args.misses)

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
