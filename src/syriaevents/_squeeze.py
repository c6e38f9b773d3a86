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
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

import attrs

from ._text import check_text
from .model import Span

T = TypeVar("T")

# Two or more whitespace characters in a row: the only runs squeezing changes. Written
# "\s\s+" rather than "\s{2,}" (the same matches): a pattern opening with a character class
# lets the stdlib engine skip to the next whitespace character, a third faster.
_RUN = re.compile(r"\s\s+")
# A line break inside a sentence: the line does not end a sentence or a heading and the next
# starts in lower case (not a bullet "o "). NOTE: keep in step with _text._line_blocks, which
# joins the same lines into one block.
_WRAP = re.compile(r"(?<=[^\s.!?:\"'])\n(?=[a-z])(?!o\s)")


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
        for m in _RUN.finditer(original):
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
        # reads as a space. Same length, so offsets need no mapping for it.
        self.text, wraps = _WRAP.subn(" ", squeezed)
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

    def restore(self, value: T) -> T:
        """``value`` (a record, or a tuple of them) with spans and surfaces of the original."""
        restored: T = self._restore(value)
        return restored

    def _restore(self, value: Any) -> Any:
        if isinstance(value, Span):
            return Span(start=self.start(value.start), end=self.end(value.end))
        if isinstance(value, tuple):
            return tuple(self._restore(item) for item in value)
        if not attrs.has(type(value)):
            return value
        changes: dict[str, Any] = {}
        for field in attrs.fields(type(value)):
            old = getattr(value, field.name)
            new = self._restore(old)
            if new is not old:
                changes[field.name] = new
        span = changes.get("span")
        if isinstance(span, Span) and hasattr(value, "surface"):
            changes["surface"] = self.original[span.start : span.end]
        if "text" in changes or getattr(value, "text", None) == self.text:
            changes["text"] = self.original
        return attrs.evolve(value, **changes) if changes else value


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
