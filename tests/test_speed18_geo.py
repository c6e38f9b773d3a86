"""Speed work of session 14 (geo18) on the places and actors stages: the fast paths must give
what the plain code gives."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriaevents import _gazetteer
from syriaevents._text import fold

# -- places: _inert -------------------------------------------------------------------------

_CHARS = [
    "a",
    "Z",
    "0",
    "'",
    " ",
    "-",
    "_",
    "`",
    "\n",
    "\ufffd",
    "\u2019",
    "\u2014",
    "\u00e9",
    "\u00a0",
    "\u0130",
    "\u00df",
    "\u0661",
    "\ud800",
    "\U0001f600",
]


def _inert_plain(text: str) -> bool:
    """_inert as it was: every distinct character of the text tested."""
    for c in set(text):
        if c.isascii() and (c.isalnum() or c == "'"):
            continue
        wordish = _gazetteer._WORDISH
        if wordish.match(c) is not None or wordish.match(fold(c)) is not None:
            return False
    return True


@given(st.lists(st.sampled_from(_CHARS), max_size=20))
@example(["a", "\ufffd", "s"])
@example(["M", "\u00e9", "d"])
@example(["M", "a", "`"])
@example(["a", "_"])
@settings(max_examples=1000)
def test_inert_is_the_loop_over_the_set_of_characters(chars: list[str]) -> None:
    text = "".join(chars)
    assert _gazetteer._inert(text) == _inert_plain(text)


def test_inert_refuses_every_character_the_loop_refuses() -> None:
    # Each character alone: the first 12 k code points (ASCII, Latin, dashes, quotes), U+FFFD
    # and a few beyond.
    for code in [*range(0x3000), 0xFFFD, 0xFF21, 0x1D400]:
        c = chr(code)
        assert _gazetteer._inert(f"Homs{c}Hama") == _inert_plain(f"Homs{c}Hama"), hex(code)
