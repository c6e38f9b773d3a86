"""Dates: golden cases, argument checks, date lines and properties over generated text."""

from __future__ import annotations

import csv
import datetime as dt
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import syriaevents as se
from conftest import SHARED
from golden_cases import load_golden
from syriaevents.model import Anchor, DateRef, Precision

CASES = load_golden("dates.jsonl")


def _as_dict(ref: DateRef) -> dict[str, Any]:
    return {
        "surface": ref.surface,
        "start": ref.start.isoformat() if ref.start else None,
        "end": ref.end.isoformat() if ref.end else None,
        "precision": ref.precision.value,
        "relative": ref.relative,
    }


def test_golden_file_is_big_enough() -> None:
    assert len(CASES) >= 60
    assert {c["origin"] for c in CASES} >= {"fakes-style", "seeds-style", "acled-style", "traps"}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['origin']}:{c['text'][:40]}" for c in CASES])
def test_golden(case: dict[str, Any]) -> None:
    refs = se.find_dates(case["text"], case["published"])
    assert [_as_dict(r) for r in refs] == case["expected"]
    for ref in refs:
        assert case["text"][ref.span.start : ref.span.end] == ref.surface


# --- arguments -------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [None, b"Sunday", 12, ["Sunday"]])
def test_non_str_text_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        se.find_dates(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        se.find_dateline(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["yesterday", "17/01/2016", 20160117, 3.5])
def test_bad_published_raises_value_error_naming_it(bad: object) -> None:
    with pytest.raises(ValueError, match="published") as info:
        se.find_dates("on Sunday", bad)
    assert repr(bad) in str(info.value)


@pytest.mark.parametrize(
    "published",
    ["2016-01-17", dt.date(2016, 1, 17), dt.datetime(2016, 1, 17, 23, 59), "2016-01-17T08:00"],
)
def test_published_forms(published: object) -> None:
    (ref,) = se.find_dates("Jets struck on Sunday.", published)
    assert ref.start == dt.date(2016, 1, 17)
    assert ref.anchor is Anchor.PUBLISHED


def test_anchor_previous_date() -> None:
    refs = se.find_dates("On 12 May 2016 jets struck. The following day rebels shelled the base.")
    assert refs[1].anchor is Anchor.PREVIOUS_DATE
    assert refs[1].start == dt.date(2016, 5, 13)
    assert refs[0].anchor is None
    assert not refs[0].relative


# --- date lines ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        ("Wed 05 Apr 2017 Jets struck a town.", "Wed 05 Apr 2017", "2017-04-05"),
        ("Date of publication 12 June 2016 Nine died.", "12 June 2016", "2016-06-12"),
        (
            "Barrel bombs hit Manbij Monitor AFP Saturday 16 Jul 2016 Shelling resumed.",
            "Saturday 16 Jul 2016",
            "2016-07-16",
        ),
        ("Last updated at Jul 012016 BEIRUT Jets struck.", "Jul 012016", "2016-07-01"),
        ("05.02.2015 A rocket attack hit Damascus.", "05.02.2015", "2015-02-05"),
        ("DAMASCUS, March 3, 2016 (Reuters) - Troops advanced.", "March 3, 2016", "2016-03-03"),
        ("Posted on August 3 2016 by a reporter Gas was dropped.", "August 3 2016", "2016-08-03"),
        (
            "Kurds advance - Reports Middle East 2159 18.05.2017(updated 2204) Rockets hit.",
            "18.05.2017",
            "2017-05-18",
        ),
    ],
)
def test_find_dateline(text: str, surface: str, day: str) -> None:
    ref = se.find_dateline(text)
    assert ref is not None
    assert ref.surface == surface
    assert ref.start == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "Jets struck Idlib on Monday killing 12.",
        "1. Ghouta: On August 21 2013 the regime fired rockets at the suburbs.",
        "Rebels said the offensive that began in March 2016 was over.",
        "x" * 300 + " 12 June 2016",
    ],
)
def test_no_dateline(text: str) -> None:
    assert se.find_dateline(text) is None


def test_yearless_agency_dateline_is_open() -> None:
    ref = se.find_dateline("BEIRUT, July 9 (Reuters) - Jets struck.")
    assert ref is not None
    assert ref.surface == "July 9"
    assert ref.start is None
    assert ref.relative


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="needs ../shared/corpus")
def test_datelines_in_fakes_dev() -> None:
    with (SHARED / "corpus" / "fakes-dev.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    found = sum(se.find_dateline(r["article_content"]) is not None for r in rows)
    assert found / len(rows) >= 0.93


# --- properties ----------------------------------------------------------------------------

PUBLISHED = st.dates(min_value=dt.date(1970, 1, 1), max_value=dt.date(2035, 12, 31))


def _check_refs(text: str, refs: tuple[DateRef, ...]) -> None:
    last = -1
    for ref in refs:
        assert text[ref.span.start : ref.span.end] == ref.surface
        assert ref.span.start >= last
        last = ref.span.end
        if ref.start is not None and ref.end is not None:
            assert ref.start <= ref.end


@given(st.text(), st.none() | PUBLISHED)
@example("Jul 012016 05.02.2015 since Sunday the day before", dt.date(2016, 2, 29))
@example("February 29 and 29 Feb", dt.date(2017, 3, 1))
@example("31-02-2016 and 2016-02-31 and 39 March 2016", None)
@example("\u2028May\u00a05,\u20032016\x00", dt.date(2016, 6, 1))
def test_never_raises_and_spans_round_trip(text: str, published: dt.date | None) -> None:
    _check_refs(text, se.find_dates(text, published))
    se.find_dateline(text)


_WORDS = st.sampled_from(
    "on in since Sunday Monday March May may march 2016 12 3rd of the day before yesterday "
    "last week month year ago two days later earlier - and between from to mid early 05.02.2015 "
    "Jul 012016 overnight tonight , . \n".split(" ")
)


@given(st.lists(_WORDS, max_size=30).map(" ".join), st.none() | PUBLISHED)
def test_date_words_never_raise(text: str, published: dt.date | None) -> None:
    _check_refs(text, se.find_dates(text, published))


# Formats news uses, as strftime patterns ("%-d" is written out by hand: not portable).
_FORMATS = [
    "{d} %B %Y",
    "%d %B %Y",
    "%a %d %b %Y",
    "%A {d} %b %Y",
    "%A %d %B %Y",
    "%B {d} %Y",
    "%B {d}, %Y",
    "%b. {d} %Y",
    "%a %b {d} %Y",
    "%A, %B {d}, %Y",
    "%b %d%Y",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "{d}-%m-%Y",
    "%Y-%m-%d",
    "{d}{suffix} of %B %Y",
]
_SUFFIX = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}
DATES = st.dates(min_value=dt.date(1960, 1, 1), max_value=dt.date(2039, 12, 31))


def _render(day: dt.date, fmt: str) -> str:
    return day.strftime(fmt.format(d=day.day, suffix=_SUFFIX.get(day.day, "th")))


@given(DATES, st.sampled_from(_FORMATS), st.sampled_from(["Published {} Jets struck.", "{}"]))
def test_rendered_dates_come_back(day: dt.date, fmt: str, frame: str) -> None:
    rendered = _render(day, fmt)
    text = frame.format(rendered)
    refs = se.find_dates(text)
    assert [(r.surface, r.start, r.end, r.precision) for r in refs] == [
        (rendered, day, day, Precision.DAY)
    ]
    if frame == "{}" or fmt != "%Y-%m-%d":
        dateline = se.find_dateline(text)
        assert dateline is not None
        assert dateline.start == day


_WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@given(PUBLISHED, st.integers(0, 6), st.sampled_from(["on {}", "said {}", "{} night", "late {}"]))
def test_weekday_within_the_week_up_to_publication(
    published: dt.date, weekday: int, frame: str
) -> None:
    text = f"Jets struck the town {frame.format(_WEEKDAY_NAMES[weekday])}."
    (ref,) = se.find_dates(text, published)
    assert ref.start is not None
    assert 0 <= (published - ref.start).days <= 6
    assert ref.start.weekday() == weekday
    assert ref.start == ref.end
    assert ref.precision is Precision.DAY


@given(PUBLISHED, st.integers(0, 6))
def test_last_and_next_weekday(published: dt.date, weekday: int) -> None:
    name = _WEEKDAY_NAMES[weekday]
    last, nxt = se.find_dates(f"Talks failed last {name} and resume next {name}.", published)
    assert last.start is not None
    assert nxt.start is not None
    assert 1 <= (published - last.start).days <= 7
    assert 1 <= (nxt.start - published).days <= 7
    assert last.start.weekday() == nxt.start.weekday() == weekday


@given(PUBLISHED, st.integers(1, 12), st.integers(1, 28))
def test_yearless_day_is_latest_not_after_publication(
    published: dt.date, month: int, day: int
) -> None:
    name = dt.date(2000, month, 1).strftime("%B")
    (ref,) = se.find_dates(f"The convoy was hit on {name} {day}.", published)
    assert ref.start is not None
    assert ref.start <= published
    assert (ref.start.month, ref.start.day) == (month, day)
    assert published.year - ref.start.year in (0, 1)


@given(
    PUBLISHED,
    st.integers(1, 12),
    st.integers(1, 25),  # the last day at most the 28th: a day of every month of every year
    st.integers(1, 3),
    st.sampled_from(["%B", "%b", "%b."]),
    st.sampled_from([".", ". The", ", the UN said."]),
)
def test_a_day_range_ends_at_its_last_word(
    published: dt.date, month: int, day: int, more: int, style: str, after: str
) -> None:
    # "between 2 and 4 March." and "between March 2 and 4." are one range of days; the
    # sentence's full stop is no part of it, an abbreviation's point is ("4 Mar.").
    name = dt.date(2000, month, 1).strftime(style).replace("May.", "May")
    last = day + more
    for written in (f"{day} and {last} {name}", f"{name} {day} and {last}"):
        text = f"Convoys were blocked between {written}{after}"
        (ref,) = se.find_dates(text, published)
        assert ref.precision is Precision.RANGE
        assert ref.start is not None
        assert ref.end is not None
        assert (ref.start.month, ref.start.day, ref.end.day) == (month, day, last)
        ends = str(last) if written[-1].isdigit() else name
        if style == "%b" and name != "May" and written.endswith(name) and after.startswith("."):
            ends = name + "."  # "4 Mar." then the end: the point is the abbreviation's
        assert ref.surface.endswith(ends)
        assert text[ref.span.start : ref.span.end] == ref.surface


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2016-06-10", (dt.date(2016, 2, 26), dt.date(2016, 2, 29))),  # a leap year
        ("2015-06-10", None),  # no 29 February in 2015: no range is made up
    ],
)
def test_a_day_range_closes_only_on_a_real_day(
    published: str, expected: tuple[dt.date, dt.date] | None
) -> None:
    refs = se.find_dates("Convoys were blocked between February 26 and 29.", published)
    ranges = [(r.start, r.end) for r in refs if r.precision is Precision.RANGE]
    assert ranges == ([expected] if expected else [])


@given(st.dates(min_value=dt.date(2012, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_relative_periods_are_ordered(published: dt.date) -> None:
    text = "last week, last month, last year, earlier this month, this week, overnight, since 2011"
    refs = se.find_dates(text, published)
    assert len(refs) == 7
    for ref in refs:
        assert ref.start is not None
        assert ref.end is not None
        assert ref.start <= ref.end
    assert refs[0].end is not None
    assert refs[0].end < published
    assert refs[1].end is not None
    assert refs[1].end < published


_VARIANT_TEXTS = [
    "DAMASCUS, March 3, 2016 (Reuters) - Jets struck on Sunday, the monitor said.",
    "Rebels said Sunday that 12 died; the day before, on 2 March 2016, jets struck.",
    "The siege, which began in mid-March 2013, has tightened since Wednesday.",
]


@given(
    st.sampled_from(_VARIANT_TEXTS),
    st.sampled_from(["strip commas", "double spaces", "curly", "dashes", "newlines"]),
)
def test_text_variants_keep_dates(text: str, variant: str) -> None:
    published = dt.date(2016, 3, 10)
    changed = {
        "strip commas": text.replace(",", ""),
        "double spaces": text.replace(" ", "  "),
        "curly": text.replace("'", "\u2019"),
        "dashes": text.replace(" - ", " \u2013 "),
        "newlines": text.replace(" ", "\n", 1),
    }[variant]
    before = [(r.start, r.end, r.precision) for r in se.find_dates(text, published)]
    after = [(r.start, r.end, r.precision) for r in se.find_dates(changed, published)]
    assert before == after


def test_without_published_relative_dates_are_open() -> None:
    for ref in se.find_dates("yesterday, Sunday, last week, in March, three days ago, tonight"):
        assert ref.relative
        assert ref.start is None
        assert ref.end is None
        assert ref.anchor is None


def test_long_repetitive_text() -> None:
    text = ("On Sunday 12 June 2016 jets struck. " * 20000) + "1" * 100000 + " may" * 50000
    refs = se.find_dates(text, "2016-06-20")
    assert len(refs) == 20000
    assert refs[-1].surface == "Sunday 12 June 2016"


@pytest.mark.parametrize(
    "text",
    [
        "The 2013 chemical attack killed hundreds.",
        "After the 2016 ceasefire, the army moved in.",
        "The 2014 elections were boycotted by the opposition.",
        "The 2015 Russian intervention changed the war.",
    ],
)
def test_year_as_modifier(text: str) -> None:
    """A year after "the" names the event after it."""
    (ref,) = se.find_dates(text)
    assert ref.precision is Precision.YEAR
    assert ref.surface.isdigit()


@pytest.mark.parametrize(
    "text",
    [
        "The 2000 fighters who surrendered were bussed north.",
        "The 2000 strikes hit Idlib.",
        "Shelling killed 12 people, the worst toll since the 2011 uprising began.",
        "The town has changed hands often in the 2011 civil war.",
    ],
)
def test_a_figure_after_the_before_other_nouns_is_no_year(text: str) -> None:
    """A count, or the year of the war itself (which would date a toll beside it)."""
    assert se.find_dates(text) == ()


def test_seasons() -> None:
    (ref,) = se.find_dates("The offensive stalled in the summer of 2015.")
    assert ref.surface == "summer of 2015"
    assert (ref.start, ref.end) == (dt.date(2015, 6, 1), dt.date(2015, 8, 31))
    assert ref.precision is Precision.RANGE


_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


@given(
    st.sampled_from(sorted(_SEASON_MONTHS)),
    st.integers(1990, 2030),
    st.sampled_from(["in {s} {y}", "in the {s} of {y}", "during {S} {y}"]),
)
def test_a_season_and_its_year(season: str, year: int, form: str) -> None:
    text = "Fighting raged " + form.format(s=season, S=season.title(), y=year) + "."
    (ref,) = se.find_dates(text)
    first, last = _SEASON_MONTHS[season]
    assert (ref.start, ref.end) == (dt.date(year, first, 1), _month_end(year, last))
    assert text[ref.span.start : ref.span.end] == ref.surface


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "published", "first", "last"),
    [
        ("Fighting resumed last summer.", "2016-05-18", (2015, 6, 1), (2015, 8, 31)),
        ("Fighting resumed last summer.", "2016-09-02", (2016, 6, 1), (2016, 8, 31)),
        ("Talks may resume this autumn.", "2016-05-18", (2016, 9, 1), (2016, 11, 30)),
        ("The siege has lasted since last spring.", "2016-02-10", (2015, 3, 1), (2016, 2, 10)),
    ],
)
def test_a_season_told_from_publication(
    text: str, published: str, first: tuple[int, int, int], last: tuple[int, int, int]
) -> None:
    """ "last summer" is the last one that has ended; "this autumn" the publication year's."""
    (ref,) = se.find_dates(text, published=published)
    assert ref.relative
    assert (ref.start, ref.end) == (dt.date(*first), dt.date(*last))


@pytest.mark.parametrize(
    "text",
    [
        "The fall of Aleppo was a turning point.",
        "The summer offensive failed.",
        "Shells fall on the town every night.",
        "Spring water ran short in the camp.",
        "Fighting resumed last summer.",
    ],
)
def test_a_season_without_its_year_or_publication_is_no_date(text: str) -> None:
    assert se.find_dates(text) == ()


# Pieces that start (or almost start) dates, to exercise where the scanner wakes up.
_DATE_PARTS = st.lists(
    st.sampled_from(
        [
            "12",
            "3",
            "05.02.2015",
            "2016",
            "1999",
            "123",
            "20165",
            "3rd",
            "3-5",
            "3 to 5",
            "of",
            "March",
            "may",
            "Sunday",
            "last",
            "week",
            "the day before",
            "two days",
            "a week",
            "ago",
            "later",
            "between",
            "and",
            "since",
            "2011-2016",
            "summer",
            "Fall",
            "this",
            "killed",
            ",",
            ".",
            "-",
            "\n",
            "\u0663",
        ]
    ),
    max_size=25,
)


@given(_DATE_PARTS.map(" ".join), st.sampled_from([None, "2016-03-09"]))
@example("12 people and 3-5 March 2016, 2011 to 2014, 123 killed", "2016-03-09")
@example("on 12 - 14 March", None)
def test_trigger_skips_only_what_cannot_be_a_date(text: str, published: str | None) -> None:
    # The scanner wakes up only where a date may start; trying the date pattern at every
    # position, as a reference, must find exactly the same dates.
    from syriaevents import _dates
    from syriaevents._text import Doc, coerce_date

    doc = Doc(text)
    scanner = _dates._Scanner(doc, coerce_date(published))
    pattern, handlers = _dates._date_re()
    pos = 0
    for start in range(len(doc.folded)):
        if start < pos:
            continue
        m = pattern.match(doc.folded, start)
        if m is None:
            continue
        for index, handler in handlers:
            if m.start(index) >= 0:
                handler(scanner, m)
                break
        pos = m.end()
    assert _dates.scan_dates(doc, coerce_date(published)) == scanner.merged()


@given(st.text(), st.integers(min_value=0, max_value=400))
@example("Wed 05 Apr 2017 BEIRUT: Jets struck.", 400)
@example("x" * 190 + " 12 June 2016 and 3 July 2016", 400)
def test_scan_dateline_reads_the_same_doc(text: str, cut: int) -> None:
    from syriaevents._dates import scan_dateline
    from syriaevents._text import Doc

    assert scan_dateline(Doc(text[:cut])) == se.find_dateline(text[:cut])
    assert scan_dateline(Doc(text)) == se.find_dateline(text)


@given(
    st.lists(
        st.sampled_from(["since", "from", "between", "and", "to", "x", "march", "2016", "-"]),
        max_size=8,
    ),
    st.sampled_from([" ", "  ", "\n", ""]),
)
def test_substring_tests_stand_before_since_and_range_openers(words: list[str], sep: str) -> None:
    """_Scanner.add and merged ask _SINCE and _RANGE_OPEN only where their words occur."""
    from syriaevents import _dates

    text = sep.join(words)
    for at in range(len(text) + 1):
        lo = max(0, at - 10)
        if _dates._SINCE.search(text, lo, at) is not None:
            assert text.find("since", lo, at) >= 0
        if _dates._RANGE_OPEN.search(text, lo, at) is not None:
            assert text.find("from", lo, at) >= 0 or text.find("between", lo, at) >= 0


def _twin_pieces() -> list[str]:
    from syriaevents import _dates

    return [
        *sorted(_dates._MONTHS),
        *sorted(_dates._WEEKDAYS),
        *sorted(_dates._NUMBER_WORDS),
        *"yesterday today tonight overnight last this next earlier later early mid late".split(),
        *"end beginning start of the day days week weeks month months year years ago".split(),
        *"before after previous following every night morning and to in on said , . -".split(),
        *"05.02.2015 13-12-2014 5/4/2016 2016-07-10 2016 2011-2016 3 12 31 3rd 21st 012016".split(),
        *"may march be 1999 2040 0 45".split(),
    ]


@given(
    st.lists(st.sampled_from(_twin_pieces()), min_size=1, max_size=10),
    st.sampled_from([" ", "", "  ", "-", "\n", ", "]),
)
@example(["05.02.2015"], " ")
@example(["2016-07-10"], " ")
@example(["wednesday", "march", "3", "2016"], " ")
@example(["the", "day", "before", "yesterday"], " ")
@example(["two", "days", "later"], " ")
@example(["jul", "012016"], " ")
def test_ascii_twin_reads_as_the_date_pattern(pieces: list[str], sep: str) -> None:
    # scan matches ASCII text with the stdlib compilation of the date pattern (its repeated
    # group names made unique): at every place it must give what _DATE_RE gives, name by name.
    from syriaevents import _dates

    text = sep.join(pieces)
    for p in range(len(text) + 1):
        want = _dates._date_re()[0].match(text, p)
        got = _dates._TWIN_RE.match(text, p)
        if want is None:
            assert got is None, (text, p)
            continue
        assert got is not None, (text, p)
        assert got.span() == want.span(), (text, p)
        twin = _dates._TwinMatch(got)
        for name in _dates._TWIN_GROUPS:
            assert twin[name] == want[name], (text, p, name)
            assert twin.start(name) == want.start(name), (text, p, name)


# --- the main event's date (Article.summary.date) ------------------------------------------


def _main_day(text: str, published: str | None = None) -> tuple[str, dt.date | None] | None:
    date = se.parse_article(text, published=published).summary.date
    return None if date is None else (date.surface, date.start)


@pytest.mark.parametrize(
    ("text", "surface", "day"),
    [
        # An undated lead toll: the day the next sentences give it, not the date line.
        (
            "Published March 9 2016 At least 31 people died in barrel bomb attacks on a camp "
            "for the displaced. The bombs were dropped near Atmeh on Monday, residents said.",
            "Monday",
            dt.date(2016, 3, 7),
        ),
        (
            "Thursday 10 March 2016 The opposition condemned a massacre in the town of Kafr "
            "Nabl on Tuesday March 8. Initial reports said more than 20 civilians were killed "
            "when jets hit a bakery.",
            "Tuesday March 8",
            dt.date(2016, 3, 8),
        ),
        (
            "Sunday 6 March 2016 People search the rubble after jets pounded the town "
            "yesterday. Regime jets struck towns in Idlib province, killing at least 19 people.",
            "yesterday",
            dt.date(2016, 3, 5),
        ),
        (
            "14 Mar 2016 Those killed in the two raids include 9 children, rescuers say. Jets "
            "struck a market in Idlib province on Sunday.",
            "Sunday",
            dt.date(2016, 3, 13),
        ),
        # The nearest such day, not a photo caption's before it.
        (
            "AFP Saturday 12 Mar 2016 A minister speaks in Moscow on Friday March 11 2016 "
            "(Photo AP) Rebels launched a major assault on Saturday against a regime base. "
            "Shells fired at the western quarters left at least 15 civilians dead, a monitor "
            "said.",
            "Saturday",
            dt.date(2016, 3, 12),
        ),
        # A running tally's date is where it began: the lead paragraphs' day dates the event.
        (
            "Date of publication 13 April 2016 Residents of east Aleppo face constant "
            "bombardment. Elsewhere, a deal was reached to evacuate fighters from Qudsaya. "
            "Rescue workers reported on Wednesday that 11 people had been killed in raids. "
            "More than 300 civilians have been killed since the truce collapsed on March 27, "
            "the monitor said.",
            "Wednesday",
            dt.date(2016, 4, 13),
        ),
    ],
)
def test_an_undated_lead_toll_takes_the_day_of_its_paragraphs(
    text: str, surface: str, day: dt.date
) -> None:
    assert _main_day(text) == (surface, day)


def test_the_day_a_toll_was_told_or_counted_from_another_does_not_date_it() -> None:
    # "said on Wednesday" dates the telling; the lead toll happened a week before, so the
    # article's own date stands.
    text = (
        "Date of publication 13 April 2016 Inspectors found traces of sarin, the envoy said "
        "on Wednesday. The attack on April 4 killed 70 people, doctors said."
    )
    assert _main_day(text) == ("April 4", dt.date(2016, 4, 4))
    text = (
        "Date of publication 13 April 2016 Scientists confirmed a nerve agent was used, the "
        "envoy said on Wednesday. Doctors said 70 people were killed."
    )
    assert _main_day(text) == ("13 April 2016", dt.date(2016, 4, 13))
    # A photo caption's date (before a credit in brackets) is the picture's, not the toll's.
    text = (
        "15 Mar 2016 A bomber strikes a bus station in Idlib, killing at least 15 people. A medic "
        "runs near an ambulance in Idlib province Syria March 6 2016 (AFP) A suicide bomber "
        "blew himself up on a bus, killing at least 15 people."
    )
    assert _main_day(text) == ("15 Mar 2016", dt.date(2016, 3, 15))
    # A day counted from another ("a day later") is a sequel: the first date is the event's.
    text = (
        "On 3 May 2021, a sniper wounded a fighter near Afrin. He died of his wounds a day later."
    )
    assert _main_day(text) == ("3 May 2021", dt.date(2021, 5, 3))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Jets killed 11 people in Douma, which was hit by a sarin attack in August 2013.", None),
        ("Eleven people were killed in Douma, where in 2013 the regime used sarin.", None),
        ("Eleven civilians died when jets struck Douma, which rebels captured in 2012.", None),
        ("Jets killed 11 people in Douma in the deadliest raid since 2013.", None),
        ("Jets killed 11 people in Douma, a town besieged since 2013.", None),
        ("Jets killed 11 people in Douma, a rebel bastion since 2012, on Tuesday.", "Tuesday"),
        ("JETS KILLED 11 PEOPLE IN DOUMA, WHICH WAS HIT BY SARIN IN AUGUST 2013.", None),
    ],
)
def test_a_date_of_another_clause_does_not_date_the_toll(text: str, surface: str | None) -> None:
    """A date after the toll in a clause of its own (after "which", "where", "who", a
    superlative and "since", or a noun phrase set beside a place) tells of the place or a
    past event: the 11 dead are today's, counted, and the event has no date but its own."""
    summary = se.parse_article(text, published="2016-07-13").summary
    assert summary.civilians_killed == 11
    assert (summary.date.surface if summary.date else None) == surface


@pytest.mark.parametrize(
    "text",
    [
        "The 2013 sarin attack killed 1400 people.",
        "The war has killed 280000 people since March 2011.",
        "The chemical attack, which killed 1400 people in August 2013, was condemned again.",
    ],
)
def test_a_toll_of_long_ago_stays_background(text: str) -> None:
    summary = se.parse_article(text, published="2016-07-13").summary
    assert summary.civilians_killed == 0
