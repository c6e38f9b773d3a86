"""Fast paths of the casualty assembler (session 15, cas19) give what the plain code gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syriaevents import _casualties as cas

# Every word of the four patterns _NOT_AGENT_AFTER joins: a word that can open a match and
# is missing from the gate's sets shows up as a difference below.
_PATTERN_WORDS = sorted(
    {
        w
        for p in (cas._HOLDER_AFTER, cas._TARGET_AFTER, cas._SAYS_AFTER, cas._DOWNED_AFTER)
        for w in re.findall(r"[a-z]{2,}", p.pattern)
    }
    | {"monday", "s", "day", "a", "an", "the", "killed", "forces", "jets", "that"}
)
_SEPARATORS = [" ", "  ", "\n", "\t", "\xa0", "\u2028", "\x1c", ",", ", ", "'s", "'", "-", "("]
_PIECES = [*_PATTERN_WORDS, *_SEPARATORS, ")", "9", "é", "x-y", ".", "down", "crash"]

_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_PIECES),
        st.tuples(st.sampled_from(_PATTERN_WORDS), st.sampled_from(_SEPARATORS)).map("".join),
    ),
    max_size=24,
).map("".join)


def _same_as_plain(text: str) -> None:
    for pos in range(len(text) + 1):
        fast = cas._not_agent_after(text, pos)
        plain = cas._NOT_AGENT_AFTER.match(text, pos)
        assert (fast is None) == (plain is None), (text, pos)
        if fast is not None and plain is not None:
            assert fast.span() == plain.span()
            assert fast["downed"] == plain["downed"]


@settings(max_examples=1500, deadline=None)
@given(_TEXT)
def test_not_agent_after_gate_is_the_match(text: str) -> None:
    _same_as_plain(text)


# Each word of the patterns first, second, after fillers, after "on X", before a comma, far
# enough for the seven pieces the gate needs (and not).
@pytest.mark.parametrize("word", _PATTERN_WORDS)
def test_not_agent_after_gate_word_by_word(word: str) -> None:
    tail = " one two three four five six seven"
    for text in (
        f" {word}{tail}",
        f" {word}s{tail}",
        f" {word},{tail}",
        f" {word}-up{tail}",
        f" killed {word}{tail}",
        f" heavy {word}{tail}",
        f" heavy {word},{tail}",
        f" has {word}{tail}",
        f" on monday {word}{tail}",
        f" in a {word}{tail}",
        f" ministry of defence {word}{tail}",
        f" a b {word} down{tail}",
        f" a b was {word} down{tail}",
        f" a b has been {word} down{tail}",
        f" a b has been {word}",
        f"'s {word}{tail}",
        f"s {word}{tail}",
        f"-{word}{tail}",
    ):
        _same_as_plain(text)


@pytest.mark.parametrize(
    ("text", "matched"),
    [
        (" said the blast killed at least 30 men and", " said"),
        (" was shot down near hama at dawn, killing the crew", " was shot down"),
        (" helicopter was shot down by rebels late on friday", " helicopter was shot down"),
        (" position outside the village of tal rifaat last week", " position"),
        (" on friday said that nine fighters had", " on friday said"),
        (" officials said later that the raid struck a", " officials said"),
        (" in area. two men died when a shell", " in area"),
        (" killed 17 suspected militants in a village to the", None),
        (" on an opposition-held district of the city, a medic said", None),
        (" began a harsh campaign against the protests in the", None),
        (" has killed scores of people since it took the town", None),
    ],
)
def test_not_agent_after_examples(text: str, matched: str | None) -> None:
    m = cas._not_agent_after(text, 0)
    assert (m[0] if m is not None else None) == matched
    _same_as_plain(text)


# Characters of every kind the gap's pattern tells apart: word characters (letters of other
# scripts, digits of other scripts, "_"), the three marks that stay in a word, marks that
# stand alone, and whitespace str.isspace accepts but a plain space is not.
_GAP_CHARS = st.sampled_from(
    [
        *"ab9_.'-,\"()[]:;!?/&$ \t\n\x0b\x0c\r\x1c\x1f\x85\xa0\u2028\u3000",
        "é",
        "\u0660",
        "\u00b2",
        "\u2167",
        "\u00bd",
        "\u200b",
        "\u02bc",
        "\ufeff",
        "x-y",
        "s'",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(_GAP_CHARS, max_size=30).map("".join), st.integers(0, 35), st.integers(0, 35))
def test_gap_words_is_the_findall(text: str, start: int, end: int) -> None:
    assert cas._gap_words(text, start, end) == cas._GAP_WORD.findall(text, start, end)


@given(st.text(max_size=30))
def test_gap_words_any_text(text: str) -> None:
    assert cas._gap_words(text, 0, len(text)) == cas._GAP_WORD.findall(text)


@pytest.mark.parametrize(
    "text",
    [
        " red crescent [sarc] ",
        " km) from homs, where the militia says ",
        ' was killed" ',
        " al-nusra front's fighters ",
        " u.s.-backed ",
        " 12 ",
        "  \n ",
        "- -",
        "_",
        "",
    ],
)
def test_gap_words_examples(text: str) -> None:
    assert cas._gap_words(text, 0, len(text)) == cas._GAP_WORD.findall(text)
    assert cas._gap_words(" " + text, 1, len(text) + 1) == cas._GAP_WORD.findall(text)


def _by_agent_plain(folded: str, start: int) -> bool:
    lo = start - 60 if start > 60 else 0
    return (
        cas._ends_with(folded, lo, start, cas._BY_LAST)
        and cas._BY_AGENT.search(folded, lo, start) is not None
    )


_BY_TEXT = st.lists(
    st.sampled_from(
        [
            " killed",
            " shelling",
            " clashes",
            " blamed",
            " blame",
            " the",
            " by",
            "by",
            " with",
            " on",
            " and",
            " a",
            " an",
            " forces",
            " loyal",
            " to",
            " syrian",
            " regime",
            " jets",
            "-",
            ",",
            " ",
            "\n",
            "x",
            "é",
            "blam",
            "wi",
            "th",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=1000, deadline=None)
@given(_BY_TEXT)
def test_by_agent_gate_is_the_search(text: str) -> None:
    for start in range(len(text) + 1):
        assert cas._by_agent_before(text, start) == _by_agent_plain(text, start), (text, start)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("five civilians were killed by", True),
        ("killed by forces loyal to the syrian", True),
        ("an attack carried out by the", True),
        ("a bomb planted by an", True),
        ("a bomb planted by an unidentified armed group and", False),
        ("in clashes with the", True),
        ("the west blamed the attack on the", True),
        ("five civilians were killed in the", False),
        ("they fought alongside the", False),
        ("the attack on", False),
    ],
)
def test_by_agent_examples(text: str, expected: bool) -> None:
    folded = text + " x"
    assert cas._by_agent_before(folded, len(text) + 1) is expected
    assert _by_agent_plain(folded, len(text) + 1) is expected


_NAME_PIECES = st.sampled_from(
    [
        "Ahmad",
        "ahmad",
        "al",
        "Al",
        "al-Assad",
        "abu",
        "van",
        "de",
        "bint",
        "ibn",
        "child",
        "people",
        "Dr.",
        "O'Neil",
        "x-y",
        "É",
        "é",
        '"Omar',
        "(al",
        "was",
        "has",
        "had",
        "have",
        "been",
        "9",
    ]
)
_NAME_SEPS = st.sampled_from([" ", " ", "  ", "\n", "\xa0", "", "-", "'"])


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.tuples(_NAME_PIECES, _NAME_SEPS).map("".join), max_size=9).map("".join))
def test_may_name_before_rules_out_no_match(text: str) -> None:
    for tail in ("", " ", "  ", "\n"):
        window = text + tail
        for pos in range(len(window) + 1):
            if not cas._may_name_before(window[pos:]):
                assert cas._NAME_BEFORE.search(window, pos) is None, (window, pos)


@pytest.mark.parametrize(
    ("window", "may"),
    [
        ("Colonel Ibrahim Salloum was ", True),
        ("activist Omar Haddad has been ", True),
        ("a commander named abu was ", True),
        ("leader zahran al-alloush was ", True),
        ("a child was ", False),
        ("at least 40 residents have been ", False),
        ("the soldier had been ", False),
    ],
)
def test_may_name_before_examples(window: str, may: bool) -> None:
    assert cas._may_name_before(window) is may
    if not may:
        assert cas._NAME_BEFORE.search(window) is None
