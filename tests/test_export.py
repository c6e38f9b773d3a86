"""ACLED-style rows, JSON Lines and GeoJSON carry the summary's facts in other tools' shapes."""

from __future__ import annotations

import csv
import io
import json

import syriaevents as se
from syriaevents.export import (
    ACLED_COLUMNS,
    acled_row,
    event_type,
    to_acled_csv,
    to_geojson,
    to_jsonl,
)
from syriaevents.model import EventType

STRIKE = (
    "Russian warplanes struck the town of Ariha in Idlib province on Monday, killing "
    "nine civilians, the Syrian Observatory for Human Rights said."
)
BLAST = "A car bomb exploded in Azaz on Friday, killing six people, activists said."


def test_acled_row_of_an_air_strike() -> None:
    article = se.parse_article(STRIKE, published="2019-05-14", source="AFP")
    row = acled_row(article)
    assert set(row) == set(ACLED_COLUMNS)
    assert row["event_date"] == "2019-05-13"
    assert row["event_type"] == "Explosions/Remote violence"
    assert row["sub_event_type"] == "Air/drone strike"
    assert row["actor1"].startswith("Military Forces of Russia")
    assert row["actor2"] == "Civilians (Syria)"
    assert row["admin1"] == "Idleb"
    assert row["location"] == "Ariha"
    assert row["geo_precision"] == "1"
    assert row["source"] == "AFP"
    assert row["fatalities"] == "9"


def test_event_types_follow_the_cause() -> None:
    assert event_type(se.parse_article(BLAST)) is EventType.REMOTE_EXPLOSIVE_LANDMINE_IED
    assert event_type(se.parse_article("Nothing happened in Aleppo.")) is None


def test_csv_round_trips_through_the_csv_module() -> None:
    articles = [se.parse_article(STRIKE, published="2019-05-14"), se.parse_article(BLAST)]
    rows = list(csv.DictReader(io.StringIO(to_acled_csv(articles))))
    assert [r["admin1"] for r in rows] == ["Idleb", "Aleppo"]
    assert rows[1]["fatalities"] == "6"


def test_jsonl_is_one_article_per_line() -> None:
    lines = to_jsonl([se.parse_article(STRIKE), se.parse_article(BLAST)]).splitlines()
    assert [json.loads(line)["summary"]["civilians_killed"] for line in lines] == [9, 6]


def test_geojson_points_are_lon_lat_and_marks_the_main_place() -> None:
    geo = to_geojson([se.parse_article(STRIKE)])
    json.dumps(geo)
    ariha = [f for f in geo["features"] if f["properties"]["surface"] == "Ariha"]
    assert ariha
    lon, lat = ariha[0]["geometry"]["coordinates"]
    assert 35.7 < lon < 42.4
    assert 32.3 < lat < 37.4
    assert ariha[0]["properties"]["main"] is True
