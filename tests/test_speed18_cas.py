"""Fast paths of the casualty assembler (session 14, cas18) give what the plain code gives."""

from __future__ import annotations

import re

from hypothesis import given, settings
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


@settings(max_examples=400)
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


_PLAIN_INCLUDES_BEFORE = re.compile(cas._INCLUDES_BEFORE_PLAIN)
# The words of _INCLUDES_BEFORE's branches, whole and cut, glued and spaced.
_INCLUDES_TEXT = st.lists(
    st.sampled_from(
        [
            "including",
            "among",
            " them",
            " whom",
            "of",
            " the",
            " those",
            "the",
            "those",
            " dead",
            " victims",
            " killed",
            " were",
            " are",
            " included",
            " includes",
            " include",
            "as",
            " follows",
            " x",
            "y",
            "'s",
            *" ,:\n-",
        ]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=400)
@given(_INCLUDES_TEXT, st.integers(0, 80), st.integers(0, 80))
def test_includes_before_led_by_literals(text: str, a: int, b: int) -> None:
    pos, endpos = min(a, b), max(a, b)
    plain = _PLAIN_INCLUDES_BEFORE.search(text, pos, endpos)
    fast = cas._INCLUDES_BEFORE.search(text, pos, endpos)
    assert (plain is None) == (fast is None)
    if plain is not None and fast is not None:
        assert plain.span() == fast.span()
        assert (plain["dead"] is not None) == (fast.lastgroup is not None)
        assert (plain["follows"] is not None) == (fast["follows"] is not None)


def test_includes_before_examples() -> None:
    for text, dead in (
        ("killed 20, including ", False),
        ("among them were ", False),
        ("among the dead were ", True),
        ("the victims included ", True),
        ("the dead of the town's east included ", True),
        ("those killed were ", True),
        ("as follows: ", True),
    ):
        m = cas._INCLUDES_BEFORE.search(text)
        assert m is not None, text
        assert (m.lastgroup is not None) is dead, text


_PLAIN_SHARED_JOIN = re.compile(cas._SHARED_JOIN_PLAIN)
_JOIN_TEXT = st.lists(
    st.sampled_from(
        [" ", "  ", "\n", "syrian", "pro-", "-", "x", "_", "9", ",", " and ", " or ", "and", "é"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=400)
@given(_JOIN_TEXT, st.integers(0, 30), st.integers(0, 30))
def test_shared_join_possessive(text: str, a: int, b: int) -> None:
    pos, limit = min(a, b), max(a, b)
    plain = _PLAIN_SHARED_JOIN.match(text, pos, limit)
    fast = cas._SHARED_JOIN.match(text, pos, limit)
    assert (plain is None) == (fast is None)
    if plain is not None and fast is not None:
        assert plain.span() == fast.span()
        assert plain.span("join") == fast.span("join")


_PLAIN_OF_DEAD_BEFORE = re.compile(cas._OF_DEAD_BEFORE_PLAIN)
_OF_DEAD_TEXT = st.lists(
    st.sampled_from(["of", "off", "x", " the", " those", " dead", " killed", " victims", *" ,\n-"]),
    max_size=10,
).map("".join)


@settings(max_examples=400)
@given(_OF_DEAD_TEXT, st.integers(0, 50), st.integers(0, 50))
def test_of_dead_before_led_by_its_literal(text: str, a: int, b: int) -> None:
    pos, endpos = min(a, b), max(a, b)
    plain = _PLAIN_OF_DEAD_BEFORE.search(text, pos, endpos)
    fast = cas._OF_DEAD_BEFORE.search(text, pos, endpos)
    assert (plain and plain.span()) == (fast and fast.span())


_PLAIN_NEXT_WORD = re.compile(cas._NEXT_WORD_PLAIN)
_WORD_TEXT = st.lists(
    st.sampled_from([" ", "\t", "\n", "\xa0", "ab", "c", "-", "--", "_", "7", "é", "X", ".", "'"]),
    max_size=10,
).map("".join)


@settings(max_examples=400)
@given(_WORD_TEXT, st.integers(0, 20), st.integers(0, 20))
def test_next_word_possessive(text: str, a: int, b: int) -> None:
    pos, endpos = min(a, b), max(a, b)
    plain = _PLAIN_NEXT_WORD.match(text, pos, endpos)
    fast = cas._NEXT_WORD.match(text, pos, endpos)
    assert (plain is None) == (fast is None)
    if plain is not None and fast is not None:
        assert plain.span() == fast.span()
        assert plain.span(1) == fast.span(1)


_PLAIN_INCLUDES = re.compile(cas._INCLUDES_PLAIN)
_AFTER_TOLL_TEXT = st.lists(
    st.sampled_from(
        [
            " ",
            "  ",
            "\n",
            ",",
            "(",
            "-",
            ":",
            "including",
            "among",
            " them",
            " were",
            "mostly",
            " of",
            " the",
            " dead",
            "x",
            "5",
        ]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=400)
@given(_AFTER_TOLL_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_includes_possessive_opening(text: str, a: int, b: int) -> None:
    pos, limit = min(a, b), max(a, b)
    plain = _PLAIN_INCLUDES.match(text, pos, limit)
    fast = cas._INCLUDES.match(text, pos, limit)
    assert (plain and plain.span()) == (fast and fast.span())


_PLAIN_CONNECT = re.compile(cas._CONNECT_PLAIN)
_CONNECT_TEXT = st.lists(
    st.sampled_from(
        [" ", "  ", "\n", ",", "and", "as", "well", "plus", "his", "her", "their", "x", "5"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=400)
@given(_CONNECT_TEXT, st.integers(0, 40), st.integers(0, 40))
def test_connect_possessive(text: str, a: int, b: int) -> None:
    pos, limit = min(a, b), max(a, b)
    plain = _PLAIN_CONNECT.match(text, pos, limit)
    fast = cas._CONNECT.match(text, pos, limit)
    assert (plain is None) == (fast is None)
    if plain is not None and fast is not None:
        assert plain.span() == fast.span()
        assert plain.span("owner") == fast.span("owner")
