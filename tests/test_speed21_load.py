"""Session 16 (load2): what the places table's first use builds more cheaply, against the
plain form."""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriaevents import _gazetteer as gz
from syriaevents import _variants as va
from syriaevents._text import fold
from syriaevents.model import Place, PlaceKind


def _plain_token_key(token: str) -> str:
    """token_key as a loop over the letters (the form before session 16's load2)."""
    t = va._WORD_MAP.get(token, token)
    for old, new in va._DIGRAPHS:
        if old in t:
            t = t.replace(old, new)
    t = va._IY.sub("i", t)
    vowels = frozenset("aeiou")  # a set: "" is not in it
    out: list[str] = []
    n = len(t)
    for i, c in enumerate(t):
        prev = t[i - 1] if i else ""
        nxt = t[i + 1] if i + 1 < n else ""
        if c in vowels or (c == "y" and i > 0 and not (prev in vowels and nxt in vowels)):
            c = "a"
        elif c == "w" and i > 0 and not (prev in vowels and nxt in vowels):
            if prev not in vowels and nxt in vowels:
                if out and out[-1] != "a":
                    out.append("a")
            else:
                c = "a"
        if out and out[-1] == c:
            continue
        out.append(c)
    if len(out) > 2 and out[-1] == "h" and out[-2] == "a":
        out.pop()
    return "".join(out)


def _plain_tokens(text: str) -> list[str]:
    """tokens() as a loop over every match (the form before)."""
    out = []
    for m in va._TOKEN.finditer(fold(text)):
        tok = m.group()
        if tok.endswith("'s") and len(tok) > 4:
            tok = tok[:-2]
        out.append(tok.replace("'", ""))
    return out


@functools.cache
def _table_words() -> list[str]:
    """Every token of the packaged table's names, and _capital_pattern's trial words."""
    g = gz.gazetteer()
    words = {t for p in g.places for n in (p.name, *p.aliases) for t in va.tokens(n)}
    words |= {fold(c + w[1:]) for w in gz._NEVER_START for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    return sorted(words)


def test_token_key_on_the_table() -> None:
    key = va.token_key.__wrapped__  # not the memo
    bad = [w for w in _table_words() if key(w) != _plain_token_key(w)]
    assert not bad


# Letters weighted to the ones token_key treats apart: vowels, y, w, h and the digraphs'.
_LETTERS = "aeiouywhhqkcjdpstrnlzb'2\u00e9\n "


@given(st.text(alphabet=_LETTERS, max_size=12))
@example("sweida")
@example("suwayda")
@example("kweires")
@example("awa")
@example("yaw")
@example("bwwa")
@example("aywa")
@example("salamiyeh")
@example("ah")
@example("bah")
@example("ww")
@settings(max_examples=3000, deadline=None)
def test_token_key_is_the_loop(token: str) -> None:
    assert va.token_key.__wrapped__(token) == _plain_token_key(token)


@given(st.text(alphabet="aZ '`-\u2019s\u00e9_2.", max_size=16))
@example("Deir ez-Zor's Ma'arat")
@example("Ra's al-Ain")
@example("Aleppo's")
@settings(max_examples=1000, deadline=None)
def test_tokens_is_the_loop(text: str) -> None:
    assert va.tokens(text) == _plain_tokens(text)


def test_tokens_on_the_table() -> None:
    g = gz.gazetteer()
    for p in g.places:
        for name in (p.name, *p.aliases):
            assert va.tokens(name) == _plain_tokens(name)


def test_starts_word_is_new_info() -> None:
    g = gz.gazetteer()
    words = [*_table_words(), "aleppo's", "ra's", "the", "al", "'s", "x'y"]
    bad = [w for w in words if g._starts_word(w) != g._new_info(w).can_start]
    assert not bad


def _plain_indices(
    places: tuple[Place, ...],
) -> tuple[
    dict[str, tuple[int, ...]], dict[str, tuple[int, ...]], dict[str, tuple[str, ...]], set[str]
]:
    """Gazetteer.__init__'s indices as lists filled by setdefault (the form before)."""
    keys: dict[str, list[int]] = {}
    exact: dict[str, list[int]] = {}
    forms: dict[str, list[str]] = {}
    prefixes: set[str] = set()
    for i, place in enumerate(places):
        for name in (place.name, *place.aliases):
            parts = [t for t in va.tokens(name) if t.isascii()]
            core = [t for t in parts if t not in va.ARTICLES]
            if not core or len(parts) > gz._MAX_TOKENS:
                continue
            key = va.skeleton_of_tokens(parts)
            if len(key) < 2:
                continue
            found = [key]
            if len(core) > 1:
                found.append(va.token_keys("".join(core))[0])
                found.append(va.token_keys("".join(parts))[0])
            flat = "".join(core)
            for k in found:
                if i not in keys.setdefault(k, []):
                    keys[k].append(i)
                if flat not in forms.setdefault(k, []):
                    forms[k].append(flat)
            bits = key.split(" ")
            for n in range(1, len(bits)):
                prefixes.add(" ".join(bits[:n]))
            for norm in (" ".join(core), flat):
                if i not in exact.setdefault(norm, []):
                    exact[norm].append(i)
    return (
        {k: tuple(v) for k, v in keys.items()},
        {k: tuple(v) for k, v in exact.items()},
        {k: tuple(v) for k, v in forms.items()},
        prefixes,
    )


def _same_indices(g: gz.Gazetteer) -> None:
    keys, exact, forms, prefixes = _plain_indices(g.places)
    # In the same order too: difflib reads the keys in order (Gazetteer.search).
    assert list(g._keys.items()) == list(keys.items())
    assert list(g._exact.items()) == list(exact.items())
    assert list(g._forms.items()) == list(forms.items())
    assert g._prefixes == prefixes


def test_indices_on_the_table() -> None:
    _same_indices(gz.gazetteer())


_NAMES = [
    "Deir ez-Zor",
    "Dayr az Zawr",
    "Tell Kalakh",
    "Tall Kalakh",
    "Al-Bab",
    "al Bab",
    "Bab",
    "Ra's al-Ain",
    "Ras al Ain",
    "Aleppo",
    "Halab",
    "Ma'arat al-Nu'man",
    "Maarat an Numan",
    "حلب",
    "Qamishli القامشلي",
    "Al",
    "X",
    "Ain al Arab Kobani",
    "a b c d e f g h i",
    "Jabal al-Zawiya",
    "Jebel Zawiyeh",
]


@given(
    st.lists(
        st.tuples(st.sampled_from(_NAMES), st.lists(st.sampled_from(_NAMES), max_size=3)),
        max_size=8,
    )
)
@settings(max_examples=300, deadline=None)
def test_indices_on_small_tables(rows: list[tuple[str, list[str]]]) -> None:
    places = [
        Place(id=f"x:{n}", name=name, kind=PlaceKind.VILLAGE, aliases=tuple(aliases))
        for n, (name, aliases) in enumerate(rows)
    ]
    _same_indices(gz.Gazetteer(places))


def _plain_skeleton_of_tokens(toks: list[str]) -> str:
    """skeleton_of_tokens as one loop (the form before)."""
    parts = [t for t in toks if t not in va.ARTICLES]
    keys = []
    for i, t in enumerate(parts):
        m = None
        if i > 0 or (len(parts) > 1 and t.startswith(("al", "el"))):
            m = va._ATTACHED.match(t)
        keys.append(va.token_key(t[m.end() :]) if m is not None else va.token_key(t))
    return " ".join(keys)


@given(st.lists(st.sampled_from([*_NAMES, "Ezzor", "Tallkalakh", "Alraqqa", "Elbab"]), max_size=4))
def test_skeleton_of_core_is_the_loop(words: list[str]) -> None:
    toks = [t for w in words for t in va.tokens(w)]
    core = [t for t in toks if t not in va.ARTICLES]
    assert va.skeleton_of_core(core) == _plain_skeleton_of_tokens(toks)
    assert va.skeleton_of_tokens(toks) == _plain_skeleton_of_tokens(toks)


def _plain_read_places(text: str) -> tuple[Place, ...]:
    """read_places through csv.DictReader, a dict a row (the form before)."""
    reader = csv.DictReader(io.StringIO(text), delimiter="\t")
    return tuple(gz._row_place(row) for row in reader)


def _read_or_error(read: Callable[[str], tuple[Place, ...]], text: str) -> object:
    try:
        return read(text)
    except ValueError as exc:
        return ("ValueError", str(exc))


def test_read_places_on_the_table() -> None:
    text = gz._data_text(gz._PLACES_FILE)
    assert text
    assert gz.read_places(text) == _plain_read_places(text)


_HEADER = "\t".join(gz._COLUMNS)
_FIELDS = ["", "x:1", "Aleppo", "city", "town", "bogus", "Halab|Alep", " | a |", "12", "3.5"]
_FIELDS += ["1e3", "nan", "-", "SY", "LB", " ", "Idleb"]


@given(
    st.sampled_from([_HEADER, _HEADER + "\textra", "\t".join(gz._COLUMNS[:-1]), "", "id\tname"]),
    st.lists(
        st.lists(st.sampled_from(_FIELDS), min_size=len(gz._COLUMNS), max_size=len(gz._COLUMNS))
        | st.lists(st.sampled_from(_FIELDS), max_size=16),
        max_size=4,
    ),
)
@example(_HEADER, [["x:1", "Aleppo", "city", *[""] * 11], []])
@example(_HEADER, [["x:1", "Aleppo", "bogus", *[""] * 11]])
@example(_HEADER, [["x:1", "Aleppo", "city", *[""] * 4, "12.5", "a", *[""] * 5]])
# A NaN coordinate (never equal to itself) is refused by both, not compared.
@example(_HEADER, [["", "", "city", *[""] * 6, "nan", *[""] * 4]])
@settings(max_examples=500, deadline=None)
def test_read_places_is_dict_reader(header: str, rows: list[list[str]]) -> None:
    text = "\n".join([header, *("\t".join(row) for row in rows)]) + "\n"
    assert _read_or_error(gz.read_places, text) == _read_or_error(_plain_read_places, text)


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_a_coordinate_must_be_finite(value: str) -> None:
    row = ["x:1", "Aleppo", "city", *[""] * 5, value, "", *[""] * 4]
    text = _HEADER + "\n" + "\t".join(row) + "\n"
    with pytest.raises(ValueError, match="finite"):
        gz.read_places(text)
