"""The committed gazetteer table: fresh from its sources, and well formed.

The tests that read only ``src/syriaevents/data/places.tsv`` run everywhere; the ones
that rebuild it need the raw sources in ``../shared/gazetteer-sources`` and skip without
them.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from conftest import ROOT, SHARED
from syriaevents.model import PlaceKind

SOURCES = SHARED / "gazetteer-sources"
PLACES = ROOT / "src" / "syriaevents" / "data" / "places.tsv"
CURATED = ROOT / "data-src" / "places_curated.tsv"
ALIASES = ROOT / "data-src" / "aliases_curated.tsv"

needs_sources = pytest.mark.skipif(
    not SOURCES.is_dir(), reason=f"gazetteer sources not found at {SOURCES}"
)

# OCHA's canonical governorate names (the contract with the matcher and the docs).
GOVERNORATES = frozenset(
    {
        "Aleppo",
        "Al-Hasakeh",
        "Ar-Raqqa",
        "As-Sweida",
        "Damascus",
        "Dar'a",
        "Deir-ez-Zor",
        "Hama",
        "Homs",
        "Idleb",
        "Lattakia",
        "Quneitra",
        "Rural Damascus",
        "Tartous",
    }
)


def _load_script() -> ModuleType:
    # scripts/ is not a package: import the build script by path.
    path = ROOT / "scripts" / "build_gazetteer.py"
    spec = importlib.util.spec_from_file_location("build_gazetteer", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


bg = _load_script()


def _rows() -> list[dict[str, str]]:
    lines = PLACES.read_text(encoding="utf-8").split("\n")
    header = lines[0].split("\t")
    assert lines[-1] == "", "places.tsv must end with a newline"
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:-1]]


ROWS = _rows()


# -- the committed file, everywhere ------------------------------------------------------


def test_header_is_the_contract() -> None:
    header = PLACES.read_text(encoding="utf-8").split("\n", 1)[0]
    assert tuple(header.split("\t")) == bg.COLUMNS
    assert bg.COLUMNS[:3] == ("id", "name", "kind")


def test_file_is_plain_utf8_with_newlines() -> None:
    data = PLACES.read_bytes()
    assert b"\r" not in data
    assert not data.startswith(b"\xef\xbb\xbf")
    data.decode("utf-8")


def test_kinds_are_place_kinds() -> None:
    kinds = {kind.value for kind in PlaceKind}
    assert set(bg.KINDS) == kinds
    assert {row["kind"] for row in ROWS} <= kinds


def test_every_syrian_row_has_a_canonical_governorate() -> None:
    for row in ROWS:
        if row["country"] != "SY" or row["kind"] in ("country", "region", "feature"):
            continue
        assert row["governorate"] in GOVERNORATES, row["id"]
    assert {r["name"] for r in ROWS if r["kind"] == "governorate"} == GOVERNORATES


def test_ids_unique_and_well_formed() -> None:
    ids = [row["id"] for row in ROWS]
    assert not [i for i, n in Counter(ids).items() if n > 1]
    prefixes = {i.split(":", 1)[0] for i in ids}
    assert prefixes <= {"country", "ocha", "geonames", "curated"}


def test_rows_are_sorted_by_kind_then_id() -> None:
    order = {kind: i for i, kind in enumerate(bg.KINDS)}
    keys = [(order[row["kind"]], row["id"]) for row in ROWS]
    assert keys == sorted(keys)


def test_syrian_coordinates_lie_in_syria() -> None:
    for row in ROWS:
        assert bool(row["latitude"]) == bool(row["longitude"]), row["id"]
        if row["country"] == "SY" and row["latitude"]:
            lat, lon = float(row["latitude"]), float(row["longitude"])
            assert 32.3 <= lat <= 37.4, row["id"]
            assert 35.7 <= lon <= 42.4, row["id"]


def test_every_row_has_a_source_and_borrowed_coordinates_say_so() -> None:
    geonames_ids = {row["id"] for row in ROWS if row["id"].startswith("geonames:")}
    for row in ROWS:
        assert row["source"], row["id"]
        tokens = row["source"].split(";")
        borrowed = [t.removeprefix("coords=") for t in tokens if t.startswith("coords=")]
        if row["latitude"] and not row["id"].startswith("geonames:"):
            assert len(borrowed) == 1, row["id"]
        for lender in borrowed:
            if lender.startswith("geonames:"):
                assert lender in geonames_ids, row["id"]


def test_admin_rows_have_pcodes_and_parents() -> None:
    districts = {(r["governorate"], r["name"]) for r in ROWS if r["kind"] == "district"}
    subdistricts = {
        (r["governorate"], r["district"], r["name"]) for r in ROWS if r["kind"] == "subdistrict"
    }
    assert len(districts) == 62
    assert len(subdistricts) == 272
    for row in ROWS:
        kind = row["kind"]
        if kind == "governorate":
            assert row["pcode"] == row["id"].removeprefix("ocha:")
            assert row["governorate"] == row["name"]
            assert not row["district"]
        elif kind == "district":
            assert row["pcode"] == row["id"].removeprefix("ocha:")
            assert row["district"] == row["name"]
            assert not row["subdistrict"]
        elif kind == "subdistrict":
            assert row["pcode"] == row["id"].removeprefix("ocha:")
            assert row["subdistrict"] == row["name"]
        if row["district"]:
            assert (row["governorate"], row["district"]) in districts, row["id"]
        if row["subdistrict"]:
            key = (row["governorate"], row["district"], row["subdistrict"])
            assert key in subdistricts, row["id"]


def test_values_are_clean() -> None:
    for row in ROWS:
        assert row["name"], row["id"]
        assert row["name"] == row["name"].strip(), row["id"]
        if row["population"]:
            assert int(row["population"]) > 0
        if row["geonames_id"]:
            assert row["id"] == f"geonames:{int(row['geonames_id'])}"
        aliases = row["aliases"].split("|") if row["aliases"] else []
        assert aliases == sorted(set(aliases)), row["id"]
        assert all(a and a == a.strip() for a in aliases), row["id"]
        assert row["name"] not in aliases, row["id"]


def test_news_spellings_reach_the_right_rows() -> None:
    by_id = {row["id"]: row for row in ROWS}

    def names(place_id: str) -> set[str]:
        row = by_id[place_id]
        return {row["name"], *row["aliases"].split("|")}

    assert {"Idlib", "Edlib"} <= names("ocha:SY07")
    assert {"Rif Dimashq", "Damascus countryside"} <= names("ocha:SY03")
    assert {"Dayr az Zawr", "Deir al-Zor"} <= names("ocha:SY09")
    assert {"Kobani", "Ain al-Arab"} <= names("geonames:172256")
    assert "Palmyra" in names("geonames:163808")
    assert "Halab" in names("geonames:170063")


def test_known_places_and_their_parents() -> None:
    by_id = {row["id"]: row for row in ROWS}
    aleppo = by_id["geonames:170063"]
    assert (aleppo["kind"], aleppo["governorate"], aleppo["district"]) == (
        "city",
        "Aleppo",
        "Jebel Saman",
    )
    manbij = by_id["geonames:167357"]
    assert (manbij["governorate"], manbij["district"]) == ("Aleppo", "Menbij")
    saraqib = by_id["geonames:164816"]
    assert (saraqib["governorate"], saraqib["district"], saraqib["pcode"]) == (
        "Idleb",
        "Idleb",
        "SY070003",
    )
    # A sub-district without coordinates of its own borrows its seat's.
    sub = by_id["ocha:SY070003"]
    assert (sub["latitude"], sub["longitude"]) == (saraqib["latitude"], saraqib["longitude"])
    assert "coords=geonames:164816" in sub["source"].split(";")


# -- pure functions of the script, everywhere ----------------------------------------------


def test_join_admin1_maps_by_name_and_override() -> None:
    joined = bg.join_admin1(
        {"SY.09": "Aleppo", "SY.12": "Idlib", "SY.06": "Daraa"}, ["Aleppo", "Idleb", "Dar'a"]
    )
    assert joined == {"SY.09": "Aleppo", "SY.12": "Idleb", "SY.06": "Dar'a"}


def test_join_admin1_fails_loudly() -> None:
    with pytest.raises(bg.BuildError, match="Atlantis"):
        bg.join_admin1({"SY.01": "Atlantis"}, ["Aleppo"])
    with pytest.raises(bg.BuildError, match="one to one"):
        bg.join_admin1({"SY.01": "Aleppo", "SY.02": "ALEPPO"}, ["Aleppo"])


@pytest.mark.parametrize(
    ("code", "population", "kind"),
    [
        ("PPLC", 1_500_000, "city"),
        ("PPLA", 36_000, "city"),
        ("PPL", 100_000, "city"),
        ("PPLA2", 9_000, "town"),
        ("PPLA3", 10_000, "town"),
        ("", 9_999, "village"),
        ("", 0, "village"),
    ],
)
def test_geonames_kind(code: str, population: int, kind: str) -> None:
    assert bg.geonames_kind(code, population) == kind


def test_latin_aliases_only() -> None:
    assert bg.is_alias("Dayr az Zawr")
    assert bg.is_alias("Ḩimş")
    assert not bg.is_alias("دير الزور")
    assert not bg.is_alias("mnbj")  # a consonant skeleton, not a spelling
    assert not bg.is_alias("DAM")  # an airport code
    assert not bg.is_alias("Khan")  # a word that starts many names
    assert not bg.is_alias("Bâb")
    assert bg.is_alias("El Bab")


# -- rebuilding from the sources --------------------------------------------------------


@needs_sources
def test_committed_table_equals_a_fresh_build() -> None:
    fresh = bg.build(SOURCES, CURATED, ALIASES)
    assert fresh == PLACES.read_text(encoding="utf-8"), (
        "places.tsv is stale: run `python scripts/build_gazetteer.py`"
    )


@needs_sources
def test_build_is_deterministic() -> None:
    assert bg.build(SOURCES, None, ALIASES) == bg.build(SOURCES, None, ALIASES)


@needs_sources
def test_all_fourteen_governorates_join_one_to_one() -> None:
    admin = bg._read_ocha(SOURCES)
    geonames = bg._read_geonames_admin(SOURCES / "geonames-admin1-SY.txt")
    joined = bg.join_admin1(geonames, admin.gov_by_name)
    assert len(joined) == 14
    assert set(joined.values()) == GOVERNORATES
    assert joined["SY.09"] == "Aleppo"
    assert joined["SY.13"] == "Damascus"
    assert joined["SY.08"] == "Rural Damascus"
    assert joined["SY.07"] == "Deir-ez-Zor"
    assert joined["SY.02"] == "Lattakia"
    assert admin.gov_by_name["Aleppo"] == "SY02"


@needs_sources
def test_all_geonames_districts_join_one_to_one() -> None:
    admin = bg._read_ocha(SOURCES)
    admin1 = bg.join_admin1(
        bg._read_geonames_admin(SOURCES / "geonames-admin1-SY.txt"), admin.gov_by_name
    )
    admin2 = bg._read_geonames_admin(SOURCES / "geonames-admin2-SY.txt")
    joined = bg.join_admin2(admin2, admin1, admin)
    assert len(joined) == len(admin2) == 61
    assert len(set(joined.values())) == 61
    assert joined["SY.09.169326"] == "SY0200"  # Mount Simeon = Jebel Saman


def _curated(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "places_curated.tsv"
    path.write_text("\t".join(bg.CURATED_COLUMNS) + "\n" + "".join(lines), encoding="utf-8")
    return path


def _line(**cells: str) -> str:
    return "\t".join(cells.get(column, "") for column in bg.CURATED_COLUMNS) + "\n"


@needs_sources
def test_header_only_curated_file_is_no_curated_file(tmp_path: Path) -> None:
    assert bg.build(SOURCES, _curated(tmp_path), None) == bg.build(
        SOURCES, tmp_path / "missing.tsv", None
    )


@needs_sources
def test_curated_rows_merge(tmp_path: Path) -> None:
    path = _curated(
        tmp_path,
        _line(
            id="test-airbase",
            name="Test Airbase",
            kind="site",
            governorate="Homs",
            latitude="34.5",
            longitude="37.0",
            coord_source="made up for a test",
        ),
        _line(id="test-saraqib", name="Saraqab", kind="town", governorate="Idleb", aliases="Y|X"),
        _line(id="test-saraqib-hill", name="Saraqab", kind="feature", governorate="Idleb"),
    )
    text = bg.build(SOURCES, path, None)
    lines = {line.split("\t")[0]: line.split("\t") for line in text.split("\n")[1:-1]}
    site = dict(zip(bg.COLUMNS, lines["curated:test-airbase"], strict=True))
    assert (site["kind"], site["latitude"], site["longitude"]) == ("site", "34.5", "37.0")
    assert site["source"] == "curated;coords=made up for a test"
    town = dict(zip(bg.COLUMNS, lines["curated:test-saraqib"], strict=True))
    assert town["aliases"] == "X|Y"
    assert town["subdistrict"] == "Saraqab"
    assert "coords=geonames:164816" in town["source"].split(";")
    # A feature is not the town it is named after: it borrows nothing.
    hill = dict(zip(bg.COLUMNS, lines["curated:test-saraqib-hill"], strict=True))
    assert (hill["latitude"], hill["source"]) == ("", "curated")


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"kind": "castle", "governorate": "Homs"}, "unknown kind"),
        ({"kind": "town", "governorate": "Idlib"}, "did you mean 'Idleb'"),
        ({"kind": "town", "governorate": "Homs", "district": "Jebel Saman"}, "district"),
        ({"kind": "town", "governorate": "Homs", "latitude": "48.1"}, "latitude and longitude"),
        (
            {"kind": "town", "governorate": "Homs", "latitude": "48.1", "longitude": "11.5"},
            "outside Syria",
        ),
    ],
)
@needs_sources
def test_curated_errors_name_the_line(tmp_path: Path, cells: dict[str, str], message: str) -> None:
    path = _curated(tmp_path, _line(id="fine", name="Fine", kind="town", governorate="Homs"))
    with path.open("a", encoding="utf-8") as handle:
        handle.write(_line(id="bad", name="Bad", **cells))
    with pytest.raises(bg.BuildError, match=message) as info:
        bg.build(SOURCES, path, None)
    assert ":3:" in str(info.value)


@needs_sources
def test_curated_duplicate_id_fails(tmp_path: Path) -> None:
    row = _line(id="twice", name="Twice", kind="town", governorate="Homs")
    with pytest.raises(bg.BuildError, match="already used on line 2"):
        bg.build(SOURCES, _curated(tmp_path, row, row), None)


@needs_sources
def test_alias_for_unknown_id_fails(tmp_path: Path) -> None:
    path = tmp_path / "aliases.tsv"
    path.write_text("id\talias\tmark\tnote\ngeonames:1\tNowhere\t\t\n", encoding="utf-8")
    with pytest.raises(bg.BuildError, match=r"aliases.tsv:2: no row has id 'geonames:1'"):
        bg.build(SOURCES, None, path)


# -- canonical names and alias hygiene -----------------------------------------------------


def _names(place_id: str) -> tuple[str, set[str]]:
    row = {r["id"]: r for r in ROWS}[place_id]
    return row["name"], set(row["aliases"].split("|")) if row["aliases"] else set()


@pytest.mark.parametrize(
    ("place_id", "name", "old"),
    [
        ("geonames:170592", "Douma", "Dūmā"),
        ("geonames:163345", "Tartus", "Ţarţūs"),
        ("geonames:170017", "Hama", "Ḩamāh"),
        ("geonames:173811", "Hasakah", "Al Ḩasakah"),
        ("geonames:170905", "Daraa", "Dar‘ā"),
        ("geonames:172955", "Raqqa", "Ar Raqqah"),
        ("geonames:172256", "Kobani", "‘Ayn al ‘Arab"),
        ("geonames:163808", "Palmyra", "Tadmur"),
        ("geonames:167611", "Maarat al-Numan", "Ma‘arrat an Nu‘mān"),
        ("geonames:168325", "Khan Sheikhoun", "Khān Shaykhūn"),
        ("geonames:172134", "Ain Issa", "‘Ayn ‘Īsá"),
    ],
)
def test_geonames_places_carry_the_news_spelling(place_id: str, name: str, old: str) -> None:
    got, aliases = _names(place_id)
    assert got == name
    assert old in aliases  # the source's spelling is still matched


def test_towns_and_villages_have_ascii_names() -> None:
    for row in ROWS:
        if row["id"].startswith("geonames:"):
            assert row["name"].isascii(), row["id"]


def test_admin_units_keep_their_ocha_names() -> None:
    assert _names("ocha:SY0302")[0] == "Duma"  # the district; the city is Douma
    assert _names("ocha:SY1103")[0] == "Ath-Thawrah"  # the district; the town is Tabqa


@pytest.mark.parametrize(
    ("place_id", "junk"),
    [
        ("geonames:170063", {"Berea", "Beria", "Beroea", "Veroia", "Gorad Khaleb"}),
        ("geonames:170654", {"Sam", "Şam", "Gorad Damask"}),
        ("geonames:170017", {"Gama", "Hamao"}),
        ("geonames:169304", {"Ceble", "Dschabla", "Dzhabla", "Džabla"}),
        ("geonames:172469", {"Aere", "Ehs-Sanamejn"}),
        ("geonames:173377", {"Ehl'-Kamyshly", "Kamischli", "Qamışlı"}),
        ("geonames:165997", {"Qasim"}),
        ("geonames:163808", {"Pal'mira"}),
    ],
)
def test_junk_source_aliases_are_dropped(place_id: str, junk: set[str]) -> None:
    assert not junk & _names(place_id)[1]


def test_no_source_alias_is_a_common_word() -> None:
    words = {
        line.strip().lower()
        for path in bg.WORD_LISTS
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    for row in ROWS:
        if row["id"].startswith(("geonames:", "ocha:")) and "aliases-curated" not in row["source"]:
            for alias in filter(None, row["aliases"].split("|")):
                assert bg.ascii_name(alias).lower() not in words, (row["id"], alias)


@pytest.mark.parametrize(
    ("alias", "problem"),
    [
        ("Khan Shaykhun", None),
        ("Ma‘arrat an Nu‘mān", None),  # Arabic romanisation marks are news-compatible
        ("Lattaquié", None),
        ("Rajm Sleibi", None),  # Arabic "jm" is not a Slavic "j"
        ("Majdal Shams", None),
        ("Home", "common English word or personal name"),
        ("Qasim", "common English word or personal name"),
        ("Sal'khad", "foreign transliteration"),  # Russian soft sign
        ("Kafranbel'", "foreign transliteration"),
        ("Ehs-Suvejda", "foreign transliteration"),
        ("Dscharamana", "foreign transliteration"),
        ("Kunejtra", "foreign transliteration"),
        ("Ntouma", "foreign transliteration"),
        ("Kamišli", "foreign letters"),
        ("Hələb", "foreign letters"),
        ('Damask"', "foreign letters"),
        ("Jisr", None),
        ("Tell", "generic word"),
        ("mnbj", "not Latin script"),
        ("ALP", "too short or a code"),
    ],
)
def test_alias_rules(alias: str, problem: str | None) -> None:
    assert bg.alias_problem(alias) == problem


@pytest.mark.parametrize(
    ("name", "ascii"),
    [
        ("Ḩamāh", "Hamah"),
        ("‘Afrīn", "Afrin"),
        ("Dar‘ā", "Dar'a"),
        ("Shahbā’", "Shahba"),
        ("`Ayn al `Arab", "Ayn al Arab"),
        ("Abū az̧ Z̧uhūr", "Abu az Zuhur"),
        ("Qamışlı", "Qamisli"),
    ],
)
def test_ascii_name(name: str, ascii: str) -> None:
    assert bg.ascii_name(name) == ascii


def test_places_the_helpers_found_missing() -> None:
    by_name: dict[str, list[dict[str, str]]] = {}
    for row in ROWS:
        for name in (row["name"], *filter(None, row["aliases"].split("|"))):
            by_name.setdefault(name, []).append(row)
    expected = {
        "Minian": "Aleppo",
        "Menyan": "Aleppo",
        "Deir Jamal": "Aleppo",
        "Ibbin": "Aleppo",
        "Makbas": "Aleppo",
        "Nimane": "Aleppo",
        "Kaniya Kurdan": "Aleppo",
        "Shawarighat al Arz": "Aleppo",
        "Abul Nitel": "Deir-ez-Zor",
        "Al Shaqrawiya": "Ar-Raqqa",
        "Al Sikhah": "Deir-ez-Zor",
        "Rawya": "Al-Hasakeh",
        "Alyeh": "Dar'a",
        "Milaja": "Idleb",
        "Lower Amiqa": "Hama",
        "Tall Rasho": "Lattakia",
        "Bab al-Salama": "Aleppo",
        "Rashidin": "Aleppo",
    }
    for name, governorate in expected.items():
        # One place by that name (Bab al-Salama is also the crossing's, in the same place).
        assert {r["governorate"] for r in by_name.get(name, [])} == {governorate}, name
    # "Golan" is the Golan Heights, not the Aleppo village also called Qurret Qawaqez.
    assert [r["id"] for r in by_name["Golan"]] == ["curated:golan-heights"]
    assert [r["kind"] for r in by_name["Menagh"]] == ["village"]
    # Daraa al-Balad is a neighbourhood of Daraa, not another name of the city.
    assert [r["kind"] for r in by_name["Daraa al-Balad"]] == ["neighbourhood"]


def _aliases_file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "aliases.tsv"
    path.write_text("id\talias\tmark\tnote\n" + "".join(lines), encoding="utf-8")
    return path


@needs_sources
def test_preferred_and_drop_marks(tmp_path: Path) -> None:
    path = _aliases_file(
        tmp_path,
        "geonames:170017\tHama Town\tpreferred\t\n",
        "geonames:170017\tHamah\tdrop\t\n",
    )
    lines = {
        line.split("\t")[0]: line.split("\t") for line in bg.build(SOURCES, None, path).split("\n")
    }
    row = dict(zip(bg.COLUMNS, lines["geonames:170017"], strict=True))
    aliases = row["aliases"].split("|")
    assert row["name"] == "Hama Town"
    assert "Hama" in aliases  # the ASCII name became an alias
    assert "Hamah" not in aliases
    assert "aliases-curated" in row["source"].split(";")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("ocha:SY05\tHama Province\tpreferred\t\n", "its name is official"),
        ("geonames:170017\tNo Such Alias\tdrop\t\n", "no alias 'No Such Alias' to drop"),
        ("geonames:170017\tHama\tmaybe\t\n", "unknown mark 'maybe'"),
    ],
)
@needs_sources
def test_alias_mark_errors(tmp_path: Path, line: str, message: str) -> None:
    with pytest.raises(bg.BuildError, match=message):
        bg.build(SOURCES, None, _aliases_file(tmp_path, line))


@needs_sources
def test_two_preferred_names_fail(tmp_path: Path) -> None:
    path = _aliases_file(
        tmp_path, "geonames:170017\tHama\tpreferred\t\n", "geonames:170017\tHamah\tpreferred\t\n"
    )
    with pytest.raises(bg.BuildError, match="already has a preferred name"):
        bg.build(SOURCES, None, path)
