"""Session 11 (act14): fast paths of the actor stage agree with the patterns they guard."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriaevents import _actors

_PARTS = [
    "and",
    "or",
    "band",
    "for",
    "syrian",
    "u.s.",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "\u2003",
    "\x1c",
    "-",
    "x",
    "\u00e9",
]


@given(st.lists(st.sampled_from(_PARTS), max_size=16))
@example(["syrian", " ", "and", " ", " ", " ", " ", "\n"])
@example(["syrian", " ", "or", "\u00a0", "\n"])
@settings(max_examples=500)
def test_pair_gate_holds_wherever_the_pattern_matches(parts: list[str]) -> None:
    # _paired_owner searches _PAIR_BEFORE only where the last 12 characters, stripped of
    # their whitespace, end with one of _PAIR_WORDS.
    text = "".join(parts)
    start = len(text)
    if _actors._PAIR_BEFORE.search(text, max(0, start - 40), start):
        assert text[max(0, start - 12) : start].rstrip().endswith(_actors._PAIR_WORDS)


@given(st.lists(st.sampled_from([*_PARTS, "a", ".", "'", "'s", "x-y", "_", "1"]), max_size=40))
@example(["syrian", " ", "regime", " ", "and", " "])
@example(["ab", ".", "syrian", " ", "x", " ", "or", " ", "\n"])
@settings(max_examples=1000)
def test_pair_owner_read_backwards_is_the_owner_read_forwards(parts: list[str]) -> None:
    # _paired_owner matches _PAIR_BEFORE backwards from the window's end: the same owner as
    # the forward search, also where a word crosses the window's start.
    text = "".join(parts)
    for start in range(max(0, len(text) - 12), len(text) + 1):
        lo = max(0, start - 40)
        forwards = _actors._PAIR_BEFORE.search(text, lo, start)
        backwards = _actors._PAIR_BEFORE_REVERSED.search(text, lo, start)
        assert (forwards is None) == (backwards is None)
        if forwards is not None and backwards is not None:
            assert forwards.span("owner") == backwards.span("owner")
