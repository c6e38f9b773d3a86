"""Every public function on hostile input: time at two sizes, to show the cost stays linear.

python benchmarks/adversarial.py [--mb MB] [--only NAME] [--functions f1,f2]

Each input is built at ``MB`` and at twice that size (random text at five times: 5 MB by
default at the larger size). For every public function the script prints the seconds at
both sizes and their ratio: about 2 (or 5) means linear; much more means a pattern or a
loop is quadratic on that input. Nothing here needs the corpus.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable

import syriaevents as se
from syriaevents._text import Doc

# Inputs: a name and a builder of about ``size`` characters.
Builder = Callable[[int], str]


def _repeat(unit: str) -> Builder:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _random_text(size: int) -> str:
    """Random words, figures, months, punctuation and junk characters."""
    rng = random.Random(2016)
    pieces = (
        "at least more than between and 12 2016 1,200 March may Sunday last week the day "
        "before yesterday killed civilians Aleppo Idlib . , ; : - -- ( ) \" ' U.S. Gen. "
        "BEIRUT: \n \n\n dozens of hundreds a dozen twenty-three 05.02.2015 % $ \u0661\u0662 "
        "\u2019 \u2014 \u00e9 \x00 \ufeff"
    ).split(" ")
    out: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(pieces) if rng.random() < 0.9 else chr(rng.randint(0, 0x2FFF))
        out.append(piece)
        length += len(piece) + 1
    return " ".join(out)[:size]


INPUTS: dict[str, tuple[Builder, int]] = {
    # name: (builder, how many times larger the second size is)
    "digits": (_repeat("1234567890"), 2),
    "digits, spaced": (_repeat("1 "), 2),
    "at least at least": (_repeat("at least "), 2),
    "more than more than": (_repeat("more than "), 2),
    "between 1 and between": (_repeat("between 1 and "), 2),
    "month names": (_repeat("March May June Sunday "), 2),
    "day month day month": (_repeat("3 March 5 "), 2),
    "the day before the day": (_repeat("the day before "), 2),
    "dotted numbers": (_repeat("1.2.3.4."), 2),
    "initials": (_repeat("U.S. A. B. "), 2),
    "full stops": (_repeat(". "), 2),
    "no spaces": (_repeat("a"), 2),
    "spaces": (_repeat(" "), 2),
    "newlines": (_repeat("\n"), 2),
    "capitals": (_repeat("BEIRUT ALEPPO "), 2),
    "hyphens": (_repeat("a-"), 2),
    # One endless sentence of a toll's parts by place, and of sources after commas: each
    # was quadratic once (a toll took every part; every source word was tested against all).
    "parts by place": (_repeat("killed 5 civilians in Douma and 3 in Harasta "), 2),
    # Endless sentences of whole tolls: each toll's place, date and agent were read over the
    # whole sentence (quadratic) until sentences were cut at 4,000 characters.
    "tolls in countries": (_repeat("killed 5 civilians in Syria and 3 in Iraq "), 2),
    "tolls and agents": (_repeat("IS killed 5 civilians, Russian jets killed 3 soldiers "), 2),
    "sources": (_repeat(", two activists"), 2),
    # Figures read with what stands around them (session 15): thousands parted by spaces,
    # ages after "aged" and between commas, subsets after "of whom" with a verb.
    "thousands, spaced": (_repeat("200 000 "), 2),
    "ages, listed": (_repeat("aged 9 and 12 and "), 2),
    "ages, between commas": (_repeat("Ahmed Hassan, 45, and a man, 30, "), 2),
    "of whom were": (_repeat("killed 41 people, of whom 9 were women, "), 2),
    "random text": (_random_text, 5),
}

FUNCTIONS: dict[str, Callable[[str], object]] = {
    "fold": se.fold,
    "Doc+sentences": lambda t: Doc(t).sentences,
    "find_counts": se.find_counts,
    "find_dates": lambda t: se.find_dates(t, "2016-03-09"),
    "find_dateline": se.find_dateline,
    "find_actors": se.find_actors,
    "find_places": se.find_places,
    "parse_article": se.parse_article,
}


def _time(fn: Callable[[str], object], text: str) -> float:
    started = time.perf_counter()
    fn(text)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1.0, help="the smaller size, in MB")
    parser.add_argument("--only", help="run only the input whose name contains this")
    parser.add_argument("--functions", help="comma-separated names of functions to time")
    args = parser.parse_args()
    size = int(args.mb * 1_000_000)
    functions = FUNCTIONS
    if args.functions:
        wanted = set(args.functions.split(","))
        functions = {k: v for k, v in FUNCTIONS.items() if k in wanted}
    se.parse_article("warm-up: five civilians were killed in Aleppo.")  # loads the tables
    worst = 0.0
    print(f"{'input':<24} {'function':<14} {'small s':>8} {'large s':>8} {'ratio':>6} {'size':>5}")
    for name, (build, factor) in INPUTS.items():
        if args.only and args.only not in name:
            continue
        small, large = build(size), build(size * factor)
        for fname, fn in functions.items():
            t_small, t_large = _time(fn, small), _time(fn, large)
            ratio = t_large / t_small if t_small > 0 else float("nan")
            # Only ratios of runs long enough to measure count towards the verdict.
            if t_large > 0.05:
                worst = max(worst, ratio / factor)
            flag = "  SUPERLINEAR?" if t_large > 0.05 and ratio > 1.6 * factor else ""
            print(
                f"{name:<24} {fname:<14} {t_small:8.3f} {t_large:8.3f} {ratio:6.2f} x{factor}{flag}"
            )
    print(f"worst ratio / size factor: {worst:.2f} (1 is linear)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
