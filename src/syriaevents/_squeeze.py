"""Whitespace runs: read text with single spaces, report offsets into the text as given.

Scanners match words separated by one space. Text from the wild has runs ("killed  five",
"Deir ez-Zor \\n", "\\r\\n" line ends) that would make the same words look different. So a
text with such runs is read as a *squeezed* copy, where a run without a line break is one
space, a run with one line break is that line break, and a run with several is a blank line;
then every span of every record is mapped back to the text as given and every ``surface``
is sliced from it again, so records stay grounded in the caller's text.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterator
from typing import Any, Concatenate, ParamSpec, TypeVar

import attrs

from ._text import check_text, only_spaces
from .model import Span

T = TypeVar("T")

# Two or more whitespace characters in a row: the only runs squeezing changes. Written
# "\s\s+" rather than "\s{2,}" (the same matches): a pattern opening with a character class
# lets the stdlib engine skip to the next whitespace character, a third faster.
_RUN = re.compile(r"\s\s+")
# Whitespace other than a space: every run holds one of these or two spaces in a row.
_ODD_SPACE = re.compile(r"[^\S ]")
# Every character _ODD_SPACE matches (the characters str.isspace() takes, but the space).
# NOTE: keep in step with _ODD_SPACE (tests/test_speed14_fix.py checks the two agree).
_ODD_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# A line break inside a sentence: the line does not end a sentence or a heading and the next
# starts in lower case (not a bullet "o "). NOTE: keep in step with _text._line_blocks, which
# joins the same lines into one block. The pattern opens with the line break and looks back
# past it: a literal first character lets the stdlib engine jump from line break to line
# break instead of trying the lookbehind at every position (fifty times faster).
_WRAP = re.compile(r"\n(?<=[^\s.!?:\"']\n)(?=[a-z])(?!o\s)")


def _none_in(chars: str, text: str) -> bool:
    """Whether no character of ``chars`` occurs in ``text`` (a loop of C substring tests;
    any() over a generator costs more)."""
    for c in chars:  # noqa: SIM110
        if c in text:
            return False
    return True


def _runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of _RUN in ``text``, found faster: most whitespace is single spaces,
    where _RUN is tried in vain. Every run holds two spaces or another whitespace character,
    which C searches find; the run is then matched from its first character."""
    n = len(text)
    pos = 0
    odd = double = -1  # the next of each at or after pos (n: none), once looked for
    if only_spaces(text) or (not text.isascii() and _none_in(_ODD_SPACES, text)):
        # None to look for. Tested for non-ASCII text too (17 of the 298 fakes-dev texts,
        # nearly all without such a character): a C substring test per character is several
        # times cheaper than _ODD_SPACE's search, which tests every character of the text
        # against its class.
        odd = n
    while pos < n:
        if odd < pos:
            found = _ODD_SPACE.search(text, pos)
            odd = found.start() if found is not None else n
        if double < pos:
            double = text.find("  ", pos)
            if double < 0:
                double = n
        at = min(odd, double)
        if at >= n:
            return
        start = at
        while start > pos and text[start - 1].isspace():  # \s is str.isspace() in re
            start -= 1
        run = _RUN.match(text, start)
        if run is None:  # a lone line break or tab
            pos = at + 1
        else:
            yield run
            pos = run.end()


class Squeezed:
    """A squeezed copy of a text and the map from its offsets back to the text's."""

    __slots__ = ("_orig_starts", "_sq_starts", "_wrapped", "original", "text")

    def __init__(self, original: str) -> None:
        self.original = original
        pieces: list[str] = []
        # Offsets where a stretch of squeezed text starts, and where it came from.
        self._sq_starts: list[int] = [0]
        self._orig_starts: list[int] = [0]
        at = 0
        length = 0
        for m in _runs(original):
            run = m.group()
            breaks = run.count("\n") + (run.count("\r") if "\n" not in run else 0)
            short = " " if breaks == 0 else "\n" if breaks == 1 else "\n\n"
            if short == run:
                continue
            pieces.append(original[at : m.start()])
            length += m.start() - at
            # The short form stands for the run's first characters ...
            self._sq_starts.append(length)
            self._orig_starts.append(m.start())
            pieces.append(short)
            length += len(short)
            at = m.end()
            # ... and the text after it resumes at the run's end.
            self._sq_starts.append(length)
            self._orig_starts.append(at)
        pieces.append(original[at:])
        squeezed = "".join(pieces)
        # A hard-wrapped line ("killing 13\ncivilians") continues the sentence: the line break
        # reads as a space. Same length, so offsets need no mapping for it. Every match of
        # _WRAP opens with a line break, and most texts have none: one C substring test
        # skips the pattern's pass over the text.
        wraps = 0
        if "\n" in squeezed:
            squeezed, wraps = _WRAP.subn(" ", squeezed)
        self.text = squeezed
        self._wrapped = wraps > 0

    @property
    def changed(self) -> bool:
        return self._wrapped or len(self._sq_starts) > 1

    def start(self, offset: int) -> int:
        """The offset in the original text of squeezed ``offset`` as a span's start."""
        i = bisect.bisect_right(self._sq_starts, offset) - 1
        return self._orig_starts[i] + offset - self._sq_starts[i]

    def end(self, offset: int) -> int:
        """The offset in the original text of squeezed ``offset`` as a span's end."""
        return self.start(offset - 1) + 1 if offset > 0 else 0

    def restore(self, value: T, others: Any = (), other: Squeezed | None = None) -> T:
        """``value`` (a record, or a tuple of them) with spans and surfaces of the original.
        Records in ``others`` come from another text (a headline given apart) and are mapped
        by ``other``, its own squeezed copy, wherever ``value`` holds them."""
        memo: dict[int, Any] = {}
        if other is not None and others:
            other._restore(others, memo)
        restored: T = self._restore(value, memo)
        return restored

    def _restore(self, value: Any, memo: dict[int, Any] | None = None) -> Any:
        """``value`` mapped back. ``memo`` keeps each record's answer by its id: records are
        shared (a place in the locations, in reports and in the summary; a gazetteer row in
        many mentions), and each is walked once."""
        cls = type(value)
        if cls is Span or isinstance(value, Span):
            return Span(start=self.start(value.start), end=self.end(value.end))
        if memo is None:
            memo = {}
        if isinstance(value, tuple):
            items = [self._restore(item, memo) for item in value]
            if cls is tuple and all(new is old for new, old in zip(items, value, strict=True)):
                return value  # nothing inside changed (gazetteer aliases, names)
            return tuple(items)
        names = _field_names(cls)
        if names is None:
            _LEAVES.add(cls)  # an enum, a date: learnt once
            return value
        done = memo.get(id(value))
        if done is not None:
            return done
        changes: dict[str, Any] = {}
        for name in names:
            old = getattr(value, name)
            if type(old) in _LEAVES:
                continue  # holds no span
            new = self._restore(old, memo)
            if new is not old:
                changes[name] = new
        span = changes.get("span")
        if isinstance(span, Span) and hasattr(value, "surface"):
            changes["surface"] = self.original[span.start : span.end]
        if "text" in changes or getattr(value, "text", None) == self.text:
            changes["text"] = self.original
        done = attrs.evolve(value, **changes) if changes else value
        memo[id(value)] = done
        return done


# Types of field values that hold no span, which _restore returns as they are (it adds the
# others it meets: enums, dates).
_LEAVES: set[type] = {str, int, float, bool, type(None)}


_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    """The field names of an attrs class, None for any other type (kept per class)."""
    try:
        return _FIELD_NAMES[cls]
    except KeyError:
        names = tuple(f.name for f in attrs.fields(cls)) if attrs.has(cls) else None
        _FIELD_NAMES[cls] = names
        return names


P = ParamSpec("P")
R = TypeVar("R")


def reads_squeezed(find: Callable[Concatenate[str, P], R]) -> Callable[Concatenate[str, P], R]:
    """Wrap a public ``find_x(text, ...)`` so whitespace runs in ``text`` change nothing."""

    @functools.wraps(find)
    def wrapper(text: str, /, *args: P.args, **kwargs: P.kwargs) -> R:
        squeezed = Squeezed(check_text(text))
        if not squeezed.changed:
            return find(text, *args, **kwargs)
        return squeezed.restore(find(squeezed.text, *args, **kwargs))

    return wrapper
