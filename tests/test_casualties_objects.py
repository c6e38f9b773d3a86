"""Tolls whose figure is told through the victims' owner or pair: "killing his two sons",
"killing its four crew", "killing its pilot", "both soldiers were killed"; and aircraft
brought down, whose owner is the target and whose downing is no gunfire."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import syriaevents as se
from strategies import VICTIM_NOUNS
from syriaevents.model import Cause, Side, Status, VictimGroup

# (active verb, -ing verb, passive verb, status)
_VERBS = (
    ("killed", "killing", "were killed", Status.KILLED),
    ("wounded", "wounding", "were wounded", Status.WOUNDED),
    ("injured", "injuring", "were injured", Status.WOUNDED),
)
_OWNERS = ("his", "her", "its", "their")
_WORDS = {2: "two", 3: "three", 4: "four", 7: "seven", 12: "twelve", 15: "fifteen", 40: "40"}


def _tolls(text: str) -> list[tuple[Status, int | None, VictimGroup]]:
    return [(r.status, r.count.value, r.victims) for r in se.parse_article(text).casualties]


@given(
    st.sampled_from(_OWNERS),
    st.sampled_from(sorted(_WORDS)),
    st.booleans(),
    st.sampled_from(VICTIM_NOUNS),
    st.sampled_from(_VERBS),
    st.booleans(),
)
def test_an_owner_before_the_figure(
    owner: str,
    value: int,
    in_words: bool,
    noun: tuple[str, VictimGroup, Side | None],
    verb: tuple[str, str, str, Status],
    ing: bool,
) -> None:
    """ "killing his two sons", "killed their 12 children": the owner word stands between the
    verb and its figure and changes nothing."""
    figure = _WORDS[value] if in_words else str(value)
    active, ing_form, _, status = verb
    if ing:
        text = f"A shell hit the house, {ing_form} {owner} {figure} {noun[0]} in Douma."
    else:
        text = f"Gunmen {active} {owner} {figure} {noun[0]} in Douma on Monday."
    assert _tolls(text) == [(status, value, noun[1])], text


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Militants shot down a regime warplane over Hama, killing its pilot.", "combatants"),
        ("The raid on the farm killed her husband, relatives said.", "people"),
        ("A sniper in the old city killed their driver on Sunday.", "civilians"),
    ],
)
def test_an_owner_before_one_victim(text: str, victims: str) -> None:
    """A singular victim noun after "its", like after "his", "her", "their", is one person."""
    reports = se.parse_article(text).casualties
    assert [(r.status, r.count.value, r.victims.value) for r in reports] == [
        (Status.KILLED, 1, victims)
    ]
    assert reports[0].count.rule == "count.possessive"


_PLURALS = [n for n in VICTIM_NOUNS if n[0] not in ("people", "crewmen")]


@given(st.sampled_from(_PLURALS), st.sampled_from(_VERBS), st.booleans())
def test_both(
    noun: tuple[str, VictimGroup, Side | None], verb: tuple[str, str, str, Status], ing: bool
) -> None:
    """ "Both soldiers were killed", "killing both soldiers": two people."""
    _, ing_form, passive, status = verb
    if ing:
        text = f"The mortar landed near the bakery, {ing_form} both {noun[0]}."
    else:
        text = f"Both {noun[0]} {passive} when the mortar landed near the bakery."
    reports = se.parse_article(text).casualties
    assert [(r.status, r.count.value, r.victims) for r in reports] == [(status, 2, noun[1])]
    assert reports[0].count.rule == "count.both"
    assert text[reports[0].count.span.start : reports[0].count.span.end].lower() == "both"


@pytest.mark.parametrize(
    "text",
    [
        "Both soldiers and civilians were killed in the shelling.",
        "Shelling from both sides killed no one, the monitor said.",
        "Both sides lost men, but neither gave a figure.",
    ],
)
def test_both_that_counts_no_one(text: str) -> None:
    """ "both" joining two groups, or before "sides", is no figure."""
    assert [r.count.value for r in se.parse_article(text).casualties if r.count.value == 2] == []


@pytest.mark.parametrize(
    "text",
    [
        "IS fighters were shooting down a regime helicopter near Hama, killing four crew members.",
        "IS fighters shot down a regime helicopter near Hama, killing four crew members.",
        "IS fighters brought down a regime helicopter near Hama, killing four crew members.",
        "IS fighters claimed the downing of a regime helicopter near Hama, killing 4 crew members.",
    ],
)
def test_an_aircraft_brought_down(text: str) -> None:
    """The aircraft's owner is the target, its crew the victims, and bringing it down is no
    gunfire, however the verb is written."""
    article = se.parse_article(text)
    assert [(r.count.value, r.victims) for r in article.casualties] == [(4, VictimGroup.COMBATANTS)]
    report = article.casualties[0]
    assert report.perpetrator is not None
    assert report.perpetrator.id == "islamic-state"
    assert report.cause is not Cause.GUNFIRE
    assert article.summary.perpetrator is not None
    assert article.summary.perpetrator.id == "islamic-state"


@pytest.mark.parametrize("verb", ["brought down", "shot down", "downed"])
def test_a_downed_aircrafts_owner_is_no_perpetrator(verb: str) -> None:
    """The owner named with the aircraft ("a regime helicopter") is the target."""
    text = f"Rebels said they had {verb} a regime helicopter over Idlib, killing the pilot."
    article = se.parse_article(text)
    assert [(r.count.value, r.victim_side) for r in article.casualties] == [(1, Side.GOVERNMENT)]
    for found in (article.casualties[0].perpetrator, article.summary.perpetrator):
        assert found is None or found.side is not Side.GOVERNMENT, found
