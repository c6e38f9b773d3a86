"""Subsets told after a toll has ended, each with its figure: "air strikes killed 52 people
in Idlib on Monday, 29 of them civilians"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from syriaevents import parse_article
from syriaevents.model import VictimGroup

_GROUPS = [
    ("civilians", VictimGroup.CIVILIANS),
    ("children", VictimGroup.CHILDREN),
    ("women", VictimGroup.WOMEN),
    ("rebels", VictimGroup.COMBATANTS),
    ("soldiers", VictimGroup.COMBATANTS),
]
_TAILS = [" in Idlib on Monday", " in the town of Ariha", " on Tuesday", " near Hama overnight"]


@given(
    total=st.integers(min_value=2, max_value=500),
    share=st.floats(min_value=0.0, max_value=1.0),
    group=st.sampled_from(_GROUPS),
    tail=st.sampled_from(_TAILS),
    were=st.booleans(),
    active=st.booleans(),
)
def test_a_subset_after_the_toll_is_read_when_it_fits(
    total: int,
    share: float,
    group: tuple[str, VictimGroup],
    tail: str,
    were: bool,
    active: bool,
) -> None:
    part = max(1, int(total * share))
    noun, victims = group
    toll = f"Air strikes killed {total} people" if active else f"{total} people were killed"
    text = f"{toll}{tail}, {part} of them {'were ' if were else ''}{noun}, a monitor said."
    (report,) = parse_article(text, published="2022-06-30").casualties
    assert report.count.value == total
    assert [(s.count.value, s.victims) for s in report.includes] == [(part, victims)]


@given(total=st.integers(min_value=2, max_value=500), more=st.integers(min_value=1, max_value=50))
def test_a_subset_larger_than_the_toll_is_none(total: int, more: int) -> None:
    text = (
        f"Air strikes killed {total} people in Idlib on Monday, {total + more} of them civilians."
    )
    reports = parse_article(text, published="2022-06-30").casualties
    assert [r.count.value for r in reports][:1] == [total]
    assert reports[0].includes == ()
