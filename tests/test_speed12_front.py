"""Session 10 (front12): the counts' gate wakes only where _COUNTS may match."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st


def _pieces() -> list[str]:
    from syriaevents import _numbers

    words = {w for s in _numbers._STARTERS for w in s.split()}
    return [
        *sorted(words),
        *"5 12 2016 1,200 than then of to the a people killed least most".split(),
        *["-", ".", ",", ":", "$", "(", "x", "f-", "\u00e9", "\u00a3", "\n"],
    ]


@given(
    st.lists(st.sampled_from(_pieces()), min_size=1, max_size=12),
    st.sampled_from([" ", "  ", "", "\n", "-"]),
)
@example(["more", "than", "5"], " ")
@example(["well", "over", "20"], " ")
@example(["just", "short", "of", "5"], "  ")
@example(["no", "more", "than", "5"], " ")
def test_gate_holds_wherever_the_big_pattern_matches(pieces: list[str], sep: str) -> None:
    # _STARTERS lists the words that open only longer qualifiers with their second words
    # ("more than", not "more"): the gate must still wake wherever _COUNTS matches.
    from syriaevents import _numbers

    _numbers._compile()
    text = sep.join(pieces)
    gates = {m.start() for m in _numbers._GATE.finditer(text)}
    for p in range(len(text)):
        if _numbers._COUNTS.match(text, p) is not None:
            assert p in gates, (text, p)
