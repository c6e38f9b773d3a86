"""Fast paths of the front of the pipeline (session 7): each must give what the plain code
gives."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st


def _date_pieces() -> list[str]:
    from syriaevents import _dates

    return [
        *sorted(_dates._MONTHS),
        *sorted(_dates._WEEKDAYS),
        *sorted(_dates._NUMBER_WORDS),
        *"yesterday today tonight overnight last this next earlier later early mid late".split(),
        *"end beginning start of the day days week month year ago before after every".split(),
        *"previous following night morning and to in said , . - 05.02.2015 2016-07-10".split(),
        *"2016 2011-2016 3 12 31 3rd 012016".split(),
    ]


@given(
    st.lists(st.sampled_from(_date_pieces()), min_size=1, max_size=10),
    st.sampled_from([" ", "", "  ", "-", ", "]),
)
@example(["the", "day", "before", "yesterday"], " ")
@example(["two", "days", "later", ","], " ")
def test_the_last_group_closed_names_the_dates_branch(pieces: list[str], sep: str) -> None:
    # _Scanner.scan finds the branch of a _TWIN_RE match by its lastindex: it must be the
    # first branch whose group took part, as the loop over the branches finds it.
    from syriaevents import _dates

    text = sep.join(pieces)
    for p in range(len(text) + 1):
        m = _dates._TWIN_RE.match(text, p)
        if m is not None:
            first = next(i for i in _dates._TWIN_HANDLERS if m.start(i) >= 0)
            assert m.lastindex == first, (text, p)
