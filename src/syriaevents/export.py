"""Output for other tools: JSON Lines, ACLED-style CSV rows, GeoJSON.

ACLED codes one row per event; syriaevents codes each article's main event in its
``Summary``, so :func:`acled_row` gives one row per article with ACLED's column names, and
tools that read ACLED exports read ours. :func:`to_geojson` maps every located place mention.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from .model import Article, Cause, EventType, PlaceKind, Side

__all__ = ["ACLED_COLUMNS", "acled_row", "event_type", "to_acled_csv", "to_geojson", "to_jsonl"]

ACLED_COLUMNS = (
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)

_CAUSE_EVENT = {
    Cause.AIRSTRIKE: EventType.AIR_DRONE_STRIKE,
    Cause.BARREL_BOMB: EventType.AIR_DRONE_STRIKE,
    Cause.SHELLING: EventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
    Cause.ROCKET: EventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
    Cause.MISSILE: EventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
    Cause.CAR_BOMB: EventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
    Cause.IED: EventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
    Cause.LANDMINE: EventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
    Cause.EXPLOSION: EventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
    Cause.SUICIDE_BOMBING: EventType.SUICIDE_BOMB,
    Cause.CHEMICAL: EventType.CHEMICAL_WEAPON,
    Cause.CLASHES: EventType.ARMED_CLASH,
}
# Violence that is a battle when fighters die and an attack when civilians do.
_DIRECT = frozenset({Cause.GUNFIRE, Cause.SNIPER, Cause.EXECUTION, Cause.TORTURE})


def event_type(article: Article) -> EventType | None:
    """The ACLED sub-event type of the article's main event, from its cause and victims.

    >>> import syriaevents as se
    >>> a = se.parse_article("Russian jets struck Ariha, killing nine civilians.")
    >>> event_type(a).acled_label
    'Air/drone strike'
    """
    summary = article.summary
    cause = summary.cause
    if cause is None:
        return None
    if cause in _CAUSE_EVENT:
        return _CAUSE_EVENT[cause]
    if cause in _DIRECT:
        civilians = summary.civilians_killed > 0 and summary.combatants_killed == 0
        return EventType.ATTACK if civilians else EventType.ARMED_CLASH
    return None


def acled_row(article: Article, *, notes_chars: int = 300) -> dict[str, str]:
    """The article's main event as one ACLED-style row (every value a string).

    >>> import syriaevents as se
    >>> a = se.parse_article("Russian jets struck Ariha on Monday, killing nine civilians.",
    ...                      published="2019-05-14")
    >>> row = acled_row(a)
    >>> row["event_date"], row["sub_event_type"], row["admin1"], row["fatalities"]
    ('2019-05-13', 'Air/drone strike', 'Idleb', '9')
    """
    summary = article.summary
    kind = event_type(article)
    location = summary.location
    place = location.place if location is not None else None
    perpetrator = summary.perpetrator
    date = summary.date.start if summary.date is not None else None
    point = place is not None and place.kind not in (PlaceKind.GOVERNORATE, PlaceKind.REGION)
    victims = "Civilians (Syria)" if summary.civilians_killed else ""
    if perpetrator is not None and perpetrator.side is Side.CIVILIANS:
        victims = ""
    row = {
        "event_date": date.isoformat() if date is not None else "",
        "event_type": kind.acled_event_type if kind is not None else "",
        "sub_event_type": kind.acled_label if kind is not None else "",
        "actor1": (perpetrator.acled_name or perpetrator.name) if perpetrator else "",
        "actor2": victims,
        "admin1": summary.governorate or "",
        "admin2": (place.district or "") if place is not None else "",
        "admin3": (place.subdistrict or "") if place is not None else "",
        "location": place.name if place is not None and point else "",
        "latitude": _number(place.latitude) if place is not None and point else "",
        "longitude": _number(place.longitude) if place is not None and point else "",
        "geo_precision": str(location.precision) if location is not None else "",
        "source": article.source or "",
        "notes": " ".join(article.text.split())[:notes_chars],
        "fatalities": str(summary.civilians_killed + summary.combatants_killed),
    }
    return row


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.5f}"


def to_acled_csv(articles: Iterable[Article]) -> str:
    """ACLED-style CSV text with a header row, one row per article."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for article in articles:
        writer.writerow(acled_row(article))
    return out.getvalue()


def to_jsonl(articles: Iterable[Article]) -> str:
    """One JSON object per article per line (``Article.to_dict()``)."""
    return "".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in articles)


def to_geojson(articles: Iterable[Article]) -> dict[str, Any]:
    """A GeoJSON FeatureCollection of every place mention that has coordinates.

    >>> import syriaevents as se
    >>> geo = to_geojson([se.parse_article("Shelling hit Aleppo.")])
    >>> geo["type"], geo["features"][0]["properties"]["name"]
    ('FeatureCollection', 'Aleppo')
    """
    features = []
    for index, article in enumerate(articles):
        for location in article.locations:
            place = location.place
            if place.latitude is None or place.longitude is None:
                continue
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [place.longitude, place.latitude]},
                    "properties": {
                        "article": index,
                        "id": place.id,
                        "name": place.name,
                        "kind": place.kind.value,
                        "governorate": place.governorate,
                        "surface": location.surface,
                        "start": location.span.start,
                        "end": location.span.end,
                        "geo_precision": location.precision,
                        "main": location == article.summary.location,
                    },
                }
            )
    return {"type": "FeatureCollection", "features": features}
