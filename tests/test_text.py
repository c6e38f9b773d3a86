"""The text layer: folding keeps length, sentences and clauses split where a reader would."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import example, given
from hypothesis import strategies as st

from syriaevents._text import (
    Doc,
    check_text,
    coerce_date,
    dateline_span,
    fold,
    split_clauses,
    split_sentences,
    word_trie,
)
from syriaevents.model import Span


@given(st.text())
@example("Straße İdlib ﬁ")
@example("e\u0301\u200b\u2028")
def test_fold_keeps_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Deir ez\u2011Zor", "deir ez-zor"),
        ("\u201cAl-Qa\u00efda\u201d", '"al-qaida"'),
        ("Syria\u2019s", "syria's"),
        ("Ma\u02bfarrat", "ma'arrat"),
        ("A\u00a0B\u200bC", "a b c"),
        ("ERBIL \u2013 Kurdish", "erbil - kurdish"),
        ("\u00c9l\u00e8ve", "eleve"),
    ],
)
def test_fold_unifies(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The U.S. envoy met Lt. Gen. Hassan in St. Simeon. He left on Monday.",
            ["The U.S. envoy met Lt. Gen. Hassan in St. Simeon.", "He left on Monday."],
        ),
        (
            "Troops were sent by the U.N. The convoy arrived later.",
            ["Troops were sent by the U.N.", "The convoy arrived later."],
        ),
        (
            "ERBIL \u2013 Kurdish forces advanced. Two fighters died.",
            ["ERBIL \u2013", "Kurdish forces advanced.", "Two fighters died."],
        ),
        (
            "DAMASCUS, March 3 (Reuters) - Shells hit the city. Nine died.",
            ["DAMASCUS, March 3 (Reuters) -", "Shells hit the city.", "Nine died."],
        ),
        (
            "18 Civilians Killed in Regime Raids on Douma\nWarplanes struck the town on Friday.",
            [
                "18 Civilians Killed in Regime Raids on Douma",
                "Warplanes struck the town on Friday.",
            ],
        ),
        (
            "Casualties:\n- five soldiers\n- two children\n",
            ["Casualties:", "- five soldiers", "- two children"],
        ),
        (
            "Wed 05 Apr 2017 the monitor said 12 people died. It blamed Russian jets",
            ["Wed 05 Apr 2017 the monitor said 12 people died.", "It blamed Russian jets"],
        ),
        (
            "\u201cWe repelled them,\u201d the officer said. Rebels denied it.",
            ["\u201cWe repelled them,\u201d the officer said.", "Rebels denied it."],
        ),
        (
            "A line that wraps\nin the middle. Then ends.",
            ["A line that wraps\nin the middle.", "Then ends."],
        ),
        ("", []),
        ("   \n\n  ", []),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


@given(st.text())
def test_sentences_round_trip_and_order(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]
        previous_end = span.end


_LONG_PARTS = st.lists(
    st.sampled_from(["killed", "five", "civilians", "in", "Douma", ",", ";", "\u00a0", "x" * 300]),
    min_size=1,
    max_size=60,
)


@given(_LONG_PARTS, st.integers(1, 40))
@example(["in", ","], 1)
@example(["x" * 300], 1)
def test_an_endless_sentence_is_cut_where_a_reader_would_pause(
    parts: list[str], times: int
) -> None:
    """Text with no full stops (stripped punctuation, a scraped page) is cut into pieces no
    longer than any real sentence, after a semicolon or comma where there is one, covering
    every word once."""
    text = " ".join(parts * times)
    spans = split_sentences(text)
    previous_end = 0
    for span in spans:
        piece = text[span.start : span.end]
        assert len(piece) <= 4000
        assert piece.strip() == piece
        assert text[previous_end : span.start].strip() == ""
        previous_end = span.end
    assert text[previous_end:].strip() == ""


def test_an_endless_sentence_is_cut_after_its_clauses() -> None:
    clause = "rebels shelled the town and five civilians died in Douma; "
    text = clause * 150  # 8,850 characters, no full stop
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert len(pieces) == 3
    assert all(p.endswith(";") for p in pieces[:-1])
    assert all(p.startswith("rebels shelled") for p in pieces)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # With no capitals anywhere, a small letter after a full stop still starts a sentence.
        (
            "rebels shelled the town. five civilians died. the army said so.",
            ["rebels shelled the town.", "five civilians died.", "the army said so."],
        ),
        # ...but abbreviations and initialisms still do not end one.
        (
            "gen. ali hassan said the u.s. jets left. two died.",
            [
                "gen. ali hassan said the u.s. jets left.",
                "two died.",
            ],
        ),
        # With capitals, a small letter after a stop goes on with the sentence.
        (
            "Rebels took the town, e.g. near Idlib. Two died.",
            [
                "Rebels took the town, e.g. near Idlib.",
                "Two died.",
            ],
        ),
    ],
)
def test_sentences_of_lowercased_text(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_text_without_stops_is_cut_before_sentence_openers() -> None:
    body = (
        "On Monday warplanes struck the market in Douma killing nine people "
        "The monitor expected more deaths In Harasta shelling wounded four children "
        "Activists said rescue teams were still searching the rubble for survivors "
        "They said at least two of the wounded were in critical condition tonight "
    )
    text = body * 2
    pieces = sentences(text)
    assert len(pieces) == 10
    assert pieces[1] == "The monitor expected more deaths"
    assert pieces[2] == "In Harasta shelling wounded four children"


def test_text_without_stops_is_not_cut_inside_title_case_lists() -> None:
    # Page furniture: headlines in Title Case, one after another, with no stops. A capitalised
    # word before and after an opener is a headline's, and "Dozens" opens no sentence there.
    furniture = (
        "Related Stories Army Retakes Hills Near Palmyra Rebels Shell Aleppo Dozens Flee Homes "
        "in Raids Near Raqqa Aid Convoy Reaches Besieged Madaya After Months of Talks "
    )
    text = furniture * 3 + "in the town of Douma Four of the dead were children"
    pieces = sentences(text)
    assert pieces[-1] == "Four of the dead were children"
    assert not any(p.startswith("Dozens") for p in pieces)


def test_a_long_sentence_with_a_stop_is_not_cut() -> None:
    # Its stops are there ("U.S." keeps the sentence whole): a capital after a small word is
    # a name here, not a new sentence.
    text = "The U.S. envoy said " + "talks with Russia and The Hague court went on " * 8 + "."
    assert sentences(text) == [text]


def test_clauses_without_commas() -> None:
    text = "Five civilians died in the strike while rebels shelled the army base"
    clauses = [text[c.start : c.end] for c in split_clauses(text, Span(start=0, end=len(text)))]
    assert clauses == ["Five civilians died in the strike", "while rebels shelled the army base"]


def test_dateline_only_at_start() -> None:
    assert dateline_span("Yesterday BEIRUT: x") is None
    span = dateline_span("  ERBIL - Kurdish forces")
    assert span is not None
    assert span.start == 2


def test_doc_sentence_at() -> None:
    doc = Doc("One died. Two died.")
    first, second = doc.sentences
    assert doc.sentence_at(0) == first
    assert doc.sentence_at(12) == second
    assert doc.sentence_at(9) is None


def test_check_text_rejects_non_str() -> None:
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        check_text(b"abc")


@pytest.mark.parametrize("bad", ["yesterday", "2016-13-01", 20160117, "", 3.5])
def test_coerce_date_rejects(bad: object) -> None:
    with pytest.raises(ValueError, match="published must be a date"):
        coerce_date(bad)


def test_coerce_date_accepts() -> None:
    import datetime as dt

    assert coerce_date(dt.datetime(2016, 1, 17, 9, 30)) == dt.date(2016, 1, 17)
    assert coerce_date(" 2016-01-17T08:00:00 ") == dt.date(2016, 1, 17)
    assert coerce_date(None) is None


# Pieces of the sentence splitter's decisions: abbreviations, initialisms, stops, breaks.
_SENTENCE_PARTS = st.lists(
    st.sampled_from(
        [
            "Gen.",
            "U.S.",
            "Mr.",
            "J.",
            "No.",
            "killed",
            "Five",
            "the",
            ".",
            "?",
            "!",
            " ",
            "\n",
            "\n\n",
            "BEIRUT:",
            "- ",
            "\u2026",
            '"',
            ")",
            "e.g.",
            "a1.",
            "_x.",
        ]
    ),
    max_size=30,
)


@given(_SENTENCE_PARTS.map(" ".join))
def test_sentence_ends_read_backwards_as_before(text: str) -> None:
    # The word before a full stop is read backwards from the stop; reading it forwards
    # from every place in the 20 characters before must give the same sentences.
    import syriaevents._text as T

    forward = re.compile(r"(?:[\w.]{1,20})$")

    def split_forward(raw: str) -> tuple[Span, ...]:
        original = T._WORD_BEFORE
        try:
            T._WORD_BEFORE = _Forward(forward)  # type: ignore[assignment]
            return split_sentences(raw)
        finally:
            T._WORD_BEFORE = original

    assert split_sentences(text) == split_forward(text)


@given(_SENTENCE_PARTS.map(" ".join))
@example("Gen. Ali died. U.S. troops")
@example("x " + "a" * 25 + ". b")
def test_word_before_a_stop_reads_as_the_pattern(text: str) -> None:
    # _is_boundary finds the word before a stop with C string calls where it can: it must
    # decide as it does with the word _WORD_BEFORE reads, at every stop and every next place.
    import syriaevents._text as T

    def plain(folded: str, text: str, stop: int, nxt: int) -> bool:
        if nxt >= len(text):
            return True
        if text[nxt].islower():
            return False
        if text[stop - 1] != ".":
            return True
        m = T._WORD_BEFORE.match(folded, max(0, stop - 21), stop)
        word = m.group() if m else ""
        if word.count(".") > 1 and T._INITIALISM.search(word):
            nxt_word = regex.match(r"\w+", folded[nxt : nxt + 20])
            return nxt_word is not None and nxt_word.group() in T._SENTENCE_STARTERS
        bare = word.rstrip(".").rsplit(".", 1)[-1]
        if bare in T._ABBREVIATIONS:
            return False
        return not (len(bare) == 1 and bare.isalpha() and text[stop - 2].isupper())

    folded = T.fold(text)
    for stop in range(1, len(folded) + 1):
        if folded[stop - 1] == ".":
            for nxt in range(stop, len(folded) + 1):
                want = plain(folded, text, stop, nxt)
                assert T._is_boundary(folded, text, stop, nxt, False) == want, (text, stop, nxt)


class _Forward:
    """The old forward search, shaped like the reverse pattern's match()."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def match(self, folded: str, pos: int, endpos: int) -> re.Match[str] | None:
        return self.pattern.search(folded, pos, endpos)


def test_word_trie_matches_like_a_flat_alternation() -> None:
    words = ["six", "sixteen", "sixty", "seven", "at least", "at most", "a"]
    trie = re.compile(rf"(?:{word_trie(words)})\b")
    flat = re.compile("(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")
    for text in ["sixteen", "sixty-one", "six", "at  least", "at most", "a few", "seventy", "x"]:
        got, want = trie.match(text), flat.match(text.replace("  ", " "))
        assert (got is None) == (want is None), text
        if got is not None and want is not None:
            assert " ".join(got.group().split()) == want.group()


@given(st.text(), st.integers(min_value=0, max_value=50))
def test_doc_prefix_is_the_doc_of_the_prefix(text: str, length: int) -> None:
    prefix = Doc(text).prefix(length)
    fresh = Doc(text[:length])
    assert prefix.text == fresh.text
    assert prefix.folded == fresh.folded
    assert prefix.sentences == fresh.sentences


@given(
    st.text(alphabet=".!?\"')] ]\n\t\x1c\x1f\x85\u00a0\u2003\u200bab", max_size=30),
    st.integers(0, 30),
    st.integers(0, 30),
)
@example('Five died." Then\x1c', 0, 30)
def test_terminal_is_the_regex_module_pattern(text: str, pos: int, endpos: int) -> None:
    """_TERMINAL (stdlib) ends sentences where the `regex` pattern it replaced did."""
    import regex

    import syriaevents._text as T

    first = regex.compile(r"""[.!?]+["')\]]*(?=\s)""")
    assert [m.span() for m in T._TERMINAL.finditer(text, pos, endpos)] == [
        m.span() for m in first.finditer(text, pos, endpos)
    ]


@given(st.text(alphabet="BEIRUT: -,\n ab(", max_size=260), st.integers(0, 300))
@example("  BEIRUT: Five died.", 5)
def test_doc_dateline_is_dateline_span(text: str, cut: int) -> None:
    """Doc.dateline is dateline_span of its text, for a Doc and any prefix of it."""
    import syriaevents._text as T

    doc = T.Doc(text)
    before = doc.prefix(cut)  # asked before the whole text's is known
    assert doc.dateline == T.dateline_span(text)
    after = doc.prefix(cut)  # may share the whole text's
    assert before.dateline == after.dateline == T.dateline_span(text[:cut])
    assert T.split_sentences(text) == doc.sentences
