"""One named person killed, told the ways wire copy tells it: after the verb with "the" and
a title ("killed Zahran Alloush, the leader of Jaish al-Islam"), in a headline's passive
with no auxiliary ("Jaish al-Islam leader Zahran Alloush killed in air strike"), before a
verb of dying ("Zahran Alloush died in ..."); and the attackers named by their side and
counted ("a regime sniper shot dead a boy", "two IS gunmen killed three civilians"), whose
side is the agent."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from syriaevents import parse_article
from syriaevents.model import Side, Status, VictimGroup

_FIRST = ["Abu Omar", "Ahmad", "Mohammed Ali", "Khaled", "Abu Hajar", "Samir"]
_LAST = ["al-Tunisi", "Hassan", "al-Hariri", "Khalil", "al-Masri", "bin Saleh"]
# A title with "the", its group and the side it names.
_THE_TITLE = [
    ("the leader of Jaish al-Islam", VictimGroup.COMBATANTS, Side.REBELS),
    ("the commander of the rebel brigade", VictimGroup.COMBATANTS, Side.REBELS),
    ("the military commander of Hezbollah in Syria", VictimGroup.COMBATANTS, Side.HEZBOLLAH),
    ("the local IS commander", VictimGroup.COMBATANTS, Side.ISLAMIC_STATE),
]
# Who opens a headline before the name, its group and side.
_OPENER = [
    ("Jaish al-Islam leader", VictimGroup.COMBATANTS, Side.REBELS),
    ("Senior IS commander", VictimGroup.COMBATANTS, Side.ISLAMIC_STATE),
    ("Hezbollah commander", VictimGroup.COMBATANTS, Side.HEZBOLLAH),
    ("Activist", VictimGroup.CIVILIANS, Side.CIVILIANS),
]
# The agent of the strike, as a headline names it, and its side.
_STRIKE = [
    ("Russian air strike", Side.RUSSIA),
    ("Israeli air strike", Side.ISRAEL),
    ("regime air strike", Side.GOVERNMENT),
    ("coalition air strike", Side.COALITION),
]


@given(
    first=st.sampled_from(_FIRST),
    last=st.sampled_from(_LAST),
    title=st.sampled_from(_THE_TITLE),
    strike=st.sampled_from(_STRIKE),
    tail=st.sampled_from([" near Damascus on Friday.", ", the group said.", "."]),
)
def test_a_name_then_the_and_a_title_is_one_victim(
    first: str,
    last: str,
    title: tuple[str, VictimGroup, Side],
    strike: tuple[str, Side],
    tail: str,
) -> None:
    words, group, side = title
    agent, agent_side = strike
    text = f"A {agent} killed {first} {last}, {words}{tail}"
    (report,) = parse_article(text, published="2016-01-17").casualties
    assert report.status is Status.KILLED
    assert report.count.value == 1
    assert (report.victims, report.victim_side) == (group, side)
    assert report.perpetrator is not None
    assert report.perpetrator.side is agent_side
    assert text[report.span.start : report.span.end] == report.surface


@given(
    first=st.sampled_from(_FIRST),
    last=st.sampled_from(_LAST),
    opener=st.sampled_from(_OPENER),
    strike=st.sampled_from(_STRIKE),
    where=st.sampled_from(["", " in Eastern Ghouta", " near Quneitra"]),
)
def test_a_headline_names_its_dead_without_was(
    first: str,
    last: str,
    opener: tuple[str, VictimGroup, Side],
    strike: tuple[str, Side],
    where: str,
) -> None:
    words, group, side = opener
    agent, agent_side = strike
    text = f"{words} {first} {last} killed in {agent}{where}"
    article = parse_article(text, published="2016-01-17")
    (report,) = article.casualties
    assert report.status is Status.KILLED
    assert report.count.value == 1
    assert (report.victims, report.victim_side) == (group, side)
    assert f"{first} {last}" in report.surface
    assert report.perpetrator is not None
    assert report.perpetrator.side is agent_side
    # The person killed is never the agent.
    summary = article.summary
    assert summary.perpetrator is not None
    assert summary.perpetrator.side is agent_side


@given(
    first=st.sampled_from(_FIRST),
    last=st.sampled_from(_LAST),
    verb=st.sampled_from(["died", "perished"]),
    lead=st.sampled_from(["", "The Observatory said "]),
)
def test_a_name_before_a_verb_of_dying_is_one_death(
    first: str, last: str, verb: str, lead: str
) -> None:
    text = f"{lead}{first} {last} {verb} in the shelling of Douma on Monday."
    (report,) = parse_article(text, published="2016-01-17").casualties
    assert (report.status, report.count.value) == (Status.KILLED, 1)
    assert text[report.span.start : report.span.end] == report.surface


@given(
    first=st.sampled_from(_FIRST),
    last=st.sampled_from(_LAST),
    verb=st.sampled_from(["killed", "executed", "shot dead"]),
)
def test_a_name_that_acts_is_no_victim(first: str, last: str, verb: str) -> None:
    text = f"{first} {last} {verb} two soldiers in Daraa on Monday."
    (report,) = parse_article(text, published="2016-01-17").casualties
    assert (report.count.value, report.victims) == (2, VictimGroup.COMBATANTS)


# Attackers counted with their side: the side acts.
_SIDES = [("regime", Side.GOVERNMENT), ("IS", Side.ISLAMIC_STATE), ("rebel", Side.REBELS)]


@given(
    side=st.sampled_from(_SIDES),
    many=st.sampled_from([("A", "sniper"), ("Two", "gunmen"), ("Three", "snipers")]),
    verb=st.sampled_from(["killed", "shot dead"]),
    victims=st.sampled_from(
        [("a boy", 1, VictimGroup.CHILDREN), ("two women", 2, VictimGroup.WOMEN)]
    ),
)
def test_counted_attackers_of_a_side_are_the_agent(
    side: tuple[str, Side],
    many: tuple[str, str],
    verb: str,
    victims: tuple[str, int, VictimGroup],
) -> None:
    word, agent_side = side
    article_word, noun = many
    if article_word == "A" and word[0] in "AEIOU":
        article_word = "An"
    phrase, n, group = victims
    text = f"{article_word} {word} {noun} {verb} {phrase} in Madaya on Monday."
    (report,) = parse_article(text, published="2016-01-17").casualties
    assert (report.count.value, report.victims) == (n, group)
    assert report.perpetrator is not None
    assert report.perpetrator.side is agent_side


@given(side=st.sampled_from(_SIDES), figure=st.sampled_from(["Two", "Three", "Five"]))
def test_counted_fighters_in_a_headline_passive_are_the_victims(
    side: tuple[str, Side], figure: str
) -> None:
    word, victim_side = side
    text = f"{figure} {word} gunmen killed in clashes near Manbij"
    (report,) = parse_article(text, published="2016-01-17").casualties
    assert report.victim_side is victim_side
    assert report.perpetrator is None


# A headline's bare singular noun before its passive verb: one person of its group and side.
_BARE = [
    ("Child", VictimGroup.CHILDREN, Side.CIVILIANS),
    ("Journalist", VictimGroup.CIVILIANS, Side.CIVILIANS),
    ("Syrian activist", VictimGroup.CIVILIANS, Side.CIVILIANS),
    ("Rebel commander", VictimGroup.COMBATANTS, Side.REBELS),
    ("Top Hezbollah commander", VictimGroup.COMBATANTS, Side.HEZBOLLAH),
    ("Soldier", VictimGroup.COMBATANTS, Side.GOVERNMENT),
]


@given(
    bare=st.sampled_from(_BARE),
    verb=st.sampled_from(["killed", "shot dead", "wounded"]),
    tail=st.sampled_from([" by sniper fire in Madaya", " in Daraa ambush", ""]),
    case=st.sampled_from([str, str.title, str.upper, str.lower]),
)
def test_a_headlines_bare_noun_is_one_person(
    bare: tuple[str, VictimGroup, Side], verb: str, tail: str, case: Any
) -> None:
    words, group, side = bare
    text = case(f"{words} {verb}{tail}")
    (report,) = parse_article(text, published="2016-01-17").casualties
    assert report.count.value == 1, text
    assert report.status is (Status.WOUNDED if verb == "wounded" else Status.KILLED), text
    assert (report.victims, report.victim_side) == (group, side), text
    assert text[report.span.start : report.span.end] == report.surface


def test_a_bare_noun_is_no_toll_outside_a_headlines_passive() -> None:
    # The noun is the subject of another verb: no one died.
    for text in (
        "Army regains control of town, soldier says",
        "Soldier describes the battle for Aleppo",
        "Commander vows to retake Palmyra",
    ):
        assert parse_article(text, published="2016-01-17").casualties == (), text
