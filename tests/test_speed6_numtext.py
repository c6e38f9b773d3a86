"""Fast paths of session 6 (numbers, dates, text) give what the plain code gives.

_gates finds the starting places of counts and dates in ASCII text from its gap shape
(whitespace as spaces, digits as "0", other gaps as NULs) with two literal-led passes, and
reads the trigger's phrases ("the day", "a week") as words; here the places are checked
against the two scanners' own patterns on text whose words are joined by every kind of gap,
at every cut (the tail pass a prefix reuses starts there). _numbers settles the word one
space before a figure by a set lookup where it can. _text finds lines with str.find.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from syriaevents import _dates, _numbers
from syriaevents._gates import _find_tail
from syriaevents._text import Doc

_WORDS = [
    "at least",
    "two",
    "days",
    "12",
    "2016",
    "march",
    "the",
    "day",
    "a",
    "week",
    "dozens",
    "x",
    "3rd",
    "an",
    "weeks",
    "weekly",
    "following",
]
_GAPS = [" ", "  ", "    ", "\t", "\r\n", "\n", "(", "-", ",", '"', "/", "_", "", ". ", "\x1c"]


@given(
    st.lists(st.tuples(st.sampled_from(_GAPS), st.sampled_from(_WORDS)), max_size=12),
    st.integers(min_value=0, max_value=80),
)
@example([("(", "12"), ("\t", "march"), ("-", "two"), ("\r\n", "days")], 0)
def test_ascii_places_are_the_patterns_places(parts: list[tuple[str, str]], cut: int) -> None:
    assert_tail_is_the_patterns(parts, cut)


def assert_tail_is_the_patterns(parts: list[tuple[str, str]], cut: int) -> None:
    """_find_tail, on the words joined by their gaps, from ``cut`` on, finds the places
    where _numbers._GATE finds a count and _dates._TRIGGER matches a date (also used by
    tests/test_speed8_gates10.py)."""
    folded = Doc("".join(gap + word for gap, word in parts)).folded
    pos = min(cut, len(folded))
    found = _find_tail(folded, pos)
    assert found.counts == [g.start() for g in _numbers._GATE.finditer(folded, pos)]
    triggers = (_dates._TRIGGER.match(folded, p) for p in range(pos, len(folded) + 1))
    assert found.dates == [(t.start(), t.end()) for t in triggers if t is not None]


_BEFORE_PIECES = ["march", "resolution", "no", "route", "killed", "3", "12th", "x", "#", "."]


@given(
    st.lists(
        st.tuples(st.sampled_from(_BEFORE_PIECES), st.sampled_from([" ", "", "  ", ", "])),
        max_size=8,
    )
)
@example([("resolution", " "), ("12", "")])
def test_word_before_a_figure_decides_as_the_pattern(parts: list[tuple[str, str]]) -> None:
    # _not_count_before settles a plain word one space before the figure by a set lookup;
    # after a month and a day, only a year is no count ("march 3, 2016", not "march 3, 12").
    for figure in ("12", "2016"):
        text = "".join(piece + gap for piece, gap in parts) + figure
        for at in range(len(text) + 1):
            found = _numbers._NOT_COUNT_BEFORE(text, max(0, at - 24), at)
            expected = found is not None and (
                found.group("day") is None or _numbers._is_year_like(text[at : at + 4])
            )
            assert _numbers._not_count_before(text, at) == expected


def _plain_line_blocks(text: str) -> list[tuple[int, int]]:
    """_text._line_blocks as it was written with a line pattern (the plain form)."""
    import regex

    from syriaevents._text import _BULLET

    blocks = []
    block_start: int | None = None
    block_end = 0
    for m in regex.finditer(r"[^\n]*\n?", text):
        if m.start() == m.end():
            break
        line = m.group()
        body = line.rstrip()
        if not body:
            if block_start is not None:
                blocks.append((block_start, block_end))
                block_start = None
            continue
        lead = m.start() + len(line) - len(line.lstrip())
        if block_start is not None:
            prev = text[block_start:block_end].rstrip()
            continues = (
                prev[-1:] not in ".!?:\"'" and text[lead].islower() and not _BULLET.match(line)
            )
            if not continues:
                blocks.append((block_start, block_end))
                block_start = None
        if block_start is None:
            block_start = lead
        block_end = m.start() + len(body)
    if block_start is not None:
        blocks.append((block_start, block_end))
    return blocks


@given(st.text(alphabet="aB. -*1)\n\r\t", max_size=40))
@example("Head line\n\n- a bullet\nwrapped line.\nNext")
def test_line_blocks_are_the_line_patterns(text: str) -> None:
    # _line_blocks finds the lines with str.find instead of a pattern.
    from syriaevents._text import _line_blocks

    assert list(_line_blocks(text)) == _plain_line_blocks(text)
