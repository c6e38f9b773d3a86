"""Fast paths of the casualty assembler (session 14, cas18) give what the plain code gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syriaevents import _casualties as cas
from syriaevents.model import Cause

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


def test_pointed_back_examples() -> None:
    for text in ("blamed damascus for that attack,", "the same strike", "those raids killed"):
        assert cas._POINTED_BACK.search(text) is not None
    for text in ("sothat attack", "the attack", "that attacker", "bathe same strike"):
        assert cas._POINTED_BACK.search(text) is None
        assert re.search(cas._POINTED_BACK_PLAIN, text) is None


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
    plain, fast = _agree(cas._INCLUDES_BEFORE_PLAIN, cas._INCLUDES_BEFORE, "search", text, a, b)
    if plain is not None and fast is not None:
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


_JOIN_TEXT = st.lists(
    st.sampled_from(
        [" ", "  ", "\n", "syrian", "pro-", "-", "x", "_", "9", ",", " and ", " or ", "and", "é"]
    ),
    max_size=10,
).map("".join)


_OF_DEAD_TEXT = st.lists(
    st.sampled_from(["of", "off", "x", " the", " those", " dead", " killed", " victims", *" ,\n-"]),
    max_size=10,
).map("".join)


_WORD_TEXT = st.lists(
    st.sampled_from([" ", "\t", "\n", "\xa0", "ab", "c", "-", "--", "_", "7", "é", "X", ".", "'"]),
    max_size=10,
).map("".join)


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


_CONNECT_TEXT = st.lists(
    st.sampled_from(
        [" ", "  ", "\n", ",", "and", "as", "well", "plus", "his", "her", "their", "x", "5"]
    ),
    max_size=12,
).map("".join)


def _agree(
    plain_source: str,
    fast: re.Pattern[str],
    method: str,
    text: str,
    a: int,
    b: int,
    groups: tuple[int | str, ...] = (),
) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The plain pattern and its fast twin, run the same way on ``text[min:max]``, match
    alike: both or neither, over the same span and the same spans of ``groups``."""
    pos, end = min(a, b), max(a, b)
    plain_match = getattr(re.compile(plain_source), method)(text, pos, end)
    fast_match = getattr(fast, method)(text, pos, end)
    assert (plain_match is None) == (fast_match is None)
    if plain_match is not None and fast_match is not None:
        assert plain_match.span() == fast_match.span()
        for group in groups:
            assert plain_match.span(group) == fast_match.span(group)
    return plain_match, fast_match


# Each rewritten pattern (session 14), how it is run and what it reads: led by a literal
# (searched) or with possessive runs (matched at a position), with the texts it is tried on.
_Twin = tuple[str, re.Pattern[str], str, tuple[int | str, ...], st.SearchStrategy[str]]
_TWINS: dict[str, _Twin] = {
    "pointed back": (cas._POINTED_BACK_PLAIN, cas._POINTED_BACK, "search", (), _TEXT),
    "of the dead before": (
        cas._OF_DEAD_BEFORE_PLAIN,
        cas._OF_DEAD_BEFORE,
        "search",
        (),
        _OF_DEAD_TEXT,
    ),
    "next word": (cas._NEXT_WORD_PLAIN, cas._NEXT_WORD, "match", (1,), _WORD_TEXT),
    "includes": (cas._INCLUDES_PLAIN, cas._INCLUDES, "match", (), _AFTER_TOLL_TEXT),
    "shared join": (cas._SHARED_JOIN_PLAIN, cas._SHARED_JOIN, "match", ("join",), _JOIN_TEXT),
    "connect": (cas._CONNECT_PLAIN, cas._CONNECT, "match", ("owner",), _CONNECT_TEXT),
}


@pytest.mark.parametrize("name", sorted(_TWINS))
@settings(max_examples=400)
@given(data=st.data())
def test_fast_pattern_matches_as_its_plain_twin(name: str, data: st.DataObject) -> None:
    plain, fast, method, groups, texts = _TWINS[name]
    text = data.draw(texts)
    reach = len(text) + 2
    a, b = data.draw(st.integers(0, reach)), data.draw(st.integers(0, reach))
    _agree(plain, fast, method, text, a, b, groups)
