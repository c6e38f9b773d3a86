"""parse_article: the whole pipeline over one article, and parse_articles over many."""

from __future__ import annotations

import datetime as _dt
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from ._actors import scan_actors
from ._casualties import scan_casualties
from ._dates import scan_dateline, scan_dates
from ._gates import starts
from ._gazetteer import scan_places
from ._numbers import scan_counts
from ._squeeze import Squeezed
from ._summary import TitleRecords, summarise
from ._text import Doc, check_text, coerce_date
from .model import (
    Actor,
    Article,
    CasualtyReport,
    DateRef,
    Location,
    Summary,
    _slot_setters,
)

if TYPE_CHECKING:
    from concurrent.futures import Future

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
    ``title`` is read for the summary (a place or toll in the headline weighs more): every
    span points into ``text``, except a summary field the headline gave, whose span points
    into ``title``. ``source`` names the publisher and is kept as given.

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
    return _parse_batch([_Input.make(text, title, published, source)])[0]


class _Input(NamedTuple):
    """One article's arguments, checked. A named tuple, not a frozen attrs class, whose
    ``__init__`` writes each field through a bound ``object.__setattr__`` (an argument tuple
    built and parsed per field)."""

    text: str
    title: str | None
    published: _dt.date | None
    source: str | None

    @classmethod
    def make(cls, text: object, title: object, published: object, source: object) -> _Input:
        return cls(
            check_text(text),
            None if title is None else check_text(title, "title"),
            coerce_date(published),
            None if source is None else check_text(source, "source"),
        )


def _parse_batch(inputs: Sequence[_Input]) -> list[Article]:
    """Parse articles stage by stage: every scanner runs over the whole batch before the
    next one starts. The records are those of one article at a time (each stage sees only
    its own document), but one scanner's tables and code stay warm in the CPU caches across
    the batch, which makes a batch about a third faster than article by article
    (benchmarks/throughput.py measures both)."""
    # Runs of whitespace: read single-spaced text, report spans into the text as given.
    # The stages run by map(), not list comprehensions: in 3.11 a comprehension is a function
    # called once per stage, which costs more than a batch of one (parse_article) needs.
    squeezes = [Squeezed(item.text) for item in inputs]
    docs = [Doc(sq.text) for sq in squeezes]
    given = [item.published for item in inputs]
    for i, doc in enumerate(docs):
        if given[i] is None:
            # A dateline sits in the opening lines: scan_dateline reads a prefix of the same
            # Doc, reusing the starting places of counts and dates found here for the text.
            starts(doc)
            line = scan_dateline(doc)
            if line is not None and line.start is not None:
                given[i] = line.start
    counts = list(map(scan_counts, docs))
    actors = list(map(scan_actors, docs))
    locations = list(map(_outside_names, map(scan_places, docs), actors))
    dates = list(map(scan_dates, docs, given))
    casualties = list(map(scan_casualties, docs, counts, actors, locations, dates))
    articles = []
    for i, (item, doc, squeezed) in enumerate(zip(inputs, docs, squeezes, strict=True)):
        title = item.title
        # The headline is read squeezed as the text is; its records keep spans into it.
        headline = Squeezed(title) if title else None
        heard = _read_title(headline.text, given[i]) if headline is not None else None
        summary = summarise(
            doc,
            casualties=casualties[i],
            actors=actors[i],
            locations=locations[i],
            dates=dates[i],
            title=heard,
            published=given[i],
        )
        article = _new_article(
            doc.text,
            title,
            item.source,
            given[i],
            _dateline_place(doc, locations[i]),
            casualties[i],
            actors[i],
            locations[i],
            dates[i],
            summary,
        )
        if squeezed.changed or (headline is not None and headline.changed):
            # Records of the headline in the summary are mapped into the headline, not the
            # text ("Monday  Clashes ..." gave a headline agent the surface "Monda").
            title_records = (heard.casualties, heard.actors, heard.locations) if heard else ()
            article = squeezed.restore(article, title_records, headline)
        articles.append(article)
    return articles


# Article's slots, written directly (_new_article): the class call with keywords builds an
# argument dict and attrs' __init__ of a frozen class writes each field through a bound
# object.__setattr__, ~14 k machine instructions a record against ~4 k.
_object_new = object.__new__
_ARTICLE_SLOTS = _slot_setters(Article)


def _new_article(
    text: str,
    title: str | None,
    source: str | None,
    published: _dt.date | None,
    dateline: Location | None,
    casualties: tuple[CasualtyReport, ...],
    actors: tuple[Actor, ...],
    locations: tuple[Location, ...],
    dates: tuple[DateRef, ...],
    summary: Summary,
) -> Article:
    """``Article(text=text, title=title, ..., summary=summary)`` with ``events=()``, built
    slot by slot: Article has no validators or converters, so this is what its ``__init__``
    stores (tests/test_speed16_fix.py compares the records with the class call's)."""
    article = _object_new(Article)
    (
        set_text,
        set_title,
        set_source,
        set_published,
        set_dateline,
        set_events,
        set_casualties,
        set_actors,
        set_locations,
        set_dates,
        set_summary,
    ) = _ARTICLE_SLOTS
    set_text(article, text)
    set_title(article, title)
    set_source(article, source)
    set_published(article, published)
    set_dateline(article, dateline)
    set_events(article, ())
    set_casualties(article, casualties)
    set_actors(article, actors)
    set_locations(article, locations)
    set_dates(article, dates)
    set_summary(article, summary)
    return article


def _read_title(title: str, published: _dt.date | None) -> TitleRecords:
    """The records of a headline given apart from the text: they weigh in the summary only,
    since their spans point into the title, not the text."""
    doc = Doc(title)
    actors = scan_actors(doc)
    locations = _outside_names(scan_places(doc), actors)
    dates = scan_dates(doc, published)
    casualties = scan_casualties(doc, scan_counts(doc), actors, locations, dates)
    return TitleRecords(doc=doc, casualties=casualties, actors=actors, locations=locations)


def _outside_names(
    locations: tuple[Location, ...], actors: Sequence[Actor]
) -> tuple[Location, ...]:
    """The place mentions that are not part of an actor's mention: "Manbij" in "the Manbij
    Military Council" and "Damascus" in "the Damascus regime" name no place where anything
    happened, and "Turkey" in "Turkey shelled" is the state (the actor scanner has already
    refused "Turkey" where it is a place: "fled to Turkey"). find_places, which sees no
    actors, keeps them all.

    Both tuples come in document order and actor mentions never overlap: one walk over the
    two, with the current actor's span in a local (twice as fast as a bisection per place).
    """
    if not locations or not actors:
        return locations
    kept: list[Location] | None = None  # a copy only once a place is dropped (seldom)
    following = iter(actors)
    actor = next(following).span
    for k, location in enumerate(locations):
        span = location.span
        start = span.start
        while actor.end <= start:  # the first actor that ends after the place starts
            nxt = next(following, None)
            if nxt is None:  # no actor left: this place and the rest stay
                return locations if kept is None else (*kept, *locations[k:])
            actor = nxt.span
        if actor.start <= start and span.end <= actor.end:
            if kept is None:
                kept = list(locations[:k])
        elif kept is not None:
            kept.append(location)
    return locations if kept is None else tuple(kept)


def _dateline_place(doc: Doc, locations: Iterable[Location]) -> Location | None:
    """The place a capitalised dateline ("BEIRUT:", "ERBIL -") names, if any."""
    span = doc.dateline
    if span is None:
        return None
    for location in locations:
        if span.start <= location.span.start and location.span.end <= span.end:
            return location
    return None


Item = str | Mapping[str, Any]
_BATCH = 64


def _input(item: Item) -> _Input:
    if isinstance(item, str):
        return _Input.make(item, None, None, None)
    if isinstance(item, Mapping):
        unknown = set(item) - {"text", "title", "published", "source"}
        if unknown:
            raise ValueError(f"unknown article fields: {sorted(unknown)}")
        return _Input.make(
            item.get("text"), item.get("title"), item.get("published"), item.get("source")
        )
    raise TypeError(f"articles must be str or mappings, not {type(item).__name__}")


def _batches(items: Iterable[Item]) -> Iterator[list[_Input]]:
    """Checked inputs in batches; a bad item raises after the batch before it is yielded."""
    batch: list[_Input] = []
    for item in items:
        try:
            batch.append(_input(item))
        except (TypeError, ValueError):
            if batch:
                yield batch
            raise
        if len(batch) == _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def parse_articles(items: Iterable[Item], *, workers: int = 1) -> Iterator[Article]:
    """Parse many articles, yielding Articles in input order.

    Each item is the article text, or a mapping with ``text`` and optionally ``title``,
    ``published`` and ``source``. Articles are read in batches, stage by stage, which is
    faster than calling parse_article on each; the results are the same. ``workers`` > 1
    spreads the batches over that many processes.

    >>> import syriaevents as se
    >>> [a.summary.civilians_killed for a in se.parse_articles(
    ...     ["Five civilians were killed in Douma.", {"text": "Two children died in Hama."}])]
    [5, 2]
    """
    if not isinstance(workers, int) or isinstance(workers, bool) or workers < 1:
        raise ValueError(f"workers must be a positive int, got {workers!r}")
    if workers == 1:
        for batch in _batches(items):
            yield from _parse_batch(batch)
        return
    # Imported here: concurrent.futures.process and multiprocessing cost ~10 ms at every
    # `import syriaevents`, and most callers read in one process.
    from concurrent.futures import ProcessPoolExecutor

    # Executor.map would read the whole input first; keep a few batches in flight instead,
    # so memory stays bounded on corpora of millions of articles.
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Article]]] = deque()
        for batch in _batches(items):
            pending.append(pool.submit(_parse_batch, batch))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
