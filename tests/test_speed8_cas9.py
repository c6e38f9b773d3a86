"""Fast paths of the casualty assembler (session 8, cas9) give what the plain code gives.

Each shortcut is checked against the code it replaced, on text built from the very words it
reads (see also tests/test_speed_cas.py and tests/test_speed6_cas.py).
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from syriaevents import _casualties as cas
from syriaevents import _lexicon as lex
from syriaevents._text import Doc
from syriaevents.model import Location, Place, PlaceKind, Span

_TOLL_WORDS = sorted(w for w, t in lex.TRIGGERS.items() if t.toll)
_WORDS = [
    *_TOLL_WORDS,
    *("killed", "rose", "to", "reached", "at", "the", "since", "so far", "stands at", "now"),
    *("12", "5", "civilians", "of", "in"),
]
_SEPARATORS = [" ", "  ", "\n", ". ", ", ", "; ", "! "]


def _texts() -> st.SearchStrategy[str]:
    pieces = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS))
    return st.lists(pieces, max_size=40).map("".join)


def _plain_toll_trigger(
    asm: cas._Assembler, start: int, sentence: Span
) -> tuple[int, int, lex.Trigger] | None:
    """_toll_trigger as it was: the sentence's trigger hits walked back from the figure."""
    lo = max(start - 220, sentence.start)
    for t_start, t_end, payload, _ in reversed(asm._hits_between("trigger", lo, start)):
        assert isinstance(payload, lex.Trigger)
        if not payload.toll:
            continue
        gap = asm.folded[t_end:start]
        if any(ch in gap for ch in ".;!?") or cas._TOLL_GAP.search(gap) is None:
            return None
        return t_start, t_end, payload
    return None


@given(_texts())
@example("The death toll rose to 12 civilians.")
@example("The toll of the fighting, the number of dead, now stands at 5")
def test_toll_trigger_is_the_nearest_toll_hit_walked_back(text: str) -> None:
    asm = cas._Assembler(Doc(text), [], [], [], [])
    for sentence in asm.doc.sentences:
        for start in range(sentence.start, sentence.end + 1):
            assert asm._toll_trigger(start, sentence) == _plain_toll_trigger(asm, start, sentence)


def _place(start: int, length: int, country: bool) -> Location:
    kind = PlaceKind.COUNTRY if country else PlaceKind.TOWN
    return Location(
        place=Place(id=f"p{start}", name="x", kind=kind),
        surface="x" * length,
        span=Span(start=start, end=start + length),
        rule="test",
    )


def _plain_nearest(records: list[Location], scopes: list[Span], offset: int) -> Location | None:
    """_nearest as it was: every record of the scope listed, then the nearest by a key."""
    for scope in scopes:
        found = [r for r in records if scope.start <= r.span.start < scope.end]
        found = [r for r in found if r.span.end <= scope.end]
        if found:
            pool = [r for r in found if r.place.kind is not PlaceKind.COUNTRY] or found
            return min(pool, key=lambda r: (r.span.start < offset, abs(r.span.start - offset)))
    return None


@given(
    st.lists(st.tuples(st.integers(0, 30), st.integers(1, 6), st.booleans()), max_size=10),
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), min_size=1, max_size=3),
    st.integers(0, 35),
)
@example([(3, 1, False), (3, 1, False), (7, 1, False)], [(0, 30)], 5)
@example([(3, 1, False), (3, 2, True), (7, 1, True), (7, 1, False)], [(0, 30)], 9)
@example([(3, 1, True), (5, 9, False), (9, 1, True)], [(0, 10)], 4)
def test_nearest_is_the_plain_nearest_by_side_then_distance(
    rows: list[tuple[int, int, bool]], bounds: list[tuple[int, int]], offset: int
) -> None:
    records = sorted((_place(*row) for row in rows), key=lambda r: r.span.start)
    starts = [r.span.start for r in records]
    scopes = [Span(start=min(a, b), end=max(a, b)) for a, b in bounds]
    assert cas._nearest(records, starts, scopes, offset) is _plain_nearest(records, scopes, offset)
