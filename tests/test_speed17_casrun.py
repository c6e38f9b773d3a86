"""Fast paths of the casualty assembler's per-toll reading (session 13, casrun17) give what
the plain code gives (see also tests/test_speed12_casrun.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from syriaevents import _casualties as cas

# Words, spaces of several kinds and the marks _read_toll strips before a figure.
_TEXT = st.lists(
    st.sampled_from(
        [*"abof ", " and ", " by ", "\t", "\n", "\xa0", "\u2009", "\u3000", *"-#.:,;'\"", "x"]
    ),
    max_size=20,
).map("".join)


def test_whitespace_is_what_isspace_accepts() -> None:
    spaces = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert set(cas._WHITESPACE) == spaces
    assert len(cas._WHITESPACE) == len(spaces)


def _plain_head_end(folded: str, s_start: int, start: int) -> int:
    """Where the word before a figure ends, as _read_toll read it before session 13."""
    j = start
    while j > s_start and (folded[j - 1].isspace() or folded[j - 1] in "-#.:,"):
        j -= 1
    return j


@given(_TEXT, st.integers(0, 45), st.integers(0, 45))
def test_head_before_figure(folded: str, a: int, b: int) -> None:
    s_start, start = min(a, b, len(folded)), min(max(a, b), len(folded))
    j = _plain_head_end(folded, s_start, start)
    head = folded[s_start:start].rstrip(cas._SPACES_AND_MARKS)
    assert s_start + len(head) == j
    for words in (cas._BLOCK_LAST, cas._INCLUDES_LAST, "of"):
        assert head.endswith(words) == folded.endswith(words, s_start, j)


@given(_TEXT, st.integers(0, 45), st.integers(0, 45))
def test_and_before_figure(folded: str, a: int, b: int) -> None:
    s_start, start = min(a, b, len(folded)), min(max(a, b), len(folded))
    sliced = folded[start - 5 if start - 5 > s_start else s_start : start] == " and "
    assert sliced == folded.endswith(" and ", s_start, start)


def _plain_ends_with(folded: str, lo: int, end: int, words: tuple[str, ...]) -> bool:
    """_ends_with as it read before session 13."""
    j = end
    while j > lo and folded[j - 1].isspace():
        j -= 1
    return folded.endswith(words, lo, j)


@given(_TEXT, st.integers(0, 45), st.integers(0, 45))
def test_ends_with(folded: str, lo: int, end: int) -> None:
    end = min(end, len(folded))  # a window inside the text, as every caller passes
    for words in (cas._BY_LAST, cas._TARGET_LAST, cas._ACCUSED_LAST):
        assert cas._ends_with(folded, lo, end, words) == _plain_ends_with(folded, lo, end, words)
