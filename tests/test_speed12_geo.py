"""Session 10 (geo12): the gazetteer keeps fewer objects for the garbage collector to walk;
these check that what it now computes lazily, or elsewhere, is what it computed before."""

from __future__ import annotations

from syriaevents import find_places
from syriaevents._gazetteer import _VILLAGE, Gazetteer, _rank, gazetteer
from syriaevents.model import Place, PlaceKind


def test_places_of_a_key_ranked_on_demand_as_at_load() -> None:
    g = gazetteer()
    for key in sorted(g._keys)[::50]:
        want = sorted((g._places[i] for i in g._keys[key]), key=_rank)
        assert g._ranked_exact(g._keys[key]) == want
        assert (key in g._villages) == all(p.kind is _VILLAGE for p in want)


def test_capital_pattern_trials_not_memoised() -> None:
    g = Gazetteer([Place(id="x:1", name="Deir ez-Zor", kind=PlaceKind.CITY)])
    assert g._tokinfo == {}  # the trial words of _capital_pattern are not kept
    for word in ("the", "she", "deir", "zor", "aleppo", "5", "al"):
        assert g._new_info(word) == g._info(word)


def test_plain_places_kept_in_shape() -> None:
    g = gazetteer()
    text = "Shelling hit Aleppo and Idlib on Monday. Aleppo was hit again near Maarat al-Numan."
    cold = find_places(text)
    for m in g._matches_on(text, text.lower(), False):
        shape = m.shape
        kept = (g._plain_places(m), shape.gov)
        assert shape.places is kept[0]
        shape.places = shape.gov = None  # read afresh: the same places and governorate
        assert (g._plain_places(m), shape.gov) == kept
    assert find_places(text) == cold
