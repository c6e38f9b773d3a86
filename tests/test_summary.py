"""Summary totals count each person once; the main event's fields come from the lead report."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriaevents import _summary as sm
from syriaevents import parse_article
from syriaevents._summary import figure, summarise
from syriaevents._text import Doc
from syriaevents.model import (
    Actor,
    ActorKind,
    CasualtyReport,
    Cause,
    Count,
    DateRef,
    Precision,
    Qualifier,
    Side,
    Span,
    Status,
    Summary,
    VictimGroup,
)

TEXT = "x" * 400


def count(
    value: int | None, qualifier: Qualifier = Qualifier.EXACT, low: int | None = None
) -> Count:
    if low is None:
        low = value
    high = value if qualifier is Qualifier.EXACT else None
    return Count(
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        surface="n",
        span=Span(start=0, end=1),
        rule="test",
    )


def report(
    n: int | None,
    victims: VictimGroup,
    *,
    at: int = 0,
    status: Status = Status.KILLED,
    side: Side | None = None,
    includes: tuple[CasualtyReport, ...] = (),
    negated: bool = False,
    qualifier: Qualifier = Qualifier.EXACT,
    low: int | None = None,
    cause: Cause | None = None,
    perpetrator: Actor | None = None,
) -> CasualtyReport:
    return CasualtyReport(
        status=status,
        count=count(n, qualifier, low),
        victims=victims,
        victim_side=side,
        includes=includes,
        negated=negated,
        cause=cause,
        perpetrator=perpetrator,
        surface="r",
        span=Span(start=at, end=at + 1),
        rule="test",
    )


def summary(*reports: CasualtyReport) -> Summary:
    return summarise(Doc(TEXT), casualties=reports, actors=(), locations=(), dates=())


def test_figure_counts_as_written() -> None:
    assert figure(count(40, Qualifier.MORE_THAN, low=41)) == 40
    assert figure(count(None, Qualifier.VAGUE, low=24)) == 24


def test_repeated_toll_is_not_added_twice() -> None:
    s = summary(report(18, VictimGroup.CIVILIANS, at=0), report(18, VictimGroup.CIVILIANS, at=50))
    assert s.civilians_killed == 18


def test_subset_is_inside_its_parent() -> None:
    children = report(5, VictimGroup.CHILDREN, at=10)
    women = report(3, VictimGroup.WOMEN, at=20)
    s = summary(report(16, VictimGroup.PEOPLE, includes=(children, women)))
    assert (s.civilians_killed, s.children_killed, s.women_killed) == (16, 5, 3)


def test_civilians_are_at_least_children_and_women() -> None:
    s = summary(report(1, VictimGroup.WOMEN), report(5, VictimGroup.CHILDREN, at=5))
    assert s.civilians_killed == 6


def test_different_sides_add_up() -> None:
    s = summary(
        report(59, VictimGroup.COMBATANTS, side=Side.GOVERNMENT),
        report(100, VictimGroup.COMBATANTS, side=Side.ISLAMIC_STATE, at=30),
        report(100, VictimGroup.COMBATANTS, side=Side.ISLAMIC_STATE, at=90),
    )
    assert s.combatants_killed == 159
    assert s.civilians_killed == 0


def test_negated_and_wounded_are_not_killed() -> None:
    s = summary(
        report(0, VictimGroup.PEOPLE, negated=True),
        report(7, VictimGroup.CIVILIANS, status=Status.WOUNDED),
    )
    assert s.civilians_killed == 0
    assert s.wounded == 7


def test_lead_report_gives_cause_and_perpetrator() -> None:
    jets = Actor(
        id="syrian-air-force",
        name="Syrian Arab Air Force",
        side=Side.GOVERNMENT,
        kind=ActorKind.STATE_FORCES,
        surface="regime warplanes",
        span=Span(start=0, end=5),
        rule="test",
    )
    s = summary(
        report(3, VictimGroup.CIVILIANS, at=300, cause=Cause.SHELLING),
        report(12, VictimGroup.CIVILIANS, at=2, cause=Cause.AIRSTRIKE, perpetrator=jets),
    )
    assert s.cause is Cause.AIRSTRIKE
    assert s.perpetrator == jets


def test_background_toll_is_not_the_event() -> None:
    war = DateRef(
        start=dt.date(2011, 3, 1),
        end=dt.date(2011, 3, 31),
        precision=Precision.MONTH,
        surface="since March 2011",
        span=Span(start=40, end=56),
        rule="test",
    )
    history = attrs.evolve(report(280000, VictimGroup.PEOPLE, at=40), cumulative=True, date=war)
    s = summarise(
        Doc(TEXT),
        casualties=(report(9, VictimGroup.CIVILIANS), history),
        actors=(),
        locations=(),
        dates=(war,),
        published=dt.date(2016, 5, 1),
    )
    assert s.civilians_killed == 9


def totals(text: str) -> tuple[int, int, int, int]:
    s = parse_article(text).summary
    return s.civilians_killed, s.combatants_killed, s.children_killed, s.women_killed


def test_fighters_counted_among_people_are_not_civilians() -> None:
    text = (
        "Fighting around the town of Nawa killed 40 people on Monday, the monitor said. "
        "25 rebels and 15 soldiers were among the dead, it added."
    )
    assert totals(text) == (0, 40, 0, 0)


def test_breakdown_of_the_lead_toll_counts() -> None:
    text = (
        "Government air raids on the town of Douma killed 70 people on Friday, a monitor "
        "said. The strikes followed a rocket barrage on the capital. Residents said the raids "
        "hit a market. Seven children and 11 fighters were among the dead, the monitor said."
    )
    assert totals(text) == (59, 11, 7, 0)


def test_later_tolls_of_other_events_are_not_added() -> None:
    text = (
        "Barrel bombs killed 12 civilians in the town of Daraya on Sunday, activists said. "
        "Rescue workers searched the rubble. Separately, shelling in Hama killed three "
        "children and a woman on Saturday."
    )
    assert totals(text) == (12, 0, 0, 0)


def test_parts_of_a_retold_lead_toll_count() -> None:
    text = (
        "A chemical attack on the town of Khan Sheikhun killed at least 40 people on Tuesday. "
        "Doctors treated dozens for breathing problems. The monitor said later that the "
        "attack killed at least 40 people, including nine children and four women."
    )
    assert totals(text) == (40, 0, 9, 4)


def test_later_tolls_count_when_the_lead_has_none() -> None:
    text = (
        "Government forces pressed their offensive on the town of Saraqeb on Monday. "
        "Residents fled north as the fighting drew closer. Shelling killed six civilians, "
        "among them two children, the monitor said."
    )
    assert totals(text) == (6, 0, 2, 0)


def test_breakdown_of_a_larger_tally_is_not_a_part_of_the_lead() -> None:
    text = (
        "Air strikes killed 17 people in the town of Ashara on Monday. Residents fled. "
        "Since January the raids have killed 502 civilians in the province. Among the "
        "dead were 98 children and 61 women, the group said."
    )
    assert totals(text) == (17, 0, 0, 0)


def test_a_precise_toll_beats_a_vague_one() -> None:
    text = (
        "Scores of civilians were killed in air strikes on Raqqa on Sunday. At least 25 "
        "civilians died in the raids on the city, a monitor said."
    )
    assert totals(text) == (25, 0, 0, 0)


def test_a_vague_lead_is_told_precisely_later() -> None:
    text = (
        "A gas attack on the town of Khan Sheikhun killed dozens of people on Tuesday. "
        "Doctors treated hundreds for breathing problems. The group said later that the "
        "attack killed more than 80 people, including 20 children."
    )
    assert totals(text) == (80, 0, 20, 0)


def test_named_helpers_among_people_do_not_split_the_toll() -> None:
    text = "Two nurses were among 31 people killed in the shelling of the town on Saturday."
    assert totals(text) == (31, 0, 0, 0)
    text = "The shelling killed 30 people including 24 civilians on Saturday."
    assert totals(text) == (24, 0, 0, 0)


def titled(title: str, text: str) -> tuple[int, int, int, int]:
    s = parse_article(text, title=title).summary
    return s.civilians_killed, s.combatants_killed, s.children_killed, s.women_killed


def test_a_precise_headline_toll_names_the_main_event() -> None:
    title = "Coalition kills 12 ISIS commanders in Raqqa"
    text = (
        "A coalition air strike killed 45 ISIS fighters including 12 commanders near Raqqa "
        "on Monday, the Pentagon said."
    )
    assert titled(title, text) == (0, 12, 0, 0)


def test_fighters_of_no_side_listed_beside_others_add_up() -> None:
    text = "Russian strikes killed 90 ISIS fighters and 40 foreign mercenaries near Deir Ezzor."
    assert totals(text) == (0, 130, 0, 0)


def test_a_vague_subset_gives_no_figure() -> None:
    text = "The bombing of the convoy killed more than 100 people, including dozens of children."
    assert totals(text) == (100, 0, 0, 0)


def test_a_campaign_tally_larger_than_the_lead_toll_is_not_the_event() -> None:
    text = (
        "Regime shelling of Douma killed at least 23 people on Sunday, a monitor said. "
        "Since the offensive began, at least 131 people including 29 children have been "
        "killed in the enclave."
    )
    assert totals(text) == (23, 0, 0, 0)


def test_the_headline_toll_picks_the_event_among_bigger_ones() -> None:
    # The opening goes on to an earlier, bigger toll of another kind: the headline says
    # which event the article is about.
    title = "Suicide bomber kills 4 in Qardaha"
    text = (
        "A suicide bomber killed four people at a hospital car park in Qardaha on Sunday. "
        "The blast came days after troops executed 48 people in a village near Hama, "
        "the monitor said."
    )
    s = parse_article(text, title=title).summary
    assert s.cause is Cause.SUICIDE_BOMBING
    assert s.civilians_killed == 4


def test_a_retold_toll_says_how_those_killed_in_fighting_died() -> None:
    text = (
        "Rebels and regime forces fought on the western edge of Aleppo, where 41 civilians "
        "have been killed in two days of fighting. Rebel fighters fired hundreds of rockets "
        "at the western districts, and the rocket fire has killed 41 civilians, the monitor said."
    )
    assert parse_article(text).summary.cause is Cause.ROCKET


def test_of_several_retellings_the_most_specific_cause_wins() -> None:
    # The lead toll is told in the fighting, retold first with "the battle" and then with
    # how the soldiers died: the execution says it, whichever retelling comes first.
    text = (
        "Jihadists killed 60 soldiers in fierce clashes at an army checkpoint near Palmyra on "
        "Friday. In the battle, the militants killed 60 soldiers, the monitor said. "
        "Most had surrendered: the group executed 60 soldiers after the assault."
    )
    assert parse_article(text).summary.cause is Cause.EXECUTION


def test_a_siege_in_the_opening_frames_the_fighting_not_the_deaths() -> None:
    # The deaths are told without a weapon; the siege the next sentence names is what the
    # fighting is about, not how the crew died.
    text = (
        "A transport helicopter was brought down near Saraqeb on Monday, killing the four "
        "crew on board. The attack came as rebels fought to break the regime's siege of "
        "the eastern districts."
    )
    assert parse_article(text).summary.cause is None


def test_hunger_in_the_opening_is_how_the_besieged_died() -> None:
    text = (
        "Six people have died in Madaya in a week, doctors said. Residents of the besieged "
        "town are starving, and the siege has cut every road."
    )
    assert parse_article(text).summary.cause is Cause.SIEGE


def test_an_actor_that_may_be_responsible_is_the_agent() -> None:
    text = (
        "At least 40 people died in the gas attack on Tuesday. Investigators said regime "
        "forces could be responsible for the attack."
    )
    perpetrator = parse_article(text).summary.perpetrator
    assert perpetrator is not None
    assert perpetrator.side is Side.GOVERNMENT


# Fast paths of the summary stand in for patterns: each is checked against its pattern on
# text built from the very words the pattern looks for.
def _pattern_words(pattern: re.Pattern[str]) -> list[str]:
    source = re.sub(r"\\[a-zA-Z]", " ", pattern.pattern)
    return sorted(set(re.findall(r"[a-z][a-z-]*", source)) | {"2011", "rebel-held"})


_GAPS = [" ", " ", " ", ". ", ", ", "-", "\n", "x", "\u00e9"]


def _texts(pattern: re.Pattern[str]) -> st.SearchStrategy[str]:
    words = _pattern_words(pattern)
    return st.lists(st.one_of(st.sampled_from(words), st.sampled_from(_GAPS)), max_size=30).map(
        "".join
    )


@given(_texts(sm._ORIGIN_BEFORE), st.data())
@example("evacuees from the besieged towns of the ", None)
@settings(max_examples=300)
def test_origin_fast_path_agrees_with_pattern(text: str, data: st.DataObject | None) -> None:
    """_ORIGIN_LAST lists every word _ORIGIN_BEFORE can end with."""
    ends = range(len(text) + 1) if data is None else [data.draw(st.integers(0, len(text)))]
    for start in ends:
        plain = sm._ORIGIN_BEFORE.search(text, max(0, start - 60), start) is not None
        assert sm._origin_before(text, start) == plain, (text, start)


@given(_texts(sm._WAR_WIDE))
@example("the uprising began in march. since 2011")
@settings(max_examples=300)
def test_war_wide_fast_path_agrees_with_pattern(text: str) -> None:
    """The words _war_wide_in tests first are in every match of _WAR_WIDE."""
    doc = Doc(text)
    for sentence in [*doc.sentences, Span(start=0, end=len(text))]:
        plain = sm._WAR_WIDE.search(doc.folded, sentence.start, sentence.end) is not None
        assert sm._war_wide_in(doc, sentence) == plain, (text, sentence)


def test_fast_paths_agree_on_every_pair_of_words() -> None:
    """Every pair of the patterns' words, alone and around "of the": each branch's last
    word is tried at least once (random texts may miss a rare one)."""
    for pattern in (sm._ORIGIN_BEFORE, sm._WAR_WIDE):
        words = _pattern_words(pattern)
        for a in words:
            for b in words:
                for text in (f"{a} {b} ", f"x {a} of the {b} x ", f"{a} {b} of 2011 "):
                    doc = Doc(text)
                    whole = Span(start=0, end=len(text))
                    plain = sm._WAR_WIDE.search(text) is not None
                    assert sm._war_wide_in(doc, whole) == plain, text
                    for start in range(len(text) + 1):
                        found = sm._ORIGIN_BEFORE.search(text, max(0, start - 60), start)
                        assert sm._origin_before(text, start) == (found is not None), text


@given(st.text(alphabet=", andorx", min_size=sm._LIST_GAP_MAX + 1, max_size=12))
def test_list_gap_is_short(gap: str) -> None:
    """_weigh_mentions asks _LIST_GAP only across gaps of at most _LIST_GAP_MAX characters."""
    assert sm._LIST_GAP.fullmatch(gap) is None
    assert sm._LIST_GAP.fullmatch(", and ") is not None


def test_roles_fast_paths_agree_with_patterns() -> None:
    """A place followed by an actor's word, after an origin word, or listed after another
    gets the role the plain patterns give it."""
    words = [*sm._ACTOR_WORDS, "and", "province", "the", "x", "-", "of", "air"]
    for word in words:
        for sep in ("", " ", "-", ", "):
            text = f"fled aleppo{sep}{word} and homs, or hama"
            for end in range(len(text) + 1):
                plain = sm._ACTOR_AFTER.match(text, end) is not None
                fast = text[end : end + 3] in sm._ACTOR_HEADS and plain
                assert fast == plain, (text, end)


def test_among_dead_opens_with_its_word() -> None:
    """_breakdown looks for "among" before it searches for _AMONG_DEAD."""
    assert sm._AMONG_DEAD.pattern.startswith(r"\bamong")


def test_fighters_of_one_side_listed_in_one_toll_add_up() -> None:
    # Two rebel factions in one toll are other people, though their bucket is the same.
    text = (
        "Infighting in the enclave killed 16 fighters from Faylaq al-Rahman and eight from "
        "Jaish al-Islam on Sunday, the monitor said."
    )
    assert totals(text) == (0, 24, 0, 0)
    s = summary(
        report(16, VictimGroup.COMBATANTS, side=Side.REBELS, at=10),
        report(8, VictimGroup.COMBATANTS, side=Side.REBELS, at=10),
    )
    # The same span but the same figure (report() puts every figure at 0): one toll told
    # twice, not two parts.
    assert s.combatants_killed == 16


def test_a_headline_repeated_at_the_text_start_is_not_added_twice() -> None:
    title = "Shelling kills 9 soldiers near Hama"
    text = "Shelling kills 9 soldiers near Hama. The army said the shells came from rebel lines."
    assert titled(title, text) == (0, 9, 0, 0)


def test_a_fighters_men_are_fighters_of_his_toll() -> None:
    text = "An army officer and four of his men were killed in an ambush near Palmyra on Monday."
    assert totals(text) == (0, 5, 0, 0)


def test_fighters_sharing_one_noun_add_up() -> None:
    text = "Two Syrian and three Russian soldiers died when their vehicle hit a mine near Palmyra."
    assert totals(text) == (0, 5, 0, 0)


def test_wounded_fighters_and_civilians_add_up_each_counted_once() -> None:
    s = parse_article("Rebel shelling wounded five soldiers and 20 civilians in the city.").summary
    assert s.wounded == 25
    # A subset is inside its toll, and one toll told twice is one toll.
    text = (
        "Thirty people were wounded, including five children, when the shells fell. "
        "The 30 wounded were taken to the field hospital."
    )
    assert parse_article(text).summary.wounded == 30


@pytest.mark.parametrize(
    "text",
    [
        "Regime forces arrested 14 young men in a raid on Harasta on Sunday. The town was hit "
        "by dozens of air strikes last year.",
        "Gunmen kidnapped three aid workers on the road to Idlib after shelling closed the "
        "highway, the group said.",
    ],
)
def test_an_arrest_or_kidnapping_takes_no_weapon(text: str) -> None:
    """Where the lead toll is of people arrested or kidnapped, the summary names no weapon,
    whatever else the text tells ("air strikes", "shelling")."""
    article = parse_article(text)
    assert article.casualties[0].status in (Status.ARRESTED, Status.ABDUCTED)
    assert article.summary.cause is None


@pytest.mark.parametrize(
    ("text", "civilians", "fighters"),
    [
        # Another weapon: the fighters are not among the people.
        (
            "Turkish artillery shelled the village of Tal Rifaat on Thursday, killing a man and "
            "his two sons, the SDF said. In a separate incident, a Turkish drone strike killed "
            "three SDF fighters near Manbij.",
            3,
            3,
        ),
        # Another governorate, the same weapon.
        (
            "Regime shelling killed four people in Douma on Friday. Rebel shelling killed two "
            "soldiers in Jableh.",
            4,
            2,
        ),
        # The same fighting: the fighters are among the dead.
        (
            "Clashes near Daraa killed 30 people on Monday. Seventeen rebels and 13 soldiers "
            "were killed in the clashes, the monitor said.",
            0,
            30,
        ),
    ],
)
def test_fighters_of_another_event_are_not_among_the_people(
    text: str, civilians: int, fighters: int
) -> None:
    """People counted in one event are not the fighters counted in another."""
    summary = parse_article(text).summary
    assert (summary.civilians_killed, summary.combatants_killed) == (civilians, fighters)


@pytest.mark.parametrize(
    "claim",
    [
        "Islamic State claimed the attack through its Amaq news agency.",
        "The Islamic State group claimed the bombing in a statement on Telegram.",
        "ISIS has claimed responsibility, according to a statement posted online.",
        "Islamic State, which holds land east of the city, claimed both blasts.",
    ],
)
def test_a_claim_names_the_agent_the_lead_does_not(claim: str) -> None:
    """An actor that claims the attack later in the article is its agent when the lead
    names none."""
    text = (
        "A car bomb exploded near a bakery in Qamishli on Wednesday, killing at least eight "
        "people. The death toll later rose to 11, local officials said. " + claim
    )
    summary = parse_article(text, published="2016-07-28").summary
    assert summary.perpetrator is not None
    assert summary.perpetrator.side is Side.ISLAMIC_STATE


def test_no_claim_names_no_agent() -> None:
    text = (
        "A car bomb exploded near a bakery in Qamishli on Wednesday, killing at least eight "
        "people. No group has claimed the attack so far."
    )
    assert parse_article(text, published="2016-07-28").summary.perpetrator is None


@pytest.mark.parametrize(
    ("second", "children"),
    [
        # Seven others right after the eleven: the baby is not among the eleven's children.
        (
            "Nine civilians including three children died in the market and five others "
            "including a girl were killed near the school, a medic said.",
            4,
        ),
        # Others told sentences apart may be others than any toll: the subsets are not added.
        (
            "Nine civilians including three children died in the market, a medic said. "
            "Later, rockets hit the school and five others including a girl were killed.",
            3,
        ),
    ],
)
def test_subsets_of_a_toll_and_of_the_others_after_it_add_up(second: str, children: int) -> None:
    text = "Shelling killed 14 civilians in the town on Sunday. " + second
    summary = parse_article(text, published="2016-07-28").summary
    assert (summary.civilians_killed, summary.children_killed) == (14, children)


def test_a_later_tally_of_fighting_is_not_the_opening_event() -> None:
    """The opening tells an air raid and no toll; a tally of days of clashes comes later:
    the summary's event is the raid, its totals leave the tally out (as ever)."""
    text = (
        "Regime warplanes bombed Kurdish positions in the city of Qamishli for a third day on "
        "Friday, a monitor said. The strikes followed a week of tension between the two sides. "
        "Since Tuesday, clashes between the army and Kurdish forces have left 14 civilians and "
        "nine fighters dead, the Observatory said."
    )
    summary = parse_article(text, published="2016-08-19").summary
    assert summary.cause is Cause.AIRSTRIKE
    assert summary.perpetrator is not None
    assert summary.perpetrator.side is Side.GOVERNMENT
    assert (summary.civilians_killed, summary.combatants_killed) == (0, 0)


def test_a_later_tally_is_the_event_when_the_opening_names_no_weapon() -> None:
    text = (
        "Tension rose in the city of Qamishli on Friday, a monitor said. "
        "Since Tuesday, clashes between the army and Kurdish forces have left 14 civilians and "
        "nine fighters dead, the Observatory said."
    )
    assert parse_article(text, published="2016-08-19").summary.cause is Cause.CLASHES


@pytest.mark.parametrize(
    ("later", "civilians", "children"),
    [
        ("Of the 52 killed, 29 were civilians, the monitor said.", 29, 0),
        ("Of those killed, 29 were civilians, including eight children.", 29, 8),
        # Children are no civilians set apart by name: the 52 stay civilians.
        ("Of those killed, eight were children.", 52, 8),
    ],
)
def test_a_breakdown_naming_civilians_sets_them_apart(
    later: str, civilians: int, children: int
) -> None:
    text = "Air strikes killed 52 people in Idlib on Monday. " + later
    summary = parse_article(text, published="2016-07-28").summary
    assert (summary.civilians_killed, summary.children_killed) == (civilians, children)


def test_fighters_counted_in_a_subset_are_no_agent() -> None:
    text = "At least 35 people were killed in fighting in Daraa, 20 of them rebels and 15 soldiers."
    summary = parse_article(text, published="2016-07-28").summary
    assert summary.perpetrator is None
    assert (summary.civilians_killed, summary.combatants_killed) == (0, 35)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Rockets hit the al-Waer district of Homs on Monday, killing three people.", "al-Waer"),
        ("Mortar shells fell on Jobar, on the edge of Damascus, killing two civilians.", "Jobar"),
        (
            "Shells fell on the Jamiliyah neighbourhood in Aleppo city, killing a child.",
            "Jamiliyah",
        ),
        # Two places told apart: the nearer one is still the scene.
        ("Shells hit Jobar and Damascus on Monday, killing two people.", "Damascus"),
    ],
)
def test_a_city_that_only_says_where_a_quarter_lies_is_not_the_scene(
    text: str, surface: str
) -> None:
    location = parse_article(text, published="2016-07-28").summary.location
    assert location is not None
    assert location.surface == surface


def test_the_attacker_among_the_dead_is_one_fighter() -> None:
    text = "Nine people were killed, including the attacker, when a car bomb went off in Azaz."
    summary = parse_article(text, published="2016-07-28").summary
    assert (summary.civilians_killed, summary.combatants_killed) == (8, 1)
