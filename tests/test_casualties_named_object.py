"""A person named after the verb, with an apposition that says who they were: "a US strike
killed Abu Omar al-Tunisi, a senior IS commander"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from syriaevents import parse_article
from syriaevents.model import Side, Status, VictimGroup

_FIRST = ["Abu Omar", "Ahmad", "Mohammed Ali", "Khaled", "Abu Hajar", "Samir"]
_LAST = ["al-Tunisi", "Hassan", "al-Hariri", "Khalil", "al-Masri", "bin Saleh"]
_WHO = [
    ("a senior IS commander", VictimGroup.COMBATANTS, Side.ISLAMIC_STATE),
    ("a local rebel commander", VictimGroup.COMBATANTS, Side.REBELS),
    ("a local council member", VictimGroup.CIVILIANS, Side.CIVILIANS),
    ("an opposition activist", VictimGroup.CIVILIANS, Side.CIVILIANS),
    ("a Syrian army officer", VictimGroup.COMBATANTS, Side.GOVERNMENT),
]
_VERBS = ["killed", "shot dead", "executed", "assassinated"]


@given(
    first=st.sampled_from(_FIRST),
    last=st.sampled_from(_LAST),
    who=st.sampled_from(_WHO),
    verb=st.sampled_from(_VERBS),
    tail=st.sampled_from([" in Daraa on Monday.", ", a monitor said.", "."]),
)
def test_a_named_person_with_an_apposition_is_one_victim(
    first: str, last: str, who: tuple[str, VictimGroup, Side], verb: str, tail: str
) -> None:
    words, group, side = who
    name = f"{first} {last}"
    text = f"Gunmen {verb} {name}, {words}{tail}"
    (report,) = parse_article(text, published="2022-06-30").casualties
    assert report.status is Status.KILLED
    assert report.count.value == 1
    assert (report.victims, report.victim_side) == (group, side)
    assert name in report.surface
    assert text[report.span.start : report.span.end] == report.surface
