"""Fast paths of the casualty scan give what the plain patterns give.

The casualty assembler and the clause splitter take shortcuts for speed: words found with C
string methods instead of a regex pass, cheap word tests before end-anchored searches, plain
string tests before the clause pattern. Each shortcut is checked here against the pattern it
stands in for, on text built from the very words those patterns look for.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from syriaevents import _casualties as cas
from syriaevents import _lexicon as lex
from syriaevents._text import _CLAUSE_BREAK, Doc, fold, split_clauses, word_trie
from syriaevents.model import Cause, Span

# Separators a pattern may see between words, ASCII and not.
_SEPARATORS = [" ", "  ", "\n", "\n\n", "\t", ". ", ", ", "; ", ": ", " - ", "-", "'", '"', "("]
_ODD = ["\u00e9", "\u0301", "_", "7", "x", "\u0648", "\u00a0"]


def _pattern_words(pattern: re.Pattern[str]) -> list[str]:
    """The literal words in a pattern's source: what its branches look for."""
    source = re.sub(r"\\[a-zA-Z]", " ", pattern.pattern)
    return sorted(set(re.findall(r"[a-z][a-z-]*", source)))


_LEXICON_WORDS = sorted(
    {
        w
        for table in (lex.VICTIMS, lex.TRIGGERS, lex.CAUSES, lex.CUES)
        for p in table
        for w in p.split()
    }
)


def _texts(words: list[str]) -> st.SearchStrategy[str]:
    """Texts made of ``words`` and separators (and a few odd characters)."""
    return st.lists(
        st.one_of(st.sampled_from(words), st.sampled_from(_SEPARATORS), st.sampled_from(_ODD)),
        max_size=40,
    ).map("".join)


# The table's first words as whole words, in one prefix-tree pattern: the regex pass the
# lexicon scan stands in for.
_FIRST_WORDS = re.compile(r"(?<![\w-])" + word_trie(cas._TABLE) + r"(?![\w-])")


def _reference_scan(folded: str) -> dict[str, list[tuple[int, int, object, str]]]:
    """The one-pass lexicon scan as first written: the regex pass and, at every first word,
    its longest phrase per category (the words after it read one by one)."""
    hits: dict[str, list[tuple[int, int, object, str]]] = {c: [] for c in cas._CATEGORIES}
    covered = dict.fromkeys(cas._CATEGORIES, -1)
    for m in _FIRST_WORDS.finditer(folded):
        start, first_end = m.span()
        following: list[tuple[str, int]] = []
        for category, alternatives in cas._TABLE[m.group()]:
            if start < covered[category]:
                continue
            for rest, payload, phrase in alternatives:
                end = first_end
                for k, word in enumerate(rest):
                    if k == len(following):
                        pos = following[-1][1] if following else first_end
                        nxt = cas._NEXT_WORD.match(folded, pos)
                        if nxt is None:
                            break
                        following.append((nxt.group(1), nxt.end()))
                    if following[k][0] != word:
                        break
                    end = following[k][1]
                else:
                    if rest:
                        covered[category] = end
                    hits[category].append((start, end, payload, phrase))
                    break
    return hits


@given(_texts(_LEXICON_WORDS))
@example("killed and wounded, killing\n\nand injuring; death toll since so far")
@example("Air strikes air-strike\u00e9 killed injured by the regime's jets")
@example("x-killed killed_ killed7 \u00e9killed killed\u00e9 killed")
def test_scan_phrases_matches_the_reference(text: str) -> None:
    folded = fold(text)
    assert cas._scan_phrases(folded) == _reference_scan(folded)


# Each end-anchored pattern with the last words that gate it.
_GATED = [
    (re.compile(cas._TARGET_BEFORE.pattern), cas._TARGET_LAST, 60),  # the plain pattern
    (cas._BY_AGENT, cas._BY_LAST, 60),
    (cas._ACCUSED_BEFORE, cas._ACCUSED_LAST, 20),
]


def test_gates_hold_every_last_word() -> None:
    """Every word or pair of words of a pattern that it matches at the end passes the gate:
    a word added to a pattern without its gate fails here."""
    for pattern, last, _ in _GATED:
        words = _pattern_words(pattern)
        phrases = [*words, *(f"{a} {b}" for a in words for b in words)]
        for phrase in phrases:
            text = f"x {phrase} "
            if pattern.search(text):
                assert cas._ends_with(text, 0, len(text), last), (pattern.pattern[:30], phrase)


@given(st.data())
def test_gates_never_refuse_a_match(data: st.DataObject) -> None:
    for pattern, last, width in _GATED:
        text = fold(data.draw(_texts(_pattern_words(pattern))))
        end = data.draw(st.integers(0, len(text)))
        lo = max(0, end - width)
        if pattern.search(text, lo, end):
            assert cas._ends_with(text, lo, end, last)


@given(_texts(_pattern_words(cas._NOT_AGENT_AFTER)), st.integers(0, 40))
def test_one_match_for_the_four_after_patterns(text: str, at: int) -> None:
    folded = fold(text)
    at = min(at, len(folded))
    four = (cas._HOLDER_AFTER, cas._TARGET_AFTER, cas._SAYS_AFTER, cas._DOWNED_AFTER)
    expected = any(p.match(folded, at) for p in four)
    assert (cas._NOT_AGENT_AFTER.match(folded, at) is not None) == expected


def _reference_clauses(text: str, sentence: Span) -> tuple[Span, ...]:
    folded = fold(text)
    out: list[Span] = []
    start = sentence.start
    for m in _CLAUSE_BREAK.finditer(folded, sentence.start, sentence.end):
        if m.start() > start:
            out.append(Span(start=start, end=m.start()))
        start = m.end()
    if start < sentence.end:
        out.append(Span(start=start, end=sentence.end))
    return tuple(out)


_CLAUSE_WORDS = ["while", "whereas", "but", "and", "as", "who", "according", "five", "died", "x"]


@given(_texts(_CLAUSE_WORDS), st.integers(0, 5), st.integers(0, 5))
@example("Five died - two fled", 0, 0)
@example("Five died\u2014two fled but\ttwo hid", 0, 0)
@example("attributed distribution butter: whilex", 0, 0)
def test_clauses_fast_path_matches_the_pattern(text: str, cut_start: int, cut_end: int) -> None:
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    sentence = Span(start=start, end=end)
    assert split_clauses(text, sentence) == _reference_clauses(text, sentence)


@given(_texts(_LEXICON_WORDS), st.integers(-2, 200))
@example("Regime air strikes killed five", 15)
@example("a car bomb exploded; barrel bombs fell", 7)
@example("shelling\u00e9 killed two", 5)
def test_lead_cause_in_reads_the_prefix(text: str, end: int) -> None:
    # The document's one lexicon scan, cut at ``end``, says what a scan of the prefix says.
    doc = Doc(text)
    end = min(end, len(text) + 1)
    assert cas.lead_cause_in(doc, end) == cas.lead_cause(doc.folded[: max(0, end)])


def test_the_lexicon_is_scanned_once_per_doc() -> None:
    doc = Doc("Barrel bombs killed five civilians in Daraya.")
    first = cas._doc_lexicon(doc)
    assert doc.memo[cas.LEXICON_MEMO] is first
    assert cas._doc_lexicon(doc) is first
    assert first.hits == cas._scan_lexicon(doc.folded).hits


def test_ascii_stand_ins_keep_word_characters() -> None:
    """_first_words reads non-ASCII text through ASCII stand-ins: a character is a word
    character or hyphen for ``re`` exactly when its stand-in is one, and a non-ASCII one never
    stands in for a letter (so no table word appears that the text does not hold)."""
    word = re.compile(r"[\w-]")
    stand_ins = cas._ToAscii((c, c) for c in range(128))
    for code in range(0x30000):
        char = chr(code)
        stand_in = chr(stand_ins[code])
        assert bool(word.match(char)) == bool(word.match(stand_in)), hex(code)
        if code >= 128:
            assert stand_in in "_ ", hex(code)


def test_aircraft_words_are_air_strike_words() -> None:
    # _downed moves an aircraft brought down out of the cause hits: each of its words must be
    # one the lexicon reads as an air strike, or the rule would never fire for it.
    assert {w for w in cas._AIRCRAFT if lex.CAUSES.get(w) is not Cause.AIRSTRIKE} == set()
