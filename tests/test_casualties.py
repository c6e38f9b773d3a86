"""Casualty reports: golden cases, generated sentences and never-raise properties."""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from golden_cases import load_golden
from strategies import (
    DATES,
    PLACES,
    VICTIM_NOUNS,
    Facts,
    Figure,
    articles,
    casualty_sentences,
    curly_quotes,
    figures,
    gas_harm_sentences,
    strip_punctuation,
)
from syriaevents import parse_article
from syriaevents._actors import scan_actors
from syriaevents._casualties import _dates_the_telling, scan_casualties
from syriaevents._dates import scan_dates
from syriaevents._gazetteer import scan_places
from syriaevents._numbers import scan_counts
from syriaevents._text import Doc
from syriaevents.model import CasualtyReport, Cause, Qualifier, Side, Status, VictimGroup

PUBLISHED = _dt.date(2022, 6, 30)
_T = TypeVar("_T")


def _stub(scan: Callable[[], tuple[_T, ...]]) -> tuple[tuple[_T, ...], bool]:
    """A scanner's records, and whether the scanner is still a stub."""
    try:
        return scan(), False
    except NotImplementedError:
        return (), True


def parse(text: str) -> tuple[CasualtyReport, ...]:
    """Casualty reports from the real scanners; the gazetteer may still be a stub."""
    doc = Doc(text)
    places, _ = _stub(lambda: scan_places(doc))
    return scan_casualties(
        doc, scan_counts(doc), scan_actors(doc), places, scan_dates(doc, PUBLISHED)
    )


def _golden() -> list[Any]:
    return [
        pytest.param(case, id=f"{case['origin']}-{n}")
        for n, case in enumerate(load_golden("casualties.jsonl"), 1)
    ]


def _facts(report: CasualtyReport, keys: list[str]) -> dict[str, Any]:
    got: dict[str, Any] = {
        "status": report.status.value,
        "value": report.count.value,
        "low": report.count.low,
        "high": report.count.high,
        "qualifier": report.count.qualifier.value,
        "victims": report.victims.value,
        "victim_side": report.victim_side.value if report.victim_side else None,
        "perpetrator_side": report.perpetrator.side.value if report.perpetrator else None,
        "cause": report.cause.value if report.cause else None,
        "cumulative": report.cumulative,
        "negated": report.negated,
        "includes": [
            {"value": sub.count.value, "victims": sub.victims.value} for sub in report.includes
        ],
    }
    return {k: got[k] for k in keys}


def test_golden_file_is_big_enough() -> None:
    cases = _golden()
    assert len(cases) >= 80
    origins = {c.values[0]["origin"] for c in cases}
    assert origins == {"seeds-style", "fakes-style", "acled-style", "traps"}


@pytest.mark.parametrize("case", _golden())
def test_golden(case: dict[str, Any]) -> None:
    expected: list[dict[str, Any]] = case["expected"]
    reports = parse(case["text"])
    got = [_facts(r, list(e)) for r, e in zip(reports, expected, strict=False)]
    assert got == expected
    assert len(reports) == len(expected), [r.surface for r in reports]


def test_the_day_a_monitor_spoke_is_not_the_day_of_the_toll() -> None:
    # "said Saturday" dates the telling; the sentence's own "on Friday" dates the deaths.
    (report,) = parse(
        "On Friday, regime air strikes killed 12 civilians in Douma, the Observatory said "
        "on Saturday 25 June 2022."
    )
    assert report.date is not None
    assert report.date.start == _dt.date(2022, 6, 24)


def test_the_day_a_monitor_spoke_dates_a_toll_with_no_other_day() -> None:
    (report,) = parse("Regime air strikes killed 12 civilians in Douma, a monitor said on Monday.")
    assert report.date is not None
    assert report.date.start == _dt.date(2022, 6, 27)


def test_a_byline_date_is_not_the_day_of_a_headline_toll() -> None:
    # A headline copied before the agency's byline, then the first sentence, all one sentence.
    text = (
        "Regime shelling kills nine in Douma AFP Thursday 30 Jun 2022 Nine people were killed "
        "in regime shelling on the town of Douma on Tuesday, a monitor said."
    )
    reports = parse(text)
    assert [r.count.value for r in reports] == [9, 9]
    for report in reports:
        assert report.date is not None
        assert report.date.start == _dt.date(2022, 6, 28)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Rebels killed 6 regime soldiers near the town.", "killed 6 regime soldiers"),
        ("18 Civilians Killed in Shelling on Douma", "18 Civilians Killed"),
        ("A child was killed in the raid.", "A child was killed"),
    ],
)
def test_report_surface_covers_figure_and_trigger(text: str, surface: str) -> None:
    (report,) = parse(text)
    assert report.surface == surface
    assert text[report.span.start : report.span.end] == surface


def test_article_count_says_so() -> None:
    (report,) = parse("A child was killed in the raid.")
    assert report.count.rule == "count.article"
    assert (report.count.value, report.count.low, report.count.high) == (1, 1, 1)
    assert report.count.surface == "A"


def test_conjoined_total_covers_the_words() -> None:
    text = "A female civilian and three children were killed when the market was shelled."
    (report,) = parse(text)
    assert report.count.rule == "count.conjoined"
    assert report.count.surface == "A female civilian and three children"
    assert [s.count.surface for s in report.includes] == ["A", "three"]


def test_negated_report_has_a_zero_count() -> None:
    (report,) = parse("There were no fatalities.")
    assert report.negated
    assert (report.count.value, report.count.low, report.count.high) == (0, 0, 0)
    assert report.count.rule == "count.negated"


def test_source_from_attribution() -> None:
    (report,) = parse("Five civilians were killed in the raid, activists said.")
    assert report.source is not None
    assert report.source.name == "activists"
    assert report.source.surface == "activists said"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shells killed four people in Jaramana, a medical source told AFP.", "medical sources"),
        ("A security source said two soldiers were killed at the checkpoint.", "security sources"),
        ("Two children died in the strike, a resident said by phone.", "residents"),
        (
            "The Syrian Network for Human Rights documented the deaths of 45 civilians in May.",
            "Syrian Network for Human Rights",
        ),
        ("The Observatory recorded 20 deaths in the shelling of the camp.", "Syrian Observatory"),
        (
            "Six people were killed, White Helmets official Omar Khaled said.",
            "Syria Civil Defence",
        ),
    ],
)
def test_sources_named_one_by_one(text: str, name: str) -> None:
    """One source ("a medical source"), a report verb ("documented", "recorded"), and an
    organisation's official (the organisation)."""
    report = parse(text)[0]
    assert report.source is not None
    assert report.source.name.startswith(name), report.source


def test_hedge_is_read() -> None:
    (report,) = parse("Ten soldiers were reportedly killed in the ambush, activists said.")
    assert report.source is not None
    assert report.source.hedge == "reportedly"


def test_pronoun_source_takes_the_last_named_one() -> None:
    text = "The Observatory said the fighting went on. Some 59 troops were killed, it said."
    report = parse(text)[-1]
    assert report.source is not None
    assert "Observatory" in report.source.name


def test_date_from_the_sentence() -> None:
    (report,) = parse("On 12 May 2022, 3 civilians were killed in shelling on the town.")
    assert report.date is not None
    assert report.date.start == _dt.date(2022, 5, 12)


@pytest.mark.parametrize(
    ("text", "surface", "victims"),
    [
        (
            "Colonel Ibrahim Salloum was killed in the shelling.",
            "Colonel Ibrahim Salloum",
            "combatants",
        ),
        ("On Sunday activist Rami Haddad was wounded by a sniper.", "Rami Haddad", "civilians"),
        (
            "The monitor said Abu Omar al-Tunisi was killed in a raid.",
            "Abu Omar al-Tunisi",
            "people",
        ),
    ],
)
def test_named_person_killed(text: str, surface: str, victims: str) -> None:
    (report,) = parse(text)
    assert (report.count.value, report.count.rule) == (1, "count.named")
    assert (report.count.surface, report.victims.value) == (surface, victims)


@pytest.mark.parametrize(
    "text",
    [
        "Aleppo was shelled on Monday.",
        "The Free Syrian Army was defeated near Hama.",
        "Nobody Was Killed In The Raid",  # a headline: no name, and no toll either
        "Ahmad was killed.",  # one word and no title: may be anything
        "The UN Security Council was told of the raid.",
    ],
)
def test_no_name_no_named_toll(text: str) -> None:
    assert [r for r in parse(text) if r.count.rule == "count.named"] == []


def test_breakdown_by_place() -> None:
    # Figures that name only a place after a toll they fit in are its subsets, each with its
    # own place; the toll is counted once.
    text = "23 civilians were killed in coalition raids, 16 in Manbij and seven in Jarablus."
    (toll,) = parse(text)
    assert toll.count.value == 23
    subsets = [
        (r.count.value, r.victims, r.location and r.location.place.name) for r in toll.includes
    ]
    assert subsets == [
        (16, VictimGroup.CIVILIANS, "Manbij"),
        (7, VictimGroup.CIVILIANS, "Jarablus"),
    ]
    assert parse_article(text).summary.civilians_killed == 23


def test_figures_by_place_or_day_that_continue_a_toll_are_parts_of_it() -> None:
    # The toll's own words end on a place or a day, and the next figure goes on in kind:
    # more people, each figure with its own place or day, all counted.
    text = "Four civilians were killed in Douma and three in Harasta."
    reports = parse(text)
    assert [(r.count.value, r.location and r.location.place.name) for r in reports] == [
        (4, "Douma"),
        (3, "Harasta"),
    ]
    assert parse_article(text).summary.civilians_killed == 7
    text = "The jets killed 11 fighters on Monday, five on Tuesday and two on Wednesday."
    article = parse_article(text, published="2016-03-10")
    assert [(r.count.value, r.victims, r.date and r.date.start) for r in article.casualties] == [
        (11, VictimGroup.COMBATANTS, _dt.date(2016, 3, 7)),
        (5, VictimGroup.COMBATANTS, _dt.date(2016, 3, 8)),
        (2, VictimGroup.COMBATANTS, _dt.date(2016, 3, 9)),
    ]
    assert article.summary.combatants_killed == 18
    # A figure of more people than the toll, after a comma, tells none of them.
    assert [r.count.value for r in parse("Raids killed 12 civilians, 40 in all.")] == [12]


def _matches(report: CasualtyReport, facts: Facts) -> bool:
    return (
        report.status is facts.status
        and report.count.value == facts.value
        and report.count.qualifier is facts.qualifier
        and report.victims is facts.victims
        and report.victim_side is facts.victim_side
        and (facts.cause is None or report.cause is facts.cause)
    )


def _key(report: CasualtyReport) -> tuple[Any, ...]:
    return (
        report.status,
        report.count.value,
        report.count.qualifier,
        report.victims,
        report.victim_side,
        report.cause,
    )


@given(casualty_sentences())
@example(
    (
        "12 Soldiers Killed in clashes.",
        Facts(
            status=Status.KILLED,
            value=12,
            qualifier=Qualifier.EXACT,
            victims=VictimGroup.COMBATANTS,
            victim_side=Side.GOVERNMENT,
            cause=Cause.CLASHES,
        ),
    )
)
def test_generated_facts_come_back(item: tuple[str, Facts]) -> None:
    text, facts = item
    reports = parse(text)
    assert len(reports) == 1, (text, [r.surface for r in reports])
    assert _matches(reports[0], facts), (text, _key(reports[0]), facts)


@given(casualty_sentences())
def test_punctuation_and_quotes_change_nothing(item: tuple[str, Facts]) -> None:
    text, _ = item
    base = [_key(r) for r in parse(text)]
    assert [_key(r) for r in parse(strip_punctuation(text))] == base
    quoted = f'"{text[:-1]}" , activists said.'
    assert [_key(r) for r in parse(curly_quotes(quoted))] == [_key(r) for r in parse(quoted)]
    assert [_key(r) for r in parse("  " + text.replace(" ", "  "))] == base


@given(articles())
def test_sentence_order_changes_nothing(item: tuple[list[str], list[Facts]]) -> None:
    # Paragraphs: context (cause, perpetrator) may come from an earlier sentence of a paragraph.
    sentences, _ = item
    forward = sorted(map(repr, map(_key, parse("\n\n".join(sentences)))))
    backward = sorted(map(repr, map(_key, parse("\n\n".join(reversed(sentences))))))
    assert forward == backward


def _check_spans(text: str, reports: tuple[CasualtyReport, ...]) -> None:
    for r in reports:
        assert text[r.span.start : r.span.end] == r.surface
        assert text[r.count.span.start : r.count.span.end] == r.count.surface
        if r.source is not None:
            assert text[r.source.span.start : r.source.span.end] == r.source.surface
        _check_spans(text, r.includes)
    starts = [r.span.start for r in reports]
    assert starts == sorted(starts)


@given(articles())
def test_spans_round_trip(item: tuple[list[str], list[Facts]]) -> None:
    text = "\n\n".join(item[0])
    _check_spans(text, parse(text))


@given(st.text(max_size=300))
@example("")
@example("no one")
@example("killed 5 of")
@example("a child and")
@example("the death toll rose to")
@example("5 \u2019s bodies were found")
@example("Shelling killed 3\n\ndozen civilians were hurt.")  # a figure across a paragraph break
@example("six children among\n\nthe dead")  # a trigger phrase across a paragraph break
@example("death five rescue\n\nworker")  # a victim phrase across a paragraph break
@example("shot dead an officer of the Syrian\nArmy")  # a group's name across a line break
def test_never_raises(text: str) -> None:
    _check_spans(text, parse(text))


@given(
    st.lists(
        st.sampled_from(
            [
                "killed",
                "5",
                "a",
                "child",
                "and",
                "including",
                "no",
                "one",
                "was",
                "hurt",
                "toll",
                "rose",
                "to",
                "along",
                "with",
                "others",
                ",",
                ".",
                "his",
                "wife",
                "bodies",
                "found",
                "soldiers",
                "since",
                "dozen",
                "among",
                "the",
                "dead",
                "\n\n",
            ]
        ),
        max_size=40,
    )
)
@example(["six", "children", "among", "\n\n", "the", "dead"])
def test_never_raises_on_word_salad(words: list[str]) -> None:
    text = " ".join(words)
    _check_spans(text, parse(text))


@given(
    figures(),
    st.sampled_from(VICTIM_NOUNS),
    st.sampled_from(["planned", "threatened", "tried", "vowed", "wanted"]),
    st.sampled_from(["kill", "execute", "wound", "kidnap", "arrest"]),
    st.sampled_from(PLACES),
)
def test_an_intent_is_no_toll(
    figure: Figure, victims: tuple[str, Any, Any], intent: str, verb: str, place: str
) -> None:
    # "planned to kill 20 soldiers": nobody was killed.
    text = " ".join(f"The cell {intent} to {verb} {figure.text} {victims[0]} {place}".split())
    assert parse(text + ".") == ()


_HOW = (
    ("Regime warplanes struck {place}", Cause.AIRSTRIKE),
    ("Mortar shells hit the market {place}", Cause.SHELLING),
    ("A car bomb went off at a checkpoint {place}", Cause.CAR_BOMB),
    ("Gunmen opened fire on a bus {place}", Cause.GUNFIRE),
)


@given(
    figures(),
    st.sampled_from(VICTIM_NOUNS),
    st.sampled_from(["were killed", "died", "were wounded"]),
    st.sampled_from(PLACES),
    st.sampled_from(_HOW),
    st.sampled_from(["", "Elsewhere, ", "Meanwhile ", "Separately, ", "On Monday, "]),
)
def test_the_next_sentence_tells_how(
    figure: Figure,
    victims: tuple[str, Any, Any],
    verb: str,
    place: str,
    how: tuple[str, Cause],
    opening: str,
) -> None:
    # A toll with no cause of its own takes the weapon of the sentence after it, unless that
    # sentence opens on another event or day.
    toll = " ".join(f"{figure.text} {victims[0]} {verb} {place}".split())
    weapon = " ".join(how[0].format(place=place).split())
    second = opening + (weapon[0].lower() if opening else weapon[0]) + weapon[1:]
    text = f"{toll[0].upper()}{toll[1:]}. {second}."
    reports = parse(text)
    assert [r.count.value for r in reports] == [figure.value], text
    assert reports[0].cause is (None if opening else how[1]), text


_SUBSET_MARKS = (("(", ")"), (" -", " -"), (",", ","))
_SUBSET_WORDS = ("including", "among them", "mostly")


@given(
    figures(),
    st.integers(min_value=2, max_value=9),
    figures(),
    st.sampled_from(_SUBSET_MARKS),
    st.sampled_from(_SUBSET_WORDS),
    st.sampled_from(["children", "women"]),
    st.sampled_from(["fighters", "soldiers", "rebels"]),
    st.sampled_from(["passive", "active", "left"]),
)
def test_a_subset_inside_a_list_of_victims(
    civilians: Figure,
    part: int,
    fighters: Figure,
    marks: tuple[str, str],
    opener: str,
    group: str,
    other: str,
    form: str,
) -> None:
    # "23 civilians - including 9 children - and 16 fighters": the children are among the
    # civilians, the fighters are not (a part of the toll after the subset closes).
    figure = "" if opener == "mostly" else f"{part} "  # "mostly children": no figure
    victims = f"{civilians.text} civilians{marks[0]} {opener} {figure}{group}{marks[1]}"
    victims = f"{victims} and {fighters.text} {other}".replace("( ", "(").replace(" )", ")")
    text = {
        "passive": f"{victims} were killed in the town.",
        "active": f"The shelling killed {victims} in the town.",
        "left": f"The fighting left {victims} dead.",
    }[form]
    text = text[0].upper() + text[1:]
    reports = parse(text)
    assert [(r.count.value, r.victims) for r in reports] == [
        (civilians.value, VictimGroup.CIVILIANS),
        (fighters.value, VictimGroup.COMBATANTS),
    ], text
    subsets = [(s.count.value, s.count.low, s.victims.value) for s in reports[0].includes]
    expected: list[tuple[int | None, int | None, str]]
    if opener == "mostly":  # most of the civilians: more than half of them, no figure of its own
        base = civilians.value if civilians.value is not None else civilians.low
        expected = [(None, base // 2 + 1, group)] if base is not None else []
    else:
        expected = [(part, part, group)]
    assert subsets == expected, text


_AIRCRAFT = ("helicopter", "warplane", "fighter jet", "military aircraft", "drone")
_BROUGHT_DOWN = ("was shot down", "crashed", "was downed", "went down after it was shot down")


@given(
    figures(),
    st.sampled_from(["Russian", "regime", "Syrian army", "coalition"]),
    st.sampled_from(_AIRCRAFT),
    st.sampled_from(_BROUGHT_DOWN),
    st.sampled_from(PLACES),
    st.sampled_from(_HOW),
    st.sampled_from([str.upper, lambda s: s]),  # lower case runs the two sentences together
)
def test_an_aircraft_brought_down_is_no_weapon(
    figure: Figure,
    owner: str,
    aircraft: str,
    down: str,
    place: str,
    before: tuple[str, Cause],
    case: Any,
) -> None:
    # The crew of a downed aircraft died of its fall, not of an air strike or of gunfire; a
    # weapon named in the sentence before belongs to another event.
    weapon = " ".join(before[0].format(place=place).split())
    crash = " ".join(f"A {owner} {aircraft} {down} {place}, killing {figure.text} soldiers".split())
    text = case(f"{weapon}. {crash}.")
    reports = parse(text)
    assert [r.count.value for r in reports] == [figure.value], text
    assert reports[0].cause is None, text
    # The same aircraft doing the killing is the weapon.
    text = case(f"A {owner} {aircraft} struck a convoy {place}, killing {figure.text} soldiers.")
    reports = parse(text)
    assert [r.count.value for r in reports] == [figure.value], text
    assert reports[0].cause is Cause.AIRSTRIKE, text


@given(
    figures(),
    st.sampled_from(["Russian", "regime", "coalition"]),
    st.sampled_from(
        list(zip(_AIRCRAFT, ("helicopter", "warplane", "jet", "aircraft", "drone"), strict=True))
    ),
    st.sampled_from(_BROUGHT_DOWN),
    st.sampled_from(PLACES),
    st.sampled_from(
        [
            "{n} soldiers who were in the {again} were killed",
            "All {n} servicemen aboard the {again} died, officials said",
            "{n} soldiers were killed trying to steer the {again} away from houses",
        ]
    ),
)
def test_the_aircraft_told_again_after_it_was_brought_down_is_no_weapon(
    figure: Figure,
    owner: str,
    aircraft: tuple[str, str],
    down: str,
    place: str,
    told_again: str,
) -> None:
    # "the helicopter" after "a helicopter was shot down" is that helicopter: the dead were
    # in it, it killed no one.
    crash = " ".join(f"A {owner} {aircraft[0]} {down} {place}".split())
    toll = told_again.format(n=figure.text, again=aircraft[1])
    text = f"{crash}. {toll[0].upper()}{toll[1:]}."
    reports = parse(text)
    assert [r.count.value for r in reports] == [figure.value], text
    assert reports[0].cause is None, text
    # With nothing brought down, "the helicopter" that kills is the weapon.
    text = f"The {aircraft[1]} struck a convoy {place}, killing {figure.text} soldiers."
    reports = parse(text)
    assert [r.count.value for r in reports] == [figure.value], text
    assert reports[0].cause is Cause.AIRSTRIKE, text


@given(
    st.sampled_from(["killing him", "wounding her", "killing her", "injuring him"]),
    st.sampled_from([".", ", police said.", " on Monday.", " in Douma.", ""]),
    st.sampled_from([str.lower, str.upper, lambda s: s]),
)
def test_an_object_pronoun_counts_one(verb: str, tail: str, case: Callable[[str], str]) -> None:
    text = case(f"A bomb exploded under the officer's car, {verb}{tail}")
    reports = parse(text)
    status = Status.KILLED if verb.startswith("killing") else Status.WOUNDED
    assert [(r.status, r.count.value, r.count.rule) for r in reports] == [
        (status, 1, "count.pronoun")
    ]
    assert all(text[r.span.start : r.span.end] == r.surface for r in reports)


@given(
    st.sampled_from(["Colonel", "General", "Brigadier", "Captain", "Commander"]),
    st.sampled_from(["Ibrahim", "Omar", "Khaled", "Yusuf", "Abu Ahmad"]),
    st.sampled_from(["Salloum", "Haddad", "al-Masri", "Darwish", "al-Ansari"]),
    st.sampled_from([("was killed", Status.KILLED), ("was wounded", Status.WOUNDED)]),
    st.sampled_from(["", "On Monday ", "Activists said ", "The army said that "]),
    st.sampled_from([" in the shelling.", " by a sniper in Daraa.", ".", ", the monitor said."]),
)
def test_a_titled_name_counts_one_fighter(
    rank: str, first: str, last: str, verb: tuple[str, Status], lead: str, tail: str
) -> None:
    name = f"{rank} {first} {last}"
    text = f"{lead}{name} {verb[0]}{tail}"
    named = [r for r in parse(text) if r.count.rule == "count.named"]
    assert [(r.status, r.count.value, r.count.surface, r.victims) for r in named] == [
        (verb[1], 1, name, VictimGroup.COMBATANTS)
    ]
    assert all(text[r.span.start : r.span.end] == r.surface for r in named)


@given(gas_harm_sentences())
@example(
    (
        "33 people were affected by the gas in Douma.",
        Facts(
            status=Status.WOUNDED,
            value=33,
            qualifier=Qualifier.EXACT,
            victims=VictimGroup.PEOPLE,
            victim_side=None,
            cause=Cause.CHEMICAL,
        ),
    )
)
def test_harm_from_gas_is_a_wounded_chemical_toll(item: tuple[str, Facts]) -> None:
    # People harmed by gas are counted as wounded, and the phrase names a chemical attack.
    text, facts = item
    reports = parse(text)
    assert len(reports) == 1, (text, [r.surface for r in reports])
    assert _matches(reports[0], facts), (text, _key(reports[0]), facts)
    _check_spans(text, reports)


@given(
    figures(),
    st.sampled_from(VICTIM_NOUNS),
    st.sampled_from(
        [
            "were affected by the power cut",
            "were affected by the fighting",
            "were affected by the floods",
            "were affected by the decision",
            "were affected by the shelling",
            "were affected by the gas shortage",
            "were affected by the gas station closure",
            "were affected by tear gas",
            "suffered suffocation from tear gas",
            "were treated for suffocation after a dust storm",
        ]
    ),
    st.sampled_from(PLACES),
)
def test_affected_without_a_war_gas_is_no_toll(
    figure: Figure, victims: tuple[str, Any, Any], harm: str, place: str
) -> None:
    # "Affected" is a harm word only with a war gas after it; tear gas and dust are no attack.
    text = " ".join(f"{figure.text} {victims[0]} {harm} {place}".split())
    assert parse(text[0].upper() + text[1:] + ".") == ()


@given(
    figures(),
    st.sampled_from(VICTIM_NOUNS),
    st.sampled_from(
        [
            ("starved to death", Cause.SIEGE),
            ("have starved to death", Cause.SIEGE),
            ("froze to death", None),
            ("drowned", None),
            ("were burned to death", None),
            ("were tortured to death", Cause.TORTURE),
            ("were beaten to death", None),
            ("were stabbed to death", None),
        ]
    ),
    st.sampled_from(PLACES),
    st.sampled_from(DATES),
)
def test_deaths_told_by_how_they_came_are_killed_tolls(
    figure: Figure,
    victims: tuple[str, VictimGroup, Side | None],
    verb: tuple[str, Cause | None],
    place: str,
    date: str,
) -> None:
    # "Three women starved to death", "two infants froze to death", "four children drowned".
    text = " ".join(f"{figure.text} {victims[0]} {verb[0]} {place} {date}".split())
    text = text[0].upper() + text[1:] + "."
    facts = Facts(
        status=Status.KILLED,
        value=figure.value,
        qualifier=figure.qualifier,
        victims=victims[1],
        victim_side=victims[2],
        cause=verb[1],
    )
    reports = parse(text)
    assert len(reports) == 1, (text, [r.surface for r in reports])
    assert _matches(reports[0], facts), (text, _key(reports[0]), facts)
    if verb[1] is None:
        assert reports[0].cause is None, text
    _check_spans(text, reports)


@given(
    figures(),
    st.sampled_from(["claimed", "has claimed", "took", "cost"]),
    st.sampled_from(["The car bomb", "The air strike on the market", "Regime shelling"]),
    st.sampled_from(PLACES),
    st.sampled_from(DATES),
)
def test_lives_taken_are_a_killed_toll(
    figure: Figure, verb: str, subject: str, place: str, date: str
) -> None:
    # "The car bomb claimed 20 lives": a killed toll of people; "saved 20 lives" is none.
    text = " ".join(f"{subject} {verb} {figure.text} lives {place} {date}".split()) + "."
    (report,) = parse(text)
    assert report.status is Status.KILLED, text
    assert (report.count.value, report.count.qualifier) == (figure.value, figure.qualifier)
    assert report.victims is VictimGroup.PEOPLE, text
    _check_spans(text, (report,))
    saved = " ".join(f"Rescuers saved {figure.text} lives {place} {date}".split()) + "."
    assert parse(saved) == (), saved


# Parts that restate a figure's victims one by one: (words, how many, women, children).
_RESTATING_PARTS = (
    ("a woman", 1, 1, 0),
    ("a man", 1, 0, 0),
    ("a child", 1, 0, 1),
    ("two women", 2, 2, 0),
    ("three children", 3, 0, 3),
    ("an elderly man", 1, 0, 0),
)
_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


@given(
    st.lists(st.sampled_from(_RESTATING_PARTS), min_size=2, max_size=3),
    st.sampled_from([("civilians", VictimGroup.CIVILIANS), ("people", VictimGroup.PEOPLE)]),
    st.booleans(),
    st.sampled_from(["were killed", "died", "were killed in an air strike"]),
    st.sampled_from(PLACES),
)
def test_a_figure_restated_between_commas_counts_once(
    parts: list[tuple[str, int, int, int]],
    head: tuple[str, VictimGroup],
    digits: bool,
    verb: str,
    place: str,
) -> None:
    # "Two civilians, a woman and her son, were killed": two people, of whom one woman.
    total = sum(p[1] for p in parts)
    figure = str(total) if digits else _NUMBER_WORDS[total]
    listed = ", ".join(p[0] for p in parts[:-1]) + " and " + parts[-1][0]
    text = " ".join(f"{figure} {head[0]}, {listed}, {verb} {place}".split())
    text = text[0].upper() + text[1:] + "."
    reports = parse(text)
    assert len(reports) == 1, (text, [r.surface for r in reports])
    (report,) = reports
    assert (report.count.value, report.victims) == (total, head[1]), text
    named = {VictimGroup.WOMEN: 0, VictimGroup.CHILDREN: 0}
    for sub in report.includes:
        named[sub.victims] += sub.count.value or 0
    assert named == {
        VictimGroup.WOMEN: sum(p[2] for p in parts),
        VictimGroup.CHILDREN: sum(p[3] for p in parts),
    }, text
    _check_spans(text, reports)


@pytest.mark.parametrize(
    ("before", "telling"),
    [
        ("the monitor said ", True),
        ("the monitor said on ", True),
        ("a source told afp on ", True),
        ("a source told reporters ", True),
        ("syria monitor afp ", True),
        ("date of publication: ", True),
        ("last updated at ", True),
        ("air strikes killed 12 people on ", False),
        ("the offensive began ", False),
        ("", False),
    ],
)
def test_which_dates_date_the_telling(before: str, telling: bool) -> None:
    folded = before + "monday"
    assert _dates_the_telling(folded, len(before)) is telling


_PASSIVE_AGENTS = (
    ("IS", Side.ISLAMIC_STATE),
    ("the Islamic State group", Side.ISLAMIC_STATE),
    ("regime forces", Side.GOVERNMENT),
    ("Kurdish security forces", Side.KURDISH),
    ("Turkish troops", Side.TURKEY),
)
_PASSIVE_STATUSES = (
    ("were abducted", Status.ABDUCTED),
    ("were kidnapped", Status.ABDUCTED),
    ("were arrested", Status.ARRESTED),
    ("were detained", Status.ARRESTED),
    ("were killed", Status.KILLED),
    ("were wounded", Status.WOUNDED),
)


@given(
    figures(),
    st.sampled_from(VICTIM_NOUNS),
    st.sampled_from(_PASSIVE_STATUSES),
    st.sampled_from(_PASSIVE_AGENTS),
    st.sampled_from(PLACES),
)
def test_the_agent_of_a_passive_toll_is_its_perpetrator(
    figure: Any,
    noun: tuple[str, VictimGroup, Side | None],
    verb: tuple[str, Status],
    agent: tuple[str, Side],
    place: str,
) -> None:
    # "200 civilians were abducted by IS": whatever the status, "by X" names who did it
    # (unless X is the victims' own side, never their perpetrator).
    assume(noun[2] is not agent[1])
    text = " ".join(f"{figure.text} {noun[0]} {verb[0]} by {agent[0]} {place}".split())
    text = text[0].upper() + text[1:] + "."
    reports = parse(text)
    assert [r.status for r in reports] == [verb[1]], text
    perpetrator = reports[0].perpetrator
    assert perpetrator is not None, text
    assert perpetrator.side is agent[1], text
    _check_spans(text, reports)


# Towns in two spellings each, all in the gazetteer: (as written, the place's name).
_TOWNS = (
    ("Douma", "Douma"),
    ("Harasta", "Harasta"),
    ("Manbij", "Manbij"),
    ("Jarablus", "Jarablus"),
    ("Saraqeb", "Saraqeb"),
    ("Saraqib", "Saraqeb"),
)


@given(
    figures(),
    figures(),
    st.sampled_from([("civilians", VictimGroup.CIVILIANS), ("people", VictimGroup.PEOPLE)]),
    st.sampled_from(list(itertools.permutations(_TOWNS, 2))),
    st.sampled_from(["were killed", "died"]),
)
def test_generated_tolls_by_place_come_back(
    first: Figure,
    second: Figure,
    noun: tuple[str, VictimGroup],
    towns: tuple[tuple[str, str], tuple[str, str]],
    verb: str,
) -> None:
    # "<N> civilians were killed in <town> and <M> in <town>": two parts, each with its place.
    (a_text, a_name), (b_text, b_name) = towns
    text = f"{first.text.capitalize()} {noun[0]} {verb} in {a_text} and {second.text} in {b_text}."
    got = [(r.count.value, r.victims, r.location and r.location.place.name) for r in parse(text)]
    assert got == [(first.value, noun[1], a_name), (second.value, noun[1], b_name)], text


@given(
    figures(),
    st.sampled_from(["people", "civilians", "residents", "farm workers"]),
    st.sampled_from([(a, b) for a, b in itertools.permutations(_TOWNS, 2) if a[1] != b[1]]),
    st.sampled_from(["were killed in", "died in shelling on", "were killed in an air strike on"]),
)
def test_the_victims_home_is_not_the_scene(
    figure: Figure, noun: str, towns: tuple[tuple[str, str], tuple[str, str]], verb: str
) -> None:
    # "<N> people from <home> were killed in <scene>": the toll's place is the scene; alone,
    # the home still places the toll.
    (home, _), (scene, scene_name) = towns
    text = f"{figure.text.capitalize()} {noun} from {home} {verb} {scene}."
    (report,) = parse(text)
    assert report.count.value == figure.value, text
    assert report.location is not None, text
    assert report.location.place.name == scene_name, text
    alone = f"{figure.text.capitalize()} {noun} from {home} were killed."
    (report,) = parse(alone)
    assert report.location is not None, alone
    assert report.location.place.name == towns[0][1], alone


def test_a_toll_of_that_attack_takes_the_date_it_points_back_to() -> None:
    text = (
        "Inspectors found that chlorine was dropped on Kafr Zita in April 2014. Activists "
        "blamed the air force for that attack, which they said killed 12 people."
    )
    (report,) = parse(text)
    assert report.date is not None
    assert (report.date.start, report.date.end) == (_dt.date(2014, 4, 1), _dt.date(2014, 4, 30))


def test_an_undated_toll_does_not_borrow_the_date_before_without_pointing_back() -> None:
    text = "Regime jets struck Kafr Zita in April 2014. Shelling killed 12 people in Hama."
    reports = parse(text)
    assert [r.date for r in reports] == [None]


def test_a_past_attack_pointed_back_to_is_background_in_the_summary() -> None:
    text = (
        "Toxic gas wounded 30 people in Saraqeb on Monday, rescuers said. Sarin was used in "
        "Eastern Ghouta in 2013. Washington blamed Damascus for that attack, which it says "
        "killed 1,429 people."
    )
    summary = parse_article(text, published="2016-08-02").summary
    assert summary.civilians_killed == 0


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Thirty rebels and 12 soldiers died in the battle for the airbase the monitoring "
            "group based in London reported on Sunday.",
            None,
        ),
        (
            "Mortar fire hit a bakery, killing a woman and her son, local activists based in "
            "Deir al-Zor reported.",
            "Deir-ez-Zor",
        ),
    ],
)
def test_where_a_monitor_sits_abroad_is_no_scene(text: str, place: str | None) -> None:
    """A toll is not in the country where the body that tells it is based; a local group
    based in a Syrian town tells of that town."""
    report = parse_article(text).casualties[0]
    if place is None:
        assert report.location is None
    else:
        assert report.location is not None
        assert report.location.place.governorate == place
