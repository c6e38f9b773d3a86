"""Who did it and how: the perpetrator and cause of the casualty reports and the summary.

Golden cases (tests/golden/perpetrators.jsonl) are grouped by the pattern they test: a place
modifier is no agent ("IS-held Raqqa"), nor a target ("raids on ISIL positions"), a source
("Russia says") or a victim ("70 regime and rebel fighters"); a weapon names its owner
("Russian strike"); the lead speaks for the main event; an air force's bombing is an air strike.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import syriaevents as se
from golden_cases import load_golden
from syriaevents._casualties import lead_cause
from syriaevents._text import fold
from syriaevents.model import Cause

CASES = load_golden("perpetrators.jsonl")


def test_golden_file_covers_every_pattern() -> None:
    patterns = {c["pattern"] for c in CASES}
    assert patterns >= {"holder", "target", "weapon-owner", "source", "victims", "unknown", "lead"}
    assert patterns >= {"attributed-later", "infighting", "execution", "retold-cause", "accused"}
    assert {c["origin"] for c in CASES} <= {"seeds-style", "fakes-style", "acled-style", "traps"}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['pattern']}:{i}" for i, c in enumerate(CASES)])
def test_golden(case: dict[str, Any]) -> None:
    summary = se.parse_article(case["text"], title=case.get("title")).summary
    perpetrator = summary.perpetrator
    if "actor" in case:
        assert (perpetrator.id if perpetrator else None) == case["actor"]
    if "side" in case:
        assert (perpetrator.side.value if perpetrator else None) == case["side"]
    if "cause" in case:
        assert (summary.cause.value if summary.cause else None) == case["cause"]


OWNERS = {
    "Russian": "russia",
    "Syrian regime": "syrian-air-force",
    "US-led coalition": "us-led-coalition",
    "Israeli": "israel",
    "Turkish": "turkey",
}
WEAPONS = {"air strikes": "airstrike", "warplanes": "airstrike", "raids": "airstrike"}
HOLDERS = ["IS-held", "rebel-held", "Kurdish-held", "opposition-held", "regime-held"]


@given(
    owner=st.sampled_from(sorted(OWNERS)),
    weapon=st.sampled_from(sorted(WEAPONS)),
    holder=st.sampled_from(HOLDERS),
    n=st.integers(min_value=2, max_value=400),
)
def test_generated_owner_and_holder(owner: str, weapon: str, holder: str, n: int) -> None:
    """The weapon's owner is the agent; the holder of the struck town never is."""
    text = f"{owner} {weapon} pounded the {holder} town of Saraqeb, killing {n} civilians."
    summary = se.parse_article(text).summary
    assert summary.perpetrator is not None
    assert summary.perpetrator.id == OWNERS[owner]
    assert summary.cause is not None
    assert summary.cause.value == WEAPONS[weapon]


@given(
    owner=st.sampled_from(sorted(OWNERS)),
    target=st.sampled_from(["ISIL positions", "Nusra Front bases", "SDF checkpoints"]),
    n=st.integers(min_value=2, max_value=400),
)
def test_generated_target_is_not_agent(owner: str, target: str, n: int) -> None:
    text = f"{owner} air strikes on {target} killed {n} fighters, a monitor said."
    summary = se.parse_article(text).summary
    assert summary.perpetrator is not None
    assert summary.perpetrator.id == OWNERS[owner]


@pytest.mark.parametrize(
    "variant",
    [
        "A Russian air strike killed 12 civilians in Idlib, the monitor said.",
        "A RUSSIAN AIR STRIKE KILLED 12 CIVILIANS IN IDLIB, THE MONITOR SAID.",
        "A  Russian   air strike killed 12 civilians in Idlib  the monitor said",
        "A Russian air-strike killed 12 civilians in Idlib \u2014 the monitor said.",
    ],
)
def test_text_variants(variant: str) -> None:
    summary = se.parse_article(variant).summary
    assert summary.perpetrator is not None
    assert summary.perpetrator.id == "russia"
    assert summary.cause is Cause.AIRSTRIKE


def test_lead_cause_prefers_the_specific() -> None:
    assert lead_cause(fold("Clashes and barrel bombs kill 20")) is Cause.BARREL_BOMB
    assert lead_cause(fold("Regime bombing of Aleppo kills 20")) is Cause.AIRSTRIKE
    assert lead_cause(fold("Nothing happened here")) is None


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    se.parse_article(text, title=text[:40])


@pytest.mark.xfail(
    strict=True,
    reason="the most specific cause in the clause wins, even when it belongs to another "
    "attack ('after rocket attacks by rebels') than the agent's own weapon",
)
def test_cause_of_the_agents_weapon() -> None:
    text = "Syrian air strikes killed 40 people in Douma after rocket attacks by rebels."
    assert se.parse_article(text).summary.cause is Cause.AIRSTRIKE


@pytest.mark.parametrize(
    ("owner", "expected"),
    [
        ("Russian warplanes", "russia"),
        ("regime helicopters", "syrian-air-force"),
        ("US-led coalition jets", "us-led-coalition"),
    ],
)
@pytest.mark.parametrize("filler", [0, 1, 3])
def test_owner_named_later_for_the_same_weapon(owner: str, expected: str, filler: int) -> None:
    # The lead names no agent; a later sentence about the same kind of weapon does.
    text = (
        "Air raids on a village in the north killed nine civilians on Sunday. "
        + "Rescuers searched the rubble for survivors. " * filler
        + f"Residents said {owner} carried out the raids."
    )
    summary = se.parse_article(text).summary
    assert summary.perpetrator is not None
    assert summary.perpetrator.id == expected


def test_owner_of_another_weapon_is_not_borrowed() -> None:
    text = (
        "Air raids on a village in the north killed nine civilians on Sunday. "
        "Rescuers searched the rubble. Residents fled. Rebels shelled an army post last week."
    )
    assert se.parse_article(text).summary.perpetrator is None


def _agents(text: str) -> list[str | None]:
    return [r.perpetrator.id if r.perpetrator else None for r in se.parse_article(text).casualties]


def test_the_subject_right_before_the_verb_acts_in_a_clause_that_ran_on() -> None:
    # A related headline run into the dateline with no full stop: its airstrikes are not the
    # agent of the toll the coalition's own sentence reports.
    text = (
        "Regime Airstrikes Kill 30 Fighters in Hama BEIRUT (Agencies) The US-led coalition "
        "has killed 12 Islamic State militants near Raqqa, the Pentagon said."
    )
    assert _agents(text) == ["syrian-air-force", "us-led-coalition"]


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        # The object of "backed by" is no subject.
        ("Kurdish YPG fighters backed by Syrian rebels killed 10 IS members.", "ypg"),
        # The first of two agents leads them.
        ("The Assad regime and its ally Russia killed 80 civilians.", "syrian-government"),
        # A participle may hang on the clause's subject, not on the noun before it.
        ("The army clashed with the terrorists killing 12 of them in Daraa.", "syrian-army"),
    ],
)
def test_a_noun_right_before_the_verb_that_is_no_lone_subject(text: str, agent: str) -> None:
    assert _agents(text)[0] == agent


DOWNERS = {"Rebels": "rebels", "Islamic State militants": "islamic_state", "Turkey": "turkey"}
AIRCRAFT_OWNERS = ["a government", "a Russian", "an army", "a regime"]


@given(
    downer=st.sampled_from(sorted(DOWNERS)),
    verb=st.sampled_from(["shot down", "downed", "brought down"]),
    owner=st.sampled_from(AIRCRAFT_OWNERS),
    aircraft=st.sampled_from(["jet", "helicopter", "warplane", "plane"]),
    n=st.integers(min_value=2, max_value=9),
)
def test_who_brought_an_aircraft_down_is_the_agent(
    downer: str, verb: str, owner: str, aircraft: str, n: int
) -> None:
    """The aircraft brought down names no weapon and its owner is no agent: the crew died at
    the hands of whoever brought it down."""
    text = f"{downer} {verb} {owner} {aircraft} near Hama, killing its crew of {n}."
    summary = se.parse_article(text).summary
    assert summary.perpetrator is not None, text
    assert summary.perpetrator.side.value == DOWNERS[downer], text
    assert summary.cause is None, text
