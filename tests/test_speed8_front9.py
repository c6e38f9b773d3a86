"""Fast paths of the front of the pipeline (session 8): each must give what the plain code
gives."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from syriaevents import _numbers, _text
from syriaevents._gates import starts
from syriaevents._text import Doc

# Words and marks around figures, for texts in which U+FFFD stands beside them.
_COUNT_PIECES = [
    *"5 12 2016 0914 1.5 two twenty-three a dozen dozens of hundreds several at least more"
    " than about some nearly up to between and from to or so + - million thousand people"
    " killed in march 3 no. resolution 2254 % percent am gmt , . ( ) ' \" ~".split(),
    "\ufffd",
    "\ufffd\ufffd",
]


def _counts_by_regex(doc: Doc) -> tuple[object, ...]:
    """scan_counts as the `regex` patterns read the text (no ASCII stand-in)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            _numbers, "ascii_stand_in", lambda folded: folded if folded.isascii() else None
        )
        return _numbers.scan_counts(doc)


@given(
    st.lists(st.sampled_from(_COUNT_PIECES), min_size=1, max_size=12),
    st.sampled_from([" ", "", "\ufffd", " \ufffd"]),
)
@example(["\ufffd", "5", "people"], " ")
@example(["12", "march"], "\ufffd")
@example(["at", "least", "5", "killed"], "\ufffd")
def test_counts_read_u_fffd_through_its_ascii_stand_in(pieces: list[str], sep: str) -> None:
    # scan_counts reads a text whose only non-ASCII character is U+FFFD with the stdlib twins,
    # U+FFFD as SUB: the records are those the `regex` patterns give on the text itself.
    text = sep.join(pieces)
    plain, fast = Doc(text), Doc(text)
    starts(plain)
    starts(fast)
    assert _numbers.scan_counts(fast) == _counts_by_regex(plain), text


def test_ascii_stand_in_keeps_offsets_and_refuses_other_text() -> None:
    assert _text.ascii_stand_in("5 killed") == "5 killed"
    assert _text.ascii_stand_in("5\ufffdkilled") == "5\x1akilled"
    assert _text.ascii_stand_in("5 \u0642\ufffd") is None
