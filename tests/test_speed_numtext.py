"""Fast paths of the text layer give what the plain code gives.

fold() folds ASCII through a bytes table and, in other text, only the runs of non-ASCII
characters through the str table; the sentence splitter finds terminal punctuation with
str.split and reads a mark before a space without the pattern. Each is checked here against
the plain form on text built from the characters those paths treat apart.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from syriaevents._text import _FOLD_TABLE, _TERMINAL, _terminals, fold

# ASCII letters, marks and controls that fold to something else, and non-ASCII characters
# that fold to ASCII, to themselves, to spaces and to line breaks.
_FOLD_CHARS = "aZ. `\x0b\x01\x7f\t\n\u00e9\u2019\ufffd\u0130\u00df\u2028\u00ad\u200b\u0648"
_TERMINAL_CHARS = "ab .!?\"')]\n\t\x1c\u00a0\u2026"


@given(st.text(alphabet=_FOLD_CHARS, max_size=40))
@example("Deir ez\u2011Zor\u2019s \u201cAl-Qa\u00efda\u201d")
def test_fold_is_the_table_translation(text: str) -> None:
    assert fold(text) == text.translate(_FOLD_TABLE)


@given(st.text(alphabet=_TERMINAL_CHARS, max_size=40), st.data())
@example('He died. She fled!) Why?" Ok.. x', None)
def test_terminals_are_the_pattern_matches(text: str, data: st.DataObject | None) -> None:
    start, end = 0, len(text)
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    expected = [m.span() for m in _TERMINAL.finditer(text, start, end)]
    assert list(_terminals(text, start, end)) == expected
