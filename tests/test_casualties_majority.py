"""A subset told as most of a toll ("48 people, most of them soldiers"): a part whose figure
is more than half the toll's, and the summary that follows from it."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from syriaevents import parse_article
from syriaevents.model import Qualifier, Status, VictimGroup

PUBLISHED = "2022-06-30"

# (noun, group) of the whole toll and of a majority inside it.
_WHOLES = [("people", VictimGroup.PEOPLE), ("civilians", VictimGroup.CIVILIANS)]
_MAJORITIES = {
    VictimGroup.PEOPLE: [
        ("soldiers", VictimGroup.COMBATANTS),
        ("fighters", VictimGroup.COMBATANTS),
        ("civilians", VictimGroup.CIVILIANS),
        ("children", VictimGroup.CHILDREN),
        ("women", VictimGroup.WOMEN),
    ],
    VictimGroup.CIVILIANS: [
        ("children", VictimGroup.CHILDREN),
        ("schoolchildren", VictimGroup.CHILDREN),
        ("women", VictimGroup.WOMEN),
    ],
}
_OPENERS = ["most of them", "mostly", "mainly", "most of whom were"]


def _only_report(text: str) -> Any:
    reports = parse_article(text, published=PUBLISHED).casualties
    assert len(reports) == 1, [r.surface for r in reports]
    return reports[0]


@given(
    n=st.integers(min_value=2, max_value=900),
    whole=st.sampled_from(_WHOLES),
    pick=st.integers(min_value=0, max_value=4),
    opener=st.sampled_from(_OPENERS),
    verb_first=st.booleans(),
)
def test_most_of_a_toll_is_more_than_half_of_it(
    n: int, whole: tuple[str, VictimGroup], pick: int, opener: str, verb_first: bool
) -> None:
    noun, group = whole
    options = _MAJORITIES[group]
    sub_noun, sub_group = options[pick % len(options)]
    if verb_first:
        text = f"Air strikes killed {n} {noun}, {opener} {sub_noun}, in the town on Monday."
    else:
        text = f"At least {n} {noun} were killed, {opener} {sub_noun}, the monitor said."
    report = _only_report(text)
    assert report.status is Status.KILLED
    assert report.count.value == n
    assert report.victims is group
    (part,) = report.includes
    assert part.victims is sub_group
    # "at least n" has no upper bound, and neither has its majority.
    high = n if verb_first else None
    assert (part.count.value, part.count.low, part.count.high) == (None, n // 2 + 1, high)
    assert part.count.qualifier is Qualifier.MORE_THAN
    assert text[part.count.span.start : part.count.span.end] == part.count.surface
    assert part.count.surface.lower().startswith("m")


@pytest.mark.parametrize(
    "text",
    [
        # "many" is no majority, two groups together tell neither group's share.
        "The shelling killed 30 people, many of them children, in the market.",
        "Eleven civilians, mostly women and children, died in the raids on the camp.",
        "Air strikes killed 22 civilians, mostly women or children, on Monday.",
        # Fighters are no part of civilians.
        "Air strikes killed 22 civilians, mostly fighters, on Monday.",
    ],
)
def test_no_majority_part(text: str) -> None:
    report = _only_report(text)
    assert report.includes == ()


def test_a_vague_toll_gives_a_majority_of_its_low_bound() -> None:
    report = _only_report("The clashes killed dozens of people, mostly fighters.")
    (part,) = report.includes
    assert part.victims is VictimGroup.COMBATANTS
    assert part.count.low == 13  # dozens: at least 24
    assert part.count.high is None


@pytest.mark.parametrize(
    ("text", "civilians", "children", "combatants"),
    [
        # The people are mostly soldiers: not 48 civilians, but more than 24 fighters.
        ("At least 48 people were killed, most of them soldiers, a monitor said.", 0, 0, 25),
        # Mostly civilians: the rest are untold, read as the people of any toll are.
        ("Some 36 people, mostly civilians, died when the shells hit the square.", 36, 0, 0),
        # Children are civilians: the 10 people stay civilians, 6 of them children.
        ("Twelve people, mostly schoolchildren, died when a shell hit their school", 12, 7, 0),
        ("The raids killed 26 civilians, most of them children.", 26, 14, 0),
    ],
)
def test_summary_counts_the_majority(
    text: str, civilians: int, children: int, combatants: int
) -> None:
    s = parse_article(text, published=PUBLISHED).summary
    assert (s.civilians_killed, s.children_killed, s.combatants_killed) == (
        civilians,
        children,
        combatants,
    )


def test_the_wounded_are_all_counted_when_most_are_civilians() -> None:
    text = "Shelling killed 3 people and wounded 30 others, most of them civilians."
    (_, wounded) = parse_article(text, published=PUBLISHED).casualties
    assert wounded.status is Status.WOUNDED
    assert [p.victims for p in wounded.includes] == [VictimGroup.CIVILIANS]
    assert parse_article(text, published=PUBLISHED).summary.wounded == 30


def test_no_majority_of_no_one() -> None:
    # Found by the fuzzer: most of a figure of 0 is no one (it raised before).
    text = "Five civilians were killed and 0 others, mostly children, were wounded."
    reports = parse_article(text, published=PUBLISHED).casualties
    assert [r.count.value for r in reports] == [5, 0]
    assert reports[1].includes == ()
