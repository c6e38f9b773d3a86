"""parse_article: the whole pipeline over one article, and parse_articles over many."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from ._actors import scan_actors
from ._casualties import scan_casualties
from ._dates import scan_dateline, scan_dates
from ._gates import starts
from ._gazetteer import scan_places
from ._numbers import scan_counts
from ._squeeze import Squeezed
from ._summary import TitleRecords, summarise
from ._text import Doc, check_text, coerce_date, dateline_span
from .model import Article, Location

__all__ = ["parse_article", "parse_articles"]


def parse_article(
    text: str,
    *,
    title: str | None = None,
    published: str | _dt.date | _dt.datetime | None = None,
    source: str | None = None,
) -> Article:
    """Read one article: places, actors, dates, casualty reports and the summary.

    ``published`` (a date, datetime or ISO date string) anchors relative dates such as
    "on Sunday"; when it is None the article's own dateline is used, if it has one.
    ``title`` is read for the summary (a place or toll in the headline weighs more) but
    every span points into ``text``. ``source`` names the publisher and is kept as given.

    >>> import syriaevents as se
    >>> a = se.parse_article(
    ...     "BEIRUT: Regime air strikes killed at least 12 civilians, including three "
    ...     "children, in the town of Saraqeb in Idlib province on Sunday, the Syrian "
    ...     "Observatory for Human Rights said.", published="2016-01-18")
    >>> a.summary.governorate, a.summary.civilians_killed, a.summary.children_killed
    ('Idleb', 12, 3)
    >>> a.summary.cause.value, a.summary.perpetrator.side.value
    ('airstrike', 'government')
    >>> str(a.summary.date.start)
    '2016-01-17'
    """
    check_text(text)
    if title is not None:
        check_text(title, "title")
    if source is not None:
        check_text(source, "source")
    given = coerce_date(published)
    squeezed = Squeezed(text)
    if squeezed.changed:
        # Runs of whitespace: read single-spaced text, report spans into the text as given.
        article = _parse(squeezed.text, title, given, source)
        return squeezed.restore(article)
    return _parse(text, title, given, source)


def _parse(text: str, title: str | None, given: _dt.date | None, source: str | None) -> Article:
    doc = Doc(text)
    if given is None:
        # A dateline sits in the opening lines: scan_dateline reads a prefix of the same Doc,
        # reusing the starting places of counts and dates found here for the whole text.
        starts(doc)
        line = scan_dateline(doc)
        if line is not None and line.start is not None:
            given = line.start
    counts = scan_counts(doc)
    actors = scan_actors(doc)
    locations = scan_places(doc)
    dates = scan_dates(doc, given)
    casualties = scan_casualties(doc, counts, actors, locations, dates)
    summary = summarise(
        doc,
        casualties=casualties,
        actors=actors,
        locations=locations,
        dates=dates,
        title=_read_title(" ".join(title.split()), given) if title else None,
        published=given,
    )
    return Article(
        text=text,
        title=title,
        source=source,
        published=given,
        dateline=_dateline_place(doc, locations),
        casualties=casualties,
        actors=actors,
        locations=locations,
        dates=dates,
        summary=summary,
    )


def _read_title(title: str, published: _dt.date | None) -> TitleRecords:
    """The records of a headline given apart from the text: they weigh in the summary only,
    since their spans point into the title, not the text."""
    doc = Doc(title)
    actors = scan_actors(doc)
    locations = scan_places(doc)
    dates = scan_dates(doc, published)
    casualties = scan_casualties(doc, scan_counts(doc), actors, locations, dates)
    return TitleRecords(doc=doc, casualties=casualties, actors=actors, locations=locations)


def _dateline_place(doc: Doc, locations: Iterable[Location]) -> Location | None:
    """The place a capitalised dateline ("BEIRUT:", "ERBIL -") names, if any."""
    span = dateline_span(doc.text)
    if span is None:
        return None
    for location in locations:
        if span.start <= location.span.start and location.span.end <= span.end:
            return location
    return None


Item = str | Mapping[str, Any]


def _parse_item(item: Item) -> Article:
    if isinstance(item, str):
        return parse_article(item)
    if isinstance(item, Mapping):
        unknown = set(item) - {"text", "title", "published", "source"}
        if unknown:
            raise ValueError(f"unknown article fields: {sorted(unknown)}")
        return parse_article(
            item["text"],
            title=item.get("title"),
            published=item.get("published"),
            source=item.get("source"),
        )
    raise TypeError(f"articles must be str or mappings, not {type(item).__name__}")


def parse_articles(items: Iterable[Item], *, workers: int = 1) -> Iterator[Article]:
    """Parse many articles, yielding Articles in input order.

    Each item is the article text, or a mapping with ``text`` and optionally ``title``,
    ``published`` and ``source``. ``workers`` > 1 spreads the work over that many processes.

    >>> import syriaevents as se
    >>> [a.summary.civilians_killed for a in se.parse_articles(
    ...     ["Five civilians were killed in Douma.", {"text": "Two children died in Hama."}])]
    [5, 2]
    """
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ValueError(f"workers must be a positive int, got {workers!r}")
    if workers == 1:
        for item in items:
            yield _parse_item(item)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(_parse_item, items, chunksize=32)
