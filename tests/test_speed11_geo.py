"""Fast paths of session 9 (geo11) against the plain code they stand for: each cheap test
run before a call is true wherever the call can say yes."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriaevents import _summary as sm


def _words(pattern: re.Pattern[str]) -> list[str]:
    """The words a pattern looks for, read from its source."""
    source = re.sub(r"\\[a-zA-Z]", " ", pattern.pattern)
    return sorted(set(re.findall(r"[a-z]+", source)))


_ORIGIN_GAPS = [" ", " ", "\n", ", ", "-", "x"]


@given(
    st.lists(st.one_of(st.sampled_from(_words(sm._ORIGIN_BEFORE)), st.sampled_from(_ORIGIN_GAPS)))
)
@example(["fled", " ", "the", " "])
@example(["from", " ", "\n"])
@settings(max_examples=400)
def test_origin_tails_hold_wherever_origin_before_does(parts: list[str]) -> None:
    """_weigh_mentions asks _origin_before only where the two characters before the space before a
    place are a tail of _ORIGIN_LAST, or a newline stands before the place."""
    folded = "".join(parts) + "aleppo"
    for start in range(len(folded) + 1):
        if sm._origin_before(folded, start):
            assert (
                folded[start - 3 : start - 1] in sm._ORIGIN_TAILS
                or folded[start - 1 : start] == "\n"
            ), (folded, start)
