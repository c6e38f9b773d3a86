"""Fast paths of the actor and summary stages agree with the plain code they stand in for."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriaevents import _summary as sm


def _words(pattern: re.Pattern[str]) -> list[str]:
    source = re.sub(r"\\[a-zA-Z]", " ", pattern.pattern)
    return sorted(set(re.findall(r"[a-z][a-z-]*", source)))


_GAPS = [" ", " ", ". ", "-", "\n", "x", "\u00e9", "_"]


@given(
    st.lists(
        st.one_of(st.sampled_from(_words(sm._UNNAMED_ATTACKER)), st.sampled_from(_GAPS)),
        max_size=20,
    ).map("".join)
)
@example("unidentified aircraft")
@example("the terror group")
@settings(max_examples=300)
def test_unnamed_attacker_fast_path_agrees_with_pattern(text: str) -> None:
    """The words _unnamed_attacker tests first are in every match of _UNNAMED_ATTACKER."""
    assert sm._unnamed_attacker(text) == (sm._UNNAMED_ATTACKER.search(text) is not None)
