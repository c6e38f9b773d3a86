"""Fast paths of the casualty assembler (session 5) give what the plain patterns give.

Each shortcut is checked against the pattern it stands in for, on text built from the very
words those patterns look for (see also tests/test_casualties_fastpaths.py).
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from syriaevents import _casualties as cas
from syriaevents._text import fold

_SEPARATORS = [" ", "  ", "\n", "\t", ". ", ", ", "; ", ": ", " - ", "-", "'", '"', "(", "#"]
_ODD = ["\u00e9", "_", "7", "x", "\u00a0"]

# Each class-led search with its window width at its call sites.
_END_ANCHORED = [
    (cas._ARTICLE, 60),
    (cas._BLOCK_BEFORE, 25),
    (cas._PRONOUN_SOURCE, 25),
]


def _words(pattern: str) -> list[str]:
    source = re.sub(r"\\[a-zA-Z]", " ", pattern)
    return sorted(set(re.findall(r"[a-z][a-z-]*", source)))


_WORDS = sorted({w for searcher, _ in _END_ANCHORED for w in _words(searcher.pattern)})


def _texts() -> st.SearchStrategy[str]:
    pieces = st.one_of(
        st.sampled_from([*_WORDS, "child", "brothers", "al-assad"]),
        st.sampled_from(_SEPARATORS),
        st.sampled_from(_ODD),
    )
    return st.lists(pieces, max_size=30).map("".join)


def _spans(m: re.Match[str] | None) -> object:
    return None if m is None else [m.span(g) for g in range(m.re.groups + 1)]


@given(_texts(), st.integers(0, 400), st.integers(0, 70))
@example("a child", 7, 60)
@example("his brother", 11, 60)
@example("x a woman and her two ", 22, 60)
@example("aged 12", 5, 25)
@example("it said", 2, 25)
def test_end_anchored_searches_match_the_plain_pattern(text: str, end: int, width: int) -> None:
    folded = fold(text)
    end = min(end, len(folded))
    lo = max(0, end - width)
    for searcher, _ in _END_ANCHORED:
        plain = re.compile(searcher.pattern)
        expected = plain.search(folded, lo, end)
        assert _spans(searcher.search(folded, lo, end)) == _spans(expected), searcher.pattern
