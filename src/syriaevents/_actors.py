"""The actor table and actor matching. (Being written: see issue 4.)"""

from __future__ import annotations

from ._text import Doc
from .model import Actor


def scan_actors(doc: Doc) -> tuple[Actor, ...]:
    """Actors in a prepared document."""
    raise NotImplementedError


def find_actors(text: str) -> tuple[Actor, ...]:
    """Every actor ``text`` names, normalised to the actor table."""
    return scan_actors(Doc(text))
