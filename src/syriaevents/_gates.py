"""Where a count or a date may begin: one pass over a document, shared by two scanners.

scan_counts tries its big pattern only where its gate (``_numbers._GATE``: a digit or a
word such as "at least", "dozens", "two") starts a word, and scan_dates only where its
trigger (``_dates._TRIGGER``: a figure a date may start with, a month, "yesterday", "two
days") matches. Finding those places is a pass over the whole folded text with the stdlib
engine, and a pass over both word lists at once costs about what either pass alone did.
So :func:`starts` finds them together, once per :class:`~syriaevents._text.Doc`, and keeps
them on the Doc for the other scanner.

The result is exactly what the two patterns give on their own: the union pass finds every
place either matches, and each place is then classified by the word found there (a table
built from the two word lists) or, where the word alone cannot tell ("two" may start "two
days"; a figure may start a date), by matching the scanner's own pattern at that place.
tests/test_numbers.py checks the equality on generated text.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from typing import Final, NamedTuple

from ._text import Doc, only_spaces, word_trie

__all__ = ["Starts", "prefix_starts", "starts"]


class Starts(NamedTuple):
    """The places a scanner may start at, in order."""

    counts: list[int]  # where _numbers._GATE matches
    dates: list[tuple[int, int]]  # (start, end) of each match of _dates._TRIGGER


_MEMO_KEY: Final = "syriaevents._gates.starts"
# What the word found at a place says about the date trigger there.
_NO_DATE, _DATE_WORD, _ASK = 0, 1, 2


class _Tables(NamedTuple):
    union: re.Pattern[str]
    after_gap: re.Pattern[str]
    ascii_gap: re.Pattern[str]
    figure: Callable[[str, int], re.Match[str] | None]
    gate: Callable[[str, int], re.Match[str] | None]
    trigger: Callable[[str, int], re.Match[str] | None]
    words: dict[str, tuple[bool, int]]


def _boundary_prefix(short: str, long: str) -> bool:
    """Whether ``short`` matches at the start of ``long`` and ends at a word boundary."""
    return long == short or (long.startswith(short) and long[len(short)] == " ")


@functools.cache
def _tables() -> _Tables:
    # Imported here: both modules import this one.
    from . import _dates, _numbers

    count_words = set(_numbers._STARTERS)
    date_words = set(_dates._TRIGGER_WORDS)
    # Words after which the trigger has phrases of its own: "the day before", "two days".
    phrase_heads = set(_dates._NUMBER_WORDS) | {"the"}
    words: dict[str, tuple[bool, int]] = {}
    for word in count_words | date_words:
        is_count = any(_boundary_prefix(c, word) for c in count_words)
        if word in date_words:
            date = _DATE_WORD  # the trigger's word alternative reads this same longest word
        elif word.split()[0] in phrase_heads or any(_boundary_prefix(d, word) for d in date_words):
            date = _ASK
        else:
            date = _NO_DATE
        words[word] = (is_count, date)
    # A digit, a word of either list, or the head of a trigger phrase the words miss.
    # At a figure, the trigger's figure alternatives are tried in the same pass (group 2).
    body = (
        rf"\b(?=(?=(\d))((?:{_dates._TRIGGER_FIGURE}))?"
        rf"|((?:{word_trie(count_words | date_words)}))\b"
        r"|the\s{1,3}(?:day|previous|following|next)\b"
        r"|an?\s{1,3}(?:day|week|month|year))"
    )
    union = re.compile(body)
    # Every place starts with a word character after a word boundary, so past the first
    # position the same places follow a non-word character. Opening the pattern with that
    # character (a class) lets the stdlib engine skip from gap to gap in C instead of trying
    # the whole pattern at every position, about three times faster. The place is one past
    # the match's start.
    after_gap = re.compile(rf"\W(?={body})")
    # The same places in ASCII text for two thirds of the cost: there \W is the class below,
    # which the engine tests from a bitmap (for \W it asks Unicode tables at every
    # character); the \b is implied (every branch opens with a word character); and the
    # one group left (each costs at every gap) is the word's. At a figure, the trigger's
    # figure alternatives are matched on their own (``figure``).
    # NOTE: keep the branches in step with ``body`` (tests/test_numbers.py compares them).
    ascii_gap = re.compile(
        rf"[^a-zA-Z0-9_](?=[0-9]|((?:{word_trie(count_words | date_words)}))\b"
        r"|the\s{1,3}(?:day|previous|following|next)\b"
        r"|an?\s{1,3}(?:day|week|month|year))"
    )
    figure = re.compile(_dates._TRIGGER_FIGURE).match
    return _Tables(
        union, after_gap, ascii_gap, figure, _numbers._GATE.match, _dates._TRIGGER.match, words
    )


def _find(folded: str) -> Starts:
    return _find_tail(folded, 0)


def _find_tail(folded: str, pos: int) -> Starts:
    """The places at ``pos`` and after (each place is tested alone: the pattern is a
    lookahead, and its \\b at ``pos`` looks at the character before)."""
    union, after_gap, ascii_gap, figure, gate, trigger, words = _tables()
    counts: list[int] = []
    dates: list[tuple[int, int]] = []
    first = union.match(folded, pos)  # at ``pos`` itself; after it, places follow a gap
    ascii = folded.isascii()
    gaps = ascii_gap.finditer(folded, pos) if ascii else after_gap.finditer(folded, pos)
    for hit in itertools.chain((first,) if first else (), gaps):
        if hit is first or not ascii:
            p = hit.start() if hit is first else hit.start() + 1
            if hit.start(1) >= 0:  # a figure: always a count's gate; a date's only in context
                counts.append(p)
                end = hit.end(2)
                if end >= 0:
                    dates.append((p, end))
                continue
            end = hit.end(3)
            word = hit.group(3)
        else:  # ascii_gap: the word is group 1; a figure has none
            p = hit.start() + 1
            end = hit.end(1)
            word = hit.group(1)
            if end < 0 and folded[p].isdigit():
                counts.append(p)
                fig = figure(folded, p)
                if fig is not None:
                    dates.append((p, fig.end()))
                continue
        info = None
        if word is not None:
            info = words.get(word) or words.get(" ".join(word.split()))
        if info is None:  # a trigger phrase ("the day", "a week") or an unforeseen word
            if gate(folded, p) is not None:
                counts.append(p)
            t = trigger(folded, p)
            if t is not None:
                dates.append((p, t.end()))
            continue
        is_count, date = info
        if is_count:
            counts.append(p)
        if date == _DATE_WORD:
            dates.append((p, end))
        elif date == _ASK:
            t = trigger(folded, p)
            if t is not None:
                dates.append((p, t.end()))
    return Starts(counts, dates)


# A prefix's own pass finds, before its last _PREFIX_MARGIN characters, exactly the places the
# whole text's pass found there: every branch reads at most two words of at most 13 letters
# and the whitespace between them (tests/test_numbers.py checks the word lists), so a hit
# more than 13 + 23 + 13 + 1 characters before the cut reads nothing past it, unless the
# text has a whitespace run of 24 or more near the cut (then the prefix is scanned whole).
_PREFIX_MARGIN: Final = 64
_LONG_SPACE: Final = re.compile(r"\s{24}")


def _long_space(window: str) -> bool:
    """Whether _LONG_SPACE matches in ``window``. In ASCII text a run of 24 whitespace
    characters holds two spaces in a row or another whitespace character: when C substring
    tests find neither (most windows), the pattern, tried at every position, is not run."""
    if "  " not in window and only_spaces(window):
        return False
    return _LONG_SPACE.search(window) is not None


def prefix_starts(doc: Doc, prefix: Doc) -> None:
    """Keep on ``prefix`` (``doc.prefix(n)``) the places :func:`starts` would find in it,
    taken from ``doc``'s own where the cut cannot change them: only its last characters are
    scanned again. Does nothing unless ``doc``'s places are already known."""
    whole = doc.memo.get(_MEMO_KEY)
    if not isinstance(whole, Starts) or _MEMO_KEY in prefix.memo:
        return
    folded = prefix.folded
    lo = len(folded) - _PREFIX_MARGIN
    if lo <= 0 or _long_space(doc.folded[max(0, lo - _PREFIX_MARGIN) : len(folded)]):
        return
    tail = _find_tail(folded, lo)
    # Both lists are in text order: the places before ``lo`` are a head of each.
    counts = whole.counts[: bisect.bisect_left(whole.counts, lo)]
    counts.extend(tail.counts)
    dates = whole.dates[: bisect.bisect_left(whole.dates, (lo,))]
    dates.extend(tail.dates)
    prefix.memo[_MEMO_KEY] = Starts(counts, dates)


def starts(doc: Doc) -> Starts:
    """Where counts and dates may start in ``doc``: computed once, kept on the Doc."""
    found = doc.memo.get(_MEMO_KEY)
    if found is None:
        found = doc.memo[_MEMO_KEY] = _find(doc.folded)
    assert isinstance(found, Starts)
    return found
