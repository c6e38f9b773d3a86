"""Fast paths of session 11 (front14) give what the plain code gives.

_gates reads a text whose only non-ASCII character is U+FFFD through its ASCII stand-in:
the places are those _numbers._GATE and _dates._TRIGGER find in the text itself.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

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
