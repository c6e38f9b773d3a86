"""Session 11 (dates14): the date line read from the window's first date alone."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

import syriaevents as se


def _plain_dateline(text: str) -> se.DateRef | None:
    """_dates.find_dateline as it was before the shortcut: every date of the window, merged,
    then the first date line among them."""
    from syriaevents import _dates
    from syriaevents._text import Doc

    doc = Doc(text[: _dates._DATELINE_WINDOW_READ])
    agency = doc.dateline
    for ref in _dates.scan_dates(doc, None):
        if ref.span.start >= _dates._DATELINE_WINDOW:
            break
        start = ref.span.start
        if agency is not None and agency.start <= start < agency.end:
            return ref
        if ref.rule not in _dates._DATELINE_RULES or ref.start is None:
            continue
        m = _dates._PREV_WORD.search(doc.folded, max(0, start - 16), start)
        inside_sentence = m is not None and m.group(1) in _dates._SENTENCE_PREPOSITIONS
        if inside_sentence and not _dates._PUBLISHING_WORDS.search(
            doc.folded, max(0, start - 24), start
        ):
            continue
        return ref
    return None


_PIECES = [
    *"from between and to on in posted published updated said since until -".split(),
    *"5 12 2016 2017 05.02.2015 2016-07-10 March May June Sept. Wed Monday".split(),
    *"DAMASCUS, (Reuters) BEIRUT: jets struck people killed x".split(),
    *["March 3, 2016", "12 June 2016", "Apr 24 2017", "1 and 5", "\n", "x" * 40],
]


@given(st.lists(st.sampled_from(_PIECES), max_size=16), st.sampled_from([" ", "  ", ", "]))
@example(["between", "12 June 2016", "and", "3", "July", "2016"], " ")
@example(["from", "March 3, 2016", "to", "Apr 24 2017"], " ")
@example(["on", "12 June 2016", "posted", "on", "Apr 24 2017"], " ")
@example(["DAMASCUS,", "March", "5", "(Reuters)", "-", "12 June 2016"], " ")
@example(["x" * 40] * 5 + ["12 June 2016", "and", "Apr 24 2017"], " ")
def test_dateline_shortcut_agrees_with_every_date_read(pieces: list[str], sep: str) -> None:
    from syriaevents import _dates

    text = sep.join(pieces)
    assert _dates.find_dateline(text) == _plain_dateline(text)
