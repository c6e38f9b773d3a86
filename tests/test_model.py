"""Records enforce their invariants and serialise to plain JSON types."""

from __future__ import annotations

import datetime as dt
import json

import attrs
import pytest

from syriaevents.model import (
    Article,
    CasualtyReport,
    Count,
    DateRef,
    EventType,
    Precision,
    Qualifier,
    Span,
    Status,
    VictimGroup,
)


def test_span_invariants() -> None:
    with pytest.raises(ValueError, match="start must be >= 0"):
        Span(start=-1, end=2)
    with pytest.raises(ValueError, match="end must be >= start"):
        Span(start=5, end=2)


def count(low: int | None, high: int | None) -> Count:
    return Count(
        value=low,
        low=low,
        high=high,
        qualifier=Qualifier.RANGE,
        surface="x",
        span=Span(start=0, end=1),
        rule="t",
    )


def test_count_low_not_above_high() -> None:
    with pytest.raises(ValueError, match="high must be >= low"):
        count(30, 20)
    assert count(None, 20).high == 20


def test_dateref_start_not_after_end() -> None:
    with pytest.raises(ValueError, match="end must be >= start"):
        DateRef(
            start=dt.date(2016, 2, 1),
            end=dt.date(2016, 1, 1),
            precision=Precision.RANGE,
            surface="x",
            span=Span(start=0, end=1),
            rule="t",
        )


def test_records_are_frozen_and_kw_only() -> None:
    span = Span(start=0, end=1)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        Span(0, 1)  # type: ignore[call-arg]


def test_to_dict_is_json() -> None:
    report = CasualtyReport(
        status=Status.KILLED,
        count=count(16, None),
        victims=VictimGroup.CIVILIANS,
        surface="16 civilians were killed",
        span=Span(start=0, end=24),
        rule="t",
    )
    article = Article(text="x", published=dt.date(2016, 1, 17), casualties=(report,))
    data = article.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["published"] == "2016-01-17"
    assert data["casualties"][0]["status"] == "killed"
    assert data["casualties"][0]["includes"] == []


def test_event_type_knows_acled() -> None:
    assert EventType.AIR_DRONE_STRIKE.acled_label == "Air/drone strike"
    assert EventType.AIR_DRONE_STRIKE.acled_event_type == "Explosions/Remote violence"
    assert {t.acled_event_type for t in EventType} == {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
    }
