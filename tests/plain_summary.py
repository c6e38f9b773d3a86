"""The summary's main place picked the plain way, for the speed tests' oracles: weights
summed per governorate and place in the order listed (defaultdicts), then max() with key
functions (the first of equal weights wins)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from syriaevents import _summary as sm
from syriaevents.model import Location


def decayed(weight: float, past: int) -> float:
    """A weight ``past`` characters after the opening's end, decayed as the summary does."""
    return weight * (1.0 / (1.0 + past / sm._DECAY_CHARS)) if past > 0 else weight


def mention_weight(role: float, past: int, opening_weight: float) -> float:
    """A mention's weight: ``opening_weight`` times its role in the opening, the plain
    mention weight times its role from the opening's end on, decayed past it."""
    if past > 0:
        return decayed(sm._WEIGHT_MENTION * role, past)
    return (opening_weight if past < 0 else sm._WEIGHT_MENTION) * role


def pick(weighed: Iterable[tuple[Location, float]]) -> Location | None:
    """The place _main_location picks from these (mention, weight) pairs."""
    by_governorate: dict[str, float] = defaultdict(float)
    by_place: dict[str, float] = defaultdict(float)
    first: dict[str, Location] = {}
    for mention, weight in weighed:
        gov = sm.governorate_of(mention.place)
        if gov is None:
            continue
        by_governorate[gov] += weight
        by_place[mention.place.id] += weight
        first.setdefault(mention.place.id, mention)
    if not by_governorate:
        return None
    top = max(by_governorate, key=lambda gov: by_governorate[gov])
    candidates = [x for x in first.values() if sm.governorate_of(x.place) == top]
    return max(candidates, key=lambda x: sm._place_key(x, by_place))
