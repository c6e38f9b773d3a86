"""The casualty assembler's per-article setup (session 11, casinit15).

`_article_counts` searches `_ARTICLE` ("a child", "his wife") from the whitespace before
the window's last four chunks (`_last_words`), tests "was "/"been " before calling
`_named_before`, and the assembler keeps the scanners' figures in their order when they
are already sorted. These check each shortcut against the plain code.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from last_words import check_narrowed_search, texts
from syriaevents import _casualties as cas
from syriaevents._text import Doc
from syriaevents.model import Count, Qualifier, Span

_WORDS = [
    *("a", "an", "another", "his", "her", "their", "A", "His"),
    *("child", "wife", "rebel", "commander", "x", "al-assad", "it's", "u.s.", "'a", "hiss"),
]


@given(texts(_WORDS, parts=8, run=5), st.data())
def test_the_article_search_from_the_last_words_finds_the_same(
    text: str, data: st.DataObject
) -> None:
    """Over words and gaps that most often end with an article and a few words, each
    followed by whitespace (what _ARTICLE matches)."""
    end = data.draw(st.sampled_from([len(text), len(text) - 1]) | st.integers(0, len(text)))
    end = max(end, 0)
    pos = data.draw(st.integers(0, end))
    check_narrowed_search(cas._ARTICLE.search, text, pos, end, 4)


def test_the_last_words_start_at_the_whitespace_before_them() -> None:
    text = "one two  three four five six "
    assert text[cas._last_words(text, 0, len(text)) :] == "  three four five six "
    assert cas._last_words(text, 4, 20) == 4  # "two  three four fiv": four chunks


@given(st.text(alphabet="wasbenk \n", max_size=12), st.data())
def test_the_was_or_been_test_is_the_windows(text: str, data: st.DataObject) -> None:
    t_start = data.draw(st.integers(0, len(text)))
    lo = t_start - 80 if t_start > 80 else 0
    window = text[t_start - 5 if t_start > 5 else 0 : t_start]
    assert window.endswith(("was ", "been ")) == text.endswith(("was ", "been "), lo, t_start)


def _count(start: int, end: int, text: str) -> Count:
    return Count(
        value=2,
        low=2,
        high=2,
        qualifier=Qualifier.EXACT,
        surface=text[start:end],
        span=Span(start=start, end=end),
        rule="count.digits",
    )


def test_figures_out_of_order_are_sorted() -> None:
    text = "2 soldiers were killed and 3 civilians were wounded, and 4 rebels died."
    counts = [_count(27, 28, text), _count(0, 1, text), _count(57, 58, text)]
    doc = Doc(text)
    assembler = cas._Assembler(doc, counts, [], [], [])
    assert [c.span.start for c in assembler.items] == [0, 27, 57]
    assert assembler.item_starts == [0, 27, 57]
    in_order = cas._Assembler(doc, sorted(counts, key=cas._START_END), [], [], [])
    assert in_order.items == assembler.items
    assert cas.scan_casualties(doc, counts, [], [], []) == cas.scan_casualties(
        doc, sorted(counts, key=cas._START_END), [], [], []
    )


def test_figures_in_words_are_sorted_in() -> None:
    text = "3 rebels and a child were killed."
    doc = Doc(text)
    assembler = cas._Assembler(doc, [_count(0, 1, text)], [], [], [])
    assert [c.span.start for c in assembler.items] == [0, 13]
    assert assembler.item_starts == [0, 13]
