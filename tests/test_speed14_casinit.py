"""The casualty lexicon scan's third-word dispatch (session 11).

`_longest` reads the third word after an opener and its second word at once when some
phrase goes on past the second word, and tries only the phrases that may match it
(`_by_third`). These check the scan against the reference regex scan where that could go
wrong: a third word that is right, wrong, missing or hyphenated, the phrases of two words
beside longer ones, and gaps between the words.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from syriaevents import _casualties as cas
from syriaevents._text import fold
from test_casualties_fastpaths import _reference_scan

# The words of the table's phrases of three words or more, their openers first.
_LONG = sorted(
    {
        phrase
        for entries in cas._TABLE.values()
        for _, alts in entries
        for _, _, phrase in alts
        if phrase.count(" ") >= 2
    }
)
_LONG_WORDS = sorted({w for phrase in _LONG for w in phrase.split()})
_GAPS = [" ", "  ", "\n", ", ", "-", "_", ". ", " x "]


def test_some_phrases_go_on_past_their_second_word() -> None:
    # "number of" goes on with many phrases: the dispatch has something to pick from.
    dispatched = [
        thirds
        for opener in cas._MULTIS.values()
        for _, thirds in opener[0].values()
        if thirds is not None
    ]
    assert dispatched
    assert max(len(by_third) for by_third, _ in dispatched) > 10


@pytest.mark.parametrize(
    "text",
    [
        "number of",
        "number of people",
        "the number of people killed rose, number of civilians, number of-of",
        "on the ground on the on the\nground on the, ground",
        "among the dead among the among the wounded among the-dead",
        "killed and wounded killed and killed and injured",
    ],
)
def test_examples_match_the_reference(text: str) -> None:
    folded = fold(text)
    assert cas._scan_phrases(folded) == _reference_scan(folded)


@pytest.mark.parametrize("phrase", _LONG)
def test_every_long_phrase_matches_the_reference(phrase: str) -> None:
    # Whole, cut after its second word, and with its third word replaced.
    words = phrase.split()
    for text in (phrase, " ".join(words[:2]), " ".join([*words[:2], "xyz", *words[3:]])):
        folded = fold(f"{text}, and {text} killed")
        assert cas._scan_phrases(folded) == _reference_scan(folded)


@given(
    st.lists(st.one_of(st.sampled_from(_LONG_WORDS), st.sampled_from(_GAPS)), max_size=30).map(
        "".join
    )
)
def test_words_of_long_phrases_match_the_reference(text: str) -> None:
    folded = fold(text)
    assert cas._scan_phrases(folded) == _reference_scan(folded)
