"""Speed work of session 13 (geo17) on the places stage: the fast paths must give what the
plain rules give."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriaevents import _gazetteer
from syriaevents._gazetteer import _Shape, find_places, gazetteer
from syriaevents._text import Doc
from syriaevents.model import Place, PlaceKind

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


# Cue words, their fragments and look-alikes, for the cue patterns' gates.
_CUE_PIECES = [
    *"province governorate countryside suburbs rural areas hinterland city district".split(),
    *"neighbourhood neighborhood quarter town village camp hamlet of the".split(),
    *"velocity provinces townships pro gov cou cit vil x".split(),
    " ",
    " ",
    "-",
    "\n",
]
_AFTER = [
    ("_AFTER_GOV", "_GOV_HEADS"),
    ("_AFTER_RURAL", "_RURAL_HEADS"),
    ("_AFTER_CITY", "_CITY_HEADS"),
    ("_AFTER_QUARTER", "_QUARTER_HEADS"),
    ("_AFTER_SETTLEMENT", "_SETTLEMENT_HEADS"),
]
_BEFORE = [
    ("_BEFORE_RURAL", "_RURAL_ENDS"),
    ("_BEFORE_CITY", "_CITY_ENDS"),
    ("_BEFORE_SETTLEMENT", "_SETTLEMENT_ENDS"),
]


def _check_cue_gates(text: str) -> None:
    """_candidates runs a cue pattern after a name only when the word after the space opens
    as one of its words (the ``*_HEADS``), and one before a name only when the window ends,
    a final newline aside, as one of its matches (the ``*_ENDS``)."""
    after = " " + text
    for pattern, heads in _AFTER:
        for compiled in (getattr(_gazetteer, pattern), getattr(_gazetteer, pattern + "_A")):
            if compiled.match(after, 0):
                assert after[1:4] in getattr(_gazetteer, heads), (pattern, after)
    bare = text[:-1] if text.endswith("\n") else text
    for pattern, ends in _BEFORE:
        for compiled in (getattr(_gazetteer, pattern), getattr(_gazetteer, pattern + "_A")):
            if compiled.search(text):
                assert bare.endswith(getattr(_gazetteer, ends)), (pattern, text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_CUE_PIECES), min_size=1, max_size=6).map("".join))
@example("province")
@example("rural areas")
@example("countryside of the \n")
@example("velocity of ")
def test_cue_gates_of_candidates_hold_whenever_a_cue_pattern_matches(text: str) -> None:
    _check_cue_gates(text)


def test_cue_gates_hold_for_every_cue_word() -> None:
    words = [w for w in _CUE_PIECES if w.strip() and w.isalpha()] + ["rural areas"]
    for word in words:
        for tail in ("", " of ", " of the ", " ", " of \n", " \n", "s"):
            for lead in ("", "x ", "-", "the "):
                _check_cue_gates(lead + word + tail)


def test_cue_windows_before_a_name_hold_every_match() -> None:
    """_BEFORE_SPAN is longer than any match of the cue patterns before a name, with the
    final newline "$" may stand before and the character "\\b" reads before the match."""
    for name in ("_BEFORE_RURAL", "_BEFORE_CITY", "_BEFORE_SETTLEMENT", "_BEFORE_NEAR"):
        pattern = getattr(_gazetteer, name + "_A")
        longest = re._parser.parse(pattern.pattern, pattern.flags).getwidth()[1]  # type: ignore[attr-defined]
        assert longest + 2 <= _gazetteer._BEFORE_SPAN, name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_CUE_PIECES, "near", "north-east", "Aleppo", "Tal"]), max_size=9))
@example(["Shelling hit the governorate of the"])
@example(["Shelling hit the countryside of the\n"])
@example(["Shelling hit north-east of the"])
@example(["Shelling hit the outskirts of the"])
@example(["Shelling hit the village of"])
def test_cue_windows_before_a_name_read_as_the_wide_ones(pieces: list[str]) -> None:
    """_candidates and _near read the same cues in their windows as in wider ones."""
    g = gazetteer()
    text = "".join(pieces) + " Aleppo"
    folded = Doc(text).folded

    def read() -> list[object]:
        out: list[object] = []
        for m in g._matches_on(text, folded, False):
            cand = g._candidates(folded, m)
            out.append((cand, g._near(folded, m, cand[0][0])))
        return out

    got = read()
    narrow = _gazetteer._BEFORE_SPAN
    try:
        _gazetteer._BEFORE_SPAN = 40
        want = read()
    finally:
        _gazetteer._BEFORE_SPAN = narrow
    assert got == want


def test_new_match_is_the_class_call() -> None:
    shape = gazetteer()._info("aleppo").run
    args = (((0, 6, "aleppo"),), None, "alab", False, 0, 6, (1, 2), shape)
    made = _gazetteer._new_match(*args)  # type: ignore[arg-type]
    assert type(made) is _gazetteer._Match
    assert made == _gazetteer._Match(*args)  # type: ignore[arg-type]


def test_one_governorate_of_one_place_is_the_set_reading() -> None:
    def by_set(places: list[Place]) -> str | None:
        govs = {p.governorate for p in places if p.country == "SY"}
        return next(iter(govs)) if len(govs) == 1 else None

    for country in ("SY", "TR"):
        for gov in ("Aleppo", None):
            places = [
                Place(id="x:1", name="X", kind=PlaceKind.TOWN, governorate=gov, country=country)
            ]
            assert _gazetteer._one_governorate(places) == by_set(places)
    assert _gazetteer._one_governorate([]) is None
