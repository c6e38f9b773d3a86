"""Fast paths of session 11 (front14) give what the plain code gives.

_gates reads a text whose only non-ASCII character is U+FFFD through its ASCII stand-in:
the places are those _numbers._GATE and _dates._TRIGGER find in the text itself.

scan_counts tests the heads of _NOT_COUNT_AFTER and the qualifying words by their first letter,
and a qualifying word before the bare patterns (which never match at one).
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from syriaevents import _numbers
from test_speed6_numtext import assert_tail_is_the_patterns

_WORDS = (
    "at a the least more than dozen 12 2016 5th march may day days two hundred from some"
    " 17:53 48-hour x"
).split()
_GAPS = [" ", "  ", "\n", "(", "-", "", "\ufffd", " \ufffd", "\ufffd ", "\ufffd\ufffd"]


@given(
    st.lists(st.tuples(st.sampled_from(_GAPS), st.sampled_from(_WORDS)), max_size=14),
    st.integers(min_value=0, max_value=90),
)
@example([("\ufffd", "12"), (" ", "march")], 0)
@example([(" ", "at"), ("\ufffd", "the"), (" ", "day")], 0)
@example([("", "5th"), ("\ufffd", "may"), (" ", "2016")], 1)
def test_places_in_a_replacement_text_are_the_patterns_places(
    parts: list[tuple[str, str]], cut: int
) -> None:
    assert_tail_is_the_patterns(parts, cut)


def test_words_by_first_letter_are_the_tuples_words() -> None:
    for words, grouped in (
        (_numbers._AFTER_HEADS, _numbers._AFTER_HEADS_BY_FIRST),
        (_numbers._QUALIFYING_WORDS, _numbers._QUALIFYING_BY_FIRST),
    ):
        assert sorted(w for group in grouped.values() for w in group) == sorted(words)
        assert all(w[0] == first for first, group in grouped.items() for w in group)


@given(st.text(alphabet="abcdefhlmnoprstuy.' ", max_size=12))
@example("of x")
@example("h ")
def test_heads_by_first_letter_say_what_the_tuple_says(tail: str) -> None:
    text = "12 " + tail
    grouped = _numbers._AFTER_HEADS_BY_FIRST.get(text[3:4], ())
    assert text.startswith(grouped, 3) == text.startswith(_numbers._AFTER_HEADS, 3)


def test_no_bare_figure_starts_at_a_qualifying_word() -> None:
    for word in _numbers._QUALIFYING_WORDS:
        for after in (" people", " 12", " two", " dozen"):
            assert _numbers._BARE_WORD(word + after, 0) is None
            assert _numbers._BARE(word + after, 0) is None
