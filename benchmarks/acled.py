"""ACLED notes: how well the summary of each analyst's note matches ACLED's own coding.

    python benchmarks/acled.py [--corpus DIR] [--misses]

Per note: admin1 (the summary's governorate), location (the summary's place by name in
ACLED's governorate, a city's quarter by its own name, or within 5 km of ACLED's
coordinates), fatalities (everyone the summary
counts as killed), and the event date (the summary's date, else the first day-precise date in
the note). Over the notes of political violence only (battles, explosions and remote
violence, violence against civilians): actor1, whether the summary's perpetrator, by its
ACLED name, is ACLED's actor1 or one of its associated actors (ACLED codes a group's
coalition first: "Operation Peace Spring" with "JWS: Syrian National Army" beside it); no
perpetrator agrees with ACLED's "Unidentified Armed Group".
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

from _corpus import DEFAULT_CORPUS, load_csv

import syriaevents as se
from syriaevents._variants import skeleton

# ACLED's admin1 spellings that differ from OCHA's canonical governorate names.
ADMIN1 = {
    "Al Hasakeh": "Al-Hasakeh",
    "Ar Raqqa": "Ar-Raqqa",
    "As Sweida": "As-Sweida",
    "Dara": "Dar'a",
    "Deir ez Zor": "Deir-ez-Zor",
}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def same_place(summary: se.Summary, row: dict[str, str]) -> bool:
    if summary.location is None:
        return False
    place = summary.location.place
    names = {skeleton(place.name), *(skeleton(a) for a in place.aliases)}
    # ACLED names a city's quarter after the city: "Aleppo - Sheikh Maqsoud".
    coded = {skeleton(part) for part in (row["location"], row["location"].split(" - ")[-1])}
    if names & coded and place.governorate == ADMIN1.get(row["admin1"], row["admin1"]):
        return True  # the same name in another governorate is another village
    if place.latitude is None or place.longitude is None:
        return False
    return km(place.latitude, place.longitude, float(row["latitude"]), float(row["longitude"])) <= 5


VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


# ACLED's code for an attacker nobody named; the summary says None, or names the table's
# unidentified group when the note calls it so ("planted by an unknown armed group").
UNNAMED = "Unidentified Armed Group (Syria)"


def same_actor(perpetrator: se.Actor | None, row: dict[str, str]) -> bool:
    """Whether ``perpetrator`` is ACLED's actor1 or an actor associated with it."""
    if perpetrator is None:
        return row["actor1"] == UNNAMED
    if perpetrator.acled_name is None:
        return False
    coded = {row["actor1"], *(a.strip() for a in row["assoc_actor_1"].split(";"))}
    return perpetrator.acled_name in coded


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args()
    rows = load_csv(args.corpus, "acled-dev.csv")
    if rows is None:
        return 0
    right = {"admin1": 0, "location": 0, "fatalities": 0, "date": 0}
    violent = agents = 0
    for row in rows:
        article = se.parse_article(row["notes"])
        s = article.summary
        killed = s.civilians_killed + s.combatants_killed
        day = s.date or next((d for d in article.dates if d.precision.value == "day"), None)
        got = {
            "admin1": s.governorate == ADMIN1.get(row["admin1"], row["admin1"]),
            "location": same_place(s, row),
            "fatalities": killed == int(row["fatalities"]),
            "date": day is not None
            and day.start is not None
            and day.start.isoformat() == row["event_date"],
        }
        if row["event_type"] in VIOLENT:
            violent += 1
            ok = same_actor(s.perpetrator, row)
            agents += ok
            if not ok and args.misses:
                ours = s.perpetrator.acled_name or s.perpetrator.name if s.perpetrator else None
                print(f"MISS actor1: {row['notes'][:110]} | ACLED {row['actor1']} | ours {ours}")
        for field, ok in got.items():
            right[field] += ok
            if not ok and args.misses:
                print(
                    f"MISS {field}: {row['notes'][:110]} | ACLED {row['admin1']} / "
                    f"{row['location']} / {row['fatalities']} | ours {s.governorate} / "
                    f"{s.location.place.name if s.location else None} / {killed}"
                )
    print(f"ACLED dev: {len(rows)} notes")
    for field, n in right.items():
        print(f"{field:<11}{n / len(rows):>7.3f}  ({n}/{len(rows)})")
    if violent:
        print(f"{'actor1':<11}{agents / violent:>7.3f}  ({agents}/{violent} notes of violence)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
