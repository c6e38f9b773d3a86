"""Fast paths of the casualty assembler (session 6) give what the plain patterns give.

Each shortcut is checked against the call it stands in for, on text built from the very words
those patterns look for (see also tests/test_speed_cas.py).
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from syriaevents import _casualties as cas
from syriaevents._text import fold

_SEPARATORS = [" ", "  ", "\n", "\t", ". ", ", ", "; ", ": ", " - ", "-", "'", "(", ",\n"]
_ODD = ["\u00e9", "_", "7", "x", "\u00a0", "h", "and"]


def _words(*patterns: re.Pattern[str]) -> list[str]:
    source = re.sub(r"\\[a-zA-Z]", " ", "".join(p.pattern for p in patterns))
    return sorted(set(re.findall(r"[a-z][a-z-]*", source)))


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    pieces = st.one_of(st.sampled_from(words), st.sampled_from(_SEPARATORS), st.sampled_from(_ODD))
    return st.lists(pieces, max_size=30).map("".join)


def _spans(m: re.Match[str] | None) -> object:
    return None if m is None else m.span()


@given(_texts(_words(cas._INCLUDES)), st.integers(0, 60), st.integers(0, 60))
@example(", including 5 children", 0, 60)
@example(" , 3 of them", 0, 60)
def test_includes_or_gap_is_includes_else_the_gap(text: str, pos: int, limit: int) -> None:
    folded = fold(text)
    pos, limit = min(pos, len(folded)), min(max(pos, limit), len(folded))
    m = cas._INCLUDES_OR_GAP.match(folded, pos, limit)
    includes = cas._INCLUDES.match(folded, pos, limit)
    assert m is not None
    if includes is not None:
        assert m.group("includes") is not None
        assert m.span() == includes.span()
    else:
        assert m.group("includes") is None
        assert _spans(m) == _spans(cas._LEAD_GAP.match(folded, pos, limit))


@given(_texts(["him", "her", "hi", "here", "them", "in", "killing"]), st.integers(0, 40))
@example(" him.", 0)
@example("\n\nher", 0)
def test_him_or_her_gate_never_refuses_a_match(text: str, at: int) -> None:
    folded = fold(text)
    at = min(at, len(folded))
    nxt = folded[at + 1 : at + 2]
    if cas._HIM_OR_HER.match(folded, at) is not None:
        assert nxt == "h" or nxt.isspace()


@given(_texts(["and", "an", "d", "men", "women"]), st.integers(0, 40), st.integers(0, 40))
@example(" and women", 0, 40)
@example("\t\tand ", 0, 40)
def test_and_gate_never_refuses_a_match(text: str, at: int, limit: int) -> None:
    folded = fold(text)
    at, limit = min(at, len(folded)), min(max(at, limit), len(folded))
    if cas._AND.match(folded, at, min(limit, at + 7)) is not None:
        assert "and" in folded[at : at + 7]
