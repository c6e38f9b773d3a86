"""syriaevents: typed, grounded records of what English news says happened in the Syrian war.

>>> import syriaevents as se
>>> se.fold("Deir ez‑Zor")
'deir ez-zor'
"""

from . import _actors, _dates, _gazetteer, _numbers
from ._gazetteer import Gazetteer, gazetteer
from ._squeeze import reads_squeezed
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

# Whitespace runs ("killed  five", CRLF line ends) change nothing: see _squeeze.
find_actors = reads_squeezed(_actors.find_actors)
find_counts = reads_squeezed(_numbers.find_counts)
find_dateline = reads_squeezed(_dates.find_dateline)
find_dates = reads_squeezed(_dates.find_dates)
find_places = reads_squeezed(_gazetteer.find_places)

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
