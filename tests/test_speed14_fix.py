"""Fast paths of session 11 (fix14) checked against the plain readings they stand for."""

from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from syriaevents import _summary, _text
from syriaevents._squeeze import _ODD_SPACE, _ODD_SPACES, _RUN, _WRAP, Squeezed, _runs

_SPACEY = st.text(
    alphabet=st.sampled_from(list(" \t\n\r\x0b\x1c\xa0\u2003\u3000\ufffdaZ.,\u00e9")), max_size=40
)


def test_odd_spaces_are_what_the_pattern_matches() -> None:
    matched = {chr(cp) for cp in range(sys.maxunicode + 1) if _ODD_SPACE.match(chr(cp))}
    assert set(_ODD_SPACES) == matched


@given(_SPACEY)
def test_runs_are_the_pattern_matches(text: str) -> None:
    # _runs skips _ODD_SPACE's search for non-ASCII text that holds none of _ODD_SPACES.
    assert [m.span() for m in _runs(text)] == [m.span() for m in _RUN.finditer(text)]


def _short(m: re.Match[str]) -> str:
    run = m.group()
    breaks = run.count("\n") + (run.count("\r") if "\n" not in run else 0)
    return " " if breaks == 0 else "\n" if breaks == 1 else "\n\n"


@given(_SPACEY)
def test_squeezed_text_is_the_plain_reading(text: str) -> None:
    # Squeezed skips _WRAP's pass over a text without a line break.
    squeezed = Squeezed(text)
    plain = _WRAP.sub(" ", _RUN.sub(_short, text))
    assert squeezed.text == plain


def test_totals_helpers_give_nothing_for_nothing() -> None:
    # _totals and _status_totals call these only on some reports: of none each gives {}.
    assert _summary._by_status([]) == {}
    assert _summary._best([]) == {}
    assert _summary._figures([]) == {}


@given(
    st.lists(
        st.sampled_from(["in", "2014.", "mid-2012.", "5.", "U.S.", "No.", "A.", "Gen.", "x_1."]),
        min_size=1,
        max_size=6,
    ).map(" ".join)
)
def test_word_before_a_figure_is_what_the_pattern_reads(text: str) -> None:
    # _is_boundary reads a word of ASCII letters and digits between a space and a stop
    # without _WORD_BEFORE: the pattern reads back the same word.
    folded = _text.fold(text)
    for stop in range(2, len(folded) + 1):
        if folded[stop - 1] != ".":
            continue
        lo = max(0, stop - 21)
        space = folded.rfind(" ", lo, stop)
        bare = folded[space + 1 : stop - 1]
        if space >= 0 and bare.isalnum() and bare.isascii():
            m = _text._WORD_BEFORE.match(folded, lo, stop)
            assert m is not None
            assert m.group() == bare + "."
