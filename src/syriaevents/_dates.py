"""Absolute and relative dates. (Being written: see issue 2.)"""

from __future__ import annotations

import datetime as _dt

from ._text import Doc
from .model import DateRef


def scan_dates(doc: Doc, published: _dt.date | None) -> tuple[DateRef, ...]:
    """Dates in a prepared document, resolved against ``published``."""
    raise NotImplementedError


def find_dates(text: str, published: object = None) -> tuple[DateRef, ...]:
    """Every date expression in ``text``."""
    raise NotImplementedError


def find_dateline(text: str) -> DateRef | None:
    """The article's own date line."""
    raise NotImplementedError
