"""Fast paths of the place scanner (session 6) give what the plain code gives.

The capital-word pass reads a translated copy of the text (Gazetteer._capital_copy): it must
find the words, and the words joined after them, that a plain pass over the text finds, and
its copy must tell when the text's words and joiners are its folded copy's.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from syriaevents import _gazetteer
from syriaevents._text import fold

# The capitalised words of a text and the word joined after each, read plainly (ASCII mode).
_PLAIN = re.compile(
    r"[A-Z0-9](?<![\w'][A-Z0-9])[A-Za-z0-9]*(?:'[A-Za-z0-9]+)*"
    r"(?=[ \-']{1,3}([A-Za-z0-9]+(?:'[A-Za-z0-9]+)*))?",
    re.ASCII,
)
_PIECES = [
    *_gazetteer._NEVER_START[:40],
    *"She Che Aleppo Deir Homs Idlib al Al ez Zor O'Neil The's USA 5 80th 1070 2016".split(),
    *[" ", "  ", "-", " - ", "'", "`", "_", ".", ", ", "\n", "\t", "\x00", "\x0b", "\ufffd"],
]


def _texts() -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(_PIECES), st.text("aZ19_'`- \x01\ufffd", max_size=3))
    return st.lists(piece, max_size=30).map("".join)


@given(_texts())
@example("The She Aleppo`Homs O'Neil 80th-Brigade")
@example("\ufffdAleppo \x0bHoms")
def test_capital_copy_pass_finds_every_word_a_plain_pass_finds_that_can_start(
    text: str,
) -> None:
    g = _gazetteer.gazetteer()
    got = [(m.span(), m.span(1)) for m in g._capital_words.finditer(g._capital_copy(text))]
    every = [(m.span(), m.span(1)) for m in _PLAIN.finditer(text)]
    want = [x for x in every if g._info(fold(text[x[0][0] : x[0][1]])).can_start]
    assert [x for x in every if x in got] == got  # only words the plain pass finds
    assert [x for x in got if x in want] == want  # and every word that can start a name


@given(st.text(st.characters(max_codepoint=127), max_size=40))
@example("Aleppo`s")
@example("Homs\x0cAleppo")
def test_capital_copy_without_nul_means_folding_is_lower_casing(text: str) -> None:
    g = _gazetteer.gazetteer()
    assert (b"\0" not in g._capital_copy(text)) == (fold(text) == text.lower())


def _title_reference(head: str) -> bool:
    """The Title Case test of _TitleLines on one line, with every word read."""
    words = re.findall(r"[^\W\d_]{4,}", head)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


@given(
    st.lists(
        st.sampled_from(
            [
                "Word",
                "word",
                "wOrd",
                "Aleppo",
                "of",
                "A",
                "the",
                " ",
                "-",
                "1",
                "_",
                "'",
                "\t",
                "Ab",
                "abcdEf",
            ]
        ),
        max_size=60,
    ).map("".join)
)
@example("Rebels Seize Town Near Aleppo")
@example("Rebels Seize Town near Aleppo Today")
def test_prose_test_never_turns_a_title_line_away(head: str) -> None:
    # _prose settles a line in C only when the line is not in Title Case.
    if _gazetteer._prose(head):
        assert not _title_reference(head)
    assert _gazetteer._TitleLines(head)(0) == _title_reference(head)


@given(
    st.lists(
        st.sampled_from([*_gazetteer._ANY_WORDS, "cit", "to", "a", " ", ",", "x"]), max_size=8
    ),
    st.integers(min_value=0, max_value=40),
)
def test_cue_word_head_test_agrees_with_startswith(pieces: list[str], end: int) -> None:
    # The scan tests the space and two letters after a name (_HEADS_3) before the startswith
    # over the cue words: it must answer as the space test and the startswith alone do.
    assert min(map(len, _gazetteer._ANY_WORDS)) > 2
    text = "".join(pieces)
    for words in (_gazetteer._CUE_WORDS, _gazetteer._NEAR_WORDS, _gazetteer._ANY_WORDS):
        plain = text[end : end + 1] == " " and text.startswith(words, end + 1)
        gated = text[end : end + 3] in _gazetteer._HEADS_3 and text.startswith(words, end + 1)
        assert gated == plain
