"""Fast paths of the casualty assembler (session 14, cas18) give what the plain code gives."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from syriaevents import _casualties as cas
from syriaevents.model import Cause

# The plain pattern, led by "\b" (tried at every position of its window).
_PLAIN_POINTED_BACK = re.compile(cas._POINTED_BACK_PLAIN)

# Pieces of the pattern's words, word characters and separators, so that its openers,
# boundaries and nouns are met whole, cut and glued to other words.
_TEXT = st.lists(
    st.sampled_from(
        [
            "that",
            "those",
            "the",
            "th",
            " same",
            "same ",
            "at",
            "ose",
            " attack",
            " attacks",
            " strike",
            "raids",
            " shelling",
            " gas ",
            "sarin ",
            " chemical",
            "blast",
            *" \t\n-_.,",
            "x",
            "9",
            "é",
            "\xa0",
        ]
    ),
    max_size=16,
).map("".join)


@given(_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_pointed_back_led_by_its_literal(text: str, a: int, b: int) -> None:
    pos, endpos = min(a, b), max(a, b)
    plain = _PLAIN_POINTED_BACK.search(text, pos, endpos)
    fast = cas._POINTED_BACK.search(text, pos, endpos)
    assert (plain is None) == (fast is None)
    if plain is not None and fast is not None:
        assert plain.span() == fast.span()


def test_pointed_back_examples() -> None:
    for text in ("blamed damascus for that attack,", "the same strike", "those raids killed"):
        assert cas._POINTED_BACK.search(text) is not None
    for text in ("sothat attack", "the attack", "that attacker", "bathe same strike"):
        assert cas._POINTED_BACK.search(text) is None
        assert _PLAIN_POINTED_BACK.search(text) is None


_CAUSES = [None, *Cause]
_HITS = st.lists(
    st.tuples(st.integers(0, 40), st.sampled_from(_CAUSES)).map(
        lambda h: (h[0], h[0] + 3, h[1], "w")
    ),
    min_size=2,
    max_size=8,
)


@given(_HITS, st.integers(0, 40))
def test_best_cause_is_min_with_its_key(hits: list[tuple[int, int, object, str]], at: int) -> None:
    plain = min(hits, key=lambda h: (cas._CAUSE_RANK.get(h[2], 0), abs(h[0] - at)))
    assert cas._best_cause(hits, at) is plain
