"""Speed work of session 13 (geo17) on the places stage: the fast paths must give what the
plain rules give."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriaevents import _gazetteer
from syriaevents._gazetteer import _Shape, find_places, gazetteer
from syriaevents._text import Doc

# Cue-only one-word names ("Hassan", "Tal": places only beside a settlement cue), the cues,
# and words around them.
_PIECES = [
    "Hassan",
    "Tal",
    "Assad",
    "Ali",
    "Bab",
    "Aleppo",
    "village of ",
    "town of ",
    "the ",
    " town",
    " village",
    " camp",
    " city",
    " said",
    "rural ",
    "-",
    " ",
    ", ",
    ".\n",
    "In ",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join))
@example("the village of Hassan and Hassan town, Hassan said.")
@example("Tal town. Tal. The village of Tal\nTal")
def test_cue_only_words_left_out_by_the_walk_are_turned_down_by_accept(text: str) -> None:
    """_matches_on builds no match for a one-word name that is a place only beside a
    settlement cue when none stands there: _accept would turn it down."""
    g = gazetteer()
    doc = Doc(text)
    folded = doc.folded
    uniform = text == folded or not any(c.islower() for c in text)
    kept = {m.start for m in g._matches_on(text, folded, uniform)}
    titles = _gazetteer._TitleLines(text)
    for first in _gazetteer._WORD.finditer(folded):
        pos, stop = first.span()
        shape = g._info(folded[pos:stop]).run
        if pos in kept or not isinstance(shape, _Shape) or not shape.cue_only:
            continue
        if shape.last != 0 or shape.article or shape.doomed:
            continue
        if g._cued(folded, pos, stop):
            continue
        m = g._place_shape(folded, ((pos, stop, folded[pos:stop]),), shape)
        assert not g._accept(doc, m, uniform, titles)


def test_cue_only_words_are_places_beside_a_cue_only() -> None:
    found = find_places("Shelling hit the village of Hassan.")
    assert [(x.surface, x.rule) for x in found] == [("Hassan", "place.variant")]
    found = find_places("Shelling hit Tal town and Hassan.")
    assert [(x.surface, x.rule) for x in found] == [("Tal", "place.alias")]
    assert find_places("Hassan said the talks failed. Clashes in Bab.") == ()
