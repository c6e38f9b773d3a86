"""The actor table and actor matching.

``data/actors.tsv`` lists every actor once: its id, side, kind, ACLED name, and the ways
articles name it. Names come in four columns that decide the rule of a match:

- ``aliases``, ``dated_aliases`` and ``place_aliases``: proper names ("Nusra Front", "YPG",
  "Turkey"); rule ``actor.name`` (``actor.dated_name`` for a name the group used only for a
  time, such as "Jabhat Fateh al-Sham").
- ``descriptors``: generic phrases whose side the table fixes ("regime forces",
  "Russian warplanes", "Turkish-backed rebels"); rule ``actor.descriptor``.
- ``descriptors`` of a row with ``resolves_to``: phrases whose actor depends on the article
  ("the jihadists" is the group the article names most); rule ``actor.context``, or
  ``actor.descriptor`` when the article names none of the candidates.
- ``ambiguous``: a name two actors share; the one the article names more wins;
  rule ``actor.ambiguous``.

All names are folded and joined into one ``regex`` named list, matched on ``Doc.folded``.

>>> [(a.id, a.side.value, a.surface) for a in find_actors("IS fighters attacked SDF posts.")]
[('islamic-state', 'islamic_state', 'IS fighters'), ('syrian-democratic-forces', 'kurdish', 'SDF')]
"""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import importlib.resources
import itertools
import operator
import os
import re
import threading
from collections.abc import Iterable, Sequence

import attrs
import regex

from ._text import Doc, check_text, fold, word_trie
from .model import Actor, ActorKind, Side, Span, _slot_setters, _span_end, _span_start

__all__ = [
    "ActorEntry",
    "ActorTable",
    "DatedAlias",
    "actor_table",
    "find_actors",
    "load_actor_table",
    "scan_actors",
]

# NOTE: keep in sync with docs/actors.md and the header of data/actors.tsv.
COLUMNS = (
    "id",
    "name",
    "side",
    "kind",
    "acled_name",
    "aliases",
    "dated_aliases",
    "descriptors",
    "place_aliases",
    "ambiguous",
    "resolves_to",
    "parent",
    "source",
    "note",
)
_SLUG = regex.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_SOURCE = regex.compile(r"ucdp:[0-9]+|curated")
_DATED = regex.compile(r"(?P<alias>[^@]+)@(?P<start>[0-9-]*)\.\.(?P<end>[0-9-]*)")
# An all-capitals token of two or more letters ("IS", "U.S.", "YPG") must be capitals in the text.
_TOKEN = regex.compile(r"[^\s\-]+")

RULE_NAME = "actor.name"
RULE_DATED = "actor.dated_name"
RULE_DESCRIPTOR = "actor.descriptor"
RULE_CONTEXT = "actor.context"
RULE_AMBIGUOUS = "actor.ambiguous"


@attrs.frozen(kw_only=True)
class DatedAlias:
    """A name an actor used only between ``start`` and ``end`` (None = open)."""

    alias: str
    start: _dt.date | None
    end: _dt.date | None


@attrs.frozen(kw_only=True)
class ActorEntry:
    """One row of the actor table."""

    id: str
    name: str
    side: Side
    kind: ActorKind
    acled_name: str | None
    aliases: tuple[str, ...] = ()
    dated_aliases: tuple[DatedAlias, ...] = ()
    descriptors: tuple[str, ...] = ()
    place_aliases: tuple[str, ...] = ()
    ambiguous: tuple[str, ...] = ()
    resolves_to: tuple[str, ...] = ()
    parent: str | None = None
    sources: tuple[str, ...] = ()
    note: str = ""
    line: int = 0


@attrs.frozen(kw_only=True)
class ActorTable:
    """The loaded actor table, in file order."""

    entries: tuple[ActorEntry, ...]
    _by_id: dict[str, ActorEntry] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entries})

    def get(self, actor_id: str) -> ActorEntry | None:
        """The entry with this id, or None."""
        return self._by_id.get(actor_id)

    def __len__(self) -> int:
        return len(self.entries)


def _split(value: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in value.split("|")) if value.strip() else ()


def _parse_date(value: str, where: str) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{where}: bad date {value!r} in dated_aliases") from None


def _parse_row(cells: Sequence[str], where: str, line: int) -> ActorEntry:
    row = dict(zip(COLUMNS, (c.strip() for c in cells), strict=True))
    actor_id = row["id"]
    if not _SLUG.fullmatch(actor_id):
        raise ValueError(f"{where}: id {actor_id!r} is not a lower-case slug")
    if not row["name"]:
        raise ValueError(f"{where}: actor {actor_id!r} has no name")
    try:
        side = Side(row["side"])
    except ValueError:
        raise ValueError(f"{where}: unknown side {row['side']!r}") from None
    try:
        kind = ActorKind(row["kind"])
    except ValueError:
        raise ValueError(f"{where}: unknown kind {row['kind']!r}") from None
    dated = []
    for item in _split(row["dated_aliases"]):
        m = _DATED.fullmatch(item)
        if m is None:
            raise ValueError(f"{where}: dated alias {item!r} is not NAME@START..END")
        start = _parse_date(m["start"], where)
        end = _parse_date(m["end"], where)
        if start is not None and end is not None and end < start:
            raise ValueError(f"{where}: dated alias {item!r} ends before it starts")
        dated.append(DatedAlias(alias=m["alias"].strip(), start=start, end=end))
    sources = _split(row["source"])
    for source in sources:
        if not _SOURCE.fullmatch(source):
            raise ValueError(f"{where}: source {source!r} is not ucdp:<id> or curated")
    entry = ActorEntry(
        id=actor_id,
        name=row["name"],
        side=side,
        kind=kind,
        acled_name=row["acled_name"] or None,
        aliases=_split(row["aliases"]),
        dated_aliases=tuple(dated),
        descriptors=_split(row["descriptors"]),
        place_aliases=_split(row["place_aliases"]),
        ambiguous=_split(row["ambiguous"]),
        resolves_to=_split(row["resolves_to"]),
        parent=row["parent"] or None,
        sources=sources,
        note=row["note"],
        line=line,
    )
    for spelling in _spellings(entry):
        if not fold(spelling).strip() or not regex.search(r"\w", spelling):
            raise ValueError(f"{where}: empty or punctuation-only name {spelling!r}")
    if not any(_spellings(entry)):
        raise ValueError(f"{where}: actor {actor_id!r} has no names")
    return entry


def _spellings(entry: ActorEntry) -> Iterable[str]:
    yield from entry.aliases
    yield from (d.alias for d in entry.dated_aliases)
    yield from entry.descriptors
    yield from entry.place_aliases
    yield from entry.ambiguous


def _parse_table(text: str, source: str) -> ActorTable:
    lines = text.splitlines()
    if not lines or tuple(c.strip() for c in lines[0].lstrip("\ufeff").split("\t")) != COLUMNS:
        raise ValueError(f"{source} line 1: header must be the columns {', '.join(COLUMNS)}")
    entries: list[ActorEntry] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(lines[1:], start=2):
        if not raw.strip():
            continue
        where = f"{source} line {number}"
        cells = raw.split("\t")
        if len(cells) != len(COLUMNS):
            raise ValueError(
                f"{where}: expected {len(COLUMNS)} tab-separated columns, got {len(cells)}"
            )
        entry = _parse_row(cells, where, number)
        if entry.id in seen:
            raise ValueError(f"{where}: duplicate id {entry.id!r} (first on line {seen[entry.id]})")
        seen[entry.id] = number
        entries.append(entry)
    _check_references(entries, source)
    _check_shared_names(entries, source)
    return ActorTable(entries=tuple(entries))


def _check_references(entries: Sequence[ActorEntry], source: str) -> None:
    ids = {e.id for e in entries}
    for e in entries:
        for ref in (e.parent, *e.resolves_to):
            if ref is not None and ref not in ids:
                raise ValueError(f"{source} line {e.line}: {e.id!r} refers to unknown id {ref!r}")
        if e.parent == e.id:
            raise ValueError(f"{source} line {e.line}: {e.id!r} is its own parent")


def _check_shared_names(entries: Sequence[ActorEntry], source: str) -> None:
    """No folded name belongs to two actors unless both list it under ``ambiguous``."""
    owner: dict[str, ActorEntry] = {}
    shared: dict[str, list[ActorEntry]] = {}
    for e in entries:
        plain = {k for s in _spellings(e) if s not in e.ambiguous for k in _variant_keys(s)}
        marked = {k for s in e.ambiguous for k in _variant_keys(s)}
        for key in sorted(plain):
            other = owner.get(key) or (shared[key][0] if key in shared else None)
            if other is not None and other.id != e.id:
                raise ValueError(
                    f"{source} line {e.line}: name {key!r} of {e.id!r} is also a name of "
                    f"{other.id!r} (line {other.line}); list it under 'ambiguous' in both rows"
                )
            owner[key] = e
        for key in sorted(marked):
            if key in owner and owner[key].id != e.id:
                other = owner[key]
                raise ValueError(
                    f"{source} line {e.line}: ambiguous name {key!r} is a plain name of "
                    f"{other.id!r} (line {other.line}); list it under 'ambiguous' in both rows"
                )
            shared.setdefault(key, []).append(e)
    for key, group in shared.items():
        if len({e.id for e in group}) < 2:
            raise ValueError(
                f"{source} line {group[0].line}: ambiguous name {key!r} belongs to no other actor"
            )


def load_actor_table(path: str | os.PathLike[str]) -> ActorTable:
    """Load and validate an actor table; ValueError naming the line for any fault.

    >>> len(actor_table()) >= 120
    True
    """
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    return _parse_table(text, os.fspath(path))


_LOCK = threading.Lock()


@functools.cache
def actor_table() -> ActorTable:
    """The packaged actor table, loaded once on first use."""
    with _LOCK:
        resource = importlib.resources.files("syriaevents") / "data" / "actors.tsv"
        return _parse_table(resource.read_text(encoding="utf-8"), "actors.tsv")


# ---------------------------------------------------------------------------- matching

_MODE_NAME, _MODE_DATED, _MODE_DESCRIPTOR, _MODE_AMBIGUOUS = range(4)
_RULES = {
    _MODE_NAME: RULE_NAME,
    _MODE_DATED: RULE_DATED,
    _MODE_DESCRIPTOR: RULE_DESCRIPTOR,
    _MODE_AMBIGUOUS: RULE_AMBIGUOUS,
}


_APOSTROPHES = str.maketrans("", "", "'\u2019`")


def _variants(spelling: str) -> set[str]:
    """The spelling as written, without apostrophes, and with hyphens as spaces."""
    out = {spelling, spelling.translate(_APOSTROPHES)}
    out |= {v.replace("-", " ") for v in list(out)}
    return {" ".join(v.split()) for v in out}


def _variant_keys(spelling: str) -> set[str]:
    return {fold(v) for v in _variants(spelling)}


def _caps_mask(spelling: str) -> tuple[int, ...]:
    """Offsets of the letters that must be capitals in the text (those of all-caps tokens)."""
    mask: list[int] = []
    if spelling == spelling.lower():
        return ()  # no capitals at all: most descriptors and generated phrases
    for m in _TOKEN.finditer(spelling):
        token = m.group()
        # In ASCII the cased characters are the letters: a token whose letters are all
        # capitals is isupper(). Most tokens are words with one capital, ruled out here in C
        # (elsewhere a cased character may be no letter: the loop decides).
        if token.isascii() and not token.isupper():
            continue
        letters = [i for i, c in enumerate(token) if c.isalpha()]
        if len(letters) >= 2 and all(token[i].isupper() for i in letters):
            mask.extend(m.start() + i for i in letters)
    return tuple(mask)


@attrs.define
class _Key:
    """What one folded name means: its actors, how it was listed, and its case demands.

    Tuples, not lists, and one record for all the names that mean the same (``_shared``):
    the matcher's ~4.9 k keys would otherwise be ~10.8 k objects the garbage collector
    walks at each full collection (tuples of ints are untracked)."""

    targets: tuple[int, ...]
    mode: int
    place: bool = False
    # None: some spelling is not all-caps, so any case matches.
    masks: tuple[tuple[int, ...], ...] | None = ()
    # Nothing to check beyond the prefix: set once the table is read.
    plain: bool = False
    # An owner joined to a weapon ("Russian strikes"): an owner before it may pair with it.
    weapon: bool = False
    # The table fixes the actor (neither ambiguous nor resolved from context): set once read.
    fixed: bool = False
    # A media outlet's name that is also a town's (al-Mayadeen): the outlet only beside a word
    # of the media (_media_cue), since the town is in the news as often as the channel.
    media: bool = False
    # A person's name, which after "pro-" is an adjective ("pro-Assad gunmen"), no mention.
    person: bool = False


# Names matched after gaps other than spaces through copies (_names) before the name
# pattern alone is compiled (_GapPattern): a copy costs ~1.9 k machine instructions more
# than a match in the text, so 1,024 of them (~110 articles of fakes-dev) cost ~2 M, ~1 ms;
# compiling the pattern costs ~0.1 s, which a process that reads one article never pays.
_GAP_BUDGET = 1024


@attrs.define
class _GapPattern:
    """The name pattern alone (after_space without its space), compiled once ``spend`` has
    been told of _GAP_BUDGET gaps: until then None, and _names matches after each gap in a
    copy (_names)."""

    source: str
    budget: int = _GAP_BUDGET
    pattern: re.Pattern[str] | None = None
    lock: threading.Lock = attrs.field(factory=threading.Lock, eq=False, repr=False)

    def spend(self, gaps: int) -> re.Pattern[str] | None:
        """Count ``gaps`` more matched through copies; the pattern once the budget is spent
        (compiled once, behind the lock), else None."""
        self.budget -= gaps  # a race may lose a count: the budget is only a bound
        if self.budget > 0:
            return None
        with self.lock:
            if self.pattern is None:
                self.pattern = re.compile(self.source)
        return self.pattern


@attrs.frozen
class _Matcher:
    table: ActorTable
    keys: dict[str, _Key]
    # The longest name after a space (group 1), ~70 k characters of prefix tree: compiling
    # it costs ~0.1 s, so the name pattern alone (``name``) is compiled only when many gaps
    # other than spaces have asked for it (``gap``); until then _names matches this one after
    # such a gap in a copy of the text behind a space.
    after_space: re.Pattern[str]
    # How far past its start a match of after_space's name reads the text at most: the
    # longest name, each space in it as a run of four whitespace characters, and the
    # look-ahead after its end ("'s" and one character more).
    reach: int
    gap: _GapPattern
    # What the spaces inside each name hold, by name (see _inner_names and _names).
    inner: dict[str, tuple[tuple[int, str | None], ...]]
    # Other gaps before a possible name in a copy of the text marked by _GAP_MARKS (_names).
    marked_gap: re.Pattern[bytes]
    # For each row with resolves_to: the indices of its candidates.
    resolves: dict[int, tuple[int, ...]]
    # Folded owner word -> what it means alone before "and": "Russian and Syrian jets".
    owners: dict[str, _Key]
    # Bare aircraft beside a barrel bomb are the Syrian air force's, whoever else the text
    # names: (the context row of bare aircraft, the Syrian air force), as table indices.
    barrels: tuple[int, int]

    @property
    def name(self) -> re.Pattern[str]:
        """The longest name at a position (group 1): after_space without its space, as
        ``gap`` compiled it, or compiled now (re's cache keeps it)."""
        return self.gap.pattern or re.compile(self.gap.source)


# Upper-case acronyms that are also English words: in an all-capitals line they need a cue.
_CAPS_WORDS = frozenset({"is", "us", "who", "tip", "ops"})
_CUE_AFTER = frozenset(
    """
    militants militant fighters fighter jihadists jihadis group groups forces troops soldiers
    militia militias strikes strike airstrikes airstrike warplanes jets drones drone attack
    attacks says said claims claimed official officials leader leaders commander commanders
    led backed held linked envoy spokesman military army cells members
    """.split()
)
_CUE_BEFORE = frozenset(
    "against by from fighting fight fights versus vs with on targeting defeat defeating".split()
)
# Where the word is English, not the actor (in a lowercased feed or an all-capitals line):
# "is" before a participle is a passive ("the town is held by", "it is said"; "IS-held" keeps
# its hyphen cue) or a copula ("it is official"), and after a noun that may be a subject it
# is a verb ("the fighting is fierce"); "who" is a relative pronoun before any verb ("men who
# led the attack", "residents who said"); "us" is an object pronoun after any word ("with
# us", "told us"). An article before "is" ("an IS stronghold") and a target noun after it
# ("IS positions") are no English. "is said" and "is claimed" are passives before "to",
# "that" or "by" ("what is said to be"), the actor's words before anything else ("IS said
# its fighters").
_NOT_CUE_AFTER = {
    "is": frozenset("led backed held linked official".split()),
    "who": frozenset(
        "led backed held linked said says claims claimed attack attacks strike strikes".split()
    ),
}
_NOT_CUE_BEFORE = {"who": _CUE_BEFORE, "us": _CUE_BEFORE}
# Nouns among _CUE_BEFORE: before "is" a cue only when no article or adjective comes first
# ("Kurds fighting IS", not "the fighting is fierce").
_SUBJECT_CUES = frozenset("fighting fight fights defeat targeting".split())
_SUBJECT_BEFORE = frozenset(
    """the a an this that its their his her our heavy fierce intense ongoing renewed recent
    latest final street""".split()
)
_MORE_CUE_AFTER = {
    "us": frozenset(
        "president administration secretary embassy ambassador government navy marines".split()
    ),
    "is": frozenset(
        """positions position targets headquarters stronghold strongholds bastion hideouts
        hideout bases convoy convoys""".split()
    ),
}
_MORE_CUE_BEFORE = {"is": frozenset({"an", "the"})}
_PASSIVE_SAID = frozenset({"said", "claimed"})
_PASSIVE_AFTER = frozenset({"to", "that", "by"})
_NO_WORDS: frozenset[str] = frozenset()
# A place name used as a place, not as an actor: "fled to Turkey", "the Jordan river".
_PLACE_BEFORE = frozenset(
    """
    in into to from across inside near via toward towards through at within outside along
    neighbouring neighboring
    entering entered crossed crossing fled flee fleeing border borders bordering reach reached
    """.split()
)
_PLACE_AFTER = frozenset(
    "river valley border borders frontier crossing province city capital side".split()
)
# NOTE: _accept searches for it only where "with" is in the window (tests/test_actors.py).
_BORDER_WITH = regex.compile(r"\b(?:border|borders|frontier|crossing|crossings)\s+with\s+$")
_SUICIDE_KEYS = frozenset({"bombers", "bomber"})
# Generic head nouns that belong to the name before them: "IS fighters", "SDF forces".
_HEAD_NOUNS = (
    *"""
    militants fighters jihadists jihadis extremists terrorists insurgents rebels gunmen forces
    troops soldiers militia militias militiamen members group units faction factions warplanes
    jets aircraft helicopters drones airstrikes strikes raids snipers patrol patrols cells
    elements personnel""".split(),
    "air strikes",
)
_HEAD = regex.compile(r"\s{1,4}(?:" + "|".join(map(regex.escape, _HEAD_NOUNS)) + r")(?!\w)")
# _HEAD for an ASCII window of _HEAD_SPAN characters, which holds any match and the
# character after it: ``re`` reads it faster (tests/test_actors.py checks that they agree).
_ASCII_HEAD = re.compile(_HEAD.pattern, re.ASCII)
_HEAD_SPAN = 4 + max(map(len, _HEAD_NOUNS)) + 1
# What a head starts with after one space: most names are followed by other words.
_HEAD_STARTS = frozenset(noun[:2] for noun in _HEAD_NOUNS)
_WORD_BEFORE = regex.compile(r"(\w+)\W{1,3}$")
_WORD_AFTER = regex.compile(r"(?:'s|s'|')?[ \-]{1,3}(\w+)")
# The same patterns for an ASCII window, where ``re`` reads the same words two to three
# times faster (tests/test_actors.py checks that the two agree). _WORD_BEFORE is read
# backwards, from the window's end: a match at the first position, where a search forwards
# tries every position of the window and backtracks through each word.
_ASCII_WORD_BEFORE_REVERSED = re.compile(r"\W{1,3}(\w+)", re.ASCII)
_ASCII_WORD_AFTER = re.compile(_WORD_AFTER.pattern, re.ASCII)


# Who owns a weapon: "Russian strike", "regime barrel bombs", "US-led raids" name the actor
# that fired it. Each owner word is joined to each weapon head (and "A and B heads" to the
# first owner) unless the table already lists the phrase.
_AIR_OWNERS = {
    "Russian": "russia",
    "Russia": "russia",
    "Syrian": "syrian-air-force",
    "Syria": "syrian-air-force",
    "Syrian regime": "syrian-air-force",
    "Syria regime": "syrian-air-force",
    "regime": "syrian-air-force",
    "Assad regime": "syrian-air-force",
    "Assad": "syrian-air-force",
    "Assad's": "syrian-air-force",
    "Assad's regime": "syrian-air-force",
    "Syria's regime": "syrian-air-force",
    "regime's": "syrian-air-force",
    "Russia's": "russia",
    "Syrian government": "syrian-air-force",
    "government": "syrian-air-force",
    "pro-government": "syrian-air-force",
    "pro-regime": "syrian-air-force",
    "US": "united-states",
    "U.S.": "united-states",
    "American": "united-states",
    "US-led": "us-led-coalition",
    "U.S.-led": "us-led-coalition",
    "US-led coalition": "us-led-coalition",
    "U.S.-led coalition": "us-led-coalition",
    "US coalition": "us-led-coalition",
    "U.S. coalition": "us-led-coalition",
    "coalition": "us-led-coalition",
    "international coalition": "us-led-coalition",
    "Coalition": "us-led-coalition",
    "Israeli": "israel",
    "Turkish": "turkey",
}
# Owners of ground fire: the army, not the air force.
_GROUND_OWNERS = {k: v for k, v in _AIR_OWNERS.items() if v != "syrian-air-force"} | {
    k: "syrian-army" for k, v in _AIR_OWNERS.items() if v == "syrian-air-force"
}
_AIR_HEADS = """
strike|strikes|airstrike|airstrikes|air strike|air strikes|air-strike|air-strikes|raid|raids|
air raid|air raids|airraid|airraids|warplane|warplanes|war planes|jets|jet|fighter jets|aircraft|
planes|plane|helicopter|helicopters|drone|drones|drone strike|drone strikes|missile|missiles|
missile strike|missile strikes|cruise missiles|bombing|bombings|bombers|barrel bomb|barrel bombs|
barrel bombing|barrel-bomb|barrel-bombs|aerial bombardment|aerial bombing|aerial attack|
aerial attacks|air attack|air attacks|air force strikes|air force raids|bombing raid|
bombing raids|bombing campaign|air campaign"""
_GROUND_HEADS = """
shelling|shells|artillery|artillery fire|mortar fire|mortars|rocket fire|rockets|tank fire|
bombardment|shellfire|gunfire"""
# "Syrian and Russian warplanes": the first owner is an actor of its own. NOTE: _paired_owner
# tries it only where "and" or "or" is in the last 12 characters (tests/test_actors.py).
_PAIR_BEFORE = regex.compile(
    r"(?<![\w-])(?P<owner>[\w.'-]+(?:\s{1,4}[\w.'-]+)?)\s{1,4}(?:and|or)\s{1,4}$"
)
# The same pattern matched backwards from the window's end (``regex``'s REVERSE flag): the
# match ends there ($), so the engine tries it at once, where a forward search tries each of
# the window's 40 positions, backtracking through each word. It finds the same owner
# (tests/test_speed14_actors.py).
_PAIR_BEFORE_REVERSED = regex.compile("(?r)" + _PAIR_BEFORE.pattern)


def _heads(text: str) -> list[str]:
    return [h.strip() for h in text.replace("\n", "").split("|") if h.strip()]


def _weapon_phrases() -> Iterable[tuple[str, str]]:
    """(phrase, actor id) for every owner and weapon head."""
    for owners, heads in (
        (_AIR_OWNERS, _heads(_AIR_HEADS)),
        (_GROUND_OWNERS, _heads(_GROUND_HEADS)),
    ):
        for owner, target in owners.items():
            for head in heads:
                yield f"{owner} {head}", target


# A descriptor of fighters by their backer: "Turkish-backed militants", "Tehran-backed militias".
_BACKED = regex.compile(r"([A-Za-z]+)-backed (.+)")


@functools.cache
def _matcher() -> _Matcher:
    table = actor_table()
    keys: dict[str, _Key] = {}
    index = {e.id: i for i, e in enumerate(table.entries)}
    for i, e in enumerate(table.entries):
        listed: list[tuple[Iterable[str], int, bool]] = [
            (e.aliases, _MODE_NAME, False),
            ((d.alias for d in e.dated_aliases), _MODE_DATED, False),
            (e.place_aliases, _MODE_NAME, True),
            (e.descriptors, _MODE_DESCRIPTOR, False),
            (e.ambiguous, _MODE_AMBIGUOUS, False),
        ]
        for spellings, mode, place in listed:
            for spelling in spellings:
                for variant in _variants(spelling):
                    _add_key(keys, fold(variant), i, mode, place, _caps_mask(variant))
                backed = _BACKED.fullmatch(spelling) if mode == _MODE_DESCRIPTOR else None
                if backed is not None:
                    # "Turkish-backed militants" are "pro-Turkish militants" too.
                    for variant in _variants(f"pro-{backed[1]} {backed[2]}"):
                        _add_key(keys, fold(variant), i, mode, place, _caps_mask(variant))
        if e.kind is ActorKind.MEDIA:
            for spelling in e.place_aliases:
                for variant in _variants(spelling):
                    keys[fold(variant)].media = True
    generated: dict[str, _Key] = {}
    for phrase, actor_id in _weapon_phrases():
        for variant in _variants(phrase):
            key = fold(variant)
            if key not in keys:
                _add_key(
                    generated, key, index[actor_id], _MODE_DESCRIPTOR, False, _caps_mask(variant)
                )
    keys.update(generated)
    heads = tuple(" " + fold(h) for h in (*_heads(_AIR_HEADS), *_heads(_GROUND_HEADS)))
    for key, info in keys.items():
        info.weapon = key.endswith(heads)
    owners: dict[str, _Key] = {}
    for owner, actor_id in _AIR_OWNERS.items():
        for variant in _variants(owner):
            mask = _caps_mask(variant)
            _add_key(owners, fold(variant), index[actor_id], _MODE_DESCRIPTOR, False, mask)
    for key, info in keys.items():
        info.person = table.entries[info.targets[0]].kind is ActorKind.PERSON
        info.plain = (
            info.masks is None
            and not info.place
            and not info.person
            and key not in _CAPS_WORDS
            and key not in _SUICIDE_KEYS
        )
    resolves = {
        i: tuple(index[r] for r in e.resolves_to)
        for i, e in enumerate(table.entries)
        if e.resolves_to
    }
    for info in (*keys.values(), *owners.values()):
        info.fixed = info.mode != _MODE_AMBIGUOUS and info.targets[0] not in resolves
    _shared(keys, owners)
    # The longest name at a word start, tried after every gap (_names). The match after a
    # space is a space and the name: led by a literal, the pattern lets the engine skip the
    # letters inside words without trying the tree. The gaps are
    # the characters outside the ASCII set [a-zA-Z0-9_] (checked faster than \W); the
    # non-ASCII letters among them are refused in _hits.
    # A prefix tree: 100x faster than a ``regex`` named list here (16 ms against 1.9 s over
    # the 580 KB of fakes-dev). A space in a name matches a short run of whitespace, written
    # \s\s{0,3} rather than \s{1,4} (the same runs, greedy alike): a branch of the tree led by
    # a character class is skipped without being entered when the next character is not in
    # it, where one led by a repeat is entered at every word its node's other branches read.
    trie = word_trie(keys, r"\s\s{0,3}")
    name = r"(" + trie + r")(?=(?:'s?|s)?(?!\w))"
    # The first characters as the marked copy reads them (see _names): one that is not ASCII
    # reads as NUL, so that the gaps before every such character are tried.
    firsts = {key[0].encode("ascii", "replace").translate(_GAP_MARKS) for key in keys}
    after_space = re.compile(" " + name)
    return _Matcher(
        table=table,
        keys=keys,
        after_space=after_space,
        reach=max(len(key) + 3 * key.count(" ") for key in keys) + 3,
        gap=_GapPattern(name),
        inner=_inner_names(keys, after_space),
        marked_gap=re.compile(b"\\x00(?=[" + re.escape(b"".join(sorted(firsts))) + b"])"),
        resolves=resolves,
        owners=owners,
        barrels=(index["aircraft-unspecified"], index["syrian-air-force"]),
    )


def _shared(*tables: dict[str, _Key]) -> None:
    """Let the names whose records are equal share one record (4.9 k records are ~400):
    nothing changes a record once the matcher is built."""
    one: dict[tuple[object, ...], _Key] = {}
    for keys in tables:
        for key, info in keys.items():
            keys[key] = one.setdefault(attrs.astuple(info, recurse=False), info)


# For an ASCII copy of a text: each character that is neither a word character nor a space
# as a NUL.
_GAP_MARKS = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or chr(c) in "_ ") else 0 for c in range(256)
)


def _inner_names(
    keys: Iterable[str], after_space: re.Pattern[str]
) -> dict[str, tuple[tuple[int, str | None], ...]]:
    """For each name, what each space inside it holds, in order: (offset of the space, the
    longest name after it) when that name lies inside the name, as ``after_space`` matches
    it at that space in the name itself; (offset, None) when a longer name starts with the
    rest of the name and may go on past its end, so that only the text can tell. Spaces
    before no name are left out.

    A name ends where its tail check passed in the text, which is where the tail check of a
    name inside it ending there reads too: the pattern gives the same inner names on the name
    alone and in the text, unless one may run past the name's end (tests/test_speed8_geo9.py
    checks _names against the pass that tries every space).
    """
    ordered = sorted(keys)
    inner: dict[str, tuple[tuple[int, str | None], ...]] = {}
    for key in ordered:
        plan: list[tuple[int, str | None]] = []
        at = key.find(" ")
        while at >= 0:
            rest = key[at + 1 :]
            i = bisect.bisect_left(ordered, rest)
            if i < len(ordered) and ordered[i] == rest:
                i += 1  # the rest itself ends at the name's end
            if i < len(ordered) and ordered[i].startswith(rest):
                plan.append((at, None))
            else:
                found = after_space.match(key, at)
                if found is not None:
                    plan.append((at, found.group(1)))
            at = key.find(" ", at + 1)
        inner[key] = tuple(plan)
    return inner


def _names(m: _Matcher, text: str) -> list[tuple[int, str]]:
    """The longest name after each gap of ``text`` (a character that is not ``[a-zA-Z0-9_]``)
    with the gap's offset, in text order: every word start is tried, so a shorter name cannot
    hide a longer one that starts inside it ("the Army of Conquest").

    Most gaps are spaces, which the engine finds with a fast literal scan, where a pattern
    opening with the class of all gaps tests that class at every character (30 M machine
    instructions over fakes-dev). The pass after spaces consumes each name it finds, so the
    engine does not try the spaces inside a name (a look-ahead that kept them cost more at
    every space than the names' spaces do): the names after them come from the table
    (``m.inner``), and only a space whose name may run on past the name's end is matched
    again, as is every space of a name written with other whitespace. The other gaps are
    few: C ``bytes.translate`` marks them in an ASCII copy of the text (each other character
    is one "?", a gap like it), a NUL scan finds those before a character that starts a
    name, and the name is matched there (tests/test_speed_actsum.py checks that this finds
    what one pass does). After a space the name is matched with ``m.after_space`` at that
    space; after another gap with the name pattern alone once ``m.gap`` has it, and until
    then in a copy of the text's next characters behind a space (a space and ``m.reach``
    characters: no match reads that far, so the look-ahead at a name's end reads what it
    reads in the text; tests/test_speed20_load.py).
    """
    match = m.after_space.match
    inner = m.inner
    found: list[tuple[int, str]] = []
    for mt in m.after_space.finditer(text):
        at = mt.start()
        # mt[1], not mt.group(1), here and below: group() takes its arguments as a tuple
        # (METH_VARARGS, ~200 machine instructions a call), a subscript does not.
        name = mt[1]
        found.append((at, name))
        plan = inner.get(name)
        if plan is None:
            # Written with whitespace other than single spaces: each space in it is tried.
            plan = tuple((o, None) for o, c in enumerate(name) if c == " ")
        for offset, after in plan:
            if after is None:
                # At the space itself: the offset of a space of the name, read as a space.
                again = match(text, at + offset + 1)
                if again is not None:
                    found.append((at + offset + 1, again[1]))
            else:
                found.append((at + offset + 1, after))
    marked = text.encode("ascii", "replace").translate(_GAP_MARKS)
    gaps = [gap.start() for gap in m.marked_gap.finditer(marked)]
    if not gaps:
        return found
    alone = m.gap.pattern
    if alone is None:
        alone = m.gap.spend(len(gaps))
    if alone is None:
        reach = m.reach
        for at in gaps:
            # A gap is never a space: the copy puts one before the name.
            name = match(" " + text[at + 1 : at + 1 + reach])
            if name is not None:
                bisect.insort(found, (at, name[1]))
    else:
        match = alone.match
        for at in gaps:
            name = match(text, at + 1)
            if name is not None:
                bisect.insort(found, (at, name[1]))
    return found


def _add_key(
    keys: dict[str, _Key], key: str, target: int, mode: int, place: bool, mask: tuple[int, ...]
) -> None:
    info = keys.get(key)
    if info is None:
        info = keys[key] = _Key(targets=(target,), mode=mode)
    elif target not in info.targets:
        info.targets = (*info.targets, target)
    elif mode < info.mode:
        # The same actor lists it twice: a name beats a descriptor.
        info.mode = mode
    info.place = info.place or place
    if info.masks is not None:
        if mask:
            info.masks = (*info.masks, mask)
        else:
            info.masks = None


def _case_ok(info: _Key, surface: str) -> bool:
    if info.masks is None:
        return True
    if surface.isascii():
        # Every mask is a non-empty list of offsets of letters, and ASCII letters are cased:
        # a surface in one case settles them all ("is" of "it is", "IS" of "IS fighters").
        if surface.islower():
            return False
        if surface.isupper():
            return True
    return any(all(map(str.isupper, operator.itemgetter(*m)(surface))) for m in info.masks)


def _caps_context(text: str, start: int, end: int) -> bool:
    """Whether the line around ``start:end`` is written in capitals only."""
    # The next few characters on the line decide most cases without building the window.
    # Conditional expressions, not min()/max(), clamp windows in this module's hot code: on
    # CPython 3.11 a builtin call of two ints costs ~900 instructions, a conditional a few dozen.
    before = text[start - 3 if start > 3 else 0 : start]
    after = text[end : end + 3]
    before = before[before.rfind("\n") + 1 :]
    after = after.split("\n", 1)[0]
    if before != before.upper() or after != after.upper():
        return False
    lo = start - 80 if start > 80 else 0
    hi = end + 80 if end + 80 < len(text) else len(text)
    nl = text.rfind("\n", lo, start)
    if nl >= 0:
        lo = nl + 1
    nl = text.find("\n", end, hi)
    if nl >= 0:
        hi = nl
    window = text[lo:start] + text[end:hi]
    if window != window.upper():
        return False
    return sum(c.isalpha() for c in window) >= 4


# Words Title Case capitalises that running text would not (function words, the head
# nouns and verbs of war headlines), and the short words it may leave in small letters.
_TITLE_SIGNS = frozenset(
    """
    on in of from to as at for with after near and the by over into against amid says say
    claims claim kill kills killed attack attacks seize seizes seized retake retakes retook
    capture captures captured advance advances shell shells shelled storm storms take takes
    clash clashes enter enters launch launches hit hits bomb bombs strike strikes repel repels
    push pushes fight fights battle battles accuse accuses deny denies withdraw withdraws
    """.split()
).union(_HEAD_NOUNS)
_TITLE_SMALL = frozenset("of the a an and or in on at to for by from with as near vs amid".split())
_TITLE_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_TITLE_REACH = 60


def _title_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands in a headline written in Title Case: the three words
    on either side on its line start with a capital or are short function words, and one
    of them is a word that only Title Case capitalises (_TITLE_SIGNS). Names in running text
    ("said the Sdf") and lists of places ("Hanano, Sohr, Bustan") have no such word."""
    lo = start - _TITLE_REACH if start > _TITLE_REACH else 0
    before = text[lo:start]
    before = before[before.rfind("\n") + 1 :]
    after = text[end : end + _TITLE_REACH].split("\n", 1)[0]
    words = _TITLE_WORD.findall(before)[-3:] + _TITLE_WORD.findall(after)[:3]
    if len(words) < 2:
        return False
    signed = False
    for word in words:
        if word[0].isupper():
            signed = signed or word.lower() in _TITLE_SIGNS
        elif word not in _TITLE_SMALL:
            return False
    return signed


def _word_before(folded: str, start: int) -> str:
    lo = start - 25 if start > 25 else 0
    window = folded[lo:start]
    if not window.isascii():
        found = _WORD_BEFORE.search(folded, lo, start)
        return found.group(1) if found else ""
    backwards = window[::-1]
    m = _ASCII_WORD_BEFORE_REVERSED.match(backwards)
    if m is None and backwards[:1] == "\n":
        # $ also matches before a newline that ends the window: "to   \n".
        m = _ASCII_WORD_BEFORE_REVERSED.match(backwards, 1)
    return m.group(1)[::-1] if m else ""


def _word_after(folded: str, end: int) -> str:
    hi = end + 25 if end + 25 < len(folded) else len(folded)
    pattern = _ASCII_WORD_AFTER if folded[end:hi].isascii() else _WORD_AFTER
    m = pattern.match(folded, end, hi)
    return m.group(1) if m else ""


# The words that make a town's name the media outlet named after it: "the TV station
# al-Mayadeen", "told al-Mayadeen", "according to al-Mayadeen", "al-Mayadeen reported".
_MEDIA_BEFORE = frozenset(
    "tv television channel broadcaster station network outlet newspaper website told".split()
)
# A link word and the word before it: "according to", "an interview with", "reported by".
_MEDIA_LINKS = frozenset("to with by on".split())
_MEDIA_LINKED = frozenset(
    "according interview interviews comments remarks speaking talking spoke reported aired"
    " broadcast published quoted cited".split()
)
_MEDIA_AFTER = frozenset(
    "tv television channel broadcaster network website reported reports said says quoted"
    " aired broadcast cited correspondent reporter".split()
)


def _media_cue(folded: str, start: int, end: int) -> bool:
    """Whether the name at folded[start:end] is the media outlet, not the town it is
    named after."""
    if _word_after(folded, end) in _MEDIA_AFTER:
        return True
    before = _word_before(folded, start)
    if before in _MEDIA_BEFORE:
        return True
    if before in _MEDIA_LINKS:
        return _word_before(folded, folded.rfind(before, 0, start)) in _MEDIA_LINKED
    return False


# A news agency in brackets after a place: the place is a dateline's ("moscow (sputnik)").
_AGENCY_AFTER = re.compile(
    r" \((?:sputnik|afp|ap|reuters|sana|xinhua|anadolu|aa|dpa|upi|ani|tass|ria novosti|irna"
    r"|efe|ians|anha|ara news|qna|kuna|wam|spa|mena|prensa latina|trend|itar-tass)\)"
)

# "anti-IS", "non-regime": not the actor.
_NEGATED = ("anti-", "anti ", "non-")


def _cued(key: str, folded: str, start: int, end: int) -> bool:
    """Whether an acronym that is also a word ("IS", "US") is the actor by the words around
    it: a hyphen after it ("US-led"), a word of the armed after it ("IS fighters") or a word
    before it that only an actor follows; not a word that makes ``key`` English there
    (_NOT_CUE_AFTER, _NOT_CUE_BEFORE)."""
    if folded[end : end + 1] == "-":
        return True
    after = _word_after(folded, end)
    if (after in _CUE_AFTER and after not in _NOT_CUE_AFTER.get(key, _NO_WORDS)) or (
        after in _MORE_CUE_AFTER.get(key, _NO_WORDS)
    ):
        if key == "is" and after in _PASSIVE_SAID:
            at = folded.find(after, end)
            return _word_after(folded, at + len(after)) not in _PASSIVE_AFTER
        return True
    before = _word_before(folded, start)
    if before in _CUE_BEFORE and before not in _NOT_CUE_BEFORE.get(key, _NO_WORDS):
        if key == "is" and before in _SUBJECT_CUES:
            at = folded.rfind(before, 0, start)
            return _word_before(folded, at) not in _SUBJECT_BEFORE
        return True
    return before in _MORE_CUE_BEFORE.get(key, _NO_WORDS)


def _accept(info: _Key, key: str, doc: Doc, start: int, end: int) -> bool:
    folded = doc.folded
    if folded.endswith(_NEGATED, start - 5 if start > 5 else 0, start):
        return False
    if info.person and folded.endswith("pro-", start - 4 if start > 4 else 0, start):
        return False
    surface = doc.text[start:end]
    if len(surface) != len(key):
        surface = " ".join(surface.split())
    if not _case_ok(info, surface):
        # A text written without capitals ("us-led strikes" in a lowercased feed) has none to
        # demand: an acronym that is also a word needs a cue, as in an all-caps line.
        if doc.lowercase:
            if key in _CAPS_WORDS and not _cued(key, folded, start, end):
                return False
        # A headline in Title Case writes an acronym as a word ("Sdf Fighters Advance On
        # Raqqa"); "Is", "Us", "Who" there are the English words.
        elif not (
            surface.istitle() and key not in _CAPS_WORDS and _title_line(doc.text, start, end)
        ):
            return False
    elif (
        key in _CAPS_WORDS
        and _caps_context(doc.text, start, end)
        and not _cued(key, folded, start, end)
    ):
        return False
    if key == "us" and folded[end : end + 1] == "$":
        return False
    if key in _SUICIDE_KEYS and folded[start - 8 if start > 8 else 0 : start] == "suicide ":
        # "suicide bombers" blow themselves up; they fly no aircraft.
        return False
    if info.mode == _MODE_DESCRIPTOR and folded[end : end + 1] == "-":
        # A compound adjective: "rebel-held", "the army-controlled".
        return False
    if info.place:
        if folded[end : end + 1] == "-" or folded[start - 1 : start] == "-":
            # An adjective: "Turkey-backed", "pro-Turkey", "Britain-based".
            return False
        if (
            info.masks is None and surface.isupper() and not _caps_context(doc.text, start, end)
        ) or (folded[end : end + 2] == " (" and _AGENCY_AFTER.match(folded, end)):
            # A dateline: "MOSCOW (Sputnik) -", or in any case "Moscow (Sputnik)".
            return False
        if info.media:
            # Its cue decides alone: "according to" would read as a place ("to").
            return _media_cue(folded, start, end)
        if _word_before(folded, start) in _PLACE_BEFORE:
            return False
        lo = start - 30 if start > 30 else 0
        if "with" in folded[lo:start] and _BORDER_WITH.search(folded, lo, start):
            # "the border with Turkey", "a crossing with Jordan".
            return False
        if _word_after(folded, end) in _PLACE_AFTER:
            return False
    return True


# start, end, what the name means
_Hit = tuple[int, int, _Key]


def _select(hits: list[_Hit], doc: Doc, keys: dict[str, _Key]) -> list[_Hit]:
    """Non-overlapping hits, longest first, then in document order.

    A hit that loses to a longer one falls back to the longest shorter name at its start
    that still fits: "regime Air Force Intelligence" keeps "regime".

    Hits only compete with those they overlap, so each cluster of overlapping hits is
    settled alone; most clusters are one hit, or one hit covering the others ("the Assad
    regime" over "Assad regime" and "regime"), which wins without a contest.
    """
    # Stable: hits with one start keep the order they were found in, which breaks ties.
    hits.sort(key=_START)
    chosen: list[_Hit] = []
    if not hits:
        return chosen
    # One pass over the hits (a for loop, not indices and a while loop: ~17 fewer opcodes for
    # each of ~6 k clusters a pass). ``lead`` opens the current cluster, which ends at ``hi``;
    # ``rest`` holds the hits after it that start before ``hi``.
    lead = hits[0]
    hi = lead[1]
    rest: list[_Hit] = []
    for hit in itertools.islice(hits, 1, None):
        if hit[0] < hi:
            rest.append(hit)
            if hit[1] > hi:
                hi = hit[1]
            continue
        if rest:
            _close(lead, rest, hi, chosen, doc, keys)
            rest = []
        else:
            chosen.append(lead)
        lead = hit
        hi = hit[1]
    if rest:
        _close(lead, rest, hi, chosen, doc, keys)
    else:
        chosen.append(lead)
    return chosen


def _close(
    lead: _Hit, rest: list[_Hit], hi: int, chosen: list[_Hit], doc: Doc, keys: dict[str, _Key]
) -> None:
    """Adds to ``chosen`` the winners of the cluster of ``lead`` and ``rest`` (which start
    inside it), ending at ``hi``: the hit covering the others, or those _settle keeps."""
    lo = lead[0]
    cluster = [lead, *rest]
    # A loop, not next() over a generator (a generator object costs more).
    for whole in cluster:
        if whole[0] == lo and whole[1] == hi:
            chosen.append(whole)
            return
    chosen.extend(_settle(cluster, doc, keys, lo, hi))


_START = operator.itemgetter(0)


def _settle(hits: list[_Hit], doc: Doc, keys: dict[str, _Key], lo: int, hi: int) -> list[_Hit]:
    """The hits of one cluster spanning ``lo:hi`` that win, longest first."""
    taken = bytearray(hi - lo)
    chosen: list[_Hit] = []
    for start, end, info in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        if any(taken[start - lo : end - lo]):
            if taken[start - lo]:
                continue
            limit = taken.index(1, start - lo, end - lo) + lo
            shorter = _shorter(doc, keys, start, limit)
            if shorter is None:
                continue
            end, info = shorter
        taken[start - lo : end - lo] = b"\x01" * (end - start)
        chosen.append((start, end, info))
    chosen.sort(key=_START)
    return chosen


_TAIL = re.compile(r"(?:'s?|s)?(?!\w)")


def _shorter(doc: Doc, keys: dict[str, _Key], start: int, limit: int) -> tuple[int, _Key] | None:
    """The longest acceptable name starting at ``start`` and ending by ``limit``."""
    folded = doc.folded
    for end in range(limit, start, -1):
        key = folded[start:end]
        info = keys.get(key)
        if info is not None and _TAIL.match(folded, end) and _accept(info, key, doc, start, end):
            return end, info
    return None


_PAIR_WORDS = ("and", "or")


def _paired_owner(m: _Matcher, doc: Doc, start: int) -> _Hit | None:
    """The first owner of "Syrian and Russian warplanes", as a mention of its own."""
    # _PAIR_BEFORE ends with "and" or "or" and at most 4 spaces, perhaps a newline after
    # them ($): the last 12 characters without their whitespace end with the word wherever it
    # matches, a C test where the search tries every position of its 40 (tests/test_actors.py,
    # tests/test_speed14_actors.py).
    tail = doc.folded[start - 12 if start > 12 else 0 : start].rstrip()
    if not tail.endswith(_PAIR_WORDS):
        return None
    before = _PAIR_BEFORE_REVERSED.search(doc.folded, start - 40 if start > 40 else 0, start)
    if before is None:
        return None
    o_end = before.end("owner")
    first = before.start("owner")
    # The owner is one word or two ("Assad regime and Russian jets").
    for o_start in (first, doc.folded.find(" ", first, o_end) + 1 or first):
        key = " ".join(doc.folded[o_start:o_end].split())
        info = m.owners.get(key)
        if info is not None and (doc.lowercase or _case_ok(info, doc.text[o_start:o_end])):
            return (o_start, o_end, info)
    return None


def _hits(m: _Matcher, doc: Doc) -> list[_Hit]:
    """The acceptable name at every word start, with its generic head, and paired owners."""
    folded = doc.folded
    keys = m.keys
    # _accept's first test, skipped (exactly) for the many texts without the words.
    negatable = "anti" in folded or "non-" in folded
    ascii = folded.isascii()
    # The character after a name is read by index from a copy that ends in NUL (no
    # whitespace, no hyphen, as the empty slice at the text's end was): an index gives a
    # cached one-character string, a slice builds a slice object first (~8.3 k names a pass).
    padded = folded + "\0"
    hits: list[_Hit] = []
    # The space before the text is a gap before a name at its very start.
    for start, found in _names(m, " " + folded):
        if not ascii and start and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
            continue  # inside a word whose letters are not ASCII
        info = keys.get(found)
        key = found
        if info is None:
            if found.count("\n") > 1:
                continue  # a name across a blank line: "the Syrian\n\nArmy said"
            key = " ".join(found.split())
            info = keys[key]
        end = start + len(found)
        nxt = padded[end]
        if info.plain:
            # Most names need no check beyond their neighbours (what _accept asks of them).
            if (nxt == "-" and info.mode == _MODE_DESCRIPTOR) or (
                negatable and folded.endswith(_NEGATED, start - 5 if start > 5 else 0, start)
            ):
                continue
        elif not _accept(info, key, doc, start, end):
            continue
        if (
            nxt.isspace()
            and info.mode != _MODE_DESCRIPTOR
            and (folded[end + 1 : end + 3] in _HEAD_STARTS or folded[end + 1 : end + 2].isspace())
        ):
            # A generic head belongs to the name: "IS fighters", "SDF forces".
            head = (_ASCII_HEAD if folded[end : end + _HEAD_SPAN].isascii() else _HEAD).match(
                folded, end
            )
            if head is not None:
                end = head.end()
        hits.append((start, end, info))
        if info.weapon:
            paired = _paired_owner(m, doc, start)
            if paired is not None:
                # The owner of the weapon, not the name the same words make alone: "regime
                # and Russian warplanes" is the Syrian air force's, not the army's "regime".
                k = len(hits) - 2
                while k >= 0 and hits[k][0] >= paired[0]:
                    if hits[k][0] == paired[0] and hits[k][1] == paired[1]:
                        del hits[k]
                        break
                    k -= 1
                hits.append(paired)
    return hits


_object_new = object.__new__
_ACTOR_SET = _slot_setters(Actor)
# How far from bare aircraft a barrel bomb is read (scan_actors): about a sentence.
_BARREL_REACH = 100


def scan_actors(doc: Doc) -> tuple[Actor, ...]:
    """Actors in a prepared document: every mention, longest match, in document order."""
    m = _matcher()
    keys = m.keys
    mentions = _select(_hits(m, doc), doc, keys)
    if not mentions:
        return ()
    entries = m.table.entries
    resolves = m.resolves
    barrels = m.barrels
    text = doc.text
    folded = doc.folded
    # Mentions whose actor the table fixes, counted to resolve the others; three texts in
    # five name only such actors: nothing to resolve, no counts (None).
    counts: dict[int, int] | None = None
    first: dict[int, int] = {}
    for _, _, info in mentions:
        if not info.fixed:
            counts = {}
            break
    if counts is not None:
        for start, _, info in mentions:
            if info.fixed:
                target = info.targets[0]
                if target in counts:
                    counts[target] += 1
                else:
                    counts[target] = 1
                    first[target] = start
    # Each record is ``Actor(id=entry.id, ..., span=Span(start=start, end=end), rule=rule)``
    # with its slots written directly and the setters unpacked once a text: attrs' __init__,
    # or a builder's call and unpacking, for each of ~5.8 k records a pass cost more than the
    # rest of the loop (tests/test_speed18_geo.py checks the records against the class's).
    set_id, set_name, set_side, set_kind, set_surface, set_span, set_rule, set_acled = _ACTOR_SET
    out: list[Actor] = []
    for start, end, info in mentions:
        target = info.targets[0]
        rule = _RULES[info.mode]
        # A fixed mention (every one when counts is None) keeps its target and rule.
        if counts is not None and not info.fixed:
            if info.mode == _MODE_AMBIGUOUS:
                # The actor the rest of the text names most; ties go to the first in the table.
                target = max(info.targets, key=lambda t: (counts.get(t, 0), -t))
            elif (
                target == barrels[0]
                and "barrel"
                in folded[
                    start - _BARREL_REACH if start > _BARREL_REACH else 0 : end + _BARREL_REACH
                ]
            ):
                # "helicopters dropped barrel bombs": only the Syrian air force drops them.
                target = barrels[1]
                rule = RULE_CONTEXT
            else:
                rule = RULE_DESCRIPTOR
                named = [t for t in resolves[target] if t in counts]
                if named:
                    # The candidate named most; ties go to the one named first.
                    target = max(named, key=lambda t: (counts[t], -first[t]))
                    rule = RULE_CONTEXT
        entry = entries[target]
        span = _object_new(Span)
        _span_start(span, start)
        _span_end(span, end)
        actor = _object_new(Actor)
        set_id(actor, entry.id)
        set_name(actor, entry.name)
        set_side(actor, entry.side)
        set_kind(actor, entry.kind)
        set_acled(actor, entry.acled_name)
        set_surface(actor, text[start:end])
        set_span(actor, span)
        set_rule(actor, rule)
        out.append(actor)
    return tuple(out)


def find_actors(text: str) -> tuple[Actor, ...]:
    """Every actor ``text`` names, normalised to the actor table, in document order.

    >>> [(a.id, a.rule) for a in find_actors("Regime forces and Hezbollah shelled Zabadani.")]
    [('syrian-army', 'actor.descriptor'), ('hezbollah', 'actor.name')]
    >>> [a.id for a in find_actors("The jihadists of ISIS lost ground; the jihadists fled.")]
    ['islamic-state', 'islamic-state', 'islamic-state']
    """
    return scan_actors(Doc(check_text(text)))
