"""Fast paths of the casualty assembler's per-toll reading (session 10, casrun12) give what
the plain code gives (see also tests/test_speed11_casrun.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from syriaevents import _casualties as cas
from syriaevents.model import Actor, ActorKind, Side, Span


def _actor(start: int, end: int, side: Side) -> Actor:
    return Actor(
        id="x",
        name="X",
        side=side,
        kind=ActorKind.ARMED_GROUP,
        surface="x" * (end - start),
        span=Span(start=start, end=end),
        rule="test",
    )


def _plain_excluded(
    actor: Actor,
    victim_side: Side | None,
    source: Span | None,
    victim_spans: list[tuple[int, int]],
) -> bool:
    """_excluded as it read before session 10: the source compared as a Span."""
    if (victim_side is not None and actor.side is victim_side) or (
        source is not None and source == actor.span
    ):
        return True
    return any(s <= actor.span.start < e for s, e in victim_spans)


_OFFSET = st.integers(0, 12)
_SIDE = st.sampled_from([Side.GOVERNMENT, Side.REBELS, Side.ISLAMIC_STATE])


@given(
    _OFFSET,
    st.integers(0, 4),
    _SIDE,
    st.none() | _SIDE,
    st.none() | st.tuples(_OFFSET, st.integers(0, 4)),
    st.lists(st.tuples(_OFFSET, st.integers(0, 6)), max_size=3),
)
def test_excluded_compares_the_source_span_as_integers(
    start: int,
    width: int,
    side: Side,
    victim_side: Side | None,
    source: tuple[int, int] | None,
    spans: list[tuple[int, int]],
) -> None:
    """_excluded tests the source's span by its two offsets: the same answer as Span's
    equality for every actor, source and victim span."""
    actor = _actor(start, start + width, side)
    src = None if source is None else Span(start=source[0], end=source[0] + source[1])
    victim_spans = [(s, s + w) for s, w in spans]
    expected = _plain_excluded(actor, victim_side, src, victim_spans)
    assert cas._excluded(actor, victim_side, src, victim_spans) is expected
