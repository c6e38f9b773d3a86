"""Session 12 (fix16): parse_article's glue builds the Article slot by slot (_new_article) and
summarise calls Summary.__init__ on a new instance; the records agree with the class call's,
field by field."""

from __future__ import annotations

import attrs
import pytest

import syriaevents as se
from syriaevents import parse
from syriaevents.model import Article, Summary

_TEXTS = [
    "",
    "Hello.",
    "BEIRUT: Regime air strikes killed at least 12 civilians, including three children, in "
    "the town of Saraqeb in Idlib province on Sunday, the Syrian Observatory said.",
    "DAMASCUS -  Five  soldiers were killed\nin Douma, and two rebels died in Hama.",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("title", [None, "Eight killed in Aleppo shelling"])
def test_article_is_the_class_calls(text: str, title: str | None) -> None:
    article = se.parse_article(text, title=title, source="SANA", published="2016-01-18")
    fields = {f.name: getattr(article, f.name) for f in attrs.fields(Article)}
    assert article == Article(**fields)
    assert fields["events"] == ()


def test_new_article_sets_every_field() -> None:
    """A field added to Article must be added to _new_article too: every slot is set."""
    names = [f.name for f in attrs.fields(Article)]
    values = [f"v{i}" for i in range(len(names))]
    kwargs = dict(zip(names, values, strict=True))
    built = parse._new_article(*(kwargs[n] for n in names if n != "events"))  # type: ignore[arg-type]
    assert {n: getattr(built, n) for n in names} == {**kwargs, "events": ()}


@pytest.mark.parametrize("text", _TEXTS)
def test_summary_is_the_class_calls(text: str) -> None:
    """summarise calls Summary.__init__ on a new instance, not the class: the same record."""
    summary = se.parse_article(text, published="2016-01-18").summary
    assert type(summary) is Summary
    fields = {f.name: getattr(summary, f.name) for f in attrs.fields(Summary)}
    assert summary == Summary(**fields)
