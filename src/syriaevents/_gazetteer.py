"""The Syria gazetteer and place matching. (Being written: see issue 3.)"""

from __future__ import annotations

from ._text import Doc
from .model import Location, Place


class Gazetteer:
    """The place table with its lookup indices."""

    @property
    def places(self) -> tuple[Place, ...]:
        raise NotImplementedError


def gazetteer() -> Gazetteer:
    """The gazetteer, loaded on first use."""
    raise NotImplementedError


def scan_places(doc: Doc) -> tuple[Location, ...]:
    """Places in a prepared document."""
    raise NotImplementedError


def find_places(text: str) -> tuple[Location, ...]:
    """Every place ``text`` names, resolved in the gazetteer."""
    return scan_places(Doc(text))
