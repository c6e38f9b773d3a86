"""The hand-written ``__init__`` of the records built most (model._slot_setters) does what
attrs' generated one would: the same fields, defaults and errors, for good and bad arguments
(Span, Count, DateRef and CasualtyReport since session 6, Summary since session 7)."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syriaevents import model
from syriaevents.model import Count, DateRef, Qualifier, Side, Span, Summary

_HAND_WRITTEN = [model.Span, model.Count, model.DateRef, model.CasualtyReport, model.Summary]


def _attrs_twin(cls: type) -> type:
    """``cls`` as attrs would build it with its own ``__init__``: same fields, defaults and
    validators."""
    fields = {
        f.name: attrs.field(default=f.default, validator=f.validator) for f in attrs.fields(cls)
    }
    twin: type = attrs.make_class(cls.__name__, fields, frozen=True, kw_only=True)
    return twin


_TWINS = {cls: _attrs_twin(cls) for cls in _HAND_WRITTEN}
_VALUES: list[Any] = [None, -1, 0, 1, 2, 5, 1.5, 2.0, "a", dt.date(2016, 1, 2), ()]
_VALUES += [dt.date(2016, 1, 1), True, [1], Side.IRAN]


def _outcome(cls: type, kwargs: dict[str, Any]) -> tuple[str, Any]:
    try:
        record = cls(**kwargs)
    except Exception as error:  # the exception's type and message, whatever it is
        return type(error).__name__, str(error).replace(f"{cls.__qualname__}.", "")
    return "ok", [getattr(record, f.name) for f in attrs.fields(cls)]


@pytest.mark.parametrize("cls", _HAND_WRITTEN, ids=lambda c: c.__name__)
@given(data=st.data())
@settings(max_examples=300)
def test_hand_written_init_agrees_with_attrs(cls: type, data: st.DataObject) -> None:
    """Every field given or left to its default, values of every kind (bad ones included),
    and now and then a keyword that is not a field."""
    kwargs: dict[str, Any] = {}
    for field in attrs.fields(cls):
        given = field.default is attrs.NOTHING or data.draw(st.booleans())
        if given and data.draw(st.integers(0, 30)) > 0:  # now and then a required one is missing
            kwargs[field.name] = data.draw(st.sampled_from(_VALUES))
    if data.draw(st.integers(0, 20)) == 0:
        kwargs["unknown"] = 1
    assert _outcome(cls, kwargs) == _outcome(_TWINS[cls], kwargs)


def test_hand_written_records_stay_attrs_records() -> None:
    span = Span(start=2, end=5)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.end = 9  # type: ignore[misc]
    with pytest.raises(TypeError):
        Span(2, 5)  # type: ignore[call-arg]
    assert attrs.evolve(span, end=9) == Span(start=2, end=9)
    with pytest.raises(ValueError, match="end must be >= start"):
        attrs.evolve(span, end=1)
    count = Count(
        value=3, low=3, high=None, qualifier=Qualifier.EXACT, surface="3", span=span, rule="r"
    )
    assert pickle.loads(pickle.dumps(count)) == count
    assert hash(attrs.evolve(count)) == hash(count)
    assert repr(span) == "Span(start=2, end=5)"
    assert attrs.asdict(count)["span"] == {"start": 2, "end": 5}
    date = DateRef(
        start=None, end=None, precision=model.Precision.DAY, surface="x", span=span, rule="r"
    )
    assert (date.relative, date.anchor) == (False, None)


def test_hand_written_summary_stays_an_attrs_record() -> None:
    summary = Summary(wounded=2)
    assert (summary.civilians_killed, summary.wounded, summary.location) == (0, 2, None)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        summary.wounded = 3  # type: ignore[misc]
    with pytest.raises(ValueError, match="wounded must be >= 0"):
        Summary(wounded=-1)
    with pytest.raises(ValueError, match="children_killed must be >= 0"):
        attrs.evolve(summary, children_killed=-2)
    assert pickle.loads(pickle.dumps(summary)) == summary
    assert hash(attrs.evolve(summary)) == hash(summary)
    assert repr(Summary()).startswith("Summary(location=None, governorate=None")
    assert attrs.asdict(summary)["wounded"] == 2
