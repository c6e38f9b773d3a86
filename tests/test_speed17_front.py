"""Session 13 (front17): the date line's window reads the whole text's date places lazily."""

from __future__ import annotations

import itertools

from hypothesis import example, given
from hypothesis import strategies as st


def _pieces() -> list[str]:
    from syriaevents import _dates, _numbers

    words = set(_numbers._STARTERS) | _dates._TRIGGER_WORDS | set(_dates._NUMBER_WORDS)
    return sorted(
        {
            *words,
            *"12 3 2016 3rd 05.02.2015 of to and on said killed x , . - \n".split(" "),
            *["12 June 2016", "Wed 05 Apr 2017", "March 3, 2016", "x" * 30, " " * 30],
        }
    )


@given(
    st.lists(st.sampled_from(_pieces()), min_size=1, max_size=60),
    st.sampled_from([" ", "  ", ", "]),
    st.integers(min_value=0, max_value=300),
)
@example(["x" * 30] * 6 + ["12 June 2016"] * 4, " ", 240)
@example(["x" * 30] * 7 + ["said", "March 3, 2016", "and", "12 June 2016"], " ", 240)
def test_prefix_dates_read_lazily_are_the_prefix_own(pieces: list[str], sep: str, cut: int) -> None:
    # prefix_dates gives what the prefix's own pass gives, read in full or stopped early
    # (then the rest comes from prefix_starts), with the whole text's places known or not.
    from syriaevents._gates import prefix_dates, starts
    from syriaevents._text import Doc

    text = sep.join(pieces)
    own = starts(Doc(text[:cut])).dates
    for known in (False, True):
        doc = Doc(text)
        if known:
            starts(doc)
        assert list(prefix_dates(doc, doc.prefix(cut))) == own
        prefix = doc.prefix(cut)
        read = prefix_dates(doc, prefix)
        head = list(itertools.islice(read, 2))
        assert head == own[:2]
        assert starts(prefix).dates == own
        assert [*head, *read] == own


@given(
    st.lists(st.sampled_from(_pieces()), min_size=1, max_size=60),
    st.sampled_from([" ", "  ", ", "]),
)
@example(["x" * 30] * 7 + ["said", "March 3, 2016", "and", "12 June 2016"], " ")
@example(["x" * 30] * 7 + ["on", "12 June 2016", "posted", "on", "Apr 24 2017"], " ")
@example(["apr", "\n", "\n", "05.02.2015"], " ")
def test_dateline_of_a_doc_with_known_places(pieces: list[str], sep: str) -> None:
    # scan_dateline on a Doc whose places are known (as parse_article runs it) reads the
    # date line find_dateline reads. Both on the text as given: the public find_dateline
    # reads whitespace runs squeezed, as parse_article does ("apr \n \n 05.02.2015").
    from syriaevents._dates import find_dateline, scan_dateline
    from syriaevents._gates import starts
    from syriaevents._text import Doc

    text = sep.join(pieces)
    doc = Doc(text)
    starts(doc)
    assert scan_dateline(doc) == find_dateline(text)


def test_weekdays_and_weeks_read_from_the_day_spans() -> None:
    # _wk and _week_of add spans from _DAYS: the dates timedelta(days=n) gives.
    import datetime as dt

    import syriaevents as se

    for offset in range(14):
        pub = dt.date(2016, 2, 22) + dt.timedelta(days=offset)
        for i, name in enumerate(
            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
        ):
            plain = {
                "": pub - dt.timedelta(days=(pub.weekday() - i) % 7),
                "last ": pub - dt.timedelta(days=(pub.weekday() - i - 1) % 7 + 1),
                "next ": pub + dt.timedelta(days=(i - pub.weekday() - 1) % 7 + 1),
            }
            for mod, day in plain.items():
                (ref,) = se.find_dates(f"Jets struck {mod}{name}.", pub)
                assert ref.start == ref.end == day
        (week,) = se.find_dates("It fell last week.", pub)
        monday = pub - dt.timedelta(days=pub.weekday() + 7)
        assert (week.start, week.end) == (monday, monday + dt.timedelta(days=6))
