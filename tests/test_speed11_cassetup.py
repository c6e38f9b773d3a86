"""The casualty lexicon scan reads the word after an opener from its word split (session 9).

`_scan_phrases` takes the word after a word that opens longer phrases from the same iterator
as its table-word filter, and matches `_NEXT_WORD` only when that word is a second word of
the opener's phrases. These cases check it against the reference regex scan where that
reading could go wrong: openers in a row, an opener last, punctuation or other characters
between an opener and its second word, and a second word that is a table word itself.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from syriaevents import _casualties as cas
from syriaevents._text import fold
from test_casualties_fastpaths import _reference_scan

# Openers and the words that may follow them, with the separators that decide a phrase.
_OPENERS = sorted(w.decode() for w, entry in cas._SCAN_WORDS.items() if entry[3] is not None)
_SECONDS = sorted({s.decode() for entry in cas._SCAN_WORDS.values() for s in entry[4]})
_GAPS = [" ", "  ", "\n", " \u00a0", ", ", "-", "_", "\u00e9", ". ", "'"]


@pytest.mark.parametrize(
    "text",
    [
        "killed",
        "regime forces killed",
        "air strikes killed and wounded",
        "killed, and wounded; air, strikes",
        "of of hunger of spying on the charges of",
        "air air strikes air\nstrikes air\u00e9strikes air_strikes air-strikes",
        "number of number of people killed number of",
        "the death toll rose; death  toll, death\ttoll",
    ],
)
def test_examples_match_the_reference(text: str) -> None:
    folded = fold(text)
    assert cas._scan_phrases(folded) == _reference_scan(folded)


@given(
    st.lists(
        st.one_of(st.sampled_from(_OPENERS), st.sampled_from(_SECONDS), st.sampled_from(_GAPS)),
        max_size=30,
    ).map("".join)
)
def test_openers_and_their_second_words_match_the_reference(text: str) -> None:
    folded = fold(text)
    assert cas._scan_phrases(folded) == _reference_scan(folded)
