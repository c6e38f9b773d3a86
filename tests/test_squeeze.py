"""Whitespace runs are read single-spaced and every offset maps back to the text as given."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import syriaevents as se
from syriaevents._squeeze import Squeezed

WORDS = st.lists(st.sampled_from(["killed", "five", "Douma", "\u00e9t\u00e9", "12"]), max_size=8)
SPACES = st.text(alphabet=" \t\r\n\u00a0", min_size=1, max_size=4)


@given(st.lists(st.tuples(WORDS, SPACES), max_size=6))
@example([(["a"], "\r\n"), (["b"], "  \n\n ")])
def test_words_map_back(parts: list[tuple[list[str], str]]) -> None:
    text = "".join(" ".join(words) + gap for words, gap in parts)
    squeezed = Squeezed(text)
    assert "  " not in squeezed.text.replace("\n", "")
    originals = [m.group() for m in re.finditer(r"\S+", text)]
    mapped = [
        text[squeezed.start(m.start()) : squeezed.end(m.end())]
        for m in re.finditer(r"\S+", squeezed.text)
    ]
    assert mapped == originals


def test_line_structure_is_kept() -> None:
    squeezed = Squeezed("Title line \r\nFirst  sentence.\n \n\nNext.")
    assert squeezed.text == "Title line\nFirst sentence.\n\nNext."


def test_records_point_into_the_text_as_given() -> None:
    text = "Regime  shelling killed   five civilians\r\nin  Douma on Monday."
    article = se.parse_article(text, published="2016-02-02")
    assert article.text == text
    assert article.summary.civilians_killed == 5
    report = article.casualties[0]
    assert report.surface == text[report.span.start : report.span.end]
    assert "five civilians" in report.surface
    douma = [loc for loc in article.locations if loc.surface == "Douma"]
    assert douma
    assert text[douma[0].span.start : douma[0].span.end] == "Douma"


def test_public_finders_read_through_whitespace_runs() -> None:
    text = "At least  16 civilians\r\nwere killed in  Deir ez-Zor on  Sunday."
    [count] = se.find_counts(text)
    assert (count.value, count.surface) == (16, "At least  16")
    assert [loc.place.governorate for loc in se.find_places(text)] == ["Deir-ez-Zor"]
    [day] = se.find_dates(text, published="2016-01-18")
    assert day.start is not None
    assert day.start.isoformat() == "2016-01-17"
    records: list[se.Count | se.Location | se.DateRef | se.Actor] = [
        count,
        day,
        *se.find_places(text),
        *se.find_actors(text),
    ]
    for record in records:
        assert text[record.span.start : record.span.end] == record.surface


def test_public_finders_still_check_types() -> None:
    with pytest.raises(TypeError, match="text must be str"):
        se.find_counts(b"5 killed")  # type: ignore[arg-type]


def test_hard_wrapped_lines_read_as_one_sentence() -> None:
    text = (
        "Regime shelling killed five\ncivilians in Douma on\nMonday, activists said.\n"
        "It was the third attack."
    )
    squeezed = Squeezed(text)
    assert squeezed.changed
    assert squeezed.text == (
        "Regime shelling killed five civilians in Douma on\nMonday, activists said.\n"
        "It was the third attack."
    )
    article = se.parse_article(text, published="2016-02-02")
    assert article.summary.civilians_killed == 5
    report = article.casualties[0]
    assert report.surface == text[report.span.start : report.span.end]
    assert "\n" in report.surface


def test_bullets_headings_and_sentence_ends_keep_their_line_breaks() -> None:
    for text in (
        "Casualties:\no five soldiers\no three rebels",
        "Killed.\nthen more",
        "Five killed\n- two of them children",
        "Heading line\nSecond line",
    ):
        squeezed = Squeezed(text)
        assert squeezed.text == text
        assert not squeezed.changed


# Whitespace of every kind the engines tell apart: spaces, line ends, tabs, form feeds, the
# separators str.isspace() knows, no-break and wide spaces; then letters and stops.
_GAPS = " \n\r\t\x0b\x0c\x1c\x1f\x85\u00a0\u2003\u200b"


@given(st.text(alphabet=_GAPS + "ab.o", max_size=40))
@example("a  b \n c\td")
@example("a\n\n")
def test_runs_are_the_pattern_runs(text: str) -> None:
    """_runs finds what _RUN.finditer finds (it only skips single spaces faster)."""
    from syriaevents import _squeeze as sq

    assert [m.span() for m in sq._runs(text)] == [m.span() for m in sq._RUN.finditer(text)]


@given(st.text(alphabet=_GAPS + "aAo.!?:\"'", max_size=40))
@example("killing 13\ncivilians")
@example("the\no one")
def test_wrap_is_the_lookbehind_pattern(text: str) -> None:
    """_WRAP, opening with its line break, matches where the plain lookbehind form does."""
    from syriaevents import _squeeze as sq

    plain = re.compile(r"(?<=[^\s.!?:\"'])\n(?=[a-z])(?!o\s)")
    assert [m.span() for m in sq._WRAP.finditer(text)] == [m.span() for m in plain.finditer(text)]
