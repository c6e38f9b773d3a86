"""Where parse_article's wall time goes, by function, sampled with py-spy.

python benchmarks/wallprofile.py [--corpus DIR] [--passes N] [--rate HZ] [--top N]
    [--lines] [--raw FILE]

py-spy (``pip install py-spy``; not a dependency of the project) samples the stack of a
child process that parses fakes-dev ``--passes`` times, native frames included, and this
script prints, for the samples taken inside parse_article after a first pass (which loads
the tables), each function's share: inclusive
(the function and all it calls, the regex engine's C code included) or, with ``--lines``,
each source line's own share (the last Python frame of each sample, so a line that runs a
regex is charged the engine's time). Unlike cProfile it does not slow small functions more
than large ones, and unlike instruction counts (benchmarks/instructions.py) it weighs the
regex engine's cache misses and branches as the clock does. Sampling on a busy VM is noisy
in the total, not in the shares: read it for where to look, and decide a change by its
instruction count.
"""

from __future__ import annotations

import argparse
import collections
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _corpus import DEFAULT_CORPUS, load_csv

# The sampled child runs this interpreter (sys.executable): fail here, not with an empty
# profile, when it cannot import the package (a py-spy venv put first on PATH, say).
import syriaevents  # noqa: F401

_CHILD = """
import sys
sys.path.insert(0, {bench!r})
from _corpus import load_csv
from pathlib import Path
import syriaevents as se
texts = [r["article_content"] for r in load_csv(Path({corpus!r}), "fakes-dev.csv")]


def warm():  # loads the tables and compiles the patterns: not sampled
    for text in texts:
        se.parse_article(text)


def measured():
    for _ in range({passes}):
        for text in texts:
            se.parse_article(text)


warm()
measured()
"""
_MEASURED = "measured ("
_ENTRY = "parse_article ("


def _frame_key(frame: str, lines: bool) -> str | None:
    """``function (file:line)`` as py-spy writes a Python frame, shortened; None for a C
    frame."""
    name, _, where = frame.partition(" (")
    if ".py:" not in where:
        return None
    path, _, line = where.rstrip(")").rpartition(":")
    short = path.rsplit("/", 1)[-1]
    return f"{name} ({short}:{line})" if lines else f"{name} ({short})"


def shares(raw: Path, lines: bool) -> tuple[int, collections.Counter[str]]:
    """The samples inside parse_article and, per function (or line), how many of them ran
    it: inclusive per function, the last Python frame per line."""
    total = 0
    found: collections.Counter[str] = collections.Counter()
    with raw.open(encoding="utf-8") as stacks:
        for row in stacks:
            stack, _, count = row.rstrip("\n").rpartition(" ")
            frames = stack.split(";")
            entry = next((i for i, f in enumerate(frames) if f.startswith(_ENTRY)), None)
            if entry is None or not count.isdigit() or _MEASURED not in stack:
                continue
            n = int(count)
            total += n
            keys = [k for f in frames[entry:] if (k := _frame_key(f, lines)) is not None]
            if lines:
                found[keys[-1]] += n
            else:
                for key in set(keys):
                    found[key] += n
    return total, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--passes", type=int, default=20)
    parser.add_argument("--rate", type=int, default=500, help="samples per second")
    parser.add_argument("--top", type=int, default=50)
    parser.add_argument("--lines", action="store_true", help="own share per source line")
    parser.add_argument("--raw", type=Path, help="read this py-spy raw file instead of sampling")
    args = parser.parse_args()
    if args.raw is None:
        if load_csv(args.corpus, "fakes-dev.csv") is None:
            return 0
        spy = shutil.which("py-spy")
        if spy is None:
            print("py-spy is not installed: pip install py-spy", file=sys.stderr)
            return 2
        child = _CHILD.format(
            bench=str(Path(__file__).parent), corpus=str(args.corpus), passes=args.passes
        )
        with tempfile.TemporaryDirectory() as tmp:
            raw = Path(tmp) / "samples.txt"
            command = [spy, "record", "--native", "--format", "raw", "--rate", str(args.rate)]
            command += ["--output", str(raw), "--", sys.executable, "-c", child]
            subprocess.run(command, check=True, capture_output=True)
            total, found = shares(raw, args.lines)
    else:
        total, found = shares(args.raw, args.lines)
    if total == 0:
        print("no samples inside parse_article")
        return 1
    kind = "own share per line" if args.lines else "inclusive share per function"
    print(f"{total} samples inside parse_article; {kind}:")
    for key, n in found.most_common(args.top):
        print(f"  {100 * n / total:5.1f}%  {key}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
