"""find_counts: figures, qualifiers and the traps that are not counts.

Golden cases live in tests/golden/counts.jsonl, grouped by origin (seeds-style, fakes-style,
acled-style, traps); every expected value there was written from reading the sentence.
"""

from __future__ import annotations

import csv
from typing import Any

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

import syriaevents as se
from conftest import SHARED
from golden_cases import load_golden
from strategies import casualty_sentences
from syriaevents.model import Count, Qualifier

CASES = load_golden("counts.jsonl")


def _plain(count: Count) -> dict[str, Any]:
    return {
        "value": count.value,
        "low": count.low,
        "high": count.high,
        "qualifier": count.qualifier.value,
        "surface": count.surface,
    }


def _intervals(text: str) -> list[tuple[int | None, int | None, int | None, Qualifier]]:
    return [(c.value, c.low, c.high, c.qualifier) for c in se.find_counts(text)]


def test_golden_file_is_big_enough_and_grouped() -> None:
    origins = {case["origin"] for case in CASES}
    assert origins == {"seeds-style", "fakes-style", "acled-style", "traps"}
    assert len(CASES) >= 60
    assert len({case["text"] for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[f"{c['origin']}:{c['text'][:40]}" for c in CASES])
def test_golden(case: dict[str, Any]) -> None:
    assert [_plain(c) for c in se.find_counts(case["text"])] == case["counts"]


# Known gaps: fixing one turns its xfail into a failure, so it gets noticed.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Regime air strikes killed 2000 in one month.",
            [(2000, 2000, 2000, Qualifier.EXACT)],
            marks=pytest.mark.xfail(
                strict=True, reason="a bare year-like figure needs a plural noun after it"
            ),
        ),
        pytest.param(
            "The council cited resolutions 2118, 2139 and 2165.",
            [],
            marks=pytest.mark.xfail(
                strict=True, reason="a third listed id stands past the 24 characters read back"
            ),
        ),
    ],
)
def test_known_gaps(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _intervals(text) == expected


def test_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="text must be str"):
        se.find_counts(b"12 people")  # type: ignore[arg-type]


def test_required_examples() -> None:
    one = {
        "more than 100": (100, 101, None, Qualifier.MORE_THAN),
        "at least 16": (16, 16, None, Qualifier.AT_LEAST),
        "some 59": (59, None, None, Qualifier.ABOUT),
        "up to 30": (30, None, 30, Qualifier.UP_TO),
        "between 20 and 30": (20, 20, 30, Qualifier.RANGE),
        "dozens": (None, 24, None, Qualifier.VAGUE),
    }
    for phrase, expected in one.items():
        assert _intervals(f"Reports said {phrase} people were killed.") == [expected], phrase


def _check_invariants(text: str, counts: tuple[Count, ...]) -> None:
    end = 0
    for c in counts:
        assert text[c.span.start : c.span.end] == c.surface
        assert c.span.start >= end, "counts overlap or are out of order"
        end = c.span.end
        assert c.low is None or c.high is None or c.low <= c.high
        assert c.rule.startswith("count.")
        if c.qualifier is Qualifier.VAGUE:
            assert c.value is None
            assert c.low is not None
            assert c.high is None
        else:
            assert c.value is not None
            assert c.value >= 0


@given(st.text())
@example("")
@example("<p>At least <b>5</b> killed</p>\x00\ud7ff")
@example("قتل 5 أشخاص at least ٥")
@example("1" * 5000 + " 2,000,000,000,000 " + "-" * 100 + "1,2,3,4")
@example("between between 5 and and 6 or or 7 to 8-9-10 ~ ~5 100+ 100-plus")
@example("more than one hundred and twenty-three thousand four hundred and fifty-six")
def test_never_raises_and_keeps_invariants(text: str) -> None:
    _check_invariants(text, se.find_counts(text))


_ONES = "zero one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _words_below_1000(n: int, british: bool, hyphen: str) -> str:
    hundreds, rest = divmod(n, 100)
    parts = []
    if hundreds:
        parts.append(f"{_ONES[hundreds]} hundred")
    if rest or not hundreds:
        if rest < 10:
            small = _ONES[rest]
        elif rest < 20:
            small = _TEENS[rest - 10]
        else:
            tens, ones = divmod(rest, 10)
            small = _TENS[tens] + (f"{hyphen}{_ONES[ones]}" if ones else "")
        if hundreds and british:
            parts.append("and")
        parts.append(small)
    return " ".join(parts)


def to_words(n: int, british: bool = False, hyphen: str = "-") -> str:
    """English words for 0 <= n < 1,000,000, written here independently of the parser."""
    thousands, rest = divmod(n, 1000)
    if not thousands:
        return _words_below_1000(rest, british, hyphen)
    head = _words_below_1000(thousands, british, hyphen) + " thousand"
    if not rest:
        return head
    joiner = " and " if british and rest < 100 else " "
    return head + joiner + _words_below_1000(rest, british, hyphen)


# (phrase before the figure, qualifier, low and high as functions of the figure)
QUALIFIED = [
    ("", Qualifier.EXACT, lambda v: v, lambda v: v),
    ("at least ", Qualifier.AT_LEAST, lambda v: v, lambda v: None),
    ("no fewer than ", Qualifier.AT_LEAST, lambda v: v, lambda v: None),
    ("more than ", Qualifier.MORE_THAN, lambda v: v + 1, lambda v: None),
    ("over ", Qualifier.MORE_THAN, lambda v: v + 1, lambda v: None),
    ("some ", Qualifier.ABOUT, lambda v: None, lambda v: None),
    ("about ", Qualifier.ABOUT, lambda v: None, lambda v: None),
    ("an estimated ", Qualifier.ABOUT, lambda v: None, lambda v: None),
    ("nearly ", Qualifier.ABOUT, lambda v: None, lambda v: max(v - 1, 0)),
    ("up to ", Qualifier.UP_TO, lambda v: None, lambda v: v),
    ("as many as ", Qualifier.UP_TO, lambda v: None, lambda v: v),
    ("fewer than ", Qualifier.LESS_THAN, lambda v: None, lambda v: max(v - 1, 0)),
]


@given(
    n=st.integers(0, 999_999),
    qualified=st.sampled_from(QUALIFIED),
    british=st.booleans(),
    hyphen=st.sampled_from(["-", " ", "\u2011"]),
    commas=st.booleans(),
)
@example(n=2000, qualified=QUALIFIED[0], british=False, hyphen="-", commas=False)
@example(n=1230, qualified=QUALIFIED[6], british=True, hyphen="-", commas=False)
def test_digits_and_words_give_the_same_interval(
    n: int, qualified: Any, british: bool, hyphen: str, commas: bool
) -> None:
    phrase, qualifier, low, high = qualified
    expected = [(n, low(n), high(n), qualifier)]
    digits = f"{n:,}" if commas else str(n)
    for figure in (digits, to_words(n, british, hyphen)):
        text = f"Officials said {phrase}{figure} people were killed."
        assert _intervals(text) == expected, text


@given(a=st.integers(0, 999_999), b=st.integers(0, 999_999), form=st.sampled_from(range(4)))
def test_ranges_in_digits_and_words(a: int, b: int, form: int) -> None:
    assume(a < b and a * 100 > b)  # "two to three thousand" is the scale rule's business
    template = ["between {} and {}", "from {} to {}", "{} to {}", "{} or {}"][form]
    expected = [(a, a, b, Qualifier.RANGE)]
    for lo, hi in ((str(a), str(b)), (f"{a:,}", f"{b:,}"), (to_words(a), to_words(b))):
        text = f"Witnesses counted {template.format(lo, hi)} bodies."
        assert _intervals(text) == expected, text


def _variants(text: str) -> list[str]:
    curly = text.replace('"', "\u201c").replace("'", "\u2019")
    straight = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    dashes = text.replace("-", "\u2011").replace("\u2013", "-")
    return [curly, straight, dashes, text.upper(), text.replace(" ", "  "), text.lower()]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['origin']}:{c['text'][:40]}" for c in CASES])
def test_text_variants_change_nothing(case: dict[str, Any]) -> None:
    expected = _intervals(case["text"])
    for variant in _variants(case["text"]):
        assert _intervals(variant) == expected, variant


@given(st.data())
def test_variants_of_generated_text(data: st.DataObject) -> None:
    text, _ = data.draw(casualty_sentences())
    expected = _intervals(text)
    no_commas = text.replace(",", "").replace("'", "")
    for variant in [*_variants(text), no_commas]:
        assert _intervals(variant) == expected, variant


@given(casualty_sentences())
def test_generated_sentences_give_back_their_figure(sample: Any) -> None:
    text, facts = sample
    counts = se.find_counts(text)
    _check_invariants(text, counts)
    assert any(c.value == facts.value and c.qualifier is facts.qualifier for c in counts), text


FAKES = SHARED / "corpus" / "fakes-dev.csv"


@pytest.mark.skipif(not FAKES.exists(), reason="the shared corpus is not here")
def test_corpus_articles_keep_invariants() -> None:
    with FAKES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        text = row["article_content"]
        _check_invariants(text, se.find_counts(text))


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("12", 12),
        ("0", 0),
        ("1,200", 1200),
        ("12,000,000", 12_000_000),
        ("\u0661\u0662", 12),  # Arabic-Indic digits are digits too
        ("twenty", 20),
        ("zero", 0),
        ("twenty-three", 23),
        ("1.5 million", 1_500_000),
        ("half a dozen", 6),
        ("two hundred and five", 205),
    ],
)
def test_number_values(raw: str, value: int) -> None:
    # Plain digits and single number words take a shortcut; every form gives its value.
    from syriaevents._numbers import _number

    assert _number(raw) == value


def _start_pieces() -> list[str]:
    from syriaevents import _dates, _numbers

    words = sorted(set(_numbers._STARTERS) | _dates._TRIGGER_WORDS | set(_dates._NUMBER_WORDS))
    return [
        *words,
        *"12 3 2016 123 05.02 3rd the day days week of to and march may killed".split(),
        *["the day", "the  next", "a week", "an hour", "at  least", "-", ",", "\n", "x1", "_"],
        # Not ASCII: _gates reads such text with its general pattern, ASCII with its own.
        *["\u00e9t\u00e9", "\u0661", "\u00a0"],
    ]


@given(
    st.lists(st.sampled_from(_start_pieces()), max_size=30),
    st.sampled_from([" ", "  ", "", "-", "\n"]),
)
@example(["two", "days", "at", "least", "12", "march", "the", "day"], " ")
@example(["two", "days", "at", "least", "12", "march", "\u0661", "the", "day"], " ")
def test_shared_starts_equal_each_scanners_own(pieces: list[str], sep: str) -> None:
    # scan_counts and scan_dates take their starting places from one shared pass; it must
    # give exactly the places their own patterns (the counts' gate, the dates' trigger) give.
    from syriaevents import _dates, _numbers
    from syriaevents._gates import starts
    from syriaevents._text import Doc

    doc = Doc(sep.join(pieces))
    folded = doc.folded
    found = starts(doc)
    assert found.counts == [g.start() for g in _numbers._GATE.finditer(folded)]
    triggers = (_dates._TRIGGER.match(folded, p) for p in range(len(folded) + 1))
    assert found.dates == [(t.start(), t.end()) for t in triggers if t is not None]
    assert starts(doc) is found  # kept on the Doc


def _before_pieces() -> list[str]:
    from syriaevents import _numbers

    return [*_numbers._MONTH_WORDS, *_numbers._NAME_WORDS, "3", "12", "3rd", "x", "s", "ab"]


@given(
    st.lists(
        st.tuples(st.sampled_from(_before_pieces()), st.sampled_from(["", " ", ".", "  ", "# "])),
        min_size=1,
        max_size=5,
    ),
    st.integers(min_value=0, max_value=60),
)
def test_words_before_a_figure_read_backwards_as_a_flat_list(
    parts: list[tuple[str, str]], cut: int
) -> None:
    # The check "is this figure a name's number or a day?" matches the word lists as tries
    # of their ends; a flat alternation of the same words must accept the same texts.
    import regex

    from syriaevents import _numbers

    def flat(words: tuple[str, ...] | list[str]) -> str:
        return "|".join(sorted(words, key=len, reverse=True))

    reference = regex.compile(
        rf"""(?r)\b(?:
          (?:(?:{flat(_numbers._MONTH_WORDS)})|(?:{flat(_numbers._MONTH_ABBREVIATIONS)})\.)
          \s{{0,3}}(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}})?
        | (?:(?:{flat(_numbers._NAME_WORDS)})|(?:{flat(_numbers._NAME_ABBREVIATIONS)})\.)
          \s{{0,3}}(?:\#\s{{0,3}})?
        )""",
        regex.VERBOSE,
    ).match
    text = "".join(word + sep for word, sep in parts)
    end = min(cut, len(text))
    start = max(0, end - 24)
    got = _numbers._NOT_COUNT_BEFORE(text, start, end) is not None
    assert got == (reference(text, start, end) is not None)


def _bare_pieces() -> list[str]:
    from syriaevents import _numbers

    heads = [h for h in _numbers._AFTER_HEADS if h.isalpha()]
    return [
        *"0 05 1 12 2016 1200 123456789 1234567890 1,200 1.5 20-30 100+".split(),
        *"one two six sixteen sixty twenty twenty-one seventeen zero ten tens hundred".split(),
        *"a half dozens several dozen-odd one-by".split(),
        *"people million millions thousand dozen to or and more so above killed".split(),
        *"tomatoes order andy percent per cent am a.m may march h hours of".split(),
        *heads,
        *["(", '"', "'", "-", "#", "$", ".", ",", "%", "x", "\u0661", "\u0301", "\n"],
    ]


@given(
    st.lists(st.sampled_from(_bare_pieces()), min_size=1, max_size=12),
    st.sampled_from([" ", "", "  ", "\n"]),
)
@example(["12", "people"], " ")
@example(["12", "millionaires"], " ")
@example(["two", "hundred", "people", "twenty", "one", "people", "six", "dozen", "x"], " ")
@example(["six", "to", "ten", "tens", "one", "or", "two", "people", "and", "more"], " ")
def test_bare_figures_read_as_the_big_pattern_reads_them(pieces: list[str], sep: str) -> None:
    # scan_counts reads a bare figure ("12 people") without its big pattern: wherever the
    # shortcut applies, the big pattern must read the same digits and nothing more, and the
    # "not a count after" check may only match where the shortcut asks it.
    from syriaevents import _numbers

    _numbers._compile()
    text = sep.join(pieces)
    for p in range(len(text)):
        if p and text[p - 1] not in _numbers._BARE_AFTER:
            continue
        bare = _numbers._BARE(text, p) or _numbers._BARE_WORD(text, p)
        if bare is None:
            continue
        end = bare.end() - 2
        m = _numbers._COUNTS.match(text, p)
        assert m is not None
        assert m.span() == (p, end) == m.span(_numbers._LO)
        for group in (_numbers._QUAL, _numbers._HI, _numbers._OR_MORE, _numbers._OR_SO):
            assert m.group(group) is None
        if not text.startswith(_numbers._AFTER_HEADS, end + 1):
            assert _numbers._NOT_COUNT_AFTER(text, end) is None


def test_start_words_are_short_enough_for_prefix_reuse() -> None:
    # _gates.prefix_starts relies on every start word having at most two parts of at most
    # 13 letters: longer ones would need a wider margin (_PREFIX_MARGIN).
    from syriaevents import _dates, _numbers

    words = set(_numbers._STARTERS) | _dates._TRIGGER_WORDS | set(_dates._NUMBER_WORDS)
    assert all(len(w.split()) <= 2 and max(map(len, w.split())) <= 13 for w in words)


@given(
    st.lists(st.sampled_from(_start_pieces()), max_size=60),
    st.sampled_from([" ", "  ", "", "-", "\n", " " * 23, "\t" * 30]),
    st.integers(min_value=0, max_value=400),
)
@example(["at"] * 30 + ["least", "12"], " " * 23, 90)
def test_prefix_reuses_the_whole_texts_starts(pieces: list[str], sep: str, cut: int) -> None:
    # A prefix of a Doc takes its starting places from the whole Doc's where the cut cannot
    # change them; they must be the places its own pass finds.
    from syriaevents._gates import prefix_starts, starts
    from syriaevents._text import Doc

    doc = Doc(sep.join(pieces))
    starts(doc)
    prefix = doc.prefix(cut)
    prefix_starts(doc, prefix)
    assert starts(prefix) == starts(Doc(doc.text[:cut]))


def test_big_pattern_compiles_on_first_use_only_once() -> None:
    import threading

    from syriaevents import _numbers

    # Not ASCII once folded: ASCII text needs only the stdlib twin (tests/test_speed20_load.py).
    se.find_counts("at least 16 people in Daraa (\u062f\u0631\u0639\u0627)")
    compiled = _numbers._COUNTS
    assert _numbers._compiled.is_set()
    assert "qual" in compiled.groupindex
    threads = [threading.Thread(target=_numbers._compile) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert _numbers._COUNTS is compiled


def _qualifying_pieces() -> list[str]:
    from syriaevents import _numbers

    return [
        *_numbers._QUALIFYING_WORDS,
        *"the a an half dozen dozens two twenty-one one ones 5 2016 five-year to and".split(),
        *"more than at least close just well over estimated".split(),
        *["(", '"', "-", ".", ",", "x", "\u0661", "\u00b2", "\u0301", "\x1c", "\u00a0", "\n"],
    ]


@given(
    st.lists(st.sampled_from(_qualifying_pieces()), min_size=1, max_size=10),
    st.sampled_from([" ", "", "  ", "\n", "\x1c"]),
)
@example(["from", "twenty-one", "to", "5"], " ")
@example(["over", "\u0661"], " ")
def test_figure_ahead_holds_wherever_the_big_pattern_matches(pieces: list[str], sep: str) -> None:
    # scan_counts skips _COUNTS at a qualifying word unless _FIGURE_AHEAD matches there.
    from syriaevents import _numbers

    _numbers._compile()
    text = sep.join(pieces)
    for p in range(len(text)):
        if (
            text.startswith(_numbers._QUALIFYING_WORDS, p)
            and _numbers._FIGURE_AHEAD(text, p) is None
        ):
            assert _numbers._COUNTS.match(text, p) is None, (text, p)


def test_figure_ahead_knows_every_qualifying_word() -> None:
    # Each word, then any figure _FIGURE reads: "over 5", "about a dozen", "over from 2 to 3".
    from syriaevents import _numbers

    _numbers._compile()
    for word in _numbers._QUALIFYING_WORDS:
        figures = ("5", "two", "twenty-one", "a dozen", "half a million", "\u0661")
        for figure in (*figures, "between 20 and 30", "from two to three"):
            for gap in (" ", "  ", "\n", "\u00a0"):
                text = f"{word}{gap}{figure} people"
                if _numbers._COUNTS.match(text) is not None:
                    assert _numbers._FIGURE_AHEAD(text, 0) is not None, text


@given(st.text(alphabet=" ,\n\x1c\u00a012090.x", max_size=10))
@example(" 2014")
@example(",\n2014")
def test_year_after_shortcut_agrees_with_pattern(text: str) -> None:
    from syriaevents import _numbers

    assert _numbers._year_after(text, 0) == (_numbers._YEAR_AFTER(text, 0) is not None)


@given(
    st.lists(
        st.tuples(
            st.sampled_from([*_before_pieces(), "killed", "Sept", "x2", "\u00e9t\u00e9", "(", "-"]),
            st.sampled_from(["", " ", ".", "  ", "# ", ", ", "\n"]),
        ),
        min_size=1,
        max_size=6,
    ),
)
@example([("resolution", " ")])
@example([("xxxxxxxxxxxxxxxresolution", " ")])
def test_not_count_before_shortcut_agrees_with_pattern(parts: list[tuple[str, str]]) -> None:
    # _not_count_before answers from the word before a single space without the pattern.
    from syriaevents import _numbers

    # After a month and its day only a year is no count: "5" there is ("March 3, 5 men").
    text = "".join(word + sep for word, sep in parts) + "5"
    for at in range(len(text) + 1):
        found = _numbers._NOT_COUNT_BEFORE(text, max(0, at - 24), at)
        plain = found is not None and found.group("day") is None
        assert _numbers._not_count_before(text, at) == plain, (text, at)


def test_not_count_before_shortcut_knows_every_word() -> None:
    from syriaevents import _numbers

    for word in (*_numbers._MONTH_WORDS, *_numbers._NAME_WORDS):
        for text in (f"{word} 5", f"the {word} 5", f"x{word} 5"):
            at = len(text) - 1
            plain = _numbers._NOT_COUNT_BEFORE(text, max(0, at - 24), at) is not None
            assert _numbers._not_count_before(text, at) == plain, text


def _twin_pieces() -> list[str]:
    from syriaevents import _numbers

    pieces = [
        *_start_pieces(),
        *_bare_pieces(),
        *_numbers._QUALIFYING_WORDS,
        *"between from and to through till until or so -odd -plus + more above the".split(),
        *"tens of dozens scores hundreds thousands millions several a few couple handful".split(),
        *"number 1.5 20-30 2,000 1,200,000 09 0 x- t-62 $ / : @ 3% 12th".split(),
        *"may march sept 2016 percent per cent a.m pm o'clock oclock hours gmt local time".split(),
        *"mm battalion 18.05.2017 5/4/16 ; ) , .".split(),
    ]
    return [piece for piece in pieces if piece.isascii()]


@given(
    st.lists(st.sampled_from(_twin_pieces()), min_size=1, max_size=14),
    st.sampled_from([" ", "", "  ", "-", "\n", "\t"]),
)
@example(["between", "20", "and", "30"], " ")
@example(["from", "two", "to", "three", "thousand"], " ")
@example(["a", "couple", "of", "dozen"], " ")
@example(["tens", "of", "thousands"], " ")
def test_ascii_twin_reads_as_the_big_pattern(pieces: list[str], sep: str) -> None:
    # scan_counts matches ASCII text with the stdlib compilation of _COUNTS_SOURCE: at every
    # place it must give what the `regex` compilation gives, group by group.
    from syriaevents import _numbers

    _numbers._compile()
    text = sep.join(pieces)
    assert text.isascii()
    groups = range(_numbers._COUNTS.groups + 1)
    for p in range(len(text) + 1):
        want = _numbers._COUNTS.match(text, p)
        got = _numbers._ASCII_COUNTS.match(text, p)
        if want is None:
            assert got is None, (text, p)
        else:
            assert got is not None, (text, p)
            assert [got.span(g) for g in groups] == [want.span(g) for g in groups], (text, p)
        after, twin = _numbers._NOT_COUNT_AFTER(text, p), _numbers._ASCII_NOT_COUNT_AFTER(text, p)
        assert (None if after is None else after.span()) == (None if twin is None else twin.span())


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The 2000 fighters who surrendered were bussed north.", 2000),
        ("The 1500 families who fled reached the camp.", 1500),
        ("The 2013 attack killed hundreds of people.", None),
        ("The 2014 elections were boycotted.", None),
        ("The 2012 talks in Geneva failed.", None),
    ],
)
def test_a_year_like_figure_after_the(text: str, count: int | None) -> None:
    """After "the", a year-like figure counts the plural noun after it, else it is a year."""
    figures = [c.value for c in se.find_counts(text) if c.value is not None and c.value >= 1000]
    assert figures == ([] if count is None else [count])
