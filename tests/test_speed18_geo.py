"""Speed work of session 14 (geo18) on the places and actors stages: the fast paths must give
what the plain code gives."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriaevents import _actors, _gazetteer
from syriaevents._actors import RULE_CONTEXT, RULE_DESCRIPTOR, ActorEntry
from syriaevents._gazetteer import find_places, gazetteer
from syriaevents._text import Doc, fold
from syriaevents.model import Actor, Location, Span

# -- places: _inert -------------------------------------------------------------------------

_CHARS = [
    "a",
    "Z",
    "0",
    "'",
    " ",
    "-",
    "_",
    "`",
    "\n",
    "\ufffd",
    "\u2019",
    "\u2014",
    "\u00e9",
    "\u00a0",
    "\u0130",
    "\u00df",
    "\u0661",
    "\ud800",
    "\U0001f600",
]


def _inert_plain(text: str) -> bool:
    """_inert as it was: every distinct character of the text tested."""
    for c in set(text):
        if c.isascii() and (c.isalnum() or c == "'"):
            continue
        wordish = _gazetteer._WORDISH
        if wordish.match(c) is not None or wordish.match(fold(c)) is not None:
            return False
    return True


@given(st.lists(st.sampled_from(_CHARS), max_size=20))
@example(["a", "\ufffd", "s"])
@example(["M", "\u00e9", "d"])
@example(["M", "a", "`"])
@example(["a", "_"])
@settings(max_examples=1000)
def test_inert_is_the_loop_over_the_set_of_characters(chars: list[str]) -> None:
    text = "".join(chars)
    assert _gazetteer._inert(text) == _inert_plain(text)


def test_inert_refuses_every_character_the_loop_refuses() -> None:
    # Each character alone: the first 12 k code points (ASCII, Latin, dashes, quotes), U+FFFD
    # and a few beyond.
    for code in [*range(0x3000), 0xFFFD, 0xFF21, 0x1D400]:
        c = chr(code)
        assert _gazetteer._inert(f"Homs{c}Hama") == _inert_plain(f"Homs{c}Hama"), hex(code)


# -- actors: _select ---------------------------------------------------------


def _select_plain(
    hits: list[_actors._Hit], doc: Doc, keys: dict[str, _actors._Key]
) -> list[_actors._Hit]:
    """_select as it was: clusters found by indices in a while loop."""
    hits.sort(key=_actors._START)
    chosen: list[_actors._Hit] = []
    i, n = 0, len(hits)
    while i < n:
        lo, hi, _ = hits[i]
        j = i + 1
        while j < n and hits[j][0] < hi:
            if hits[j][1] > hi:
                hi = hits[j][1]
            j += 1
        if j == i + 1:
            chosen.append(hits[i])
        else:
            cluster = hits[i:j]
            for whole in cluster:
                if whole[0] == lo and whole[1] == hi:
                    chosen.append(whole)
                    break
            else:
                chosen.extend(_actors._settle(cluster, doc, keys, lo, hi))
        i = j
    return chosen


_TEXT = "The Syrian Arab Army and regime Air Force Intelligence hit IS fighters near Aleppo."


@given(
    st.lists(
        st.tuples(st.integers(0, len(_TEXT) - 1), st.integers(1, 30), st.integers(0, 3)),
        max_size=12,
    )
)
@example([(4, 16, 0), (4, 6, 1), (11, 5, 2)])
@example([(0, 3, 0), (0, 3, 1)])
@settings(max_examples=500)
def test_select_is_the_while_loop(spans: list[tuple[int, int, int]]) -> None:
    doc = Doc(_TEXT)
    keys = _actors._matcher().keys
    infos = [keys["regime"], keys["is"], keys["syrian arab army"], keys["air force intelligence"]]
    hits = [(s, min(s + n, len(_TEXT)), infos[k]) for s, n, k in spans]
    assert _actors._select(list(hits), doc, keys) == _select_plain(list(hits), doc, keys)


# -- actors: the records written out in scan_actors -----------------------------------------


def _made_actor(entry: ActorEntry, surface: str, start: int, end: int, rule: str) -> Actor:
    return Actor(
        id=entry.id,
        name=entry.name,
        side=entry.side,
        kind=entry.kind,
        surface=surface,
        span=Span(start=start, end=end),
        rule=rule,
        acled_name=entry.acled_name,
    )


def _scan_plain(doc: Doc) -> tuple[Actor, ...]:
    """scan_actors as it was, each record built by the class (its attrs __init__ and
    validators), the fixed-only texts apart."""
    m = _actors._matcher()
    mentions = _actors._select(_actors._hits(m, doc), doc, m.keys)
    entries = m.table.entries
    text = doc.text
    rules = _actors._RULES
    if all(info.fixed for _, _, info in mentions):
        return tuple(
            _made_actor(entries[info.targets[0]], text[s:e], s, e, rules[info.mode])
            for s, e, info in mentions
        )
    counts: dict[int, int] = {}
    first: dict[int, int] = {}
    for start, _, info in mentions:
        if info.fixed:
            target = info.targets[0]
            counts[target] = counts.get(target, 0) + 1
            first.setdefault(target, start)
    out = []
    for start, end, info in mentions:
        target = info.targets[0]
        rule = rules[info.mode]
        if info.mode == _actors._MODE_AMBIGUOUS:
            target = max(info.targets, key=lambda t: (counts.get(t, 0), -t))
        elif target in m.resolves:
            rule = RULE_DESCRIPTOR
            named = [t for t in m.resolves[target] if t in counts]
            if named:
                target = max(named, key=lambda t: (counts[t], -first[t]))
                rule = RULE_CONTEXT
        out.append(_made_actor(entries[target], text[start:end], start, end, rule))
    return tuple(out)


_ACTOR_PIECES = [
    "Regime forces",
    "Hezbollah",
    "the jihadists",
    "ISIS",
    "IS",
    "the rebels",
    "Free Syrian Army",
    "Syrian army",
    "Russian warplanes",
    "YPG",
    "SDF fighters",
    "the regime",
    "government forces",
    "Jabhat al-Nusra",
    "shelled",
    "Aleppo",
    " and ",
    ", ",
    ". ",
    "\n",
]


@given(st.lists(st.sampled_from(_ACTOR_PIECES), max_size=14))
@example(["Regime forces", " and ", "Hezbollah", " ", "shelled", " ", "Aleppo", ". "])
@example(["the jihadists", " of ", "ISIS", ". ", "the jihadists"])
@settings(max_examples=300, deadline=None)
def test_scan_actors_writes_the_records_actor_writes(pieces: list[str]) -> None:
    doc = Doc(" ".join(pieces))
    found, plain = _actors.scan_actors(doc), _scan_plain(Doc(doc.text))
    assert found == plain
    assert [hash(a) for a in found] == [hash(a) for a in plain]
    assert repr(found) == repr(plain)


# -- places: the records written out in Gazetteer.scan --------------------------------------

_PLACE_PIECES = [
    "Aleppo",
    "near Aleppo",
    "the village of Hassan",
    "Deir ez-Zor",
    "al-Bab",
    "Homs province",
    "Eastern Ghouta",
    "Douma",
    "Qassiab in Hasakeh province",
    "Syria",
    " and ",
    ", ",
    ". ",
    "\n",
]


@given(st.lists(st.sampled_from(_PLACE_PIECES), max_size=12))
@example(["near Aleppo", " and ", "Douma", ". "])
@settings(max_examples=300, deadline=None)
def test_scan_places_writes_the_records_location_writes(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for loc in find_places(text):
        # Each slot holds its own field: the constructed record (validators run) is equal.
        assert loc.surface == text[loc.span.start : loc.span.end]
        assert loc.rule.startswith("place.")
        made = Location(
            place=loc.place,
            surface=loc.surface,
            span=Span(start=loc.span.start, end=loc.span.end),
            rule=loc.rule,
            precision=loc.precision,
        )
        assert loc == made
        assert hash(loc) == hash(made)
        assert loc.to_dict() == made.to_dict()


@given(st.lists(st.sampled_from(_PLACE_PIECES), max_size=12))
@example(["Aleppo", " and ", "Douma"])
@settings(max_examples=300, deadline=None)
def test_one_word_matches_hold_their_own_fields(pieces: list[str]) -> None:
    # _matches_on writes the slots of a one-word match itself, as _new_match would.
    doc = Doc(" ".join(pieces))
    text, folded = doc.text, doc.folded
    for m in gazetteer()._matches_on(text, folded, text == folded):
        if len(m.toks) == 1 and m.prev is None and m.shape.last == 0:
            assert m.toks == ((m.start, m.end, folded[m.start : m.end]),)
            assert (m.key, m.variant, m.exact) == (m.shape.key, m.shape.variant, m.shape.exact)


# -- places: the article test before a capitalised word -----------------------------------

_BEFORE = ["al", "el", "as", "ash", "th", "with", "the", "in", " ", "-", "\n", "(", "x", "an"]


@given(st.lists(st.sampled_from(_BEFORE), max_size=6))
@example(["al", " "])
@example(["al", "-"])
@example(["with", " "])
@example(["the", " "])
@settings(max_examples=1000)
def test_article_gate_is_the_set_test(parts: list[str]) -> None:
    # _matches_on reads the separator and the tail's last letter before the set test.
    folded = "".join(parts) + "aleppo"
    pos = len(folded) - len("aleppo")
    if pos < 3:
        return
    plain = (
        folded[pos - 3 : pos - 1] in _gazetteer._ARTICLE_TAILS or folded[pos - 1] == "-"
    ) and folded[pos - 1] in "- "
    sep = folded[pos - 1]
    fast = sep == "-" or (
        sep == " "
        and folded[pos - 2] in _gazetteer._TAIL_LAST
        and folded[pos - 3 : pos - 1] in _gazetteer._ARTICLE_TAILS
    )
    assert fast == plain
