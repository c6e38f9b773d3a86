"""Figures and their qualifiers. (Being written: see issue 2.)"""

from __future__ import annotations

from ._text import Doc
from .model import Count


def scan_counts(doc: Doc) -> tuple[Count, ...]:
    """Counts in a prepared document."""
    raise NotImplementedError


def find_counts(text: str) -> tuple[Count, ...]:
    """Every figure in ``text`` with the interval its qualifier implies."""
    return scan_counts(Doc(text))
