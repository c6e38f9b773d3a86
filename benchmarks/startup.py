"""What a fresh process pays before its first record: the import and the first call, which
loads the tables and compiles the patterns.

python benchmarks/startup.py [--runs N] [--tables] [--pycache DIR]

Runs N fresh processes (default 7) of this interpreter, one after the other. Each times
``import syriaevents``, then the first ``parse_article`` of a short sentence, then a second
(warm) call of it for contrast, and prints the best and the median of each. With --tables
each process calls the public scanners one by one before parse_article (find_counts,
find_dates, find_actors, find_places), so that each line shows the cost of the tables that
scanner loads first; "parse_article" is then what is left (the casualty and summary
tables). The tables come from the package alone: no corpus is read. Wall time on a busy
machine drifts: compare best-of-N figures taken side by side (DEVELOPMENT.md, "Speed").

Where PYTHONDONTWRITEBYTECODE is set (as on the project's VM) every import compiles the
package's sources again, ~0.1 s that an installed package (whose bytecode pip writes) never
pays: --pycache DIR lets the processes write and read bytecode under DIR
(PYTHONPYCACHEPREFIX; one untimed process writes it first), for the figure users see.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys

SENTENCE = (
    "BEIRUT: Regime air strikes killed at least 12 civilians, including three children, "
    "in the town of Saraqeb in Idlib province on Sunday, the Syrian Observatory for Human "
    "Rights said."
)
SCANNERS = ("find_counts", "find_dates", "find_actors", "find_places")

# What each fresh process runs: it prints one JSON object of seconds by step.
CHILD = """
import json, sys, time
started = time.perf_counter()
import syriaevents as se
seconds = {"import": time.perf_counter() - started}
sentence, scanners = sys.argv[1], sys.argv[2:]
for name in scanners:
    started = time.perf_counter()
    getattr(se, name)(sentence)
    seconds[name] = time.perf_counter() - started
started = time.perf_counter()
se.parse_article(sentence)
seconds["first parse_article"] = time.perf_counter() - started
started = time.perf_counter()
se.parse_article(sentence)
seconds["warm parse_article"] = time.perf_counter() - started
print(json.dumps(seconds))
"""


def run_once(scanners: tuple[str, ...], env: dict[str, str]) -> dict[str, float]:
    """Seconds by step in one fresh process."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, SENTENCE, *scanners],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    seconds: dict[str, float] = json.loads(done.stdout)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes (default 7)")
    parser.add_argument(
        "--tables", action="store_true", help="time each scanner's first call apart"
    )
    parser.add_argument(
        "--pycache", metavar="DIR", help="write and read bytecode under DIR (see above)"
    )
    args = parser.parse_args()
    scanners = SCANNERS if args.tables else ()
    env = dict(os.environ)
    if args.pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = args.pycache
        run_once(scanners, env)  # writes the bytecode
    runs = [run_once(scanners, env) for _ in range(args.runs)]
    print(f"python {platform.python_version()} ({sys.executable})")
    if "PYTHONDONTWRITEBYTECODE" in env:
        print("no bytecode cache (PYTHONDONTWRITEBYTECODE): each import compiles the sources")
    print(f"{args.runs} fresh processes (best / median):")
    for step in runs[0]:
        values = [run[step] for run in runs]
        best, median = min(values), statistics.median(values)
        print(f"  {step:<20} {best * 1000:8.1f} ms {median * 1000:8.1f} ms")
    totals = [sum(v for k, v in run.items() if k != "warm parse_article") for run in runs]
    print(
        f"  {'import + first call':<20} {min(totals) * 1000:8.1f} ms "
        f"{statistics.median(totals) * 1000:8.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
