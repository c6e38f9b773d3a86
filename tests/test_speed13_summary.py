"""Session 10 (sum13): the summary's totals flatten their reports once and split them by
status (_by_status), and the lead report is picked by a loop, not max() with a key lambda;
both agree with the plain readings."""

from __future__ import annotations

import attrs
import pytest

import syriaevents as se
from syriaevents import _summary as sm
from syriaevents.model import CasualtyReport, Status

_TEXTS = (
    "BEIRUT: Air strikes killed 12 people, including three children and two women, in Douma "
    "on Sunday. Another 30 people were wounded, among them 4 children. Clashes killed 7 "
    "soldiers and 9 rebels near Hama, and 12 civilians were killed in Idlib.",
    "Dozens of people were killed in shelling on Aleppo. At least 25 civilians were killed, "
    "including 6 children. Four fighters were not killed, the group said. 3 people were "
    "kidnapped and 5 went missing.",
    "Five civilians were killed in Douma. Five people died in Hama. Two children were wounded.",
    "95 IS fighters and 40 of their foreign allies were killed, and 14 soldiers were wounded.",
)


def _reports(text: str) -> tuple[CasualtyReport, ...]:
    return se.parse_article(text).casualties


@pytest.mark.parametrize("text", _TEXTS)
def test_by_status_agrees_with_flatten_and_filter(text: str) -> None:
    """_by_status gives, per status, the not-negated reports of _flatten in their order."""
    reports = _reports(text)
    assert reports
    split = sm._by_status(reports)
    flat = sm._flatten(reports)
    for status in Status:
        plain = [r for r in flat if r.status is status and not r.negated]
        assert split.get(status, []) == plain


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("opening_end", [0, 40, 120, 1 << 62])
def test_main_report_agrees_with_max_and_a_key(text: str, opening_end: int) -> None:
    """_main_report's loop picks what max() with the key (figure, -start) picks."""
    reports = _reports(text)
    killed = [r for r in reports if r.status is Status.KILLED and not r.negated]
    killed = killed or [r for r in reports if not r.negated]
    pool = [r for r in killed if r.span.start < opening_end] or killed
    plain = max(pool, key=lambda r: (sm.figure(r.count), -r.span.start)) if pool else None
    assert sm._main_report(reports, opening_end) is plain


@pytest.mark.parametrize("at", [0, 30, 95, 96, 200, 10_000])
def test_nearest_place_agrees_with_min_and_a_key(at: int) -> None:
    """_nearest_place's loop picks what min() with the distance as key picks (the first of
    equal distances)."""
    text = "Shelling hit Douma and Harasta, then Hama, Homs and Douma again near Idlib city."
    article = se.parse_article(text + " Five civilians were killed.")
    places = list(article.locations)
    assert len(places) >= 4
    report = next(iter(article.casualties))
    report = attrs.evolve(report, span=attrs.evolve(report.span, start=at, end=at + 1))
    for syrian in (places, places[::-1], places[:1], [*places, *places]):
        plain = min(syrian, key=lambda loc: abs(loc.span.start - at))
        assert sm._nearest_place(syrian, report) is plain
    assert sm._nearest_place([], report) is None
