"""Fast paths of the dates, actors, counts and text layer (session 9, front11): each must give
what the plain code gives."""

from __future__ import annotations

import datetime as _dt

import attrs
from hypothesis import given
from hypothesis import strategies as st

from syriaevents import _dates
from syriaevents.model import Anchor, DateRef, Precision, Span

_DAYS = st.one_of(st.none(), st.dates(_dt.date(1990, 1, 1), _dt.date(2030, 12, 31)))


@given(
    _DAYS,
    _DAYS,
    st.sampled_from(list(Precision)),
    st.integers(0, 20),
    st.integers(0, 20),
    st.sampled_from(["date.dmy", "date.range"]),
    st.booleans(),
    st.one_of(st.none(), st.sampled_from(list(Anchor))),
)
def test_new_date_is_the_record_the_class_call_makes(
    first: _dt.date | None,
    last: _dt.date | None,
    precision: Precision,
    start: int,
    length: int,
    rule: str,
    relative: bool,
    anchor: Anchor | None,
) -> None:
    if first is not None and last is not None and last < first:
        first, last = last, first
    text = "on Sunday 12 March 2016 jets struck the town"
    end = start + length
    made = _dates._new_date(first, last, precision, text, start, end, rule, relative, anchor)
    called = DateRef(
        start=first,
        end=last,
        precision=precision,
        surface=text[start:end],
        span=Span(start=start, end=end),
        rule=rule,
        relative=relative,
        anchor=anchor,
    )
    assert type(made) is DateRef
    assert type(made.span) is Span
    assert made == called
    assert hash(made) == hash(called)
    assert attrs.astuple(made, recurse=True) == attrs.astuple(called, recurse=True)
