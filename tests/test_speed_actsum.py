"""Fast paths of the actor and summary stages agree with the plain code they stand in for."""

from __future__ import annotations

import functools
import operator
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriaevents import _actors as ac
from syriaevents import _summary as sm


def _words(pattern: re.Pattern[str]) -> list[str]:
    source = re.sub(r"\\[a-zA-Z]", " ", pattern.pattern)
    return sorted(set(re.findall(r"[a-z][a-z-]*", source)))


_GAPS = [" ", " ", ". ", "-", "\n", "x", "\u00e9", "_"]


@given(
    st.lists(
        st.one_of(st.sampled_from(_words(sm._UNNAMED_ATTACKER)), st.sampled_from(_GAPS)),
        max_size=20,
    ).map("".join)
)
@example("unidentified aircraft")
@example("the terror group")
@settings(max_examples=300)
def test_unnamed_attacker_fast_path_agrees_with_pattern(text: str) -> None:
    """The words _unnamed_attacker tests first are in every match of _UNNAMED_ATTACKER."""
    assert sm._unnamed_attacker(text) == (sm._UNNAMED_ATTACKER.search(text) is not None)


def test_word_before_reads_backwards_as_the_pattern_reads_forwards() -> None:
    """_word_before reads an ASCII window from its end: the word _WORD_BEFORE finds, on every
    short text of words, runs of non-word characters and newlines (which $ may stand before)."""
    alphabet = "a _\n-"
    texts = [""]
    for _ in range(6):
        texts = [t + c for t in texts for c in alphabet] + [""]
    for text in set(texts):
        for at in range(len(text) + 1):
            found = ac._WORD_BEFORE.search(text, max(0, at - 25), at)
            assert ac._word_before(text, at) == (found.group(1) if found else ""), (text, at)
    long = "syrian  forces fled to    \n"
    for at in range(len(long) + 1):
        found = ac._WORD_BEFORE.search(long, max(0, at - 25), at)
        assert ac._word_before(long, at) == (found.group(1) if found else ""), (long, at)


def test_case_fast_path_agrees_with_the_masks() -> None:
    """_case_ok settles an ASCII surface in one case without reading its masks: every key
    with masks, in every case, gets the answer the masks give."""
    m = ac._matcher()
    checked = 0
    for key, info in [*m.keys.items(), *m.owners.items()]:
        if info.masks is None:
            continue
        for surface in {key, key.upper(), key.title(), key.swapcase(), key[:1].upper() + key[1:]}:
            masks = info.masks
            want = any(all(map(str.isupper, operator.itemgetter(*k)(surface))) for k in masks)
            assert ac._case_ok(info, surface) == want, (key, surface)
            checked += 1
    assert checked > 100


_NAME_WORDS = [
    "isis", "is", "the", "syrian", "army", "free", "al", "nusra", "front", "russian",
    "strikes", "u.s.", "us-led", "coalition", "ypg", "hezbollah", "regime", "forces", "x",
]  # fmt: skip
_NAME_GAPS = [
    " ",
    " ",
    "  ",
    "-",
    ".",
    '"',
    "(",
    ")",
    "\n",
    "'",
    "'s",
    ",",
    "/",
    "\u00e9",
    "_",
    "2",
]


@functools.cache
def _one_pass() -> re.Pattern[str]:
    """The single pattern _names stands for: the longest name after every gap."""
    return re.compile(r"[^a-zA-Z0-9_](?=" + ac._matcher().name.pattern + ")")


@given(
    st.lists(st.one_of(st.sampled_from(_NAME_WORDS), st.sampled_from(_NAME_GAPS)), max_size=24).map(
        "".join
    )
)
@example('x (isis) and "the free syrian army"-led u.s.-led coalition')
@example("\u00e9is al-nusra front/ypg")
@settings(max_examples=300)
def test_names_after_spaces_and_other_gaps_are_those_of_one_pass(text: str) -> None:
    """_names finds names after spaces and after the other gaps apart: together, in text
    order, the names one pattern finds after every gap."""
    text = " " + text
    want = [(mt.start(), mt.group(1)) for mt in _one_pass().finditer(text)]
    assert ac._names(ac._matcher(), text) == want


def test_origin_before_a_place_at_the_start_of_a_line() -> None:
    """_ORIGIN_BEFORE ends with a space and $, which matches before a newline that ends the
    window too: _origin_before says the same."""
    for text in ("fled \n", "fled \n\n", "from the \n", "fled  \n", " \n", "\n", "left\n"):
        for start in range(len(text) + 1):
            plain = sm._ORIGIN_BEFORE.search(text, max(0, start - 60), start) is not None
            assert sm._origin_before(text, start) == plain, (text, start)
