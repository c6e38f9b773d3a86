"""The Syria gazetteer and place matching.

The table (``data/places.tsv``, built by ``scripts/build_gazetteer.py``) is read once, on
first use. Each name and alias is indexed under its skeleton key (see ``_variants``): the
text is cut into word tokens, and at each token the matcher walks a dictionary of key
prefixes, so a mention costs a few dictionary lookups whatever the table's size, and every
spelling the skeleton unifies is found without generating it.

A mention is kept only when it is capitalised in the text (unless the whole text is in one
case) and, for one-word names that are also common words or personal names (the stop-list
``data/place_stoplist.txt``), only when an article or a cue word ("the town of Bab")
shows it is a place. Shared names are resolved by, in order: the cue words around the name
("Aleppo province", "rural Damascus", "Aleppo city"), a place named beside it ("X in Y",
"X, Y", "Y's X"), the document's dominant governorate, then kind and population.
"""

from __future__ import annotations

import csv
import difflib
import enum
import importlib.resources
import io
import math
import operator
import os
import re
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import attrs
import regex

from ._text import Doc, check_text, fold, word_trie
from ._variants import ARTICLES, skeleton, skeleton_of_core, token_keys, tokens
from .model import Location, Place, PlaceKind, Span, _slot_setters, _span_end, _span_start

__all__ = ["Gazetteer", "find_places", "gazetteer", "read_places", "scan_places"]

# NOTE: keep in sync with _variants._TOKEN.
_WORD = regex.compile(r"[^\W_]+(?:'[^\W_]+)*")
# What may separate the words of one name: spaces and hyphens, nothing else.
_JOINER = regex.compile(r"[ \-']{1,3}")
# An article reduced to its vowel before a sun letter, inside a name: "Deir Ezour".
_VOWEL_ARTICLE = regex.compile(r"[ae](?=[tdrszn][aeiou][^\W\d_]{2})")
# The next word of a name: after a space, hyphen or apostrophe ("`Ayn al `Arab").
_NEXT_WORD = regex.compile(r"[ \-']{1,3}([^\W_]+(?:'[^\W_]+)*)")
_ASCII_NEXT_WORD = re.compile(r"[ \-']{1,3}([A-Za-z0-9]+(?:'[A-Za-z0-9]+)*)", re.ASCII)
# Where a name may start in mixed-case text: a capital opening a word.
_CAPITAL = regex.compile(r"(?<![\w'])[\p{Lu}\d]")
# An article written just before a capitalised word: "al-Bab", "el Bab", "ez-Zor".
_ARTICLE_BEFORE = regex.compile(
    r"(?<![\w'])(?:al|el|a[dtrsnz]|e[dtrsnz]|ash|esh|ath|eth|adh|edh)(?:-|[ ]-?)$"
)
# The word before a name, when only a space or hyphen separates them.
_WORD_BEFORE = regex.compile(r"([^\W_]+)[ \-]{1,3}$")
# _WORD_BEFORE on an ASCII window read backwards from its end (see _word_before).
_ASCII_WORD_BEFORE_REVERSED = re.compile(r"[ \-]{1,3}([A-Za-z0-9]+)", re.ASCII)
_MAX_TOKENS = 8
_JOINERS = frozenset(" -'")  # the characters _NEXT_WORD may start with
# The last two letters of every article _ARTICLE_BEFORE knows: a cheap test before it.
_ARTICLES_2 = frozenset("al el ad at ar as an az ed et er es en ez".split())
# The last two letters of every article: a first, cheaper test than _article_ends.
_ARTICLE_TAILS = _ARTICLES_2 | frozenset(("sh", "th", "dh"))
_ARTICLES_3 = frozenset("ash esh ath eth adh edh".split())
# Articles that are English words too: spaced, they are read as articles only as
# _matches_on says.
_ENGLISH_ARTICLES = frozenset(("at", "as", "an"))
# The last letters of _ARTICLE_TAILS, tested before them (_matches_on).
_TAIL_LAST = "".join(sorted({tail[-1] for tail in _ARTICLE_TAILS}))


def _article_ends(folded: str, pos: int) -> bool:
    """Whether a lone word that may be an article ends just before the separator before
    ``pos`` ("al-", "el ", "as -"): a cheap test, true whenever _ARTICLE_BEFORE can match."""
    j = pos - 1
    if folded[j] == "-" and folded[j - 1] == " ":
        j -= 1
    if j >= 2 and folded[j - 2 : j] in _ARTICLES_2 and (j < 3 or not folded[j - 3].isalpha()):
        return True
    return j >= 3 and folded[j - 3 : j] in _ARTICLES_3 and (j < 4 or not folded[j - 4].isalpha())


# A bare name is taken as the most settled kind of place first ("Aleppo" is the city).
_KIND_RANK = {
    PlaceKind.CITY: 0,
    PlaceKind.TOWN: 1,
    PlaceKind.VILLAGE: 2,
    PlaceKind.NEIGHBOURHOOD: 3,
    PlaceKind.SITE: 4,
    PlaceKind.REGION: 5,
    PlaceKind.FEATURE: 6,
    PlaceKind.COUNTRY: 7,
    PlaceKind.GOVERNORATE: 8,
    PlaceKind.DISTRICT: 9,
    PlaceKind.SUBDISTRICT: 10,
}
_SETTLEMENTS = frozenset({PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE})
# The kinds the scan tests, bound once: reading ``PlaceKind.X`` in a loop goes through
# EnumType's attribute hook on Python 3.11 (hundreds of instructions; a global costs a few).
_CITY, _TOWN, _VILLAGE = PlaceKind.CITY, PlaceKind.TOWN, PlaceKind.VILLAGE
_GOVERNORATE, _DISTRICT, _SUBDISTRICT = (
    PlaceKind.GOVERNORATE,
    PlaceKind.DISTRICT,
    PlaceKind.SUBDISTRICT,
)
_QUARTERS = (PlaceKind.DISTRICT, PlaceKind.NEIGHBOURHOOD)
_TOWN_OR_VILLAGE = (PlaceKind.TOWN, PlaceKind.VILLAGE)
# ACLED geo_precision of a bare mention, by kind.
_PRECISION = {
    PlaceKind.COUNTRY: 3,
    PlaceKind.GOVERNORATE: 3,
    PlaceKind.REGION: 2,
    PlaceKind.DISTRICT: 2,
    PlaceKind.SUBDISTRICT: 2,
    PlaceKind.FEATURE: 2,
}

# Cue words around a name, matched on the folded text next to it.
# "Idlib provinces": a possessive that lost its apostrophe (or a plural).
_AFTER_GOV = regex.compile(r"[ ]?(?:provinces?|governorates?)\b")
_AFTER_RURAL = regex.compile(r"[ ]?(?:countryside|suburbs?|rural areas|hinterland)\b")
_AFTER_CITY = regex.compile(r"[ ]?city\b")
_AFTER_NEAR = regex.compile(r"[ ]?(?:outskirts|environs|vicinity|surroundings|axis|area)\b")
_AFTER_QUARTER = regex.compile(r"[ ]?(?:district|neighbou?rhoods?|quarter)\b")
_AFTER_SETTLEMENT = regex.compile(r"[ ]?(?:town|village|city|camp)\b")
# "the Idlib town of Saraqeb", "the Deir ez-Zor villages of ...": the name before is the
# province that holds the settlement named after "of".
_AFTER_SETTLEMENT_OF = regex.compile(r"[ ](?:towns?|villages?|city|cities) of\b")
_AFTER_SAID = regex.compile(r"[ ,]{1,2}(?:said|says|told|added|stated)\b")
_BEFORE_RURAL = regex.compile(
    r"(?:\brural|\b(?:countryside|suburbs?|province|governorate) of(?: the)?)[ ]$"
)
_BEFORE_CITY = regex.compile(r"\bcity of[ ]$")
_BEFORE_SETTLEMENT = regex.compile(r"\b(?:town|village|city|camp|hamlet) of[ ]$")
_BEFORE_NEAR = regex.compile(
    r"""\b(?:near|nearby|outside|around|close[ ]to|outskirts[ ]of|vicinity[ ]of|environs[ ]of
    |(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west
      |south-east|south-west)[ ]of)(?:[ ]the)?[ ]$""",
    regex.VERBOSE,
)
# Between two names, words that make one the context of the other ("X in Y", "X, Y").
_LINK = regex.compile(
    r"(?:'s)?[ ,]{0,3}(?:(?:in|near|of|at|outside|the|in the|east of|west of|north of|south of"
    r"|countryside of|province of|district of|city of|town of|province|countryside|district)"
    r"[ ,]{1,3}){0,3}"
)

# "X in Y province", "X, Y province", "X town in Y countryside", "X in southern Y": Y
# contains X.
_IN_GOVERNORATE = regex.compile(
    r"(?:[ ](?:town|village|city|camp|area|neighbou?rhood))?"
    r"(?:,? in(?: the)?|,)[ ](?:(?:province|governorate|countryside) of )?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?[ ]|central[ ])?"
)


def _ascii_twin(pattern: regex.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` for ``re`` in ASCII mode: calls cost a third of ``regex``'s here, and on
    ASCII characters the two read alike (tests/test_places.py checks each twin)."""
    verbose = re.VERBOSE if pattern.flags & regex.VERBOSE else 0
    return re.compile(pattern.pattern, re.ASCII | verbose)


# The cue patterns' twins, used where every character they may read is ASCII: after a name,
# the _AFTER_SPAN characters from its end (longer than any cue and the one \b reads after
# it); before one, the characters from the one before the window to the name.
_AFTER_SPAN = 20
# The window before a name that _candidates and _near read the cue patterns in: longer than
# any match of theirs with the newline "$" may stand before, and the character "\b" reads
# before it (tests/test_speed17_geo.py), so no match is lost and none starts at its edge.
# Wider windows only gave the searches more positions to try.
_BEFORE_SPAN = 21
_AFTER_GOV_A, _AFTER_RURAL_A, _AFTER_CITY_A, _AFTER_NEAR_A, _AFTER_QUARTER_A = map(
    _ascii_twin, (_AFTER_GOV, _AFTER_RURAL, _AFTER_CITY, _AFTER_NEAR, _AFTER_QUARTER)
)
_AFTER_SETTLEMENT_A = _ascii_twin(_AFTER_SETTLEMENT)
_AFTER_SETTLEMENT_OF_A = _ascii_twin(_AFTER_SETTLEMENT_OF)
_BEFORE_RURAL_A, _BEFORE_CITY_A, _BEFORE_SETTLEMENT_A, _BEFORE_NEAR_A = map(
    _ascii_twin, (_BEFORE_RURAL, _BEFORE_CITY, _BEFORE_SETTLEMENT, _BEFORE_NEAR)
)
# Literals and sets of ASCII characters only, asked only whether they match the whole span:
# ``re`` answers as ``regex`` does on any text.
_LINK_RE = re.compile(_LINK.pattern)
_IN_GOVERNORATE_RE = re.compile(_IN_GOVERNORATE.pattern)

_ATTACHED_ARTICLE = regex.compile(r"^[ae]l(?=[^\W\d_]{4})")
# English words that are never part of a name, though their keys equal name parts' keys
# ("in" reads as "Ain", "on" as "Ein").
_FUNCTION_WORDS = frozenset(
    """in on it is us un of or to by be he we no so my up me i o a and the for from with into
    onto near off out via per but nor yet its his her our one two six ten""".split()
)
# A capitalised word before "al-X" makes "X al-Y" a person's or group's name ("Bashar
# al-Assad", "Ahrar al-Sham"), unless it is one of these (verbs among them for headlines
# in Title Case: "Rebels Storm Al-Bab").
_LEAD_WORDS = _FUNCTION_WORDS | frozenset(
    """at as an on in near from to into towards toward outside around across inside
    village town city province governorate district countryside neighbourhood neighborhood
    east west north south eastern western northern southern central rural greater old new
    besieged captured seized retook recaptured liberated hit bombed shelled entered took
    while when where after before during since and or but
    enter enters storm storms stormed liberate liberates shell shells hits strike strikes
    struck pound pounds pounded bomb bombs attack attacks attacked capture captures seize
    seizes retake retakes take takes rocks rocked reach reaches reached besiege besieges
    surround surrounds surrounded encircle encircles encircled target targets targeted
    raid raids raided""".split()
)
# Capitalised words common in news that, in this table, never start a place name: the pass
# over capitalised words leaves them out in C (see Gazetteer._capital_pattern, which keeps
# only those the table agrees cannot start a name, so this list changes speed, never output).
_NEVER_START = tuple(
    """The A In On It Its He We I His Her Our My This That These Those Their But And Or
    If By For From With Without Into Over Under After Before Since While When Where What
    Who Why Also However Meanwhile According Among Against Despite Earlier Later Last
    Most Many Several All Another Other No Not Two Three Four Five Six Seven Eight Nine
    Ten Dozens Hundreds Thousands Today Yesterday Photo Watch Tags Published Related
    Follow Comment Subscribe Source Date Reports Reporting Editing News Monday Tuesday
    Wednesday Thursday Friday Saturday Mon Wed Fri January February March April August
    September October November December Jan Feb Apr Jun Aug Sep Sept Oct Nov Dec GMT
    President Minister Ministry Foreign Defence Defense Secretary General Governor
    Council Security Nations National International Democratic Republic Union European
    Party Police Army Forces Force Front Coalition Regime Government Opposition Rebels
    Rebel Militants Fighters Terrorists Terrorist Islamist Islamists Jihadists Civilians
    Activists Residents Observatory Rights Civil Agency Agencies Press Organization
    Office Command Units Committee Committees Hospital Doctors Children Chemical Weapons
    Attacks Airstrikes Killed Injured Clashes Fighting Operation Turkish Iranian
    Lebanese British American Shiite Alawite Muslim Muslims Daesh ISIS IS US UN SDF YPG
    PKK PYD FSA SOHR AFP AP Reuters Sputnik TRT Twitter Facebook YouTube Youtube TV
    Bashar Putin Obama Trump Erdogan Lavrov Hezbollah Jabhat Jaish Ahrar Fateh World White
    Helmets One Policy Center Centre Near Province City Community Free Local Kremlin About
    Get Research Network Spring Islam Crescent Protection DAESH REUTERS Countryside Levant
    Conquest Suicide Mortar Mortars Pentagon Health Medical Street Department
    Commission Commander Colonel University Organisation Organization Directorate Coordination
    Arabic Europe Mediterranean Internet Armed Takfiri Rahman Mohammad Mohammed Muhammad Ahmed
    Ahmad Ibrahim Mustafa Khaled Vladimir Sergei John Trust Standards Principles Thomson Anadolu
    B C D E F G H I J K L M N O P Q R S T U V W X Y Z""".split()
)
_STOPLIST_FILE = "place_stoplist.txt"
_PLACES_FILE = "places.tsv"
# Developers may point the loader at another table (e.g. before the built one exists).
_PLACES_ENV = "SYRIAEVENTS_PLACES"


def _opt_float(v: str) -> float | None:
    """A coordinate, or None for an empty cell; "nan" or "inf" is no coordinate."""
    if not v.strip():
        return None
    value = float(v)
    if not math.isfinite(value):
        raise ValueError(f"not a finite coordinate: {v!r}")
    return value


def _opt_int(v: str) -> int | None:
    return int(float(v)) if v.strip() else None


def _row_place(row: dict[str, str]) -> Place:
    """One places.tsv row as a Place; ValueError naming the row when a field is bad."""
    try:
        return Place(
            id=row["id"],
            name=row["name"],
            kind=PlaceKind(row["kind"]),
            governorate=row.get("governorate") or None,
            district=row.get("district") or None,
            subdistrict=row.get("subdistrict") or None,
            pcode=row.get("pcode") or None,
            geonames_id=_opt_int(row.get("geonames_id") or ""),
            latitude=_opt_float(row.get("latitude") or ""),
            longitude=_opt_float(row.get("longitude") or ""),
            country=row.get("country") or "SY",
            population=_opt_int(row.get("population") or ""),
            aliases=tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()),
            source=row.get("source") or "",
        )
    except (KeyError, ValueError) as exc:
        raise ValueError(f"bad places.tsv row {row.get('id')!r}: {exc}") from exc


# The columns of places.tsv as scripts/build_gazetteer.py writes them.
_COLUMNS = [
    *("id", "name", "kind", "governorate", "district", "subdistrict", "pcode"),
    *("geonames_id", "latitude", "longitude", "country", "population", "aliases", "source"),
]
_KINDS = {kind.value: kind for kind in PlaceKind}


def read_places(text: str) -> tuple[Place, ...]:
    """Places from the text of a places.tsv table (header row first).

    A table with the columns of ``_COLUMNS``, in that order, each row full, is read by
    position (_read_row), not through csv.DictReader's dict a row; any other table as
    DictReader reads it (_row_place)."""
    reader = csv.reader(io.StringIO(text), delimiter="\t")
    if next(reader, None) == _COLUMNS:
        rows = [row for row in reader if row]  # DictReader skips empty rows too
        if all(len(row) == len(_COLUMNS) for row in rows):
            return tuple(map(_read_row, rows))
    return tuple(_row_place(row) for row in csv.DictReader(io.StringIO(text), delimiter="\t"))


def _read_row(row: list[str]) -> Place:
    """_row_place of a full row of ``_COLUMNS``, read by position."""
    (ident, name, kind, governorate, district, subdistrict, pcode) = row[:7]
    (geonames_id, latitude, longitude, country, population, aliases, source) = row[7:]
    try:
        return Place(
            id=ident,
            name=name,
            kind=_KINDS.get(kind) or PlaceKind(kind),
            governorate=governorate or None,
            district=district or None,
            subdistrict=subdistrict or None,
            pcode=pcode or None,
            geonames_id=_opt_int(geonames_id),
            latitude=_opt_float(latitude),
            longitude=_opt_float(longitude),
            country=country or "SY",
            population=_opt_int(population),
            aliases=tuple(a.strip() for a in aliases.split("|") if a.strip()) if aliases else (),
            source=source,
        )
    except ValueError as exc:
        raise ValueError(f"bad places.tsv row {ident!r}: {exc}") from exc


def _normal(name: str) -> str:
    """A name's folded tokens, joined by spaces: the "exact" form, articles kept."""
    return " ".join(tokens(name))


def _rank(place: Place) -> tuple[int, int, str]:
    return (_KIND_RANK[place.kind], -(place.population or 0), place.id)


@attrs.define(kw_only=True)
class _TokInfo:
    word: str  # apostrophes and possessive 's removed
    keys: tuple[str, ...]
    inner: tuple[str, ...]  # readings inside a name: also "Ezour" as "e-Zour"
    article: bool
    can_start: bool
    grows: bool  # an article, or a reading that begins a longer name: walk the next words
    alone: tuple[str, bool] | None  # the name this word is by itself: (key, used a variant)
    # What the walk from this word gives when it looks no further (see Gazetteer._run),
    # True when it asks for the next words, _UNKNOWN before the first walk.
    run: _Shape | _Mark | bool | None = attrs.field(factory=lambda: _Mark.UNKNOWN)
    # When run is True: the walk's outcome by the next word (None: no next word), a copy of
    # the two-word entries of Gazetteer._runs read without building a tuple key.
    pairs: dict[str | None, _Shape | _Mark | bool | None] = attrs.field(factory=dict)


class _Mark(enum.Enum):
    NOTHING = "nothing"  # the walk found no name
    UNKNOWN = "unknown"  # not walked yet


_NOTHING = _Mark.NOTHING
_UNKNOWN = _Mark.UNKNOWN


@attrs.define(eq=False)
class _Shape:
    """What a run of words is, wherever it stands (memoised by its words). A class with
    slots, not a NamedTuple: the scan reads its fields at every match, and a slot is read
    in a few instructions where a NamedTuple field goes through a descriptor call. Compared
    and hashed by identity. Not frozen only so that _plain_places can fill ``places`` and
    ``gov`` once; the other fields never change."""

    last: int  # the name's last token
    key: str
    variant: bool  # respelled, or read with a variant
    exact: tuple[int, ...]
    article: bool  # the first word is an article
    doomed: bool  # one word that _accept turns down whatever surrounds it
    cue_only: bool  # one word that is a place only with a cue ("the village of Hassan")
    # A quarter has the key: a quarter cue makes a cue-only name a place too ("the Midan
    # district", "al-Midan neighbourhood"). Held here, not in a set of keys built at load,
    # which cost the warm pass ~2.6 M instructions (the heap the load leaves, DEVELOPMENT.md
    # "Session 16: load2").
    quarter: bool
    # One word, spelled as the table spells it, that _accept takes whatever surrounds it
    # once it is capitalised (or the text is in one case).
    plain: bool
    # The places of a match of this shape with no cue word around it, and their one
    # governorate (None when they lie in several; see _one_governorate): None until
    # _plain_places first reads them. The shape fixes the key and exact spelling they
    # depend on. Held here, not in a memo keyed by the shape, where one lookup a match
    # read a (places, governorate) tuple kept for each shape.
    places: list[Place] | None = None
    gov: str | None = None


@attrs.define
class _Match:
    """A name found in the text. A class with slots, not a NamedTuple: a slot is read in a
    few instructions where a NamedTuple field goes through a descriptor call, and the scan
    reads a match's fields a dozen times for each time it builds one."""

    toks: tuple[tuple[int, int, str], ...]  # (start, end, folded word) of each token
    prev: tuple[int, int, str] | None  # the word just before, if joined by a space or hyphen
    key: str
    variant: bool
    start: int
    end: int
    exact: tuple[int, ...]  # places with a name spelled exactly as the text (articles aside)
    shape: _Shape


def _new_match(
    toks: tuple[tuple[int, int, str], ...],
    prev: tuple[int, int, str] | None,
    key: str,
    variant: bool,
    start: int,
    end: int,
    exact: tuple[int, ...],
    shape: _Shape,
) -> _Match:
    """``_Match(toks, prev, key, ...)``, built by ``object.__new__`` and eight slot stores:
    calling the class goes through ``type.__call__``, an argument tuple and ``__init__``
    (~2.6 k instructions a match against ~2.25 k; ~4.4 k matches a pass)."""
    m = _object_new(_Match)
    m.toks = toks
    m.prev = prev
    m.key = key
    m.variant = variant
    m.start = start
    m.end = end
    m.exact = exact
    m.shape = shape
    return m


class Gazetteer:
    """The place table with its lookup indices.

    >>> g = Gazetteer([Place(id="x:1", name="Deir ez-Zor", kind=PlaceKind.CITY)])
    >>> g.lookup("Dayr az Zawr").id
    'x:1'
    >>> g.get("x:2") is None
    True
    """

    def __init__(self, places: Iterable[Place], stoplist: Iterable[str] = ()) -> None:
        self._places = tuple(places)
        self._by_id = {p.id: p for p in self._places}
        # Lists turned into tuples at the end: the same dicts built as tuples grown in place
        # cost the warm pass ~9 M instructions more (DEVELOPMENT.md, "Session 16: load2":
        # the collector's traversals and malloc, as the load leaves the heap).
        keys: dict[str, list[int]] = {}
        exact: dict[str, list[int]] = {}
        forms: dict[str, list[str]] = {}
        prefixes: set[str] = set()
        for i, place in enumerate(self._places):
            for name in (place.name, *place.aliases):
                parts = tokens(name)
                if not "".join(parts).isascii():
                    parts = [t for t in parts if t.isascii()]
                core = [t for t in parts if t not in ARTICLES]
                if not core or len(parts) > _MAX_TOKENS:
                    continue
                key = skeleton_of_core(core)
                if len(key) < 2:
                    continue
                flat = "".join(core)
                found: tuple[str, ...]
                if len(core) > 1:
                    # Also unspaced, without and with its articles: "Tallkalakh", "Deirezzor".
                    found = (key, token_keys(flat)[0], token_keys("".join(parts))[0])
                    bits = key.split(" ")
                    for n in range(1, len(bits)):
                        prefixes.add(" ".join(bits[:n]))
                    norms: tuple[str, ...] = (" ".join(core), flat)
                else:
                    found = (key,)
                    norms = (flat,)
                for k in found:
                    held = keys.get(k)
                    if held is None:
                        keys[k] = [i]
                    elif i not in held:
                        held.append(i)
                    spelled = forms.get(k)
                    if spelled is None:
                        forms[k] = [flat]
                    elif flat not in spelled:
                        spelled.append(flat)
                for norm in norms:
                    held = exact.get(norm)
                    if held is None:
                        exact[norm] = [i]
                    elif i not in held:
                        held.append(i)
        self._keys = {k: tuple(v) for k, v in keys.items()}
        self._exact = {k: tuple(v) for k, v in exact.items()}
        # The spellings (article-free, unspaced) indexed under each key.
        self._forms = {k: tuple(v) for k, v in forms.items()}
        self._close: dict[tuple[str, str], bool] = {}
        self._prefixes = frozenset(prefixes)
        self._starts = frozenset(k.split(" ", 1)[0] for k in self._keys)
        never, article, adjectives = _split_stoplist(stoplist)
        self._never = frozenset(" ".join(tokens(s)) for s in never)
        self._adjectives = frozenset(" ".join(tokens(s)) for s in adjectives)
        self._stop = frozenset(skeleton(s) for s in article)
        self._govs: dict[str, Place] = {}
        for p in self._places:
            if p.kind is PlaceKind.GOVERNORATE and p.country == "SY":
                self._govs[p.name] = p
        self._tokinfo: dict[str, _TokInfo] = {}
        # Per key, computed once: whether all its places are small places.
        self._villages = {
            k for k, v in self._keys.items() if all(self._places[i].kind is _VILLAGE for i in v)
        }
        self._mute = {
            k
            for k, v in self._keys.items()
            if all(self._places[i].kind in (_VILLAGE, PlaceKind.NEIGHBOURHOOD) for i in v)
        }
        # What the walk from a word finds, by the words it looked at (see _run).
        self._runs: dict[tuple[str | None, ...], _Shape | _Mark | bool | None] = {}
        # Places best first, by the tuple of their indices (a key's, or an exact spelling's),
        # ranked when first asked for: the few hundred keys a text names, not the table's
        # 6 k lists, each an object the garbage collector would walk at every full collection.
        self._exact_ranked: dict[tuple[int, ...], list[Place]] = {}
        self._lock = threading.Lock()
        self._capital_words, self._capital_table = self._capital_pattern()

    def _capital_pattern(self) -> tuple[re.Pattern[bytes], bytes]:
        """The capitalised words of ASCII text, as one C-level pass over a copy of the text
        (see _capital_copy; in ASCII text folding is lower-casing, so a word spans the same
        characters in the text and in its folded copy), each with the word joined after it
        (group 1, in a look-ahead, so that it is still tried as a start); and the table of
        ``bytes.translate`` that makes the copy.

        In the copy every character that may start a name (a capital, or a digit some key
        opens with) is "A": the pattern opens with that one literal, so the engine skips to
        candidates in C at a few instructions a character, where a pattern opening with a
        character class tests it at ~40 each. Every other character reads as in the text
        (letters and digits as themselves, other characters as characters that are neither
        word characters nor joiners), so the pass finds the words and joined words a pass
        over the text would. Common words that cannot start a name are left out here, in C,
        as far as the copy tells them apart: the words of _NEVER_START whose rest after the
        first character is in lower case, and cannot start a name after any character the
        copy reads as "A" (checked by _starts_word as _new_info would, but not memoised: the
        ~4.5 k trial words would stay in _tokinfo as objects the garbage collector walks at
        every full collection, and the scan never meets most of them); "The" reads as "She"
        does, and reaches the scan."""
        numbers = sorted({key[0] for key in self._starts if key[:1].isdigit()})
        leads = [*"ABCDEFGHIJKLMNOPQRSTUVWXYZ", *numbers]
        rests = {
            word[1:]
            for word in _NEVER_START
            if word[1:].islower() and not any(self._starts_word(fold(c + word[1:])) for c in leads)
        }
        end = r"(?![A-Za-z0-9]|'[A-Za-z0-9])"
        refuse = f"(?!{word_trie(sorted(rests))}{end})" if rests else ""
        # The look-behind checks that the "A" opens a word, then the refusal of common words.
        # The optional parts are branches with an empty alternative ("(?:...|)"), and the
        # repeated apostrophe suffix is entered only after its first "'x": the engine runs
        # "?" or "*" on a group through its REPEAT opcode, which allocates at every attempt.
        pattern = re.compile(
            (
                rf"A(?<![\w']A){refuse}[A-Za-z0-9]*(?:'[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*|)"
                r"(?:(?=[ \-']{1,3}([A-Za-z0-9]+(?:'[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*|)))|)"
            ).encode("ascii"),
            re.ASCII,
        )
        table = bytearray(range(256))
        for c in leads:
            table[ord(c)] = ord("A")
        # The characters fold() does not lower-case ("`" folds to an apostrophe, controls to
        # spaces) read as NUL, which the text reads as they are: neither word characters
        # nor joiners. A copy without NUL then tells that the text's words and joiners are
        # its folded copy's (see _matches_on).
        for c in range(128):
            if fold(chr(c)) != chr(c).lower():
                table[c] = 0
        return pattern, bytes(table)

    def _capital_copy(self, text: str) -> bytes:
        """The copy of ASCII (or _inert) text that _capital_words reads: each character
        other than ASCII is "?" (neither a word character nor a joiner, as in the text),
        then translated by the table of _capital_pattern.

        "The" between spaces is written "the" first: the commonest capitalised word (1 k a
        pass over fakes-dev), a function word, which never starts a name (_info), and which
        the copy cannot refuse in C ("She" reads as it does). Small, it is not a word of the
        pass, which skips it in C; the words around it read the same (the pass reads small
        and capital letters alike after a word's first)."""
        ascii = text.encode("ascii", "replace")
        return ascii.replace(b" The ", b" the ").translate(self._capital_table)

    @classmethod
    def from_tsv(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """A gazetteer from a places.tsv file at ``path``, with the packaged stop-list."""
        return cls(read_places(Path(path).read_text(encoding="utf-8")), _stoplist())

    @property
    def places(self) -> tuple[Place, ...]:
        """Every row of the table, in file order."""
        return self._places

    def get(self, id: str) -> Place | None:
        """The place with this id, or None.

        >>> gazetteer().get("no-such-id") is None
        True
        """
        return self._by_id.get(id)

    def governorate(self, name: str | None) -> Place | None:
        """The governorate row with this canonical (OCHA) name, or None."""
        return self._govs.get(name) if name else None

    def search(self, name: str, limit: int = 10) -> tuple[Place, ...]:
        """Places matching ``name``, best first: exact alias, then spelling variant, then
        fuzzy matches on skeleton keys.

        >>> g = Gazetteer([Place(id="x:1", name="Khan Shaykhun", kind=PlaceKind.TOWN)])
        >>> [p.id for p in g.search("Khan Sheikhoun")]
        ['x:1']
        """
        check_text(name, "name")
        out: list[int] = []
        exact = self._exact.get(_normal(name), ())
        out.extend(sorted(exact, key=lambda i: _rank(self._places[i])))
        key = skeleton(name)
        tier = [i for i in self._keys.get(key, ()) if i not in out]
        out.extend(sorted(tier, key=lambda i: _rank(self._places[i])))
        if len(out) < limit and len(key) >= 3:
            close = difflib.get_close_matches(key, self._keys, n=limit, cutoff=0.75)
            for k in close:
                tier = [i for i in self._keys[k] if i not in out]
                out.extend(sorted(tier, key=lambda i: _rank(self._places[i])))
        return tuple(self._places[i] for i in out[: max(limit, 0)])

    def lookup(self, name: str) -> Place:
        """The best match for ``name``; LookupError when nothing is close.

        >>> g = Gazetteer([Place(id="x:1", name="Idleb", kind=PlaceKind.GOVERNORATE,
        ...                      aliases=("Idlib",))])
        >>> g.lookup("idlib").name
        'Idleb'
        """
        found = self.search(name, limit=1)
        if not found:
            raise LookupError(f"no place named {name!r}")
        return found[0]

    # -- matching -------------------------------------------------------------------------

    def _info(self, raw: str) -> _TokInfo:
        """What a folded word is to the matcher, memoised by the word."""
        info = self._tokinfo.get(raw)
        if info is None:
            info = self._new_info(raw)
            with self._lock:
                if len(self._tokinfo) > 200_000:
                    self._tokinfo.clear()
                self._tokinfo[raw] = info
        return info

    def _new_info(self, raw: str) -> _TokInfo:
        """What a folded word is to the matcher (see _info, which memoises it)."""
        tok = raw[:-2] if raw.endswith("'s") and len(raw) > 4 else raw  # not "Ra's"
        tok = tok.replace("'", "")
        keys = token_keys(tok) if tok.isascii() else ()
        article = tok in ARTICLES
        can_start = self._can_start(tok, keys, article)
        inner = keys
        vowel_article = _VOWEL_ARTICLE.match(tok)
        if vowel_article is not None and keys:
            inner = (*keys, token_keys(tok[1:])[0])
        grows = article or any(k in self._prefixes for k in keys)
        alone = next(((k, n > 0) for n, k in enumerate(keys) if k in self._keys), None)
        return _TokInfo(
            word=tok,
            keys=keys,
            inner=inner,
            article=article,
            can_start=can_start,
            grows=grows,
            alone=alone,
        )

    def _starts_word(self, raw: str) -> bool:
        """``self._new_info(raw).can_start`` for a folded word, without the rest of
        _new_info's work (the other fields, a _TokInfo): for _capital_pattern's ~6 k trial
        words, which it does not memoise."""
        tok = raw[:-2] if raw.endswith("'s") and len(raw) > 4 else raw
        tok = tok.replace("'", "")
        keys = token_keys(tok) if tok.isascii() else ()
        return self._can_start(tok, keys, tok in ARTICLES)

    def _can_start(self, tok: str, keys: tuple[str, ...], article: bool) -> bool:
        """Whether a name may start at a word (``_TokInfo.can_start``): ``tok`` is the word
        as _new_info reads it, ``keys`` its readings and ``article`` whether it is one."""
        return article or (tok not in _FUNCTION_WORDS and any(k in self._starts for k in keys))

    def _walk(
        self, folded: str, toks: list[tuple[int, int, str]]
    ) -> tuple[tuple[int, str, bool] | None, int]:
        """The longest name starting at ``toks[0]`` (last token, key, used a variant), and
        the deepest token index the walk asked for. ``toks`` is extended in place, one
        adjacent word at a time, only as far as needed."""
        deepest = 0
        best: tuple[int, str, bool] | None = None
        # (token index, key so far, used a variant reading)
        stack: list[tuple[int, str, bool]] = [(0, "", False)]
        while stack:
            j, prefix, alt = stack.pop()
            if j >= _MAX_TOKENS:
                continue
            deepest = max(deepest, j)
            if j >= len(toks):
                if folded[toks[-1][1] : toks[-1][1] + 1] not in _JOINERS:
                    continue
                nxt = _NEXT_WORD.match(folded, toks[-1][1])
                if nxt is None:
                    continue
                toks.append((nxt.start(1), nxt.end(1), nxt.group(1)))
            info = self._info(toks[j][2])
            if info.article:
                if prefix or j == 0:
                    stack.append((j + 1, prefix, alt))
                continue
            for n, k in enumerate(info.inner if prefix else info.keys):
                key = f"{prefix} {k}" if prefix else k
                used = alt or n > 0
                if key in self._keys and (
                    best is None or j > best[0] or (j == best[0] and best[2] and not used)
                ):
                    best = (j, key, used)
                if key in self._prefixes:
                    stack.append((j + 1, key, used))
        return best, deepest

    def _accept(
        self,
        doc: Doc,
        m: _Match,
        uniform: bool,
        titles: Callable[[int], bool],
    ) -> bool:
        """Whether a match is a place mention: capitalised, not a lone common word or
        personal name, not the tail of a person's or group's name."""
        text, folded = doc.text, doc.folded
        shape = m.shape
        if len(m.toks) == 1 and not shape.article and not shape.doomed:
            # One word: the context-free refusals were settled by Gazetteer._shape.
            if not uniform and not text[m.start].isupper():
                return False
            if (
                m.key in self._mute
                and folded[m.end : m.end + 12].lstrip(" ,").startswith(_SAID_WORDS)
                and _AFTER_SAID.match(folded, m.end)
            ):
                return False
            if shape.cue_only:
                return self._cue_beside(folded, m) and not _continued(text, folded, m.end, uniform)
            if shape.variant:
                if m.key in self._villages and not self._cued(folded, m.start, m.end):
                    return False
                if titles(m.start):
                    return False
            return True
        core = m.toks if len(m.toks) == 1 else _core(m.toks)
        if not uniform and (len(core) == 1 or not text[core[0][0]].isdigit()):
            # A loop, not any() over a generator (a generator object costs more).
            for t in core:
                if text[t[0]].isupper():
                    break
            else:
                return False  # "80th Brigade base" counts; "hama" in mixed text does not
        if len(m.key) < 3 and m.variant:
            return False  # "Fouaa" is "fa": too short a key to trust a respelling
        if m.prev is not None and m.toks[0][2] in ARTICLES:
            prev = m.prev
            if text[prev[0]].isupper() and prev[2] not in _LEAD_WORDS and not uniform:
                return False  # "Bashar al-Assad", "Ahrar al-Sham", "Jabhat al-Nusra"
        if (
            m.key in self._mute
            and folded[m.end : m.end + 12].lstrip(" ,").startswith(_SAID_WORDS)
            and _AFTER_SAID.match(folded, m.end)
        ):
            return False  # "Sheikh Ali said": villages do not speak
        if len(core) > 1:
            return True
        word = core[0][2]

        def cued() -> bool:
            return self._cue_beside(folded, m) and not _continued(text, folded, m.end, uniform)

        bare = self._info(word).word
        if bare in self._adjectives or (bare.endswith("s") and bare[:-1] in self._adjectives):
            return False  # "Syrian town", "Kurdish city": never a place
        if bare in self._never or (bare.endswith("s") and bare[:-1] in self._never):
            return cued()  # "the village of Hassan", "Hamra town"
        if len(word) <= 3 and core[0][0] == m.start:
            return cued()  # "Dam", "Hur", "Tal": too short to trust alone
        if m.key in self._stop and core[0][0] == m.start:
            return cued()  # "Bab" alone is a gate; "al-Bab" or "Bab town" is the town
        if m.variant:
            if not self._close_enough(word, m.key):
                return False
            if m.key in self._villages and not cued():
                return False  # a village must be spelled as the table spells it
            if titles(m.start):
                return False  # In a Title Case line capitals say nothing.
        return True

    def _cue_beside(self, folded: str, m: _Match) -> bool:
        """Whether a settlement cue, or for a quarter's name a quarter cue, stands beside a
        match."""
        return self._cued(folded, m.start, m.end) or (
            m.shape.quarter and _quarter_cued(folded, m.start, m.end)
        )

    @staticmethod
    def _cued(folded: str, start: int, end: int) -> bool:
        """Whether a settlement cue stands beside the name at ``folded[start:end]`` ("the
        village of X", "X town")."""
        # Conditional expressions, not min()/max(), clamp windows in this module's hot code:
        # on CPython 3.11 a builtin call of two ints costs ~900 instructions, a conditional
        # a few dozen.
        lo = start - 20 if start > 20 else 0
        return bool(
            (
                _ends_like(folded, lo, start, _CUE_TAILS)
                and (
                    _BEFORE_SETTLEMENT_A
                    if folded[lo - 1 if lo else 0 : start].isascii()
                    else _BEFORE_SETTLEMENT
                ).search(folded, lo, start)
            )
            or (
                folded[end : end + 3] in _HEADS_3
                and folded.startswith(_CUE_WORDS, end + 1)
                and (
                    _AFTER_SETTLEMENT_A
                    if folded[end : end + _AFTER_SPAN].isascii()
                    else _AFTER_SETTLEMENT
                ).match(folded, end)
            )
        )

    def _close_enough(self, raw: str, key: str) -> bool:
        """Whether one word is spelled close to a name it shares a key with: the key alone
        lets "very" be Aleppo ("Berea") or "Russian" be Ras Ayn run together."""
        found = self._close.get((raw, key))
        if found is None:
            word = (raw[:-2] if raw.endswith("'s") else raw).replace("'", "")
            words = {word, _ATTACHED_ARTICLE.sub("", word)}
            if word.endswith("s"):
                words.add(word[:-1])  # "Aleppos": a possessive that lost its apostrophe
            forms = self._forms.get(key, ())
            found = any(
                w == f or difflib.SequenceMatcher(None, w, f).ratio() >= 0.75
                for w in words
                for f in forms
            )
            with self._lock:
                if len(self._close) > 100_000:
                    self._close.clear()
                self._close[(raw, key)] = found
        return found

    def scan(self, doc: Doc) -> tuple[Location, ...]:
        """Every place mention in ``doc``, resolved (see :func:`scan_places`)."""
        if not self._keys:
            return ()
        folded = doc.folded
        text = doc.text
        uniform = doc.lowercase or text == folded or not any(c.islower() for c in text)
        titles = _TitleLines(text)
        matches: list[_Match] = []
        # Most names have no cue word next to them (_CUE_* and _NEAR_* below): one test of
        # each side says so, and their places come from the memo of _candidates.
        cands: list[tuple[list[Place], str | None, int | None, int, int]] = []
        quiet: list[bool] = []
        # How many matches name each governorate alone, in order of first mention.
        govs: dict[str, int] = {}
        for m in self._matches_on(text, folded, uniform):
            start, end = m.start, m.end
            if not (
                (m.shape.plain and (uniform or text[start].isupper()))
                or self._accept(doc, m, uniform, titles)
            ):
                continue
            if start > 3 and folded[start - 1] == "-" and _after_adjective_prefix(folded, start):
                continue  # an adjective: "pro-Turkey militants", "anti-Damascus protests"
            if folded[end : end + 1] == "-" and folded.startswith(_ADJECTIVE_SUFFIXES, end):
                continue  # an adjective: "Damascus-backed militias", "a Britain-based monitor"
            matches.append(m)
            if not (
                folded[end : end + 3] in _HEADS_3 and folded.startswith(_ANY_WORDS, end + 1)
            ) and not _ends_like(folded, start - 30 if start > 30 else 0, start, _ANY_TAILS):
                shape = m.shape
                places = shape.places or self._plain_places(m)
                gov = shape.gov
                cands.append((places, None, None, start, end))
                quiet.append(True)
            else:
                cand = self._candidates(folded, m)
                cands.append(cand)
                quiet.append(False)
                gov = _one_governorate(cand[0])
            if gov:
                govs[gov] = govs.get(gov, 0) + 1
        dominant = _dominant(govs)
        out: list[Location] = []
        # Each record is ``Location(place=place, surface=text[start:end], span=..., rule=rule,
        # precision=precision)`` with its slots written directly below (its validators cost
        # three times the rest) and the setters unpacked once a text, not at each of ~4 k
        # records a pass (tests/test_speed18_geo.py checks the records against the class's).
        set_place, set_surface, set_span, set_rule, set_precision = _LOC_SET
        for k, m in enumerate(matches):
            places, rule, precision, start, end = cands[k]
            if m.variant and self._contradicted(folded, matches, cands, k):
                continue
            if len(places) > 1:
                places = self._disambiguate(folded, matches, cands, k, dominant)
            place = places[0]
            if rule is None and place.kind is _CITY and out and self._holds(folded, m, out[-1]):
                # "Al Sikhah town in Deir ez Zor": the province named after its capital.
                province = self._capital_of(place)
                if province is not None and province.name == place.governorate:
                    place, rule = province, "place.governorate"
            if precision is None:
                precision = _PRECISION.get(place.kind, 1)
                if not quiet[k] and self._near(folded, m, place):
                    precision = precision if precision > 2 else 2
                    rule = "place.near"
            elif rule == "place.governorate" and folded[end - 1] == "s" and out:
                self._share_provinces(folded, out, start, end)  # "Daraa and Idlib provinces"
            if rule is None:
                rule = "place.variant" if m.variant else "place.alias"
            span = _object_new(Span)
            _span_start(span, start)
            _span_end(span, end)
            loc = _object_new(Location)
            set_place(loc, place)
            set_surface(loc, text[start:end])
            set_span(loc, span)
            set_rule(loc, rule)
            set_precision(loc, precision)
            out.append(loc)
        return tuple(out)

    def _share_provinces(self, folded: str, out: list[Location], start: int, end: int) -> None:
        """The capitals listed just before a plural province cue (the match at
        ``start:end``) are provinces too ("Daraa, Hama and Idlib provinces"): their records
        in ``out`` are rewritten."""
        capital = "governorate" in folded[start:end]  # "Damascus governorate", as _candidates
        j = len(out) - 1
        while j >= 0 and folded[out[j].span.end : start] in _LIST_SEPARATORS:
            loc = out[j]
            place = loc.place
            if loc.rule not in ("place.alias", "place.variant") or place.kind is not _CITY:
                return
            province = self._capital_of(place)
            if province is None or province.name != place.governorate:
                return
            if province.name == "Damascus" and not capital:
                province = self._govs.get("Rural Damascus", province)
            new = _object_new(Location)
            set_place, set_surface, set_span, set_rule, set_precision = _LOC_SET
            set_place(new, province)
            set_surface(new, loc.surface)
            set_span(new, loc.span)
            set_rule(new, "place.governorate")
            set_precision(new, 3)
            out[j] = new
            start = loc.span.start
            j -= 1

    @staticmethod
    def _holds(folded: str, m: _Match, inner: Location) -> bool:
        """Whether a match names what holds the town or village just before it ("X town in
        Y", "X village, Y"): a place of Y's governorate outside Y itself."""
        place = inner.place
        return (
            place.kind in _TOWN_OR_VILLAGE
            and place.governorate is not None
            and inner.span.end < m.start
            and _IN_GOVERNORATE_RE.fullmatch(folded, inner.span.end, m.start) is not None
        )

    @staticmethod
    def _near(folded: str, m: _Match, place: Place) -> bool:
        """Whether a cue says the text means around the place: "near X", "X outskirts"."""
        lo = m.start - _BEFORE_SPAN if m.start > _BEFORE_SPAN else 0
        return bool(
            (
                _ends_like(folded, lo, m.start, _NEAR_TAILS)
                and (
                    _BEFORE_NEAR_A
                    if folded[lo - 1 if lo else 0 : m.start].isascii()
                    else _BEFORE_NEAR
                ).search(folded, lo, m.start)
            )
            or (
                folded[m.end : m.end + 3] in _HEADS_3
                and folded.startswith(_NEAR_WORDS, m.end + 1)
                and (
                    _AFTER_NEAR_A if folded[m.end : m.end + _AFTER_SPAN].isascii() else _AFTER_NEAR
                ).match(folded, m.end)
                and place.kind is not _GOVERNORATE
            )
        )

    def _contradicted(
        self,
        folded: str,
        matches: list[_Match],
        cands: list[tuple[list[Place], str | None, int | None, int, int]],
        k: int,
    ) -> bool:
        """Whether a respelled name is placed in a governorate none of its places lie in
        ("Qassiab in Hasakeh province" is not Kassab in Lattakia): a place the table lacks,
        written like one it has."""
        if k + 1 >= len(matches):
            return False
        after = matches[k + 1]
        if not _IN_GOVERNORATE_RE.fullmatch(folded, matches[k].end, after.start):
            return False
        outer = cands[k + 1][0]
        if not outer or outer[0].kind is not _GOVERNORATE:
            return False
        gov = outer[0].name
        return all(p.governorate != gov for p in cands[k][0])

    def _matches_on(self, text: str, folded: str, uniform: bool) -> list[_Match]:
        """Longest matches, left to right, without overlaps. In mixed-case text a name
        starts at a capitalised word (or the article written before it), so only those
        positions are tried; in one-case text every word is. One-word matches that _accept
        turns down whatever surrounds them, or for want of the cue beside them, are left
        out (their words are still consumed)."""
        out: list[_Match] = []
        done = 0
        words: Iterable[re.Match[str] | re.Match[bytes] | regex.Match[str]]
        # In the C-level pass the word after each one comes with it, when the text's joiners
        # and words are the folded copy's (the text lower-cased is its folded copy: in ASCII
        # text, when its copy holds no NUL; see _capital_pattern).
        joined = False
        if uniform:
            words = _WORD.finditer(folded)
        elif (is_ascii := text.isascii()) or _inert(text):
            copy = self._capital_copy(text)
            words = self._capital_words.finditer(copy)
            joined = b"\0" not in copy if is_ascii else folded == text.lower()
        else:
            words = (
                w
                for s in _CAPITAL.finditer(text)
                if (w := _WORD.match(folded, s.start())) is not None
            )
        next_word = _ASCII_NEXT_WORD if folded.isascii() else _NEXT_WORD
        tokinfo = self._tokinfo
        runs = self._runs
        found: _Shape | _Mark | bool | None
        for first in words:
            pos, stop = first.span()
            if pos < done:
                continue
            raw = folded[pos:stop]
            info = tokinfo.get(raw) or self._info(raw)
            if not info.can_start:
                continue
            art = None
            # An article may end before the separator: a hyphen, or a space after one of
            # _ARTICLE_TAILS. Single characters are read first (an index gives a cached
            # one-character string; a slice looked up in a set costs a slice object, a new
            # string and its hash): the tails' last letter settles most words after a space
            # (tests/test_speed18_geo.py checks this against the set test alone).
            if (
                pos >= 3
                and (
                    (sep := folded[pos - 1]) == "-"
                    or (
                        sep == " "
                        and folded[pos - 2] in _TAIL_LAST
                        and folded[pos - 3 : pos - 1] in _ARTICLE_TAILS
                    )
                )
                and _article_ends(folded, pos)
            ):
                art = _article_before(folded, pos, done if done > pos - 5 else pos - 5)
                if (
                    sep == " "
                    and art is not None
                    and art[0] + 3 == pos
                    and art[1] in _ENGLISH_ARTICLES
                    and (folded[pos] != art[1][1] or (not uniform and text[art[0]].islower()))
                ):
                    # "fired at Nubl", "Clashes at Douma": the English word. A spaced "at",
                    # "as" or "an" is the article only where it takes the sound of the word
                    # after it ("At Tibni", "an Nabk"), and in mixed-case text capitalised.
                    art = None
            if art is not None:
                begin, lead = art  # the article, as _WORD reads it
                lead_toks = [(begin, begin + len(lead), lead)]
                # The words after the article are this one (the separator before it is one
                # to three joiners) and, in joined text, the word the C-level pass read after
                # it: given to the walk, so that it need not read them again.
                ahead = None
                if joined:
                    start2, end2 = first.span(1)
                    after = (start2, end2, folded[start2:end2]) if start2 >= 0 else None
                    ahead = [(pos, stop, raw), after]
                found = self._run(folded, lead_toks, (lead,), next_word, ahead)
                if found is not _NOTHING:  # the article's reading wins, even when it
                    if isinstance(found, _Shape):  # names nothing
                        match = self._place_shape(folded, tuple(lead_toks[: found.last + 1]), found)
                        out.append(match)
                        done = match.end
                    continue
            # The walk from this word, as memoised by the words it looked at: this one
            # (info.run), then as many after it as the walk asked for.
            found = info.run
            # The next word, when the memo of two words gave the name (its tuple is built
            # only for a two-word name), or every word the walk looked up.
            word2: str | None = None
            toks: list[tuple[int, int, str]] | None = None
            if found is True:
                # The next word: from the C-level pass, or read here.
                if joined:
                    start2, end2 = first.span(1)
                elif folded[stop : stop + 1] in _JOINERS and (nxt := next_word.match(folded, stop)):
                    start2, end2 = nxt.span(1)
                else:
                    start2 = end2 = -1
                word2 = folded[start2:end2] if start2 >= 0 else None
                pairs = info.pairs
                found = pairs.get(word2, _UNKNOWN)
                if found is _UNKNOWN:
                    found = runs.get((raw, word2), _UNKNOWN)
                    if found is not _UNKNOWN:
                        if len(pairs) > 1_000:
                            pairs.clear()
                        pairs[word2] = found
                if found is True or found is _UNKNOWN:
                    toks = [(pos, stop, raw)]
                    if word2 is not None:
                        toks.append((start2, end2, word2))
                    found = self._run(folded, toks, (raw, word2), next_word)
            elif found is _UNKNOWN:
                toks = [(pos, stop, raw)]
                found = self._run(folded, toks, (raw,), next_word)
            if not isinstance(found, _Shape):
                continue
            if found.doomed:
                done = stop  # a match _accept would turn down: skip building it
                continue
            if found.last == 0:
                if not found.article:
                    if found.cue_only and not (
                        self._cued(folded, pos, stop)
                        or (found.quarter and _quarter_cued(folded, pos, stop))
                    ):
                        # A word that is a place only beside a settlement cue ("the village
                        # of Hassan", "Tal town"), with none: _accept would turn the match
                        # down whatever else surrounds it (~600 a pass), so it is not built.
                        done = stop
                        continue
                    # _new_match(((pos, stop, raw),), None, found.key, ...) written out: the
                    # call costs what its eight stores do (~3 k one-word matches a pass).
                    match = _object_new(_Match)
                    match.toks = ((pos, stop, raw),)
                    match.prev = None
                    match.key = found.key
                    match.variant = found.variant
                    match.start = pos
                    match.end = stop
                    match.exact = found.exact
                    match.shape = found
                    out.append(match)
                    done = stop
                    continue
                match = self._place_shape(folded, ((pos, stop, raw),), found)
            elif toks is None:
                # A memo of one or two words gives a name of two words at most.
                assert word2 is not None
                match = self._place_shape(folded, ((pos, stop, raw), (start2, end2, word2)), found)
            else:
                assert toks is not None  # a memo of one or two words gives no longer name
                match = self._place_shape(folded, tuple(toks[: found.last + 1]), found)
            out.append(match)
            done = match.end
        return out

    def _run(
        self,
        folded: str,
        toks: list[tuple[int, int, str]],
        words: tuple[str | None, ...],
        next_word: re.Pattern[str] | regex.Pattern[str],
        ahead: list[tuple[int, int, str] | None] | None = None,
    ) -> _Shape | _Mark | None:
        """The name the words from ``toks[0]`` make (``_NOTHING`` when the walk finds none,
        None when it finds only articles), memoised by the words the walk looked at:
        ``words`` are those of ``toks`` (None for a word that is not there), and ``toks``
        is extended to every word the memo or the walk asks for. ``ahead`` holds the words
        the caller knows to follow ``toks``, as ``next_word`` would read them (None: no
        word follows); they are taken before ``next_word`` is asked."""
        runs = self._runs
        got = runs.get(words, _UNKNOWN)
        given = 0
        while got is True:  # the walk looked further: one more word
            tok: tuple[int, int, str] | None
            if ahead and given < len(ahead):
                tok = ahead[given]
                given += 1
            else:
                end = toks[-1][1]
                nxt = next_word.match(folded, end) if folded[end : end + 1] in _JOINERS else None
                tok = None if nxt is None else (nxt.start(1), nxt.end(1), nxt.group(1))
            if tok is None:
                words = (*words, None)
            else:
                toks.append(tok)
                words = (*words, tok[2])
            got = runs.get(words, _UNKNOWN)
        if got is not _UNKNOWN and not isinstance(got, bool):
            return got
        found, deepest = self._walk(folded, toks)
        outcome: _Shape | _Mark | None = _NOTHING
        if found is not None:
            outcome = self._shape(tuple(t[2] for t in toks[: found[0] + 1]), found)
        seen: tuple[str | None, ...] = tuple(t[2] for t in toks[: deepest + 1])
        if deepest >= len(toks):
            seen = (*seen, None)  # the walk asked for a word that is not there
        with self._lock:
            if len(runs) > 200_000:
                runs.clear()
            for n in range(1, len(seen)):
                runs[seen[:n]] = True
            runs[seen] = outcome
        self._info(toks[0][2]).run = True if len(seen) > 1 else outcome
        return outcome

    def _shape(self, words: tuple[str, ...], found: tuple[int, str, bool] | None) -> _Shape | None:
        """The name a run of words makes, from the walk's finding, or None."""
        if found is None:
            return None
        last, key, variant = found
        if words[0] in _ENGLISH_ARTICLES and last and words[1][:1] != words[0][1]:
            return None  # "At Aleppo airport", "clashes at douma": the English word
        clean = [self._info(w).word for w in words]
        core = [w for w in clean if w not in ARTICLES]
        if not core:
            return None
        places = self._keys[key]
        exact = tuple(x for x in self._exact.get(" ".join(core), ()) if x in places)
        if not exact and len(core) == 1:
            word = core[0]
            flat = self._exact.get(word[:-1], ()) if word.endswith("s") else ()
            exact = tuple(x for x in flat if x in places)  # "Syrias": lost its apostrophe
        variant = variant or not exact
        doomed = cued_only = False
        if last == 0 and len(words) == 1 and words[0] not in ARTICLES:
            # The context-free refusals of _accept for a one-word name, in its order.
            bare = clean[0]
            single = bare[:-1] if bare.endswith("s") else ""
            cued_only = (
                bare in self._never
                or (single != "" and single in self._never)
                or len(words[0]) <= 3
                or key in self._stop
            )
            doomed = (
                (len(key) < 3 and variant)
                or bare in self._adjectives
                or (single != "" and single in self._adjectives)
                or (not cued_only and variant and not self._close_enough(words[0], key))
            )
        return _Shape(
            last=last,
            key=key,
            variant=variant,
            exact=exact,
            article=clean[0] in ARTICLES,
            doomed=doomed,
            cue_only=cued_only,
            quarter=any(self._places[i].kind in _QUARTERS for i in places),
            plain=(
                last == 0
                and len(words) == 1
                and words[0] not in ARTICLES
                and clean[0] not in ARTICLES
                and not (doomed or cued_only or variant)
                and key not in self._mute
            ),
        )

    def _place_shape(
        self, folded: str, toks: tuple[tuple[int, int, str], ...], shape: _Shape
    ) -> _Match:
        prev = None
        start = toks[0][0]
        if shape.article and start > 0 and folded[start - 1] in "- '":
            prev = _word_before(folded, start)
        return _new_match(
            toks,
            prev,
            shape.key,
            shape.variant,
            start,
            toks[-1][1],
            shape.exact,
            shape,
        )

    def _places_of(self, m: _Match) -> tuple[list[Place], list[Place]]:
        """Every place of a match's key, and those it may be before any cue is read."""
        every = self._ranked_exact(self._keys[m.key])
        places = self._ranked_exact(m.exact) if m.exact else every
        best, alt = places[0].kind, every[0].kind
        if (best is _VILLAGE and alt in (_CITY, _TOWN)) or (
            best in (_SUBDISTRICT, _DISTRICT) and alt in _SETTLEMENTS
        ):
            # "Ain al-Arab" is the city and "Ein Issa" the town, though a village or a
            # sub-district is spelled exactly so.
            places = every
        return every, places

    def _plain_places(self, m: _Match) -> list[Place]:
        """The places a match with no cue word around it may be, kept in its shape's
        ``places`` with their one governorate in its ``gov`` (shared: callers never change
        the list)."""
        shape = m.shape
        if shape.places is not None:
            return shape.places
        every, places = self._places_of(m)
        plain = list(places)
        govs = [p for p in places if p.kind is _GOVERNORATE]
        if govs:
            capitals = [
                p for p in every if p.kind in _SETTLEMENTS and p.governorate == govs[0].name
            ]
            if capitals:
                plain = capitals[:1]
        # The governorate first: a reader that finds ``places`` set reads ``gov`` next.
        shape.gov = _one_governorate(plain)
        shape.places = plain
        return plain

    def _candidates(
        self, folded: str, m: _Match
    ) -> tuple[list[Place], str | None, int | None, int, int]:
        """The places a match may be, narrowed by the cue words around it, with the rule,
        precision and span the cue implies (None: decide later)."""
        start, end = m.start, m.end
        lo = start - _BEFORE_SPAN if start > _BEFORE_SPAN else 0
        # Every cue after a name is a space and a word with one of these initials; every
        # cue before one ends in "rural" or "of" (and "the"): most names have neither.
        cue_after = folded[end : end + 3] in _HEADS_3 and folded.startswith(_CUE_WORDS, end + 1)
        cue_before = _ends_like(folded, lo, start, _CUE_TAILS)
        if not cue_after and not cue_before:
            return self._plain_places(m), None, None, start, end
        every, places = self._places_of(m)
        govs = [p for p in places if p.kind is _GOVERNORATE]
        # The ASCII twins of the cue patterns where the text they read is ASCII.
        after_gov, after_rural, after_city, after_quarter, after_settlement = (
            (_AFTER_GOV_A, _AFTER_RURAL_A, _AFTER_CITY_A, _AFTER_QUARTER_A, _AFTER_SETTLEMENT_A)
            if folded[end : end + _AFTER_SPAN].isascii()
            else (_AFTER_GOV, _AFTER_RURAL, _AFTER_CITY, _AFTER_QUARTER, _AFTER_SETTLEMENT)
        )
        # Each cue pattern is run only where it may match, as the text beside the name says:
        # after it, by the first three letters of the word after the space (a cue after a
        # name is a space and a word, see _HEADS_3); before it, by how the window ends, a
        # final newline aside ("$" stands before one). The others cannot match (~1.2 k
        # failed calls a pass).
        head = folded[end + 1 : end + 4] if cue_after else ""
        gov_cue = after_gov.match(folded, end) if head in _GOV_HEADS else None
        rural_after = after_rural.match(folded, end) if head in _RURAL_HEADS else None
        before = folded[lo:start] if cue_before else ""
        bare = before[:-1] if before[-1:] == "\n" else before
        before_rural, before_city, before_settlement = (
            (_BEFORE_RURAL_A, _BEFORE_CITY_A, _BEFORE_SETTLEMENT_A)
            if before.isascii()
            else (_BEFORE_RURAL, _BEFORE_CITY, _BEFORE_SETTLEMENT)
        )
        rural_before = before_rural.search(before) if bare.endswith(_RURAL_ENDS) else None
        settlement_head = head in _SETTLEMENT_HEADS
        holder = (
            settlement_head
            and (
                _AFTER_SETTLEMENT_OF_A
                if folded[end : end + _AFTER_SPAN].isascii()
                else _AFTER_SETTLEMENT_OF
            ).match(folded, end)
            is not None
        )
        if (gov_cue or rural_after or rural_before or holder) and (
            govs or places[0].kind in _SETTLEMENTS
        ):
            gov = govs[0] if govs else None
            if gov is None and places[0].kind is _CITY:
                gov = self._capital_of(places[0])
            if gov is not None:
                if gov.name == "Damascus" and not (gov_cue and "governorate" in gov_cue.group()):
                    gov = self._govs.get("Rural Damascus", gov)
                cue = gov_cue or rural_after
                if cue is not None:
                    end = cue.end()
                elif rural_before is not None:
                    start = lo + rural_before.start()
                rule = "place.governorate" if gov_cue or holder else "place.countryside"
                return [gov], rule, 3, start, end
            if (rural_after and not rural_after.group().endswith("suburb")) or (
                rural_before and "suburb of" not in rural_before.group()
            ):
                # "Tell Rifaat countryside": around a town, not the town itself ("Harasta
                # suburb", "the suburb of Harasta" are the town, where "a suburb of Aleppo"
                # or "the Damascus suburb of Daraya" is the province around a capital).
                return [p for p in places if p.kind in _SETTLEMENTS], "place.near", 2, start, end
        city_after = after_city.match(folded, end) if head in _CITY_HEADS else None
        if city_after or (bare.endswith(_CITY_ENDS) and before_city.search(before)):
            cities = [p for p in places if p.kind in _SETTLEMENTS] or [
                p for p in every if p.kind in _SETTLEMENTS
            ]
            if cities:
                if city_after:
                    end = city_after.end()
                return cities, "place.city", 1, start, end
        if head in _QUARTER_HEADS and after_quarter.match(folded, end):
            quarters = [p for p in places if p.kind in _QUARTERS]
            if quarters:
                # The quarters first; the other places stay behind them for a place named
                # beside it to choose from ("the Hamidiyeh neighbourhood of Aleppo": no
                # quarter of that name in Aleppo is known, a village of it in the city's
                # district is).
                others = [p for p in places if p.kind not in _QUARTERS]
                return quarters + others, None, None, start, end
        if (settlement_head and after_settlement.match(folded, end)) or (
            bare.endswith(_SETTLEMENT_ENDS) and before_settlement.search(before)
        ):
            settled = [p for p in places if p.kind in _SETTLEMENTS]
            if settled:
                return settled, None, None, start, end
        if govs:
            # A bare governorate name is its capital city: "Homs", "Daraa", "Sweida".
            capitals = [
                p for p in every if p.kind in _SETTLEMENTS and p.governorate == govs[0].name
            ]
            if capitals:
                return capitals[:1], None, None, start, end
        return list(places), None, None, start, end

    def _ranked_exact(self, exact: tuple[int, ...]) -> list[Place]:
        ranked = self._exact_ranked.get(exact)
        if ranked is None:
            ranked = sorted((self._places[i] for i in exact), key=_rank)
            with self._lock:
                if len(self._exact_ranked) > 100_000:
                    self._exact_ranked.clear()
                self._exact_ranked[exact] = ranked
        return ranked

    def _capital_of(self, city: Place) -> Place | None:
        """The governorate named after ``city`` (Aleppo, Homs...): its most populous city."""
        gov = self._govs.get(city.governorate or "")
        if gov is None or skeleton(gov.name) != skeleton(city.name):
            names = {skeleton(a) for a in (gov.name, *gov.aliases)} if gov else set()
            if gov is None or skeleton(city.name) not in names:
                return None
        return gov

    def _disambiguate(
        self,
        folded: str,
        matches: list[_Match],
        cands: list[tuple[list[Place], str | None, int | None, int, int]],
        k: int,
        dominant: str | None,
    ) -> list[Place]:
        places = cands[k][0]
        m = matches[k]
        # A place named beside this one: "X in Y", "X, Y province", "Y's X".
        for j in (k + 1, k - 1):
            if not 0 <= j < len(matches):
                continue
            other = matches[j]
            lo, hi = (m.end, other.start) if j > k else (other.end, m.start)
            if hi - lo > 40 or not _LINK_RE.fullmatch(folded, lo, hi):
                continue
            near = cands[j][0]
            govs = {p.governorate for p in near if p.governorate}
            narrowed = [p for p in places if p.governorate in govs]
            if narrowed and len(narrowed) < len(places):
                return narrowed
        if dominant is not None:
            narrowed = [p for p in places if p.governorate == dominant]
            if narrowed:
                return narrowed
        return places


# Initials of the cue words after a name (_AFTER_GOV, _RURAL, _CITY, _QUARTER, _SETTLEMENT).
# Cheap tests run before the cue patterns, each true whenever its patterns can match.
# The words a cue after a name begins with (_AFTER_GOV, _RURAL, _CITY, _QUARTER, _SETTLEMENT):
_CUE_WORDS = tuple(
    """province governorate countryside suburb rural hinterland city district neighbourhood
    neighborhood quarter town village camp""".split()
)


def _heads(words: str) -> frozenset[str]:
    """The first three letters of each of ``words``."""
    return frozenset(w[:3] for w in words.split())


# Per cue pattern after a name, the first three letters of its words; before a name, how the
# text ends where it matches (each ending ends in its "[ ]$"). _candidates runs a pattern only
# when these say it may match (tests/test_speed17_geo.py checks them against the patterns).
_GOV_HEADS = _heads("province governorate")  # _AFTER_GOV
_RURAL_HEADS = _heads("countryside suburbs rural hinterland")  # _AFTER_RURAL
_CITY_HEADS = _heads("city")  # _AFTER_CITY
_QUARTER_HEADS = _heads("district neighbourhood neighborhood quarter")  # _AFTER_QUARTER
_SETTLEMENT_HEADS = _heads("town village city camp")  # _AFTER_SETTLEMENT
_RURAL_ENDS = (  # _BEFORE_RURAL
    "rural ",
    *(
        f"{w} of {the}"
        for w in "countryside suburbs suburb province governorate".split()
        for the in ("", "the ")
    ),
)
_CITY_ENDS = ("city of ",)  # _BEFORE_CITY
# _BEFORE_SETTLEMENT
_SETTLEMENT_ENDS = tuple(f"{w} of " for w in "town village city camp hamlet".split())
_NEAR_WORDS = ("outskirts", "environs", "vicinity", "surroundings", "axis", "area")
_SAID_WORDS = ("said", "says", "told", "added", "stated")
# How the text before a name ends when a cue stands there (_BEFORE_RURAL, _CITY, _SETTLEMENT).
_CUE_ENDINGS = tuple(
    f"{w} {the}"
    for w in """rural countryside of suburbs of suburb of province of governorate of city of town of
    village of camp of hamlet of""".replace(" of", "_of").split()
    for the in ("", "the ")
)
_CUE_ENDINGS = tuple(e.replace("_of", " of") for e in _CUE_ENDINGS)
_NEAR_ENDINGS = tuple(  # _BEFORE_NEAR; "th of", "st of": north of ... south-west of
    f"{w} {the}".replace("_", " ")
    for w in """near nearby outside around close_to outskirts_of vicinity_of environs_of th_of
    st_of""".split()
    for the in ("", "the ")
)


# Every word a cue after a name may begin with, and every ending of the text before a name
# where a cue stands: when neither is there, no cue pattern can match.
_ANY_WORDS = _CUE_WORDS + _NEAR_WORDS
_ANY_ENDINGS = _CUE_ENDINGS + _NEAR_ENDINGS


# After a name: the space and the first two letters of every cue word, one set test before
# the startswith over the words (each word is longer than two).
_HEADS_3 = frozenset(f" {w[:2]}" for w in _ANY_WORDS)
# Before a name: the window's last _TAIL characters pick the endings it may end with (every
# ending is at least that long: "near "), one dict lookup before the endswith over them. Most
# windows ("in the ", "capital of ") pick none, and "of the " picks 14 endings, not all 40.
_TAIL = 5


def _by_tail(endings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``endings`` by their last _TAIL characters, for _ends_like."""
    grouped: dict[str, list[str]] = {}
    for e in endings:
        grouped.setdefault(e[-_TAIL:], []).append(e)
    return {tail: tuple(group) for tail, group in grouped.items()}


_CUE_TAILS, _NEAR_TAILS, _ANY_TAILS = map(_by_tail, (_CUE_ENDINGS, _NEAR_ENDINGS, _ANY_ENDINGS))


def _ends_like(folded: str, lo: int, end: int, endings: dict[str, tuple[str, ...]]) -> bool:
    """Whether ``folded[lo:end]`` ends with one of the endings of ``endings`` (_by_tail of
    some of _ANY_ENDINGS), a final newline aside, as ``$`` allows: a cheap test before the
    cue patterns, which all end in ``[ ]$``. Only the endings that end as the window does
    are tried (a slice shorter than _TAIL, near the text's start, matches no key)."""
    if end > lo and folded[end - 1] == "\n":
        end -= 1
    group = endings.get(folded[end - _TAIL : end])
    return group is not None and folded.endswith(group, lo, end)


# What a character other than an ASCII letter, digit or apostrophe must not be, nor fold to,
# for a text's capitalised words to be read by the ASCII pass (see _inert).
_WORDISH = regex.compile(r"[\w'\p{Lu}\d]")


def _inert(text: str) -> bool:
    """Whether the characters of ``text`` outside ASCII letters and digits are all non-word
    characters that fold to non-word characters ("\ufffd" for a lost apostrophe): then the
    ASCII pass over capitalised words finds the words the Unicode pass would.

    The ASCII characters that fail ("_", "`") are looked for with C substring tests, and
    only the other characters are put in a set: ``set(text)`` read every character of the
    text into a set (~3 M machine instructions a pass over the 17 non-ASCII texts), where
    deleting the ASCII bytes from the text's UTF-8 leaves the few others in C
    (tests/test_speed18_geo.py checks this against the loop over ``set(text)``)."""
    for c in _WORDISH_ASCII:
        if c in text:
            return False
    others = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    for c in set(others.decode("utf-8", "surrogatepass")):
        if _WORDISH.match(c) is not None or _WORDISH.match(fold(c)) is not None:
            return False
    return True


# The ASCII characters other than letters, digits and apostrophes that _inert refuses: those
# _WORDISH matches, or matches once folded ("_", "`").
_WORDISH_ASCII = tuple(
    c
    for c in map(chr, range(128))
    if not (c.isalnum() or c == "'")
    and (_WORDISH.match(c) is not None or _WORDISH.match(fold(c)) is not None)
)
_ASCII_BYTES = bytes(range(128))


_object_new = object.__new__
# The slots' own setters: cheaper than object.__setattr__, which looks each name up first.
_LOC_SET = _slot_setters(Location)


def _article_before(folded: str, pos: int, lo: int) -> tuple[int, str] | None:
    """Where the article written before ``pos`` starts, and the article, as
    ``_ARTICLE_BEFORE.search(folded, lo, pos)`` finds it (given that ``folded[pos - 1]`` is a
    space or a hyphen), read with string tests when the characters involved are ASCII."""
    best: tuple[int, str] | None = None
    seps = (2, 1) if pos >= 2 and folded[pos - 2 : pos] == " -" else (1,)
    for n in seps:
        end = pos - n
        for size in (3, 2):
            begin = end - size
            if begin < lo or (best is not None and begin >= best[0]):
                continue
            word = folded[begin:end]
            if word not in (_ARTICLES_3 if size == 3 else _ARTICLES_2):
                continue
            if begin > 0:
                c = folded[begin - 1]
                if not c.isascii():
                    found = _ARTICLE_BEFORE.search(folded, lo, pos)
                    return (found.start(), found.group().rstrip(" -")) if found else None
                if c.isalnum() or c in "_'":
                    continue
            best = (begin, word)
    return best


def _word_before(folded: str, start: int) -> tuple[int, int, str] | None:
    """The word before ``start`` when one to three spaces or hyphens separate them, as
    ``_WORD_BEFORE.search(folded, max(0, start - 25), start)`` finds it (its span and text)
    where ``folded[start - 1]`` is not a newline (the caller's case). An ASCII window is
    read backwards from its end by ``re``, one anchored match, where a loop over its
    characters cost twice as much (tests/test_speed8_geo9.py checks the two ways agree)."""
    lo = start - 25 if start > 25 else 0
    window = folded[lo:start]
    if not window.isascii():
        found = _WORD_BEFORE.search(folded, lo, start)
        return (found.start(1), found.end(1), found.group(1)) if found else None
    m = _ASCII_WORD_BEFORE_REVERSED.match(window[::-1])
    if m is None:
        return None
    return (start - m.end(), start - m.start(1), m.group(1)[::-1])


_LIST_SEPARATORS = frozenset((", ", " and ", ", and ", " & ", " "))  # " ": FA-KES lost its commas
_QUARTER_WORDS = ("district", "neighbourhood", "neighborhood", "quarter")
_QUARTER_ENDS = tuple(f"{w} of {the}" for w in _QUARTER_WORDS for the in ("", "the "))


def _quarter_cued(folded: str, start: int, end: int) -> bool:
    """Whether a quarter cue stands beside the name at ``folded[start:end]`` ("the Midan
    district", "the neighbourhood of Midan")."""
    lo = start - 20 if start > 20 else 0
    return folded.endswith(_QUARTER_ENDS, lo, start) or (
        folded[end : end + 1] == " "
        and folded.startswith(_QUARTER_WORDS, end + 1)
        and _AFTER_QUARTER.match(folded, end) is not None
    )


def _continued(text: str, folded: str, end: int, uniform: bool) -> bool:
    """Whether, in mixed-case text, a capitalised word other than a cue word follows the
    name ending at ``end``: "the village of Tal Jabin" names a village the table lacks, not
    the table's Tal, which only the cue made a place."""
    return (
        not uniform
        and text[end : end + 1] == " "
        and text[end + 1 : end + 2].isupper()
        and not folded.startswith(_CUE_WORDS, end + 1)
    )


def _core(toks: tuple[tuple[int, int, str], ...]) -> list[tuple[int, int, str]]:
    """The tokens of a match that are not articles."""
    return [t for t in toks if t[2] not in ARTICLES]


_TITLE_WORD = regex.compile(r"[^\W\d_]{4,}")
_ASCII_TITLE_WORD = re.compile(r"([A-Za-z])[A-Za-z]{3,}")  # the first letter of each word
# The shape of ASCII text for the title test: capitals "A", small letters "a", else spaces.
_TITLE_SHAPE = bytes(
    ord("A") if chr(c).isupper() else ord("a") if chr(c).islower() else ord(" ") for c in range(128)
) + bytes(256 - 128)


def _prose(head: str) -> bool:
    """True when fewer than 80% of the words of four letters or more of ASCII ``head`` are
    capitalised, told in C from its shape, a tenth of the cost of the word pass (most lines
    are prose): each " aaaa" of the shape opens a word of four letters or more in small
    letters, each " A" at most one capitalised word, so fewer than four " A" for each
    " aaaa" settles it. False when these counts cannot tell."""
    shape = b" " + head.encode("ascii").translate(_TITLE_SHAPE)
    return shape.count(b" A") < 4 * shape.count(b" aaaa")


class _TitleLines:
    """Whether an offset lies on a line written in Title Case (a headline), where capitals
    carry no meaning; each line is read once, when first asked about."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: dict[int, bool] = {}

    def __call__(self, offset: int) -> bool:
        text = self._text
        start = text.rfind("\n", 0, offset) + 1
        found = self._lines.get(start)
        if found is None:
            end = text.find("\n", start)
            head = text[start : start + 400 if end < 0 else min(end, start + 400)]
            # An ASCII line is read by ``re``, three times faster here, with the same words,
            # of which only the first letters are kept (the count is then made in C).
            if not head.isascii():
                firsts = [w[0] for w in _TITLE_WORD.findall(head)]
            elif _prose(head):
                firsts = []
            else:
                firsts = _ASCII_TITLE_WORD.findall(head)
            found = len(firsts) >= 4 and sum(map(str.isupper, firsts)) >= 0.8 * len(firsts)
            self._lines[start] = found
        return found


_count = operator.itemgetter(1)


def _one_governorate(places: list[Place]) -> str | None:
    """The one Syrian governorate ``places`` lie in, or None (none, or several)."""
    if len(places) == 1:  # most lists: read the place, no set built
        place = places[0]
        return place.governorate if place.country == "SY" else None
    govs = {p.governorate for p in places if p.country == "SY"}
    return next(iter(govs)) if len(govs) == 1 else None


def _dominant(govs: dict[str, int]) -> str | None:
    """The governorate most mentioned by names that name only one governorate (``govs``
    counts them, in order of first mention): the first of the most mentioned, as
    Counter.most_common(1) picks it."""
    if not govs:
        return None
    return max(govs.items(), key=_count)[0]


def _data_text(name: str) -> str | None:
    try:
        return (
            importlib.resources.files("syriaevents")
            .joinpath("data")
            .joinpath(name)
            .read_text("utf-8")
        )
    except (FileNotFoundError, OSError):
        return None


def _stoplist() -> tuple[str, ...]:
    text = _data_text(_STOPLIST_FILE) or ""
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


# What makes a name before it an adjective: "Tehran-backed", "Beirut-based".
_ADJECTIVE_SUFFIXES = tuple(
    f"-{w}"
    for w in """backed based born led allied aligned affiliated linked sponsored funded
    supported""".split()
)


def _after_adjective_prefix(folded: str, start: int) -> bool:
    """Whether the name at ``start`` follows "pro-" or "anti-" as a word of its own."""
    for prefix in ("pro-", "anti-"):
        at = start - len(prefix)
        if folded.startswith(prefix, at) and (at == 0 or not folded[at - 1].isalnum()):
            return True
    return False


def _split_stoplist(lines: Iterable[str]) -> tuple[list[str], list[str], list[str]]:
    """The stop-list's sections: names never a place alone, even with an article, unless a
    cue says so ("[never]": Assad, Hassan), names a place only with an article ("[article]":
    Bab), and words never a place alone at all ("[adjective]": Syrian, Kurdish)."""
    sections: dict[str, list[str]] = {"[never]": [], "[article]": [], "[adjective]": []}
    section = sections["[never]"]
    for line in lines:
        line = line.strip()
        if line in sections:
            section = sections[line]
        elif line:
            section.append(line)
    return sections["[never]"], sections["[article]"], sections["[adjective]"]


_LOCK = threading.Lock()
_INSTANCE: Gazetteer | None = None


def gazetteer() -> Gazetteer:
    """The gazetteer, loaded on first use (once, thread-safe).

    Reads ``data/places.tsv`` from the package (or the file named by the environment
    variable ``SYRIAEVENTS_PLACES``, for development). Without a table it is empty.

    >>> g = gazetteer()
    >>> g is gazetteer()
    True
    """
    global _INSTANCE
    if _INSTANCE is None:
        with _LOCK:
            if _INSTANCE is None:
                override = os.environ.get(_PLACES_ENV)
                if override:
                    text: str | None = Path(override).read_text(encoding="utf-8")
                else:
                    text = _data_text(_PLACES_FILE)
                places = read_places(text) if text else ()
                _INSTANCE = Gazetteer(places, _stoplist())
    return _INSTANCE


def scan_places(doc: Doc) -> tuple[Location, ...]:
    """Every place mention in a prepared document: longest match, document order, no
    overlaps, each resolved to one gazetteer row with its ACLED geo-precision."""
    return gazetteer().scan(doc)


def find_places(text: str) -> tuple[Location, ...]:
    """Every place ``text`` names, resolved in the gazetteer.

    >>> [(x.place.name, x.precision) for x in find_places("Shelling hit Idlib province.")]
    [('Idleb', 3)]
    >>> find_places("Dayr az Zawr")[0].place.governorate
    'Deir-ez-Zor'
    """
    return scan_places(Doc(check_text(text)))
