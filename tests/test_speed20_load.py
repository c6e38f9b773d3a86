"""Session 16 (load): what the first call builds more cheaply, against the plain form."""

from __future__ import annotations


def _fresh(code: str) -> str:
    """What ``code`` prints in a fresh interpreter that imports this tree's syriaevents."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    import syriaevents

    env = {**os.environ, "PYTHONPATH": str(Path(syriaevents.__file__).parent.parent)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def test_ascii_text_compiles_only_the_stdlib_twin_of_the_counts() -> None:
    """The `regex` form of the counts' pattern is compiled for the first text that is not
    ASCII, not before; both forms read the same counts, and the threads that ask at once
    get one pattern."""
    out = _fresh(
        """
import threading
import syriaevents as se
from syriaevents import _numbers as n
print(n._twin_compiled.is_set(), n._compiled.is_set())
plain = se.find_counts("At least 16 people and more than 200 fighters were killed.")
print(n._twin_compiled.is_set(), n._compiled.is_set(), n._COUNTS.pattern)
other = se.find_counts("At least 16 people and more than 200 fighters died \u062f\u0631.")
print(n._compiled.is_set(), [c.value for c in plain] == [c.value for c in other] == [16, 200])
first = n._COUNTS
threads = [threading.Thread(target=n._compile) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(n._COUNTS is first, "qual" in first.groupindex)
"""
    )
    assert out.split("\n") == [
        "False False",
        "True False (?!)",
        "True True",
        "True True",
        "",
    ]


def test_threads_that_compile_the_counts_at_once_get_one_pattern() -> None:
    out = _fresh(
        """
import threading
from syriaevents import _numbers as n
seen = []
def work(f):
    f()
    seen.append((n._ASCII_COUNTS, n._COUNTS))
threads = [threading.Thread(target=work, args=(f,)) for f in [n._compile_twin, n._compile] * 3]
for t in threads:
    t.start()
for t in threads:
    t.join()
twins = {id(a) for a, _ in seen}
print(len(twins), n._compiled.is_set(), n._QUAL == n._COUNTS.groupindex["qual"] > 0)
"""
    )
    assert out == "1 True True\n"
