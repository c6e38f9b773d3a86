"""parse_article end to end: bad input, odd input, grounding, determinism, summary facts."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import syriaevents as se


def grounded(article: se.Article) -> None:
    """Every record with a span slices back to its surface."""
    text = article.text
    for group in (article.casualties, article.actors, article.locations, article.dates):
        for record in group:
            assert text[record.span.start : record.span.end] == record.surface
    for report in article.casualties:
        assert text[report.count.span.start : report.count.span.end] == report.count.surface
        for sub in report.includes:
            assert text[sub.span.start : sub.span.end] == sub.surface


@pytest.mark.parametrize("bad", [None, b"text", 3, ["a"]])
def test_text_must_be_str(bad: object) -> None:
    with pytest.raises(TypeError, match="text must be str"):
        se.parse_article(bad)  # type: ignore[arg-type]


def test_title_must_be_str() -> None:
    with pytest.raises(TypeError, match="title must be str"):
        se.parse_article("x", title=5)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["Sunday", "2016-02-30", "17/01/2016"])
def test_published_must_be_a_date(bad: str) -> None:
    with pytest.raises(ValueError, match=repr(bad)):
        se.parse_article("Five civilians were killed.", published=bad)


@given(st.text(max_size=400))
@example("")
@example("<html><body><p>At least 5 killed</p></body></html>")
@example("قتل 5 مدنيين في حلب")
@example("\x00\x01 killed killed killed 5 5 5 ,,,, --")
def test_any_text_parses(text: str) -> None:
    article = se.parse_article(text, published=dt.date(2016, 1, 17))
    grounded(article)


def test_published_falls_back_to_dateline() -> None:
    article = se.parse_article(
        "Wed 05 Apr 2017 Air strikes on Sunday killed nine civilians in Khan Sheikhoun."
    )
    assert article.published == dt.date(2017, 4, 5)
    assert article.summary.date is not None
    assert article.summary.date.start == dt.date(2017, 4, 2)


def test_dateline_place() -> None:
    article = se.parse_article("BEIRUT: Shelling killed four soldiers in Hama on Monday.")
    assert article.dateline is not None
    assert article.dateline.place.country == "LB"
    assert article.summary.governorate == "Hama"


def test_source_is_kept() -> None:
    article = se.parse_article("Two soldiers died.", source="SANA")
    assert article.source == "SANA"
    assert article.to_dict()["source"] == "SANA"


def test_deterministic() -> None:
    text = "Russian jets killed 12 civilians in Idlib on Tuesday, the Observatory said."
    assert se.parse_article(text) == se.parse_article(text)


def test_summary_of_a_battle_report() -> None:
    text = (
        "Syrian troops repelled an attack by ISIS on the military airport in Deir al-Zor, "
        "the Observatory said on Sunday. More than 100 jihadis had been killed since "
        "Wednesday, and some 59 troops were also killed, it said."
    )
    summary = se.parse_article(text, published="2016-01-17").summary
    assert summary.governorate == "Deir-ez-Zor"
    assert summary.combatants_killed == 159
    assert summary.civilians_killed == 0


def test_title_weighs_in_summary() -> None:
    article = se.parse_article(
        "Warplanes struck the town on Friday, killing 18 civilians, the monitor said.",
        title="18 civilians killed in raids on Atareb",
    )
    assert article.summary.governorate == "Aleppo"
    assert article.summary.civilians_killed == 18
    assert article.locations == ()


@pytest.mark.parametrize("text", ["Monday  Clashes went on.", "Monday Clashes went on."])
@pytest.mark.parametrize(
    "title", ["Aleppo:  Rebel  Shelling Kills Five", "Aleppo: Rebel Shelling Kills Five"]
)
def test_summary_fields_from_the_title_point_into_the_title(text: str, title: str) -> None:
    # Whitespace runs in the text or the title must not move a headline record's span.
    summary = se.parse_article(text, title=title).summary
    perpetrator, location = summary.perpetrator, summary.location
    assert perpetrator is not None
    assert location is not None
    assert perpetrator.surface == "Rebel"
    assert title[perpetrator.span.start : perpetrator.span.end] == "Rebel"
    assert title[location.span.start : location.span.end] == location.surface == "Aleppo"


def test_parse_articles_in_order() -> None:
    items: list[str | dict[str, str]] = [
        "Three children were killed in Hama.",
        {"text": "Seven soldiers were killed in Homs.", "published": "2016-05-01"},
    ]
    out = list(se.parse_articles(items))
    assert [a.summary.children_killed for a in out] == [3, 0]
    assert out[1].published == dt.date(2016, 5, 1)


def test_parse_articles_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="workers must be a positive int"):
        list(se.parse_articles([], workers=0))
    with pytest.raises(TypeError, match="articles must be str or mappings"):
        list(se.parse_articles([3]))  # type: ignore[list-item]
    with pytest.raises(ValueError, match="unknown article fields"):
        list(se.parse_articles([{"text": "x", "body": "y"}]))


def test_parse_articles_with_workers() -> None:
    texts = [f"{n} civilians were killed in Aleppo." for n in range(2, 8)]
    out = list(se.parse_articles(texts, workers=2))
    assert [a.summary.civilians_killed for a in out] == list(range(2, 8))


def test_parse_articles_equals_parse_article_one_by_one() -> None:
    texts = [
        f"Regime  shelling killed {n} civilians in Douma on Monday, activists said."
        if n % 3 == 0
        else f"{n} soldiers were killed in clashes near Palmyra, the Observatory said."
        for n in range(2, 140)
    ]
    items: list[str | dict[str, str]] = [
        {"text": t, "title": f"{i} killed", "published": "2016-03-01"} if i % 2 else t
        for i, t in enumerate(texts)
    ]
    one_by_one = [
        se.parse_article(i["text"], title=i["title"], published=i["published"])
        if isinstance(i, dict)
        else se.parse_article(i)
        for i in items
    ]
    assert list(se.parse_articles(items)) == one_by_one


def test_parse_articles_yields_what_precedes_a_bad_item() -> None:
    articles = se.parse_articles(["Two soldiers died in Hama.", 7])  # type: ignore[list-item]
    assert next(articles).summary.combatants_killed == 2
    with pytest.raises(TypeError, match="articles must be str or mappings"):
        next(articles)


@pytest.mark.parametrize(
    ("text", "inside", "place"),
    [
        ("Manbij Military Council fighters killed 12 men near Jarablus.", "Manbij", "Jarablus"),
        ("The Damascus regime bombed Douma, killing 9 people.", "Damascus", "Douma"),
        ("Liwa Shuhada al-Yarmouk fighters killed six men in Saraqeb.", "Shuhada", "Saraqeb"),
        ("Turkey shelled Kurdish positions near Afrin on Monday.", "Turkey", "Afrin"),
    ],
)
def test_a_place_in_an_actors_mention_is_no_location(text: str, inside: str, place: str) -> None:
    """A place named inside an actor's mention (or as the state itself) is not where anything
    happened; find_places, which sees no actors, still reports it."""
    article = se.parse_article(text)
    surfaces = [loc.surface for loc in article.locations]
    assert inside not in surfaces
    assert place in surfaces
    assert inside in [loc.surface for loc in se.find_places(text)]
    assert article.summary.location is not None
    assert article.summary.location.surface == place


def test_a_state_used_as_a_place_stays_a_location() -> None:
    article = se.parse_article("Hundreds of families fled to Turkey from Idlib on Sunday.")
    assert "Turkey" in [loc.surface for loc in article.locations]
    assert "turkey" not in [a.id for a in article.actors]


def test_the_town_of_al_mayadin_is_a_location() -> None:
    text = "Air strikes killed 14 civilians in Al Mayadeen on Friday, the channel al-Mayadeen said."
    article = se.parse_article(text)
    assert [(loc.place.name, loc.span.start) for loc in article.locations] == [
        ("Mayadin", text.index("Al Mayadeen"))
    ]
    channel = [a.span.start for a in article.actors if a.id == "al-mayadeen"]
    assert channel == [text.index("al-Mayadeen")]
    assert article.summary.location is not None
    assert article.summary.location.place.name == "Mayadin"


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=8),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 6)), max_size=8),
)
def test_outside_names_drops_exactly_the_held_places(
    actor_spans: list[tuple[int, int]], place_spans: list[tuple[int, int]]
) -> None:
    """The one walk over places and actors drops what a plain test of every pair drops."""
    from types import SimpleNamespace

    from syriaevents.parse import _outside_names

    def records(spans: list[tuple[int, int]], disjoint: bool) -> list[SimpleNamespace]:
        out: list[SimpleNamespace] = []
        for start, length in sorted(spans):
            if disjoint and out and start < out[-1].span.end:
                continue  # actor mentions never overlap
            out.append(SimpleNamespace(span=se.Span(start=start, end=start + length)))
        return out

    actors = records(actor_spans, disjoint=True)
    places = tuple(records(place_spans, disjoint=False))
    outside = [
        p
        for p in places
        if not any(a.span.start <= p.span.start and p.span.end <= a.span.end for a in actors)
    ]
    assert list(_outside_names(places, actors)) == outside  # type: ignore[arg-type]


# A report of my own in agency style, long enough that a copy with its stops stripped runs
# past the length where the splitter looks for sentence openers.
_STOPPED = (
    "Russian warplanes struck the town of Saraqeb in Idlib province on Tuesday, killing 14 "
    "civilians including five children, the Syrian Observatory for Human Rights said. The "
    "monitor said the raids hit a market and a bakery in the centre of the town. Rescue "
    "workers pulled survivors from the rubble for hours. In Aleppo, rebel shelling killed "
    "three soldiers at a checkpoint on the southern edge of the city. Activists said the "
    "toll in Saraqeb could rise as dozens of people were badly wounded."
)


def _summary_facts(text: str) -> tuple[object, ...]:
    s = se.parse_article(text, published="2016-02-10").summary
    side = s.perpetrator.side if s.perpetrator else None
    day = s.date.start if s.date else None
    return (s.governorate, side, s.cause, s.civilians_killed, s.children_killed, day)


def test_a_report_with_its_stops_stripped_reads_as_the_original() -> None:
    stripped = _STOPPED.replace(".", "").replace(",", "")
    expected = ("Idleb", se.Side.RUSSIA, se.Cause.AIRSTRIKE, 14, 5, dt.date(2016, 2, 9))
    assert _summary_facts(_STOPPED) == expected
    assert _summary_facts(stripped) == expected
