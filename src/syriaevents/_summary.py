"""The article summary: the main event's place, perpetrator, cause and date, and totals of
people killed that count each person once.

Totals follow three rules (docs/summary.md has the reasoning):

1. A figure counts as written: "more than 40" adds 40, a vague "dozens" its low bound.
2. Repeats and subsets are not added twice. Reports of the same victims on the same side are
   alternative tellings of one toll (headline and body, "18 killed" then "the 18 victims"),
   so the largest is kept, not the sum; "including 5 children" is inside its parent.
3. Different victims are different people: soldiers and rebels killed in one battle add up.
   Civilians are at least the children plus the women reported.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import attrs

from ._text import Doc, dateline_span
from .model import (
    Actor,
    CasualtyReport,
    Cause,
    Count,
    DateRef,
    Location,
    Place,
    PlaceKind,
    Precision,
    Side,
    Status,
    Summary,
    VictimGroup,
)

# Sides whose members are not perpetrators of violence in the summary's sense.
_NON_COMBATANT_SIDES = frozenset({Side.NEUTRAL, Side.CIVILIANS})
_CIVILIAN_GROUPS = frozenset({VictimGroup.CIVILIANS, VictimGroup.CHILDREN, VictimGroup.WOMEN})
# How much a place mention weighs towards being the main event's place.
_WEIGHT_TITLE = 4.0
_WEIGHT_OPENING = 2.0  # the first sentence after the dateline
_WEIGHT_MENTION = 1.0
_WEIGHT_REPORT = 3.0  # a place a casualty report happened in
_OPENING_SENTENCES = 2


@attrs.frozen(kw_only=True)
class TitleRecords:
    """What a separately given headline says: weighed in the summary, not listed in the Article."""

    casualties: tuple[CasualtyReport, ...] = ()
    actors: tuple[Actor, ...] = ()
    locations: tuple[Location, ...] = ()


def figure(count: Count) -> int:
    """The number a count adds to a total: the figure as written, else its low bound."""
    if count.value is not None:
        return count.value
    if count.low is not None:
        return count.low
    return count.high or 0


def _syrian(location: Location) -> bool:
    return location.place.country == "SY" and location.place.kind is not PlaceKind.COUNTRY


def governorate_of(place: Place) -> str | None:
    """The governorate a place lies in (a governorate is its own)."""
    if place.kind is PlaceKind.GOVERNORATE:
        return place.name
    return place.governorate


def _opening_end(doc: Doc) -> int:
    """Where the article's opening (dateline plus first sentences) ends."""
    sentences = doc.sentences
    line = dateline_span(doc.text)
    body = [s for s in sentences if line is None or s.start >= line.end]
    if not body:
        return 0
    return body[min(_OPENING_SENTENCES, len(body)) - 1].end


def _main_report(reports: Sequence[CasualtyReport], opening_end: int) -> CasualtyReport | None:
    """The report the article leads with: the largest toll of the killed in the opening,
    else the largest anywhere."""
    killed = [r for r in reports if r.status is Status.KILLED and not r.negated]
    if not killed:
        killed = [r for r in reports if not r.negated]
    if not killed:
        return None
    opening = [r for r in killed if r.span.start < opening_end]
    pool = opening or killed
    return max(pool, key=lambda r: (figure(r.count), -r.span.start))


def _main_location(
    doc: Doc,
    locations: Sequence[Location],
    title_locations: Sequence[Location],
    reports: Sequence[CasualtyReport],
    opening_end: int,
) -> Location | None:
    """The most salient Syrian place: weigh mentions by where they stand, sum the weights per
    governorate, then take the most precise, most weighted place inside the winner."""
    line = dateline_span(doc.text)
    weights: dict[str, float] = defaultdict(float)
    best: dict[str, Location] = {}
    by_place: Counter[str] = Counter()

    def add(location: Location, weight: float) -> None:
        gov = governorate_of(location.place)
        if gov is None:
            return
        weights[gov] += weight
        by_place[location.place.id] += 1
        current = best.get(gov)
        if current is None or _better_place(location, current, by_place):
            best[gov] = location

    for location in title_locations:
        if _syrian(location):
            add(location, _WEIGHT_TITLE)
    for location in locations:
        if not _syrian(location):
            continue
        if line is not None and location.span.end <= line.end:
            continue  # "DAMASCUS:" says where the reporter was, not where it happened
        add(location, _WEIGHT_OPENING if location.span.start < opening_end else _WEIGHT_MENTION)
    for report in reports:
        if report.location is not None and _syrian(report.location) and not report.negated:
            add(report.location, _WEIGHT_REPORT)
    if not weights:
        return None
    top = max(weights, key=lambda gov: weights[gov])
    return best[top]


_KIND_RANK = {
    PlaceKind.NEIGHBOURHOOD: 0,
    PlaceKind.SITE: 0,
    PlaceKind.VILLAGE: 1,
    PlaceKind.TOWN: 1,
    PlaceKind.CITY: 2,
    PlaceKind.SUBDISTRICT: 3,
    PlaceKind.DISTRICT: 3,
    PlaceKind.FEATURE: 3,
    PlaceKind.REGION: 4,
    PlaceKind.GOVERNORATE: 5,
    PlaceKind.COUNTRY: 6,
}


def _better_place(candidate: Location, current: Location, mentions: Counter[str]) -> bool:
    """Prefer the place mentioned most; among equals, the more precise kind."""
    key_new = (mentions[candidate.place.id], -_KIND_RANK[candidate.place.kind])
    key_old = (mentions[current.place.id], -_KIND_RANK[current.place.kind])
    return key_new > key_old


def _main_perpetrator(
    main: CasualtyReport | None,
    reports: Sequence[CasualtyReport],
    actors: Sequence[Actor],
    title_actors: Sequence[Actor],
    opening_end: int,
) -> Actor | None:
    if main is not None and main.perpetrator is not None:
        return main.perpetrator
    for report in reports:
        if report.perpetrator is not None and not report.negated:
            return report.perpetrator
    return None


def _main_cause(main: CasualtyReport | None, reports: Sequence[CasualtyReport]) -> Cause | None:
    if main is not None and main.cause is not None:
        return main.cause
    causes = Counter(r.cause for r in reports if r.cause is not None and not r.negated)
    if causes:
        return causes.most_common(1)[0][0]
    return None


def _main_date(
    main: CasualtyReport | None, dates: Sequence[DateRef], opening_end: int
) -> DateRef | None:
    if main is not None and main.date is not None:
        return main.date
    for date in dates:
        in_opening = date.span.start < opening_end
        if in_opening and date.start is not None and date.precision is Precision.DAY:
            return date
    return None


def _flatten(reports: Iterable[CasualtyReport]) -> Iterable[CasualtyReport]:
    for report in reports:
        yield report
        yield from _flatten(report.includes)


def _totals(reports: Sequence[CasualtyReport], status: Status) -> dict[tuple[str, str], int]:
    """The largest figure per (victim group, side) among the reports with ``status``.

    A running toll ("the death toll rose to 68") replaces the figures it sums: it is the
    largest of its group by construction, unless a later, larger toll supersedes it.
    """
    best: dict[tuple[str, str], int] = {}
    for report in _flatten(reports):
        if report.status is not status or report.negated:
            continue
        side = report.victim_side.value if report.victim_side is not None else ""
        key = (report.victims.value, side)
        best[key] = max(best.get(key, 0), figure(report.count))
    return best


def _is_civilian(group: str, side: str) -> bool:
    if VictimGroup(group) in _CIVILIAN_GROUPS:
        return True
    return group == VictimGroup.PEOPLE.value and side in ("", Side.CIVILIANS.value)


def summarise(
    doc: Doc,
    *,
    casualties: Sequence[CasualtyReport],
    actors: Sequence[Actor],
    locations: Sequence[Location],
    dates: Sequence[DateRef],
    title: TitleRecords | None = None,
    published: _dt.date | None = None,
) -> Summary:
    """Summarise one article's records (and its separately given headline's, if any)."""
    title = title or TitleRecords()
    opening_end = _opening_end(doc)
    main = _main_report(casualties, opening_end)
    location = _main_location(doc, locations, title.locations, casualties, opening_end)
    every_report = (*title.casualties, *casualties)
    killed = _totals(every_report, Status.KILLED)
    children = sum(n for (g, _), n in killed.items() if g == VictimGroup.CHILDREN.value)
    women = sum(n for (g, _), n in killed.items() if g == VictimGroup.WOMEN.value)
    civilians = max(
        max((n for (g, s), n in killed.items() if _is_civilian(g, s)), default=0),
        children + women,
    )
    combatants = sum(
        n
        for (g, s), n in killed.items()
        if g == VictimGroup.COMBATANTS.value
        or (g == VictimGroup.PEOPLE.value and s not in ("", Side.CIVILIANS.value))
    )
    wounded = max(
        (n for n in _totals(every_report, Status.WOUNDED).values()),
        default=0,
    )
    return Summary(
        location=location,
        governorate=governorate_of(location.place) if location is not None else None,
        perpetrator=_main_perpetrator(main, casualties, actors, title.actors, opening_end),
        cause=_main_cause(main, casualties),
        date=_main_date(main, dates, opening_end),
        civilians_killed=civilians,
        children_killed=children,
        women_killed=women,
        combatants_killed=combatants,
        wounded=wounded,
    )
