"""The casualty assembler's per-article setup (session 12, casinit16).

`_named_before` searches `_NAME_BEFORE` from the whitespace before the window's last eight
chunks (`_last_words`); `_article_counts` calls `_both` only when "both " stands in the 30
characters before a plural noun and reads a singular noun's toll-word gate off the sentence
index; `_definite_object` tests the verb before "the" ahead of the words between; `_one` and
`_both` build their counts slot by slot. These check each shortcut against the plain code.
"""

from __future__ import annotations

import bisect

from hypothesis import given
from hypothesis import strategies as st

from last_words import check_narrowed_search, texts
from syriaevents import _casualties as cas
from syriaevents import _lexicon as lex
from syriaevents._text import Doc
from syriaevents.model import Count, Qualifier, Span

_NAME_WORDS = [
    *("Colonel", "Ibrahim", "Salloum", "al-Assad", "al", "abu", "Abu", "O'Neil", "U.S."),
    *("soldier", "was", "has", "had", "been", "the", "Was", "killed", "x", "-Ali", "'Omar"),
]
_TAILS = ["", "was ", "has been ", "had  been\n", "was\t", "been "]


@given(texts(_NAME_WORDS, parts=6, run=8, tails=_TAILS), st.data())
def test_the_name_search_from_the_last_eight_chunks_finds_the_same(
    text: str, data: st.DataObject
) -> None:
    """Over words and gaps, then a run of up to eight words each followed by whitespace,
    most often ending with "was" or "has/had been" (what _NAME_BEFORE matches)."""
    end = data.draw(st.sampled_from([len(text)]) | st.integers(0, len(text)))
    pos = data.draw(st.integers(0, end))
    check_narrowed_search(cas._NAME_BEFORE.search, text, pos, end, 8)


def test_the_last_eight_chunks_start_at_the_whitespace_before_them() -> None:
    text = "On Monday in Douma Colonel Ibrahim Abu Salloum al-Ali was "
    lo = cas._last_words(text, 0, len(text), 8)
    assert text[lo:] == " in Douma Colonel Ibrahim Abu Salloum al-Ali was "
    assert cas._NAME_BEFORE.search(text, lo, len(text)) is not None


def _plain_one(text: str, start: int, end: int, rule: str) -> Count:
    return Count(
        value=1,
        low=1,
        high=1,
        qualifier=Qualifier.EXACT,
        surface=text[start:end],
        span=Span(start=start, end=end),
        rule=rule,
    )


def test_a_count_of_one_is_the_class_calls() -> None:
    text = "killing his wife and a child"
    for start, end, rule in [(8, 11, "count.possessive"), (21, 22, "count.article")]:
        made = cas._one(text, start, end, rule)
        assert made == _plain_one(text, start, end, rule)
        assert hash(made) == hash(_plain_one(text, start, end, rule))


_BOTH_TEXTS = [
    "Both soldiers were killed in the attack.",
    "The strike killed both Russian pilots on Monday.",
    "Rebels said both soldiers and civilians were killed.",
    "They both said that soldiers were killed.",
    "Both sides fought. Soldiers rested.",
    "It killed them both. Soldiers were wounded.",
    "Shelling killed both of the civilians.",
    "Forces from both the regime and rebels: fighters were killed.",
    "A mortar killed both young children and wounded their mother.",
]


def _plain_counts(assembler: cas._Assembler) -> list[Count]:
    """_article_counts' figures for plural nouns as first written: _both asked at every
    plural victim noun of a text holding "both "."""
    out = []
    if "both " in assembler.folded:
        for start, end, _payload, key in assembler.lex.hits["victim"]:
            if key not in cas._SINGULAR_VICTIMS:
                two = assembler._both(start, end)
                if two is not None:
                    out.append(two)
    return out


def test_both_is_read_where_the_plain_loop_reads_it() -> None:
    for text in _BOTH_TEXTS:
        doc = Doc(text)
        assembler = cas._Assembler(doc, [], [], [], [])
        got = [c for c in assembler._article_counts([]) if c.rule == "count.both"]
        assert got == _plain_counts(assembler), text
        for count in got:
            assert count == Count(
                value=2,
                low=2,
                high=2,
                qualifier=Qualifier.EXACT,
                surface=text[count.span.start : count.span.end],
                span=Span(start=count.span.start, end=count.span.end),
                rule="count.both",
            )
    assert any(
        c.rule == "count.both"
        for text in _BOTH_TEXTS
        for c in cas._Assembler(Doc(text), [], [], [], [])._article_counts([])
    )


_DEFINITE_TEXTS = [
    "A strike killed the pilot on Monday.",
    "Gunmen killing the commander and three of his bodyguards fled.",
    "They killed the commander's driver.",
    "The pilot was killed when the jet crashed.",
    "Shelling killed the young civilian in Douma.",
    "Rebels killed the Syrian army officer.",
]


def _plain_definite(assembler: cas._Assembler, noun: int, noun_end: int) -> int:
    """_definite_object as first written: the words between, then the verb before "the"."""
    folded = assembler.folded
    if folded.startswith("'", noun_end):
        return -1
    the = folded.rfind(" the ", noun - 40 if noun > 40 else 0, noun)
    if the < 0 or not assembler._modifiers_ok(the + 5, noun):
        return -1
    i = bisect.bisect_left(assembler.lex.starts["trigger"], the) - 1
    if i < 0:
        return -1
    _, t_end, payload, _ = assembler.lex.hits["trigger"][i]
    assert isinstance(payload, lex.Trigger)
    if t_end != the or not payload.before or payload.noun or payload.toll:
        return -1
    return the + 1


def test_the_definite_object_is_the_plain_readings() -> None:
    found = 0
    for text in _DEFINITE_TEXTS:
        assembler = cas._Assembler(Doc(text), [], [], [], [])
        for start, end, _payload, _key in assembler.lex.hits["victim"]:
            got = assembler._definite_object(start, end)
            assert got == _plain_definite(assembler, start, end), (text, start)
            found += got >= 0
    assert found >= 3


def test_a_singular_noun_is_read_only_with_a_toll_word_in_its_sentences() -> None:
    """The toll-word gate of _article_counts, read off the sentence index, against
    Doc.sentence_at and _toll_word_between: "a child" counts one only when a toll word
    stands from the sentence holding the window's start to the end of the noun's."""
    texts = [
        "Shelling killed a child in Douma.",
        "A child played in the street. Nothing else happened there that day.",
        "Five people were killed. A child was among them.",
        "A child was killed",
        "Rebels shelled the town. Later his wife spoke to reporters about the war.",
    ]
    for text in texts:
        doc = Doc(text)
        assembler = cas._Assembler(doc, [], [], [], [])
        read = {c.span.start for c in assembler._article_counts([])}
        for start, _end, _payload, key in assembler.lex.hits["victim"]:
            if key not in cas._SINGULAR_VICTIMS:
                continue
            window_start = max(start - 60, 0)
            first, last = doc.sentence_at(window_start), doc.sentence_at(start)
            gate = assembler._toll_word_between(
                first.start if first else window_start, last.end if last else start
            )
            if not gate:
                assert not any(window_start <= r < start for r in read), text
    assert cas._Assembler(Doc(texts[0]), [], [], [], [])._article_counts([])
