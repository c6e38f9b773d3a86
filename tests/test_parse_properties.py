"""parse_article over generated reports: the facts put in come back out in the summary,
whatever the spelling of the place, the form of the figure or the punctuation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
from hypothesis import given
from hypothesis import strategies as st

import syriaevents as se
from strategies import curly_quotes, figures, strip_punctuation
from syriaevents.model import Cause, Side

# (spellings news uses, governorate)
PLACES = (
    (("Deir ez-Zor", "Deir al-Zor", "Deir Ezzor", "Deir el-Zour"), "Deir-ez-Zor"),
    (("Idlib", "Idleb"), "Idleb"),
    (("Raqqa", "Rakka", "al-Raqqa", "Raqa"), "Ar-Raqqa"),
    (("Douma", "Duma"), "Rural Damascus"),
    (("Saraqeb", "Saraqib"), "Idleb"),
    (("Hasakah", "Hasaka", "al-Hasakeh"), "Al-Hasakeh"),
    (("Daraa", "Deraa", "Dar'a"), "Dar'a"),
    (("Aleppo",), "Aleppo"),
    (("Manbij", "Menbij"), "Aleppo"),
    (("Palmyra", "Tadmur"), "Homs"),
)
# (who, verb, side, cause)
ATTACKERS = (
    ("Regime warplanes", "struck", Side.GOVERNMENT, Cause.AIRSTRIKE),
    ("Russian jets", "bombed", Side.RUSSIA, Cause.AIRSTRIKE),
    ("US-led coalition aircraft", "struck", Side.COALITION, Cause.AIRSTRIKE),
    ("Regime helicopters", "dropped barrel bombs on", Side.GOVERNMENT, Cause.BARREL_BOMB),
    ("Islamic State militants", "shelled", Side.ISLAMIC_STATE, Cause.SHELLING),
)
VICTIMS = ("civilians", "children")
SOURCES = ("the Syrian Observatory for Human Rights said", "activists said")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@attrs.frozen
class Report:
    text: str
    governorate: str
    side: Side
    cause: Cause
    killed: int
    children: int
    day: dt.date
    published: dt.date


@st.composite
def reports(draw: st.DrawFn) -> Report:
    spellings, governorate = draw(st.sampled_from(PLACES))
    place = draw(st.sampled_from(spellings))
    who, verb, side, cause = draw(st.sampled_from(ATTACKERS))
    figure = draw(figures())
    victims = draw(st.sampled_from(VICTIMS))
    published = draw(st.dates(dt.date(2012, 1, 1), dt.date(2022, 12, 31)))
    back = draw(st.integers(0, 6))
    day = published - dt.timedelta(days=back)
    source = draw(st.sampled_from(SOURCES))
    text = (
        f"{who} {verb} {place} on {WEEKDAYS[day.weekday()]}, killing {figure.text} "
        f"{victims}, {source}. Rescue workers were searching the rubble."
    )
    return Report(
        text=text,
        governorate=governorate,
        side=side,
        cause=cause,
        killed=figure.value,
        children=figure.value if victims == "children" else 0,
        day=day,
        published=published,
    )


def check(report: Report, text: str) -> None:
    summary = se.parse_article(text, published=report.published).summary
    assert summary.governorate == report.governorate
    assert summary.perpetrator is not None
    assert summary.perpetrator.side is report.side
    assert summary.cause is report.cause
    assert summary.civilians_killed == report.killed
    assert summary.children_killed == report.children
    assert summary.date is not None
    assert summary.date.start == report.day


@given(reports())
def test_facts_come_back(report: Report) -> None:
    check(report, report.text)


def double_spaces(text: str) -> str:
    return text.replace(" ", "  ")


def line_breaks(text: str) -> str:
    """Sentences on their own lines, Windows line ends, stray spaces around them."""
    return text.replace(". ", ". \r\n ")


def hard_wrapped(text: str) -> str:
    """Lines broken inside sentences, as in wire copy and e-mail."""
    return text.replace(" on ", "\non ").replace(", killing", ",\nkilling")


def upper_first_words(text: str) -> str:
    return text.replace("killing", "Killing").replace("Rescue", "RESCUE")


def no_marks(text: str) -> str:
    """Every comma, full stop and apostrophe stripped, as some scraped copy has it."""
    return text.replace(",", "").replace(".", "").replace("'", "")


def lowercase(text: str) -> str:
    """A feed that lowercases everything: no capitals mark names or sentence starts."""
    return text.lower()


VARIANTS = (
    strip_punctuation,
    curly_quotes,
    double_spaces,
    line_breaks,
    hard_wrapped,
    upper_first_words,
    lowercase,
    no_marks,
)


@given(reports(), st.sampled_from(VARIANTS))
def test_text_variants_change_nothing(report: Report, variant: Callable[[str], str]) -> None:
    text = variant(report.text)
    check(report, text)
    article = se.parse_article(text, published=report.published)
    for group in (article.casualties, article.actors, article.locations, article.dates):
        for record in group:
            assert text[record.span.start : record.span.end] == record.surface
