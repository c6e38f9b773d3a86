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


def _start_words() -> list[str]:
    from syriaevents import _dates, _numbers

    words = set(_numbers._STARTERS) | _dates._TRIGGER_WORDS | set(_dates._NUMBER_WORDS)
    return sorted({*words, *"12 3 2016 3rd 05.02 of to and killed september months".split()})


@given(
    st.lists(st.sampled_from(_start_words()), min_size=1, max_size=40),
    st.integers(min_value=0, max_value=60),
)
@example(["the", "following", "day", "twelve", "months"], 30)
def test_single_spaced_prefix_rescans_a_short_tail(words: list[str], back: int) -> None:
    # Near a single-spaced cut, prefix_starts scans only the last _SPACED_MARGIN characters
    # again: the places must be those the prefix's own pass finds.
    from syriaevents._gates import prefix_starts, starts
    from syriaevents._text import Doc

    doc = Doc(" ".join(words))
    starts(doc)
    cut = max(0, len(doc.text) - back)
    prefix = doc.prefix(cut)
    prefix_starts(doc, prefix)
    assert starts(prefix) == starts(Doc(doc.text[:cut]))
