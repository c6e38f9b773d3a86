"""Session 10 (sum12): the summary's main place picked without key lambdas agrees with the
plain reading (max() with keys: the first of equal weights wins)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from plain_summary import mention_weight, pick
from syriaevents import _summary as sm
from syriaevents._text import Doc
from syriaevents.model import Location, Place, PlaceKind, Span

_KINDS = (PlaceKind.TOWN, PlaceKind.CITY, PlaceKind.DISTRICT, PlaceKind.GOVERNORATE)
# A few places, so that mentions repeat and weights tie: (kind, governorate).
_PLACES = st.lists(
    st.tuples(st.sampled_from(_KINDS), st.sampled_from(("A", "B", "C", None))),
    min_size=1,
    max_size=5,
)


def _plain(doc: Doc, locations: list[Location], opening_end: int) -> Location | None:
    """_main_location of mentions alone (no headline, report or dateline), read the plain
    way: weights listed, summed in defaultdicts, max() with key functions."""
    weighed = []
    syrian = [x for x in locations if sm._syrian(x)]
    # The roles _weigh_mentions reads (its own tally, into dicts of no use here, is not read).
    tally: tuple[dict[str, float], dict[str, float], dict[str, Any]] = (defaultdict(float), {}, {})
    roles = sm._weigh_mentions(doc, syrian, opening_end, sm._WEIGHT_OPENING, *tally)
    for location in syrian:
        role = roles[location.span.start]
        past = location.span.start - opening_end
        weighed.append((location, mention_weight(role, past, sm._WEIGHT_OPENING)))
    return pick(weighed)


@given(_PLACES, st.lists(st.integers(0, 4), max_size=12), st.integers(0, 30))
@settings(max_examples=300)
def test_main_location_agrees_with_the_plain_reading(
    rows: list[tuple[PlaceKind, str | None]], picks: list[int], opening_end: int
) -> None:
    places = [
        Place(
            id=f"p{i}",
            name=gov if kind is PlaceKind.GOVERNORATE and gov is not None else f"p{i}",
            kind=kind,
            governorate=gov,
        )
        for i, (kind, gov) in enumerate(rows)
    ]
    # One-letter mentions two characters apart ("x x x"): some are listed after another.
    text = "x " * len(picks)
    locations = [
        Location(
            place=places[pick % len(places)],
            surface="x",
            span=Span(start=2 * i, end=2 * i + 1),
            rule="t",
        )
        for i, pick in enumerate(picks)
    ]
    doc = Doc(text)
    found = sm._main_location(doc, locations, (), (), None, opening_end, None)
    assert found is _plain(doc, locations, opening_end)
