"""Session 11 (sum15): the summary's main place weighs and tallies each mention in the pass
that reads its role (_weigh_mentions), with no lists of (mention, role) and (mention, weight)
between them; it agrees with the plain reading (roles by the patterns alone, weights listed
in order, then summed, max() with keys)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import syriaevents as se
from plain_summary import decayed, mention_weight, pick
from syriaevents import _summary as sm
from syriaevents._text import Doc
from syriaevents.model import CasualtyReport, Location, Span


def _plain_roles(doc: Doc | None, mentions: Sequence[Location]) -> list[float]:
    """Each mention's role by the patterns alone, with none of the gates before them."""
    if doc is None:
        return [1.0] * len(mentions)
    text = doc.folded
    roles = []
    role = 1.0
    prev_end = -1
    for location in mentions:
        start, end = location.span.start, location.span.end
        if sm._ACTOR_AFTER.match(text, end):
            role = sm._WEIGHT_ACTOR_USE
        elif sm._ORIGIN_BEFORE.search(text, max(0, start - 60), start):
            role = sm._WEIGHT_ORIGIN
        elif not (prev_end >= 0 and sm._LIST_GAP.fullmatch(text, prev_end, start)):
            role = 1.0
        prev_end = end
        roles.append(role)
    return roles


def _plain(
    doc: Doc,
    locations: Sequence[Location],
    title_locations: Sequence[Location],
    reports: Sequence[CasualtyReport],
    main: CasualtyReport | None,
    opening_end: int,
    line: Span | None,
    title_doc: Doc | None = None,
) -> Location | None:
    """_main_location read the plain way: every weight listed in order (the headline's
    mentions, the body's, the reports'), summed in defaultdicts, max() with key functions."""
    weighed: list[tuple[Location, float]] = []
    title = [x for x in title_locations if sm._syrian(x)]
    for location, role in zip(title, _plain_roles(title_doc, title), strict=True):
        weighed.append((location, sm._WEIGHT_TITLE * role))
    line_end = line.end if line is not None else -1
    body = [x for x in locations if sm._syrian(x) and x.span.end > line_end]
    roles: dict[int, float] = {}
    for location, role in zip(body, _plain_roles(doc, body), strict=True):
        roles[location.span.start] = role
        past = location.span.start - opening_end
        weighed.append((location, mention_weight(role, past, sm._WEIGHT_OPENING)))
    for report in reports:
        if report.negated:
            continue
        place = report.location
        if place is not None and (not sm._syrian(place) or roles.get(place.span.start, 1.0) < 1):
            place = None
        weight = sm._WEIGHT_REPORT
        if report is main:
            if place is None:
                plain = [x for x in body if roles[x.span.start] == 1]
                place = sm._retold_place(reports, report, roles) or sm._nearest_place(plain, report)
            weight = sm._WEIGHT_MAIN
        if place is not None:
            weighed.append((place, decayed(weight, report.span.start - opening_end)))
    return pick(weighed)


# Headlines, openings and later sentences with places that are origins ("fled from"), stand
# for actors ("the Damascus government"), are listed after another ("Fuaa and Kafraya") or
# are reports' places, some far past the opening.
_TITLES = (
    None,
    "Air strikes kill 12 in Douma",
    "Evacuees from Fuaa and Kafraya reach Aleppo",
    "Damascus government says 5 killed in Homs",
)
_SENTENCES = (
    "BEIRUT: Air strikes killed 12 people in Douma on Sunday.",
    "Thousands fled the besieged town of Madaya and Zabadani into Lebanon.",
    "The Damascus government and Homs officials blamed the rebels.",
    "Evacuees from Fuaa and Kafraya arrived in Aleppo, Hama and Idlib.",
    "Five civilians were killed in shelling on Hama, the Britain-based monitor said.",
    "A bomb hit a convoy, killing 100 people, after it waited to enter Aleppo.",
    "Clashes killed 7 soldiers near the town of Saraqeb in Idlib province.",
    "Families left Raqqa for Deir Ezzor, and 3 people were wounded in Tartous.",
    "Smoke rose over the city. " * 30,
    "Four people were killed in Syria.",
)


@given(
    st.sampled_from(_TITLES),
    st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=7),
)
@settings(max_examples=150, deadline=None)
def test_main_location_agrees_with_the_plain_reading(
    title: str | None, sentences: list[str]
) -> None:
    calls: list[Any] = []
    real = sm._main_location

    def spy(*args: Any) -> Location | None:
        found = real(*args)
        assert found is _plain(*args)
        calls.append(found)
        return found

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sm, "_main_location", spy)
        se.parse_article(" ".join(sentences), title=title)
    assert len(calls) == 1


def test_a_headline_of_no_text_weighs_its_mentions_alone() -> None:
    """A headline's mentions given with no headline text all have the role 1.0."""
    doc = Doc("Evacuees from Fuaa reach Aleppo")
    mentions = list(se.find_places(doc.text))
    assert mentions
    found = sm._main_location(Doc(""), (), mentions, (), None, 0, None, None)
    assert found is _plain(Doc(""), (), mentions, (), None, 0, None, None)
    assert found is not None


@given(
    st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=7),
    st.sampled_from((0, 60, 200, sm._ALL_OPENING)),
    st.sampled_from((sm._WEIGHT_OPENING, sm._WEIGHT_TITLE)),
)
@settings(max_examples=100, deadline=None)
def test_weigh_mentions_sums_what_the_plain_reading_sums(
    sentences: list[str], opening_end: int, opening_weight: float
) -> None:
    """_weigh_mentions' roles and sums per governorate and place are exactly the plain
    reading's: each mention's weight, added in the mentions' order."""
    doc = Doc(" ".join(sentences))
    mentions = [x for x in se.find_places(doc.text) if sm._syrian(x)]
    by_governorate: dict[str, float] = defaultdict(float)
    by_place: dict[str, float] = {}
    first: dict[str, tuple[Location, str]] = {}
    roles = sm._weigh_mentions(
        doc, mentions, opening_end, opening_weight, by_governorate, by_place, first
    )
    plain_roles = _plain_roles(doc, mentions)
    assert roles == {x.span.start: r for x, r in zip(mentions, plain_roles, strict=True)}
    plain_governorate: dict[str, float] = defaultdict(float)
    plain_place: dict[str, float] = defaultdict(float)
    plain_first: dict[str, tuple[Location, str]] = {}
    for location, role in zip(mentions, plain_roles, strict=True):
        weight = mention_weight(role, location.span.start - opening_end, opening_weight)
        gov = sm.governorate_of(location.place)
        if gov is not None:
            plain_governorate[gov] += weight
            plain_place[location.place.id] += weight
            plain_first.setdefault(location.place.id, (location, gov))
    assert by_governorate == plain_governorate
    assert by_place == plain_place
    assert first == plain_first
