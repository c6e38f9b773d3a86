"""Fast paths of the casualty assembler (session 8, build10) give what the plain code gives.

Each shortcut is checked against the code it replaced (see also tests/test_speed8_cas9.py).
"""

from __future__ import annotations

from typing import Any

import pytest

import syriaevents as se
from syriaevents import _casualties as cas
from syriaevents.model import CasualtyReport, Span

_TEXTS = [
    "Regime jets struck Douma on Monday, killing 12 civilians, including 5 children, the "
    "Syrian Observatory for Human Rights said.",
    "Three people were killed and 20 others wounded in shelling on Aleppo, activists said.",
    "No one was hurt in the blast.",
]


def _reports() -> list[CasualtyReport]:
    out: list[CasualtyReport] = []
    for text in _TEXTS:
        for report in se.parse_article(text).casualties:
            out.extend((report, *report.includes))
    assert out
    return out


def _as_report(r: CasualtyReport) -> CasualtyReport:
    """``r`` built again by ``_report``, from its own fields."""
    return cas._report(
        r.status,
        r.count,
        r.victims,
        r.victim_side,
        r.perpetrator,
        r.cause,
        r.location,
        r.date,
        r.source,
        r.includes,
        r.cumulative,
        r.negated,
        r.surface,
        r.span.start,
        r.span.end,
        r.rule,
    )


def test_report_is_the_record_the_class_builds() -> None:
    for r in _reports():
        built = _as_report(r)
        assert type(built) is CasualtyReport
        assert built == r
        assert repr(built) == repr(r)
        assert built.span == Span(start=r.span.start, end=r.span.end)


def test_report_keeps_the_span_checks() -> None:
    r = _reports()[0]
    for start, end in ((-1, 3), (5, 4)):
        with pytest.raises(ValueError, match="start") as plain:
            Span(start=start, end=end)
        with pytest.raises(ValueError, match="start") as fast:
            cas._report(
                r.status,
                r.count,
                r.victims,
                None,
                None,
                None,
                None,
                None,
                None,
                (),
                False,
                False,
                "",
                start,
                end,
                r.rule,
            )
        assert str(fast.value) == str(plain.value)


def test_pending_holds_what_it_is_given_and_the_defaults() -> None:
    r = _reports()[0]
    phrase = cas._Phrase(r.span.end, r.victims, r.victim_side, False, False, r.span.start)
    parts = [cas._Part(r.count, phrase)]
    fields: dict[str, Any] = {
        "status": r.status,
        "count": r.count,
        "phrase": phrase,
        "start": r.span.start,
        "end": r.span.end,
        "rule": r.rule,
        "sentence": r.span,
        "cumulative": True,
        "parts": parts,
    }
    first, second = cas._pending(**fields), cas._pending(**fields)
    for name, value in fields.items():
        assert getattr(first, name) is value
    assert (first.includes, first.total, first.plus_one, first.cause) == ([], False, None, None)
    assert first.includes is not second.includes  # each its own list, as appended to
    includes = [*parts]
    assert cas._pending(**fields, includes=includes).includes is includes
