"""Mutate real articles at random and check that parse_article never raises and its records
keep their promises (spans round-trip, counts' bounds are ordered, to_dict works).

python benchmarks/fuzz.py [--seed N] [--seconds S] [--corpus DIR] [--out FILE]

Each round takes a FA-KES or ACLED text and inserts junk (marks, figures, line breaks, toll
words), deletes runs, copies pieces of it elsewhere or changes its case; a third of the texts
are lowercased. On a failure the text is written to ``--out`` and the error raised. Mutated
corpus text finds what generated sentences do not (session 14: a phrase read across a blank
line, "six children among\\n\\nthe dead", raised an AssertionError).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from _corpus import DEFAULT_CORPUS, load_csv

import syriaevents as se

_JUNK = [
    *".,;:!?\"'()[]-\u2013\u2014\n\t  0123456789%$#@/\\\u00a0\u200b\u2019\u201c\u201d\ufffd\u00e9",
    *("killed", " and ", " of ", "at least ", "Syria", "U.S.", "IS", "May", " 2016"),
    *("Monday", "BEIRUT:", "\n\n", "'s", "among the dead", "including "),
]


def _mutate(text: str, rng: random.Random) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 20)):
        at = rng.randrange(len(chars) + 1)
        roll = rng.random()
        if roll < 0.4:
            chars[at:at] = list(rng.choice(_JUNK))
        elif roll < 0.7 and chars:
            del chars[at : at + rng.randint(1, 30)]
        elif roll < 0.85 and chars:
            piece = chars[rng.randrange(len(chars)) :][: rng.randint(1, 200)]
            chars[at:at] = piece
        else:
            chars = [c.upper() if rng.random() < 0.5 else c.lower() for c in chars]
    out = "".join(chars)
    return out.lower() if rng.random() < 0.3 else out


def _check(text: str, rng: random.Random) -> None:
    title = rng.choice([None, text[:80]])
    article = se.parse_article(text, title=title, published=rng.choice([None, "2016-01-17"]))
    for group in (article.casualties, article.actors, article.locations, article.dates):
        for record in group:
            assert text[record.span.start : record.span.end] == record.surface, record
    for report in article.casualties:
        for sub in report.includes:
            assert text[sub.span.start : sub.span.end] == sub.surface, sub
        low, high = report.count.low, report.count.high
        assert low is None or high is None or low <= high, report.count
    article.to_dict()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "syriaevents-fuzz-failure.txt"
    )
    args = parser.parse_args()
    fakes = load_csv(args.corpus, "fakes-dev.csv")
    acled = load_csv(args.corpus, "acled-dev.csv")
    if fakes is None or acled is None:
        return 0
    texts = [row["article_content"] for row in fakes] + [row["notes"] for row in acled]
    rng = random.Random(args.seed)
    started = time.perf_counter()
    rounds = 0
    while time.perf_counter() - started < args.seconds:
        text = _mutate(rng.choice(texts), rng)
        try:
            _check(text, rng)
        except Exception:
            args.out.write_text(text, encoding="utf-8")
            print(f"failed after {rounds} texts; the text is in {args.out}")
            raise
        rounds += 1
    print(f"{rounds} mutated texts parsed, no failure (seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
