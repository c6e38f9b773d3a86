"""The command line: JSON out, one-line errors with status 2, never a traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from syriaevents.cli import main

ARTICLE = (
    "BEIRUT: Regime barrel bombs killed 14 civilians, among them six children, in the "
    "town of Douma on Monday, the Syrian Observatory for Human Rights said."
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "douma.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_parse_prints_json(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(article), "--published", "2015-08-18"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["file"] == str(article)
    assert "text" not in record
    assert record["published"] == "2015-08-18"
    assert record["summary"]["civilians_killed"] == 14
    assert record["summary"]["children_killed"] == 6
    assert record["summary"]["governorate"] == "Rural Damascus"
    for report in record["casualties"]:
        span = report["span"]
        assert ARTICLE[span["start"] : span["end"]] == report["surface"]


def test_parse_jsonl_many_files(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(article), str(article), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert all(json.loads(line)["summary"]["civilians_killed"] == 14 for line in lines)


def test_parse_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE))
    assert main(["parse", "-", "--title", "Barrel bombs hit Douma"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Barrel bombs hit Douma"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["parse", "/no/such/file.txt"], "cannot read /no/such/file.txt"),
        (["parse", "x.txt", "--published", "last tuesday"], "published must be a date"),
        (["parse", "x.txt", "--format", "xml"], "invalid choice: 'xml'"),
        (["parse"], "the following arguments are required: FILE"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        ([], "the following arguments are required: command"),
        (["places", "Aleppo", "--limit", "0"], "--limit must be at least 1"),
    ],
)
def test_errors_are_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("syriaevents: error: ")
    assert message in err


def test_places_search(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["places", "Deir el-Zour", "--limit", "3"]) == 0
    first = json.loads(capsys.readouterr().out.splitlines()[0])
    assert first["governorate"] == "Deir-ez-Zor"


def test_python_dash_m(article: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "syriaevents", "parse", str(article), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["summary"]["children_killed"] == 6
    bad = subprocess.run(
        [sys.executable, "-m", "syriaevents", "parse", "/no/such"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr


def test_parse_csv_and_geojson(article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(article), "--format", "csv", "--published", "2015-08-18"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("event_date,event_type,sub_event_type,actor1")
    assert out[1].startswith("2015-08-17,")
    assert main(["parse", str(article), "--format", "geojson"]) == 0
    geo = json.loads(capsys.readouterr().out)
    assert geo["type"] == "FeatureCollection"
    assert any(f["properties"]["surface"] == "Douma" for f in geo["features"])
