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
from collections.abc import Callable, Iterable, Iterator
from typing import Final, NamedTuple

from ._text import Doc, ascii_stand_in, only_spaces, word_trie

__all__ = ["Starts", "prefix_dates", "prefix_starts", "starts"]


class Starts(NamedTuple):
    """The places a scanner may start at, in order."""

    counts: list[int]  # where _numbers._GATE matches
    dates: list[tuple[int, int]]  # (start, end) of each match of _dates._TRIGGER


_MEMO_KEY: Final = "syriaevents._gates.starts"
# What the word found at a place says about the date trigger there.
_NO_DATE, _DATE_WORD, _ASK = 0, 1, 2
_UNSAID: Final = (False, -1, False)  # a hit that _Tables.said does not hold


class _Tables(NamedTuple):
    after_gap: re.Pattern[str]
    after_space: re.Pattern[str]
    after_mark: re.Pattern[str]
    figure: Callable[[str, int], re.Match[str] | None]
    trigger: Callable[[str, int], re.Match[str] | None]
    # What a hit says: (is a count's gate, _NO_DATE/_DATE_WORD/_ASK, whether its second
    # part starts a word), or None for a digit; by the hit's text as the passes over the gap
    # shape read it (a space or a NUL, then the word or the digit "0"), and by word as the
    # table writes it, for the other hits.
    said: dict[str, tuple[bool, int, bool] | None]
    words: dict[str, tuple[bool, int, bool]]


def _boundary_prefix(short: str, long: str) -> bool:
    """Whether ``short`` matches at the start of ``long`` and ends at a word boundary."""
    return long == short or (long.startswith(short) and long[len(short)] == " ")


# The shape of an ASCII text that _find_tail reads: each whitespace character (what the
# stdlib's \s matches there) as a space, each digit as "0", each other character outside
# [a-zA-Z0-9_] as a NUL, letters and "_" as they are. Bytes 128-255 never occur in ASCII text.
_GAP_SHAPE: Final = bytes(
    32 if c.isspace() else 48 if c.isdigit() else ord(c) if c.isalnum() or c == "_" else 0
    for c in map(chr, range(128))
) + bytes(range(128, 256))


def _alternatives(words: Iterable[str]) -> str:
    """The words as a regex that consumes each word it finds, so that a pass goes on after
    it: one alternative per first letter, each word ending at a word boundary. A branch skips
    an alternative that opens with a literal in a few instructions, where one prefix tree
    under a group is entered at every gap."""
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(word[0], []).append(word)
    # Whitespace inside a word as "\s\s*", not "\s+": a branch skips an alternative
    # that opens with a class as it does a literal, but enters one that opens with a repeat.
    space = r"\s\s*"
    return "|".join(f"{word_trie(group, space)}\\b" for _, group in sorted(by_letter.items()))


@functools.cache
def _tables() -> _Tables:
    # Imported here: both modules import this one.
    from . import _dates, _numbers

    count_words = set(_numbers._STARTERS)
    date_words = set(_dates._TRIGGER_WORDS)
    # Words after which the trigger has phrases of its own: "the day before", "two days".
    phrase_heads = set(_dates._NUMBER_WORDS) | {"the"}
    # The trigger's phrases that start with no word of the lists ("the day", "a week"; "two
    # days" starts with "two"), read as words. The trigger is asked at each (their heads are
    # phrase heads), so a superset does: "\s+" between their words (word_trie) where the
    # trigger reads "\s{1,3}". NOTE: keep in step with _dates._TRIGGER.
    units = ("day", "days", "week", "weeks", "month", "months", "year", "years")
    phrases = {f"the {w}" for w in ("day", "previous", "following", "next", "weekend")}
    phrases |= {f"{a} {unit}" for a in ("a", "an") for unit in units}
    heads = {w.split()[0] for w in count_words | date_words | phrases}
    words: dict[str, tuple[bool, int, bool]] = {}
    for word in count_words | date_words | phrases:
        is_count = any(_boundary_prefix(c, word) for c in count_words)
        if word in date_words:
            date = _DATE_WORD  # the trigger's word alternative reads this same longest word
        elif word.split()[0] in phrase_heads or any(_boundary_prefix(d, word) for d in date_words):
            date = _ASK
        else:
            date = _NO_DATE
        # "at the", "a dozen": the pass consumes the word, so the place where its second part
        # ("the day", "dozen") may start is asked apart (every word has at most two parts:
        # tests/test_numbers.py).
        inner = not heads.isdisjoint(word.split()[1:])
        words[word] = (is_count, date, inner)
    alternatives = _alternatives(words)
    said: dict[str, tuple[bool, int, bool] | None] = {
        gap + word: kind for gap in " \x00" for word, kind in [*words.items(), ("0", None)]
    }

    def after(gap: str, digit: str) -> re.Pattern[str]:
        """A gap, then a digit or a word of the table, consumed: the union of the gate and
        the trigger at a word's start. (The trigger's figure alternatives are matched
        apart, where a digit is found.)"""
        return re.compile(rf"{gap}(?:{digit}|{alternatives})")

    # Every place starts with a word character after a word boundary, so the places follow
    # a non-word character (the text is read with a space put before it, for the place at
    # its start). Opening the pattern with that character (a class) lets the stdlib engine
    # skip from gap to gap in C instead of trying the whole pattern at every position.
    # ASCII text is read from its _GAP_SHAPE, where every gap is a space or a NUL: two
    # patterns led by a literal find those, and the engine scans for a literal with a few
    # instructions a character, where it tests a class (\W) at every character. There
    # the pattern reads the shape as the text: it holds letters (kept), digits (each a "0",
    # a literal the branch skips faster than a class), \s (each a space, and \s matches
    # nothing else there) and \b (word characters are still word characters, the others
    # not). Each hit consumes its word (a lookahead and a group around the words cost ~20%
    # more): the pass goes on at the gap after it. Inside a word no place starts, but where
    # the second part of a word of two may (the "the" of "at the"), _find_tail asks there.
    # NOTE: keep the words in step with _numbers._GATE and _dates._TRIGGER
    # (tests/test_numbers.py compares them).
    return _Tables(
        after(r"\W", r"\d"),
        after(" ", "0"),
        after("\x00", "0"),
        re.compile(_dates._TRIGGER_FIGURE).match,
        _dates._TRIGGER.match,
        said,
        words,
    )


def _find(folded: str) -> Starts:
    return _find_tail(folded, 0)


def _find_tail(folded: str, pos: int) -> Starts:
    """The places at ``pos`` and after. Each is found by the gap before it, in a copy of
    the text with a space put first: there the gap before a place sits at the place's own
    offset, and the place at the text's start follows that space. A place at ``pos`` > 0
    follows a gap at ``pos - 1`` in the text (else its \\b fails), ``pos`` in the copy."""
    after_gap, after_space, after_mark, figure, trigger, said, words = _tables()
    counts: list[int] = []
    dates: list[tuple[int, int]] = []
    others: list[re.Match[str]] = []
    hits: Iterable[re.Match[str]]
    # A text whose only non-ASCII character is U+FFFD (mis-decoded bytes) is read through its
    # ASCII stand-in (same offsets): the shape reads SUB as it reads U+FFFD in the text (a
    # gap: not a word character, a digit nor whitespace), and so do the figure and trigger
    # patterns (tests/test_speed14_front.py). The pass over the text itself tests \W at
    # every character of a two-byte string, several times dearer.
    stand_in = ascii_stand_in(folded)
    if stand_in is not None:
        folded = stand_in
        copy = (b" " + folded.encode("ascii").translate(_GAP_SHAPE)).decode("ascii")
        # Most gaps are spaces, found by the first pass; the few others by the second.
        others = list(after_mark.finditer(copy, pos))
        hits = itertools.chain(after_space.finditer(copy, pos), others)
        inside = after_space.match  # the gap inside a word is whitespace: a space here
    else:
        copy = " " + folded
        hits = after_gap.finditer(copy, pos)
        inside = after_gap.match
    for found in hits:
        hit = found
        while True:  # once, or twice where a word's second part may start a place
            p = hit.start()
            text = hit.group()
            kind = said.get(text, _UNSAID)
            if kind is _UNSAID:
                # Not as the shape reads it (a whitespace run inside a word, or a gap or
                # digit of a text that is not ASCII): the word as the table writes it (a run
                # of whitespace inside is one space), or a digit.
                word = " ".join(text[1:].split())
                kind = None if word.isdigit() else words[word]
            if kind is None:  # a digit
                counts.append(p)  # a figure: always a count's gate; a date's only in context
                fig = figure(folded, p)
                if fig is not None:
                    dates.append((p, fig.end()))
                break
            is_count, date, inner = kind
            if is_count:
                counts.append(p)
            if date == _DATE_WORD:
                dates.append((p, hit.end() - 1))  # the copy's offsets are the text's plus one
            elif date == _ASK:
                t = trigger(folded, p)
                if t is not None:
                    dates.append((p, t.end()))
            # The place the second part may start, at the gap before it, which the pass
            # consumed: asked here. Not for the NUL pass's hits (the gap is a space: the space
            # pass tries it) nor for a place asked here (its own second part ends past the
            # word it was asked from, where its pass goes on: words have at most two parts).
            if not inner or hit is not found or found.re is after_mark:
                break
            inner_hit = inside(copy, p + len(text) - len(text.split()[-1]) - 1)
            if inner_hit is None:
                break
            hit = inner_hit
    if others:  # the two passes' places, each in text order: put them in one order
        counts.sort()
        dates.sort()
    return Starts(counts, dates)


# A prefix's own pass finds, before its last _PREFIX_MARGIN characters, exactly the places the
# whole text's pass found there: every branch reads at most two words of at most 13 letters
# and the whitespace between them (tests/test_numbers.py checks the word lists), so a hit
# more than 13 + 23 + 13 + 1 characters before the cut reads nothing past it, unless the
# text has a whitespace run of 24 or more near the cut (then the prefix is scanned whole).
# Where the text near the cut is single-spaced (most texts), a hit reads at most 13 + 1 + 13
# + 1 characters, and what tells its kind (_dates._TRIGGER_FIGURE, _dates._TRIGGER) at most
# 14: only the last _SPACED_MARGIN characters are scanned again.
_PREFIX_MARGIN: Final = 64
_SPACED_MARGIN: Final = 32
_LONG_SPACE: Final = re.compile(r"\s{24}")


def _margin(window: str) -> int | None:
    """How many last characters of a prefix are scanned again, judged from the text around
    the cut (``window``): _SPACED_MARGIN where it is single-spaced, told by C substring tests
    (two spaces in a row, other whitespace), else _PREFIX_MARGIN, or None (the prefix is
    scanned whole) where _LONG_SPACE, tried at every position, finds a long run."""
    if "  " not in window and only_spaces(window):
        return _SPACED_MARGIN
    return None if _LONG_SPACE.search(window) is not None else _PREFIX_MARGIN


def _cut(doc: Doc, prefix: Doc) -> tuple[Starts, int] | None:
    """``doc``'s places and the offset from which ``prefix`` (``doc.prefix(n)``) must be
    scanned again (its places before it are ``doc``'s), or None where the prefix is to be
    scanned whole: ``doc``'s places are not known, the prefix is short, or a long
    whitespace run lies near the cut (see _margin)."""
    whole = doc.memo.get(_MEMO_KEY)
    if not isinstance(whole, Starts):
        return None
    folded = prefix.folded
    lo = len(folded) - _PREFIX_MARGIN
    if lo <= 0:
        return None
    margin = _margin(doc.folded[lo - _PREFIX_MARGIN if lo > _PREFIX_MARGIN else 0 : len(folded)])
    if margin is None:
        return None
    return whole, len(folded) - margin


def prefix_starts(doc: Doc, prefix: Doc) -> None:
    """Keep on ``prefix`` (``doc.prefix(n)``) the places :func:`starts` would find in it,
    taken from ``doc``'s own where the cut cannot change them: only its last characters are
    scanned again. Does nothing unless ``doc``'s places are already known."""
    if _MEMO_KEY in prefix.memo:
        return
    cut = _cut(doc, prefix)
    if cut is None:
        return
    whole, lo = cut
    tail = _find_tail(prefix.folded, lo)
    # Both lists are in text order: the places before ``lo`` are a head of each.
    counts = whole.counts[: bisect.bisect_left(whole.counts, lo)]
    counts.extend(tail.counts)
    dates = whole.dates[: bisect.bisect_left(whole.dates, (lo,))]
    dates.extend(tail.dates)
    prefix.memo[_MEMO_KEY] = Starts(counts, dates)


def prefix_dates(doc: Doc, prefix: Doc) -> Iterator[tuple[int, int]]:
    """``starts(prefix).dates`` (``prefix`` is ``doc.prefix(n)``), read lazily: the places
    before the cut's margin straight from ``doc``'s own, and the prefix's last characters
    scanned again (by prefix_starts, which keeps all its places on ``prefix``) only when the
    reader goes that far. The date line's first-date scan stops at the window's first date,
    nearly always well before the cut: the tail pass, the two list copies and their
    bisections were work for nothing there."""
    cut = None if _MEMO_KEY in prefix.memo else _cut(doc, prefix)
    if cut is None:
        yield from starts(prefix).dates
        return
    whole, lo = cut
    for place in whole.dates:
        if place[0] >= lo:
            break
        yield place
    # The places from ``lo`` on are the prefix's own (see prefix_starts).
    prefix_starts(doc, prefix)
    dates = starts(prefix).dates
    yield from dates[bisect.bisect_left(dates, (lo,)) :]


def starts(doc: Doc) -> Starts:
    """Where counts and dates may start in ``doc``: computed once, kept on the Doc."""
    found = doc.memo.get(_MEMO_KEY)
    if found is None:
        found = doc.memo[_MEMO_KEY] = _find(doc.folded)
    assert isinstance(found, Starts)
    return found
