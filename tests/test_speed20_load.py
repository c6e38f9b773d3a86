"""Session 16 (load): what the first call builds more cheaply, against the plain form."""

from __future__ import annotations

import functools
import re
import typing

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriaevents import _actors as ac


@functools.cache
def _longest_keys() -> list[str]:
    """The names that read furthest (a space read as four whitespace characters)."""
    keys = sorted(ac._matcher().keys, key=lambda k: len(k) + 3 * k.count(" "))
    return keys[-20:]


@functools.cache
def _pieces() -> list[str]:
    keys = [k for k in ac._matcher().keys if " " in k][::7]
    words = sorted({w for k in keys for w in k.split(" ")})
    return keys + words + _longest_keys()


# Gaps, and what may follow a name's end: the look-ahead reads "'s", "s" and a word character.
_GAPS = [" ", " ", "  ", "    ", "\n", "-", "(", ".", "'", "'s", "s", "x", "\u00e9", "_", "2"]


def _spaced(key: str, run: str) -> str:
    return key.replace(" ", run)


def _name_at(m: ac._Matcher, text: str, at: int) -> re.Match[str] | None:
    """The longest name at offset ``at`` of ``text`` (group 1) as _names reads it with the
    one compiled pattern ``m.after_space``: at the space before ``at`` when there is one,
    else at the start of a space and the next ``m.reach`` characters of the text (offsets of
    the match are then those of the copy)."""
    if at > 0 and text[at - 1] == " ":
        return m.after_space.match(text, at - 1)
    return m.after_space.match(" " + text[at : at + m.reach])


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_pieces()),
            st.sampled_from(_GAPS),
            st.builds(_spaced, st.sampled_from(_longest_keys()), st.sampled_from(["  ", "\t\n  "])),
        ),
        max_size=12,
    ).map("".join)
)
@example(_spaced(max(ac._matcher().keys, key=len), "    ") + "sx")
@example("(the free syrian army's")
@example("-islamic state")
@settings(max_examples=300)
def test_the_name_at_any_position_is_the_plain_patterns(text: str) -> None:
    """_name_at, with the one compiled pattern after a space, finds at every position what
    the name pattern alone finds there."""
    m = ac._matcher()
    plain = m.name
    for at in range(len(text) + 1):
        want = plain.match(text, at)
        got = _name_at(m, text, at)
        if want is None:
            assert got is None, (text, at)
        else:
            assert got is not None, (text, at)
            assert got[1] == want[1]
            assert got.end() - got.start() == want.end() - at + 1


def test_a_shorter_reach_would_change_a_name() -> None:
    """The reach is not generous for nothing: a copy two characters shorter than it would
    end right after a longest name followed by "s", whose look-ahead then passes where the
    text's (an "s" and a letter) fails."""
    m = ac._matcher()
    worst = max(m.keys, key=lambda k: len(k) + 3 * k.count(" "))
    text = "(" + _spaced(worst, "    ") + "sx"
    assert len(worst) + 3 * worst.count(" ") + 3 == m.reach
    plain = m.name.match(text, 1)
    assert plain is None or plain[1] != worst
    short = attrs.evolve(m, reach=m.reach - 2)
    cut = _name_at(short, text, 1)
    assert cut is not None
    assert cut[1] == _spaced(worst, "    ")
    got = _name_at(m, text, 1)
    assert (got is None) == (plain is None)
    assert got is None or plain is None or got[1] == plain[1]


class _AfterTheSpace:
    """The name pattern alone, asked as _inner_names asks after_space: at a name's space,
    it matches after it (the plain form of the call)."""

    def __init__(self, plain: re.Pattern[str]) -> None:
        self.plain = plain

    def match(self, key: str, at: int) -> re.Match[str] | None:
        return self.plain.match(key, at + 1)


def test_inner_names_are_those_the_plain_pattern_finds() -> None:
    """_inner_names, which matches at the space of each name, gives what the name pattern
    alone gives after that space."""
    m = ac._matcher()
    plain = typing.cast("re.Pattern[str]", _AfterTheSpace(m.name))
    want = ac._inner_names(m.keys, plain)
    assert m.inner == want
    assert sum(map(len, want.values())) > 1000


def _with_gap(budget: int) -> ac._Matcher:
    """The matcher with a fresh name pattern for gaps, compiled after ``budget`` gaps."""
    m = ac._matcher()
    return attrs.evolve(m, gap=ac._GapPattern(m.gap.source, budget=budget))


_GAP_TEXTS = [" ", " ", "(", "-", "\n", "/", "'", '"', ".", "\u00e9", "x", "s"]


@given(
    st.lists(st.one_of(st.sampled_from(_pieces()), st.sampled_from(_GAP_TEXTS)), max_size=20).map(
        "".join
    )
)
@example("(free syrian army)-led/islamic state\n(the syrian observatory for human rights's")
@settings(max_examples=300)
def test_names_after_gaps_are_the_same_before_and_after_the_name_pattern_is_compiled(
    text: str,
) -> None:
    """_names matches after gaps through copies until the name pattern alone is compiled,
    then with it: the same names either way."""
    text = " " + text
    copies, compiled = _with_gap(1 << 40), _with_gap(0)
    want = ac._names(copies, text)
    assert copies.gap.pattern is None
    assert ac._names(compiled, text) == want
    marked = text.encode("ascii", "replace").translate(ac._GAP_MARKS)
    gaps = compiled.marked_gap.search(marked) is not None
    assert (compiled.gap.pattern is not None) == gaps


def test_the_name_pattern_is_compiled_once_its_budget_of_gaps_is_spent() -> None:
    import threading

    m = _with_gap(5)
    text = " " + "(isis) " * 4
    ac._names(m, text)
    assert m.gap.pattern is None
    assert m.gap.budget == 1
    plain = m.name  # compiled apart until the budget is spent
    assert m.gap.pattern is None
    ac._names(m, text)
    compiled = m.gap.pattern
    assert compiled is not None
    assert compiled.pattern == plain.pattern
    assert m.name is compiled
    threads = [threading.Thread(target=m.gap.spend, args=(1,)) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert m.gap.pattern is compiled
    # The package's own matcher reads fakes-dev-like batches with a budget that a short
    # article does not spend.
    assert ac._GAP_BUDGET >= 1000


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


def test_ascii_text_does_not_compile_the_regex_form_of_the_dates() -> None:
    """The `regex` form of the date pattern is compiled for the first text that is not ASCII
    once folded, and reads the dates the stdlib twin reads in ASCII text."""
    out = _fresh(
        """
import syriaevents as se
from syriaevents import _dates as d
print(d._DATE_RE_AND_HANDLERS is None)
text = "On 5 March 2016 and two days later, on Sunday, shells fell."
plain = se.find_dates(text, published="2016-03-20")
print(d._DATE_RE_AND_HANDLERS is None, len(plain))
other = se.find_dates(text + " \\u062f\\u0631", published="2016-03-20")
print(d._DATE_RE_AND_HANDLERS is not None, plain == other)
print(d._date_re()[0] is d._DATE_RE_AND_HANDLERS[0], d._date_re() is d._DATE_RE_AND_HANDLERS)
"""
    )
    assert out == "True\nTrue 3\nTrue True\nTrue True\n"


def test_import_leaves_the_process_pool_out() -> None:
    """`import syriaevents` does not import concurrent.futures.process (multiprocessing):
    parse_articles imports it when it spreads batches over workers."""
    out = _fresh(
        """
import sys
import syriaevents
print("concurrent.futures.process" in sys.modules, "multiprocessing" in sys.modules)
"""
    )
    assert out == "False False\n"


def _plain_word_trie(words: list[str], space: str = r"\s+", *, reverse: bool = False) -> str:
    """word_trie as the tree, node by node (the form before session 16)."""
    import re
    from typing import Any

    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in reversed(word) if reverse else word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = []
        for c, sub in sorted(node.items()):
            if c:
                char = space if c == " " else re.escape(c)
                branches.append(emit(sub) + char if reverse else char + emit(sub))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@given(
    st.lists(st.text(alphabet="ab .-(\u00e9\\", max_size=6), max_size=12),
    st.sampled_from([r"\s+", r"\s\s{0,3}", " "]),
    st.booleans(),
)
@example(["", "a"], r"\s+", False)
@example(["ab", "abc", "abd", "b", "ab"], r"\s+", True)
@settings(max_examples=400)
def test_word_trie_is_the_trees_pattern(words: list[str], space: str, reverse: bool) -> None:
    from syriaevents._text import word_trie

    assert word_trie(words, space, reverse=reverse) == _plain_word_trie(
        words, space, reverse=reverse
    )


def test_word_trie_of_the_actor_names_is_the_trees_pattern() -> None:
    from syriaevents._text import word_trie

    keys = list(ac._matcher().keys)
    for reverse in (False, True):
        want = _plain_word_trie(keys, r"\s\s{0,3}", reverse=reverse)
        assert word_trie(keys, r"\s\s{0,3}", reverse=reverse) == want
    assert len(want) > 60_000


def _plain_caps_mask(spelling: str) -> tuple[int, ...]:
    mask: list[int] = []
    if spelling == spelling.lower():
        return ()
    for m in ac._TOKEN.finditer(spelling):
        letters = [i for i, c in enumerate(m.group()) if c.isalpha()]
        if len(letters) >= 2 and all(m.group()[i].isupper() for i in letters):
            mask.extend(m.start() + i for i in letters)
    return tuple(mask)


@given(st.text(alphabet="aAbB1 -.'\u00e9\u00c9\u062f\u01c5\u24d0\u2170", max_size=16))
@example("AB\u24d0")
@example("Free Syrian Army (FSA)")
@example("\u062f\u062f")
@example("A\u062f")
@settings(max_examples=400)
def test_caps_mask_is_the_plain_one(spelling: str) -> None:
    assert ac._caps_mask(spelling) == _plain_caps_mask(spelling)


def test_caps_masks_of_the_actor_table_are_the_plain_ones() -> None:
    spellings = [
        v
        for e in ac.actor_table().entries
        for s in (*e.aliases, *e.descriptors, *e.ambiguous, *e.place_aliases)
        for v in ac._variants(s)
    ]
    assert sum(1 for s in spellings if ac._caps_mask(s)) > 50
    for spelling in spellings:
        assert ac._caps_mask(spelling) == _plain_caps_mask(spelling), spelling
