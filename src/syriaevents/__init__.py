"""syriaevents: typed, grounded records of what English news says happened in the Syrian war.

>>> import syriaevents as se
>>> se.fold("Deir ez‑Zor")
'deir ez-zor'
"""

from ._actors import find_actors
from ._dates import find_dateline, find_dates
from ._gazetteer import Gazetteer, find_places, gazetteer
from ._numbers import find_counts
from ._text import fold
from .model import (
    Actor,
    ActorKind,
    Anchor,
    Article,
    Attribution,
    CasualtyReport,
    Cause,
    Count,
    DateRef,
    Event,
    EventType,
    Location,
    Place,
    PlaceKind,
    Precision,
    Qualifier,
    Side,
    Span,
    Status,
    Summary,
    Trigger,
    VictimGroup,
    to_dict,
)
from .parse import parse_article, parse_articles

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorKind",
    "Anchor",
    "Article",
    "Attribution",
    "CasualtyReport",
    "Cause",
    "Count",
    "DateRef",
    "Event",
    "EventType",
    "Gazetteer",
    "Location",
    "Place",
    "PlaceKind",
    "Precision",
    "Qualifier",
    "Side",
    "Span",
    "Status",
    "Summary",
    "Trigger",
    "VictimGroup",
    "__version__",
    "find_actors",
    "find_counts",
    "find_dateline",
    "find_dates",
    "find_places",
    "fold",
    "gazetteer",
    "parse_article",
    "parse_articles",
    "to_dict",
]
