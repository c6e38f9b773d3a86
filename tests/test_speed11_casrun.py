"""Fast paths of the casualty assembler's per-toll reading (session 9, casrun) give what the
plain code gives (see also tests/test_speed_cas.py and tests/test_casualties_fastpaths.py).
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

import syriaevents as se
from syriaevents import _casualties as cas
from syriaevents._text import Doc, fold
from syriaevents.model import VictimGroup

_TARGET_WORDS = sorted(
    set(re.findall(r"[a-z][a-z-]*", re.sub(r"\\[a-zA-Z]", " ", cas._TARGET_BEFORE.pattern)))
)
_PLAIN_TARGET_BEFORE = re.compile(cas._TARGET_BEFORE.pattern)
_PIECES = [" ", "  ", "\n", ". ", ", ", "-", "'", "(", "_", "7", "x", "\u00e9", "\u00a0"]


def _spans(m: re.Match[str] | None) -> object:
    return None if m is None else [m.span(g) for g in range(m.re.groups + 1)]


@given(
    st.lists(st.sampled_from([*_TARGET_WORDS, *_PIECES]), max_size=30).map("".join),
    st.integers(0, 400),
    st.integers(0, 70),
)
@example("raids on the ", 13, 60)
@example("on ", 3, 60)
@example("x-on ", 5, 60)
@example("held by its ", 12, 5)
def test_target_before_matches_the_plain_pattern(text: str, end: int, width: int) -> None:
    """_TARGET_BEFORE, searched led by its class (_EndAnchored), finds what the plain
    pattern finds in every window: the same match and groups, or none."""
    folded = fold(text)
    end = min(end, len(folded))
    lo = max(0, end - width)
    assert _spans(cas._TARGET_BEFORE.search(folded, lo, end)) == _spans(
        _PLAIN_TARGET_BEFORE.search(folded, lo, end)
    )


def test_phrases_and_parts_are_their_named_tuples() -> None:
    """_read_phrase and _read_chain build _Phrase and _Part with tuple.__new__: the same
    NamedTuples the class calls give, fields in order."""
    text = "Regime jets killed 12 civilians and three rebels in Douma."
    folded = fold(text)
    doc = Doc(text)
    assembler = cas._Assembler(doc, se.find_counts(text), [], [], [])
    idx = next(i for i, c in enumerate(assembler.items) if c.surface == "12")
    count = assembler.items[idx]
    phrase = assembler._read_phrase(count.span.end, len(folded))
    assert type(phrase) is cas._Phrase
    assert phrase == cas._Phrase(*phrase)
    assert phrase._asdict()["group"] is VictimGroup.CIVILIANS
    parts, _ = assembler._read_chain(idx, count, len(folded))
    assert [type(p) for p in parts] == [cas._Part, cas._Part]
    assert parts[0] == cas._Part(count, phrase)
    assert parts[0].figure is count
    assert parts[0].phrase == phrase
