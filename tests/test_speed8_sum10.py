"""Fast paths of the summary, counts and text layer (session 8, sum10): each must give what
the plain code gives."""

from __future__ import annotations

import attrs
from hypothesis import example, given
from hypothesis import strategies as st

from syriaevents import _numbers, _text
from syriaevents.model import Count, Qualifier, Span

# Pieces of clauses around every kind of break _CLAUSE_BREAK knows, and near misses.
_CLAUSE_PIECES = [
    *"five died while whereas but as and which who after when adding saying amid".split(),
    *"according butter whilst -- - ; : , . x".split(),
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\x0b",
    "\x1c",
    "\x1f",
]


def _spans(pattern: object, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]  # type: ignore[attr-defined]


@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=16), st.sampled_from(["", " "]))
@example(["five", " ", "died", ";", " ", "two"], "")
@example(["a", " ", " ", ":", " ", "b"], "")
@example(["a", "\t", "--", " ", "b"], "")
@example(["a", ",", " ", "while", " ", "b"], "")
@example(["a", " ", "but", " ", "b"], "")
@example(["a", " ", ";", " ", "-", " ", "b"], "")
@example(["a", " ", "\x1c", ";", " "], "")
def test_ascii_clause_break_finds_what_clause_break_finds(pieces: list[str], sep: str) -> None:
    text = sep.join(pieces)
    assert text.isascii()
    assert _spans(_text._ASCII_CLAUSE_BREAK, text) == _spans(_text._CLAUSE_BREAK, text)


@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=16), st.integers(0, 8))
def test_ascii_clause_break_agrees_inside_a_window(pieces: list[str], cut: int) -> None:
    """split_clauses searches between a sentence's offsets, not over a whole string."""
    text = " ".join(pieces)
    end = len(text) - cut if cut < len(text) else len(text)
    for start in range(0, end + 1, 3):
        ascii_spans = [m.span() for m in _text._ASCII_CLAUSE_BREAK.finditer(text, start, end)]
        regex_spans = [m.span() for m in _text._CLAUSE_BREAK.finditer(text, start, end)]
        assert ascii_spans == regex_spans


@given(
    st.one_of(st.none(), st.integers(0, 10**9)),
    st.one_of(st.none(), st.integers(0, 10**9)),
    st.one_of(st.none(), st.integers(0, 10**9)),
    st.sampled_from(list(Qualifier)),
    st.integers(0, 20),
    st.integers(0, 20),
)
def test_new_count_is_the_record_the_class_call_makes(
    value: int | None,
    low: int | None,
    high: int | None,
    qualifier: Qualifier,
    start: int,
    length: int,
) -> None:
    if low is not None and high is not None and high < low:
        low, high = high, low
    text = "at least 20 people were killed in the town"
    end = start + length
    made = _numbers._new_count(value, low, high, qualifier, text, start, end, "count.exact")
    called = Count(
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        surface=text[start:end],
        span=Span(start=start, end=end),
        rule="count.exact",
    )
    assert type(made) is Count
    assert type(made.span) is Span
    assert made == called
    assert attrs.astuple(made, recurse=True) == attrs.astuple(called, recurse=True)
