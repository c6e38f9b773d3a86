"""Wall time of parse_article over fakes-dev by compiled pattern: which regexes cost most.

python benchmarks/patterns.py [--corpus DIR] [--top N]

Every pattern the library compiles (with ``re`` or ``regex``) is wrapped before the library
is imported, and each call of a pattern's methods (and each step of a ``finditer``) is timed.
The wrappers slow the pass as a whole (the total printed is the instrumented pass), but the
time inside each call is the engine's own. Instruction counts (benchmarks/instructions.py)
under-rate the regex engine: it ran ~20% of the instructions of a pass but about 45% of its
wall time in session 6 (branchy code, cache misses), so a pattern high on this list is worth
more than its instruction count says. Each line: milliseconds, calls, where it was compiled,
which engine, and the pattern's opening.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import regex
from _corpus import DEFAULT_CORPUS, load_csv

_TIME: collections.Counter[str] = collections.Counter()
_CALLS: collections.Counter[str] = collections.Counter()
_clock = time.perf_counter_ns


class _Timed:
    """A compiled pattern whose matching methods add their time to its key's total."""

    def __init__(self, pattern: Any, key: str) -> None:
        self._pattern = pattern
        self._key = key

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        start = _clock()
        found = getattr(self._pattern, name)(*args, **kwargs)
        _TIME[self._key] += _clock() - start
        _CALLS[self._key] += 1
        return found

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("search", *args, **kwargs)

    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("match", *args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("fullmatch", *args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("findall", *args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("split", *args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("sub", *args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self._call("subn", *args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        found = self._pattern.finditer(*args, **kwargs)
        _CALLS[self._key] += 1
        while True:
            start = _clock()
            step = next(found, None)
            _TIME[self._key] += _clock() - start
            if step is None:
                return
            yield step


def _wrapping(compile_: Callable[..., Any], engine: str) -> Callable[..., Any]:
    def compile_timed(pattern: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        compiled = compile_(pattern, flags, *args, **kwargs)
        caller = sys._getframe(1)
        where = caller.f_code.co_filename
        if "syriaevents" not in where:
            return compiled
        opening = " ".join(str(pattern).split())[:50]
        key = f"{Path(where).name}:{caller.f_lineno} {engine} {opening!r}"
        return _Timed(compiled, key)

    return compile_timed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    rows = load_csv(args.corpus, "fakes-dev.csv")
    if rows is None:
        return 0
    re.compile = _wrapping(re.compile, "re")
    regex.compile = _wrapping(regex.compile, "regex")
    import syriaevents as se  # compiles its patterns now, through the wrappers

    texts = [row["article_content"] for row in rows]
    for text in texts:  # warm the tables' memos
        se.parse_article(text)
    _TIME.clear()
    _CALLS.clear()
    started = time.perf_counter()
    for text in texts:
        se.parse_article(text)
    total = time.perf_counter() - started
    inside = sum(_TIME.values()) / 1e6
    print(f"instrumented pass {total * 1000:.0f} ms; inside patterns {inside:.0f} ms")
    for key, ns in _TIME.most_common(args.top):
        print(f"{ns / 1e6:8.2f} ms {_CALLS[key]:7d} calls  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
