"""Fast paths of session 8 (gates10) give what the plain code gives.

scan_dates reads a text whose only non-ASCII character is U+FFFD with the stdlib twin of its
pattern, through the text's ASCII stand-in: the dates are those the `regex` pattern gives.

_gates' passes consume each word they find, so the place a word's second part may start
("the day" in "at the day", "dozen" in "a dozen", "next" in "the next") is asked apart; here
the places are checked against the two scanners' own patterns on text made of such words,
joined by every kind of gap, in ASCII text and not, at every cut.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from syriaevents import _dates, _gates
from syriaevents._text import Doc
from test_speed6_numtext import assert_tail_is_the_patterns

# Words of two parts whose second part starts a word, their parts, and what may follow.
_WORDS = (
    "at a an the no not dozen dozens half maximum minimum estimated fewer less more next"
    " day days previous following least week 12 2016 march x"
).split()
_GAPS = [" ", "  ", "\t", "\n", "(", "-", "", "\u00a0", "\u00e9 "]


@given(
    st.lists(st.tuples(st.sampled_from(_GAPS), st.sampled_from(_WORDS)), max_size=14),
    st.integers(min_value=0, max_value=90),
)
@example([(" ", "at"), (" ", "a"), (" ", "dozen")], 0)
@example([(" ", "at"), (" ", "the"), (" ", "next"), (" ", "day")], 0)
@example([("(", "at"), (" ", "the"), (" ", "day")], 0)
@example([("\u00e9 ", "no"), (" ", "more"), (" ", "12")], 0)
def test_places_inside_words_are_the_patterns_places(
    parts: list[tuple[str, str]], cut: int
) -> None:
    assert_tail_is_the_patterns(parts, cut)


def test_words_asked_inside_have_two_parts() -> None:
    # _find_tail asks only the gap before a word's last part, and never again for a place
    # it asked: right while the words that need it have two parts.
    words = _gates._tables().words
    inner = [w for w, (_, _, asked) in words.items() if asked]
    assert inner
    assert all(len(w.split()) == 2 for w in inner)


_DATE_PIECES = [
    *"5 12 2016 05.02.2015 2016-07-10 3rd of march may june last this next week year ago day"
    " the before after yesterday today overnight sunday wed between from and to since early"
    " mid , . - ( )".split(),
    "\ufffd",
    "\ufffd\ufffd",
]


@given(
    st.lists(st.sampled_from(_DATE_PIECES), min_size=1, max_size=12),
    st.sampled_from([" ", "", "\ufffd", " \ufffd"]),
    st.sampled_from([None, dt.date(2016, 7, 13)]),
)
@example(["\ufffd", "12", "march", "2016"], " ", None)
@example(["between", "march", "and", "may", "2016"], "\ufffd", None)
@example(["the", "day", "before"], " \ufffd", dt.date(2016, 7, 13))
def test_dates_read_u_fffd_through_its_ascii_stand_in(
    pieces: list[str], sep: str, published: dt.date | None
) -> None:
    text = sep.join(pieces)
    fast = _dates.scan_dates(Doc(text), published)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_dates, "ascii_stand_in", lambda f: f if f.isascii() else None)
        plain = _dates.scan_dates(Doc(text), published)
    assert fast == plain, text
