"""Place matching: table load time, speed over FA-KES dev, and how often the places found
agree with human labels (FA-KES governorate, ACLED admin1 and location).

    python benchmarks/places.py [--corpus DIR] [--quiet]

The FA-KES line reports the governorate of the main event as the library's article summary
picks it (``parse_article(...).summary``, see docs/summary.md): one salience implementation,
shared with benchmarks/fakes.py.
"""

from __future__ import annotations

import argparse
import csv
import math
import sys
import time
from pathlib import Path

import syriaevents as se
from syriaevents import _gazetteer
from syriaevents._gazetteer import scan_places
from syriaevents._text import Doc
from syriaevents._variants import skeleton

ROOT = Path(__file__).resolve().parent.parent
# FA-KES labels -> OCHA governorate names; "damascus" covers the city and Rural Damascus.
LABELS: dict[str, tuple[str, ...]] = {
    "aleppo": ("Aleppo",),
    "damascus": ("Damascus", "Rural Damascus"),
    "idlib": ("Idleb",),
    "deir ezzor": ("Deir-ez-Zor",),
    "raqqa": ("Ar-Raqqa",),
    "homs": ("Homs",),
    "hasakeh": ("Al-Hasakeh",),
    "hama": ("Hama",),
    "daraa": ("Dar'a",),
    "lattakia": ("Lattakia",),
    "quneitra": ("Quneitra",),
    "tartous": ("Tartous",),
}


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


# ACLED admin1 spellings -> OCHA names.
ACLED_ADMIN1 = {"Dara": "Dar'a", "Ar Raqqa": "Ar-Raqqa", "Al Hasakeh": "Al-Hasakeh",
                "Deir ez Zor": "Deir-ez-Zor", "As Sweida": "As-Sweida"}  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--quiet", action="store_true", help="numbers only, no misses")
    args = ap.parse_args()
    corpus = Path(args.corpus)

    t0 = time.perf_counter()
    gaz = se.gazetteer()
    print(f"table load: {(time.perf_counter() - t0) * 1000:.0f} ms ({len(gaz.places)} places)")
    t0 = time.perf_counter()
    gaz2 = _gazetteer.Gazetteer(gaz.places, _gazetteer._stoplist())
    print(f"index build (again, warm): {(time.perf_counter() - t0) * 1000:.0f} ms")
    del gaz2

    fakes = corpus / "fakes-dev.csv"
    acled = corpus / "acled-dev.csv"
    if not fakes.exists() or not acled.exists():
        print(f"corpus not found at {corpus}: nothing more to measure")
        return 0

    with fakes.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    texts = [(r["article_title"], r["article_title"] + "\n" + r["article_content"]) for r in rows]
    size = sum(len(t) for _, t in texts)
    t0 = time.perf_counter()
    for _, text in texts:
        se.find_places(text)
    cold = time.perf_counter() - t0
    warm = math.inf
    for _ in range(5):  # best of five: other processes only ever add time
        t0 = time.perf_counter()
        for _, text in texts:
            se.find_places(text)
        warm = min(warm, time.perf_counter() - t0)
    print(
        f"find_places over fakes-dev ({len(texts)} articles, {size // 1024} KB): "
        f"{cold:.3f} s first pass (cold word caches), {warm:.3f} s warm (best of 5)"
    )
    # The places stage as parse_article runs it (benchmarks/throughput.py): prepared Docs.
    docs = [Doc(text) for _, text in texts]
    stage = math.inf
    for _ in range(7):
        t0 = time.perf_counter()
        for doc in docs:
            scan_places(doc)
        stage = min(stage, time.perf_counter() - t0)
    print(f"scan_places over the prepared Docs: {stage * 1000:.1f} ms (best of 7)")

    hits = 0
    misses = []
    for row in rows:
        title = row["article_title"]
        summary = se.parse_article(row["article_content"], title=title).summary
        best = summary.location
        want = LABELS.get(row["location"], ())
        if summary.governorate is not None and summary.governorate in want:
            hits += 1
        else:
            got = f"{best.surface} -> {summary.governorate}" if best else "nothing"
            misses.append(f"  [{row['location']}] got {got} | {title[:70]}")
    print(
        f"fakes-dev governorate of the summary's main place: {hits / len(rows):.3f} "
        f"({hits}/{len(rows)})"
    )
    if not args.quiet:
        print("\n".join(misses))

    with acled.open(encoding="utf-8") as f:
        notes = list(csv.DictReader(f))
    admin_hits = loc_hits = 0
    admin_miss, loc_miss = [], []
    for r in notes:
        locs = se.find_places(r["notes"])
        admin1 = ACLED_ADMIN1.get(r["admin1"], r["admin1"])
        govs = {x.place.governorate for x in locs}
        if admin1 in govs:
            admin_hits += 1
        else:
            admin_miss.append(
                f"  [{r['admin1']}] {sorted(g or '-' for g in govs)} | {r['notes'][:90]}"
            )
        key = skeleton(r["location"].split(" - ")[-1])
        lat, lon = float(r["latitude"]), float(r["longitude"])
        ok = any(
            skeleton(x.place.name) == key
            or any(skeleton(a) == key for a in x.place.aliases)
            or skeleton(x.surface) == key
            or (
                x.place.latitude is not None
                and x.place.longitude is not None
                and km(lat, lon, x.place.latitude, x.place.longitude) <= 5
            )
            for x in locs
        )
        if ok:
            loc_hits += 1
        else:
            surfaces = [x.surface for x in locs]
            loc_miss.append(f"  [{r['location']}] found {surfaces} | {r['notes'][:80]}")
    n = len(notes)
    print(f"acled-dev admin1 among governorates found: {admin_hits / n:.3f} ({admin_hits}/{n})")
    if not args.quiet:
        print("\n".join(admin_miss))
    print(
        f"acled-dev location found (name/variant or <= 5 km): {loc_hits / n:.3f} ({loc_hits}/{n})"
    )
    if not args.quiet:
        print("\n".join(loc_miss))
    return 0


if __name__ == "__main__":
    sys.exit(main())
