"""The actor table and find_actors: golden cases, table validation, generated sentences."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from golden_cases import load_golden
from syriaevents import _actors, find_actors
from syriaevents._actors import (
    COLUMNS,
    ActorEntry,
    actor_table,
    load_actor_table,
    scan_actors,
)
from syriaevents._text import Doc
from syriaevents.model import Actor, ActorKind, Side

CASES = load_golden("actors.jsonl")


def test_golden_file_is_large_and_grouped() -> None:
    origins = Counter(case["origin"] for case in CASES)
    assert len(CASES) >= 60
    assert set(origins) == {"seeds-style", "fakes-style", "acled-style", "traps"}


@pytest.mark.parametrize("case", CASES, ids=[f"{c['origin']}:{i}" for i, c in enumerate(CASES)])
def test_golden(case: dict[str, Any]) -> None:
    found = [
        {"id": a.id, "side": a.side.value, "surface": a.surface} for a in find_actors(case["text"])
    ]
    assert found == case["expected"]


# ---------------------------------------------------------------- the packaged table


def test_table_size_and_ids() -> None:
    table = actor_table()
    assert len(table) >= 120
    assert len({e.id for e in table.entries}) == len(table)
    assert table.get("islamic-state") is not None
    assert table.get("no-such-actor") is None


def test_every_side_has_an_actor() -> None:
    sides = {e.side for e in actor_table().entries}
    assert sides == set(Side)


@pytest.mark.parametrize(
    ("actor_id", "acled"),
    [
        ("syrian-army", "Military Forces of Syria (2000-)"),
        ("russia", "Military Forces of Russia (2000-)"),
        ("islamic-state", "Islamic State (Syria)"),
        ("hayat-tahrir-al-sham", "Hayat Tahrir al Sham"),
        ("syrian-democratic-forces", "QSD: Syrian Democratic Forces"),
        ("unidentified-armed-group", "Unidentified Armed Group (Syria)"),
        ("civilians", "Civilians (Syria)"),
        ("turkey", "Military Forces of Turkey (2016-)"),
        ("israel", "Military Forces of Israel (1948-)"),
        ("iran", "Military Forces of Iran (1979-)"),
        ("hezbollah", "Hezbollah"),
        ("operation-peace-spring", "Operation Peace Spring"),
        ("syrian-national-army", "JWS: Syrian National Army"),
        ("syrian-police", "Police Forces of Syria (2000-)"),
    ],
)
def test_acled_names(actor_id: str, acled: str) -> None:
    entry = actor_table().get(actor_id)
    assert entry is not None
    assert entry.acled_name == acled


def test_renamed_group_is_one_actor() -> None:
    names = ["Nusra Front", "Jabhat Fateh al-Sham", "Hayat Tahrir al-Sham", "HTS"]
    found = find_actors("; ".join(names) + ".")
    assert [a.id for a in found] == ["hayat-tahrir-al-sham"] * 4
    assert {a.rule for a in found} == {"actor.dated_name"}
    entry = actor_table().get("hayat-tahrir-al-sham")
    assert entry is not None
    jfs = next(d for d in entry.dated_aliases if d.alias == "Jabhat Fateh al-Sham")
    assert (str(jfs.start), str(jfs.end)) == ("2016-07-28", "2017-01-28")


def test_parents() -> None:
    table = actor_table()
    tiger = table.get("tiger-forces")
    assert tiger is not None
    assert tiger.parent == "syrian-army"


def test_rules_say_where_the_side_came_from() -> None:
    text = "Daesh and regime forces clashed; the jihadists fled."
    rules = {a.surface: a.rule for a in find_actors(text)}
    assert rules == {
        "Daesh": "actor.name",
        "regime forces": "actor.descriptor",
        "the jihadists": "actor.context",
    }
    (alone,) = find_actors("The jihadists fled.")
    assert (alone.id, alone.side, alone.rule) == (
        "jihadists-unspecified",
        Side.UNKNOWN,
        "actor.descriptor",
    )


def test_jihadists_follow_the_group_named_most() -> None:
    text = "IS shelled the town. Nusra Front and HTS fighters repelled the jihadists."
    assert find_actors(text)[-1].id == "hayat-tahrir-al-sham"
    text = "IS and ISIS and HTS clashed. The militants withdrew."
    assert find_actors(text)[-1].id == "islamic-state"


def test_scan_and_find_agree() -> None:
    text = "Turkish forces and the SNA shelled SDF positions, SANA said."
    assert scan_actors(Doc(text)) == find_actors(text)


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError, match="text must be str"):
        find_actors(b"IS fighters")  # type: ignore[arg-type]


# ---------------------------------------------------------------- validation

HEADER = "\t".join(COLUMNS)


def _row(**cells: str) -> str:
    base = {"id": "x", "name": "X", "side": "rebels", "kind": "armed_group", "aliases": "X Brigade"}
    base.update(cells)
    return "\t".join(base.get(c, "") for c in COLUMNS)


def _load(tmp_path: Path, *rows: str, header: str = HEADER) -> list[ActorEntry]:
    path = tmp_path / "actors.tsv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return list(load_actor_table(path).entries)


def test_loader_reads_a_good_table(tmp_path: Path) -> None:
    entries = _load(
        tmp_path,
        _row(id="a", aliases="Alpha Brigade", dated_aliases="Old Alpha@2012-01-01..2014-05-01"),
        _row(id="b", aliases="Beta Brigade", parent="a", ambiguous="Shared Name"),
        _row(id="c", aliases="Gamma", ambiguous="Shared Name", source="ucdp:123|curated"),
    )
    assert [e.id for e in entries] == ["a", "b", "c"]
    assert entries[0].dated_aliases[0].alias == "Old Alpha"
    assert entries[2].sources == ("ucdp:123", "curated")
    assert entries[1].kind is ActorKind.ARMED_GROUP


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([_row(id="a"), _row(id="a", aliases="Other")], r"line 3: duplicate id 'a'"),
        ([_row(side="loyal")], r"line 2: unknown side 'loyal'"),
        ([_row(kind="tank")], r"line 2: unknown kind 'tank'"),
        ([_row(id="Bad Id")], r"line 2: id 'Bad Id' is not a lower-case slug"),
        (
            [_row(id="a", aliases="Lions"), _row(id="b", aliases="lions")],
            r"line 3: name 'lions' of 'b' is also a name of 'a' \(line 2\)",
        ),
        ([_row(id="a", ambiguous="Lions")], r"line 2: ambiguous name 'lions' belongs to no other"),
        (
            [_row(id="a", aliases="Lions"), _row(id="b", ambiguous="Lions")],
            r"line 3: ambiguous name 'lions' is a plain name of 'a'",
        ),
        ([_row(dated_aliases="Old X@2014-01-01")], r"line 2: dated alias 'Old X@2014-01-01'"),
        ([_row(dated_aliases="Old X@2014-13-01..")], r"line 2: bad date '2014-13-01'"),
        ([_row(dated_aliases="Old X@2015-01-01..2014-01-01")], r"line 2: .* ends before it starts"),
        ([_row(parent="nobody")], r"line 2: 'x' refers to unknown id 'nobody'"),
        ([_row(aliases="A||B")], r"line 2: empty or punctuation-only name"),
        ([_row(aliases="")], r"line 2: actor 'x' has no names"),
        ([_row(source="wikipedia")], r"line 2: source 'wikipedia'"),
        ([_row() + "\textra"], r"line 2: expected 14 tab-separated columns, got 15"),
    ],
)
def test_loader_names_the_bad_line(tmp_path: Path, rows: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _load(tmp_path, *rows)


def test_loader_checks_the_header(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="line 1: header"):
        _load(tmp_path, _row(), header="id\tname")


# ---------------------------------------------------------------- properties


@given(st.text())
@example("IS\u0130s \u00df\u00df IS")
@example("anti-")
@example("US$")
@example("\nIS\n")
def test_never_raises_and_spans_round_trip(text: str) -> None:
    for actor in find_actors(text):
        assert text[actor.span.start : actor.span.end] == actor.surface
        assert actor.surface


@given(
    st.lists(st.sampled_from(["IS ", "is ", "Hamas ", "the army of ", "Daesh's ", "\u2019", "-"]))
)
def test_spans_are_ordered_and_disjoint(parts: list[str]) -> None:
    found = find_actors("".join(parts))
    for before, after in itertools.pairwise(found):
        assert before.span.end <= after.span.start


def _plain_names() -> list[tuple[str, str]]:
    """(alias, id) for every name whose actor the table fixes, as written in the table.

    A media outlet's place aliases are left out: they are the outlet only beside a word of
    the media (test_media_named_after_a_town)."""
    out = []
    for e in actor_table().entries:
        if e.resolves_to:
            continue
        places = () if e.kind is ActorKind.MEDIA else e.place_aliases
        for alias in (*e.aliases, *(d.alias for d in e.dated_aliases), *places):
            out.append((alias, e.id))
        out.extend((d, e.id) for d in e.descriptors)
    return out


NAMES = _plain_names()
TEMPLATES = [
    "{a} fighters attacked the town.",
    "Clashes between {a} and {b} went on overnight.",
    "On Monday, {a} said {b} had shelled the village.",
]


def _ids(text: str) -> list[str]:
    return [a.id for a in find_actors(text)]


@given(st.sampled_from(NAMES), st.sampled_from(NAMES), st.sampled_from(TEMPLATES))
def test_every_name_is_found_in_a_sentence(
    first: tuple[str, str], second: tuple[str, str], template: str
) -> None:
    text = template.format(a=first[0], b=second[0])
    found = find_actors(text)
    start = text.index(first[0])
    assert _covers(found, first[1], start, start + len(first[0])), (text, found)
    if "{b}" in template:
        start = text.index(second[0], start + len(first[0]))
        assert _covers(found, second[1], start, start + len(second[0])), (text, found)


def _covers(found: tuple[Actor, ...], actor_id: str, start: int, end: int) -> bool:
    """Whether a mention of ``actor_id`` overlaps ``start:end`` (it may run on: "X fighters")."""
    return any(a.id == actor_id and a.span.start < end and a.span.end > start for a in found)


def _variants(text: str) -> list[str]:
    stripped = text.replace(",", "").replace("'", "").replace("\u2019", "")
    return [
        text.replace("'", "\u2019"),
        text.replace("-", "\u2011"),
        stripped,
        text.replace(" ", "  "),
        text.upper(),
    ]


@given(st.sampled_from(NAMES))
def test_variants_change_nothing(name: tuple[str, str]) -> None:
    text = f"{name[0]} fighters attacked the town, officials said."
    expected = _ids(text)
    assert name[1] in expected
    for variant in _variants(text):
        assert _ids(variant) == expected, variant


def test_every_table_name_is_found_alone() -> None:
    missing = [
        (alias, actor_id)
        for alias, actor_id in NAMES
        if actor_id not in _ids(f"Reports said {alias} fighters attacked the town.")
    ]
    assert missing == []


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah fighters held the ridge.",
        "(Hezbollah fighters held the ridge.)",
        "\u201cHezbollah fighters held the ridge.\u201d",
        "Reports:\nHezbollah fighters held the ridge.",
        "pro-Hezbollah fighters held the ridge.",
        "Reports said\u060cHezbollah fighters held the ridge.",
    ],
)
def test_a_name_starts_after_any_separator(text: str) -> None:
    found = find_actors(text)
    assert [a.id for a in found] == ["hezbollah"]
    assert found[0].surface == "Hezbollah fighters"


@pytest.mark.parametrize("letter", ["\u0628", "\u00e9", "\u4e2d", "_", "7"])
def test_a_name_glued_to_a_letter_is_no_name(letter: str) -> None:
    # A name must start a word, whatever script the letter before it is written in.
    assert _ids(f"The town{letter}Hezbollah was quiet.") == []


def _greedy(hits: list[Any], doc: Doc, keys: dict[str, Any]) -> list[Any]:
    """The reference selection: every hit, longest first, then by start, over the whole text."""
    taken = bytearray(len(doc.folded))
    chosen = []
    for start, end, info in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        if any(taken[start:end]):
            if taken[start]:
                continue
            shorter = _actors._shorter(doc, keys, start, taken.index(1, start, end))
            if shorter is None:
                continue
            end, info = shorter
        taken[start:end] = b"\x01" * (end - start)
        chosen.append((start, end, info))
    return sorted(chosen, key=lambda h: h[0])


@given(
    st.lists(
        st.sampled_from(
            [
                "the Assad regime ",
                "regime Air Force Intelligence ",
                "Syrian and Russian warplanes ",
                "IS fighters ",
                "the Syrian Observatory for Human Rights ",
                "the Army of Conquest ",
                "Jaish al-Islam ",
                "Russian strikes ",
                "and ",
                "rebel-held ",
                "anti-IS ",
            ]
        ),
        max_size=12,
    )
)
def test_selection_by_cluster_is_the_global_longest_first(parts: list[str]) -> None:
    doc = Doc("".join(parts))
    m = _actors._matcher()
    hits = _actors._hits(m, doc)
    assert _actors._select(list(hits), doc, m.keys) == _greedy(hits, doc, m.keys)


@given(
    st.lists(
        st.sampled_from(
            ["and", "or", "with", "border", "syrian", "regime", "u.s.", " ", "  ", "\n", "-", "x"]
        ),
        max_size=14,
    )
)
@example(["syrian", " ", "and", " ", " ", " ", " ", "\n"])
@example(["border", " ", " ", "with", " ", " ", " ", " ", "\n"])
def test_window_tests_pass_wherever_the_patterns_they_guard_match(parts: list[str]) -> None:
    # _paired_owner tries _PAIR_BEFORE only where "and" or "or" is in the last 12 characters,
    # _accept tries _BORDER_WITH only where "with" is in its window: each test must hold
    # wherever its pattern matches.
    text = "".join(parts)
    start = len(text)
    if _actors._PAIR_BEFORE.search(text, max(0, start - 40), start):
        tail = text[max(0, start - 12) : start]
        assert "and" in tail or "or" in tail
    if _actors._BORDER_WITH.search(text, max(0, start - 30), start):
        assert "with" in text[max(0, start - 30) : start]


@given(
    text=st.text(alphabet="ab s_1'-\n.,\u00e9\u0301", max_size=60),
    at=st.integers(min_value=0, max_value=60),
)
@example(text="the border with \nturkey", at=16)
@example(text="fled to   Turkey's  army", at=10)
def test_words_beside_a_name_read_as_the_regex_patterns_read_them(text: str, at: int) -> None:
    # _word_before and _word_after read ASCII windows with ``re``: the same words as the
    # ``regex`` patterns they stand for.
    at = min(at, len(text))
    before = _actors._WORD_BEFORE.search(text, max(0, at - 25), at)
    after = _actors._WORD_AFTER.match(text, at, min(len(text), at + 25))
    assert _actors._word_before(text, at) == (before.group(1) if before else "")
    assert _actors._word_after(text, at) == (after.group(1) if after else "")


@given(
    text=st.text(
        alphabet=st.sampled_from([" ", "\n", "\x1c", "s", "_", "\u00e9", "-"]), max_size=8
    ),
    noun=st.sampled_from(_actors._HEAD_NOUNS),
    tail=st.text(alphabet="s _\u00e9\u0301\u00a0", max_size=3),
)
@example(text="  ", noun="fighters", tail="")
def test_ascii_head_reads_as_the_regex_head(text: str, noun: str, tail: str) -> None:
    # _hits reads a head with ``re`` when the _HEAD_SPAN characters after a name are ASCII.
    folded = "is" + text + noun + tail
    want = _actors._HEAD.match(folded, 2)
    if folded[2 : 2 + _actors._HEAD_SPAN].isascii():
        got = _actors._ASCII_HEAD.match(folded, 2)
        assert (got.end() if got else None) == (want.end() if want else None)


_OUTLET_CUES = [
    "The Lebanese TV station {} aired the footage.",
    "He told {} the offensive would go on.",
    "According to {}, the army entered the town.",
    "In an interview with {}, the minister denied it.",
    "{} reported heavy shelling overnight.",
    "A correspondent said on Sunday, as {} television showed.",
]
_TOWN_USES = [
    "Troops advanced on {} from the west.",
    "The road between Deir ez-Zor and {} was cut.",
    "{} has been held by the jihadists since 2014.",
    "Airstrikes hit the town of {} overnight.",
    "Families fled {} by boat.",
]


@given(
    st.sampled_from(["al-Mayadeen", "Al Mayadeen", "Al-Mayadeen", "al Mayadeen"]),
    st.sampled_from(_OUTLET_CUES),
    st.sampled_from(_TOWN_USES),
)
def test_media_named_after_a_town(name: str, cue: str, town: str) -> None:
    """The channel al-Mayadeen shares its name with the town of al-Mayadin: the name is the
    channel beside a word of the media, else the town."""
    assert "al-mayadeen" in _ids(cue.format(name))
    assert "al-mayadeen" not in _ids(town.format(name))
    # Its own name with the medium in it is always the channel.
    assert "al-mayadeen" in _ids(town.format("al-Mayadeen TV"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lowercased feed: acronyms that are no English word are read as in capitals...
        (
            "the sdf said its fighters took the town from the ypg.",
            {"syrian-democratic-forces", "ypg"},
        ),
        ("us-led coalition strikes killed 20 civilians.", {"us-led-coalition", "civilians"}),
        # ...and those that are words only with a cue, as in a line of capitals.
        ("us warplanes struck the bridge.", {"united-states"}),
        ("is fighters attacked the village.", {"islamic-state"}),
        ("the town is quiet and it is cold, officials told us.", set()),
    ],
)
def test_acronyms_in_lowercased_text(text: str, expected: set[str]) -> None:
    assert {a.id for a in find_actors(text)} == expected


def test_capitals_still_decide_in_mixed_text() -> None:
    # In a text that has capitals, a small "sdf" or "is" is no name.
    found = {a.id for a in find_actors("The town is quiet, said an sdf volunteer, Ali Haj.")}
    assert found.isdisjoint({"islamic-state", "syrian-democratic-forces"})


@pytest.mark.parametrize(
    "text",
    [
        "Moscow (Sputnik) Rockets hit a bakery in Aleppo, wounding three workers.",
        "moscow (sputnik) rockets hit a bakery in aleppo, wounding three workers.",
        "ANKARA (AA) TWO SOLDIERS WERE KILLED.",
    ],
)
def test_a_datelines_place_before_its_agency_is_no_actor(text: str) -> None:
    place = text.split(" ", 1)[0]
    assert place not in [a.surface for a in find_actors(text)]


def test_a_name_does_not_run_across_a_blank_line() -> None:
    # A wrapped line may split a name; a blank line ends a paragraph, and the name with it.
    assert [a.surface for a in find_actors("the Syrian\nArmy said")] == ["Syrian\nArmy"]
    assert "Syrian\n\nArmy" not in [a.surface for a in find_actors("the Syrian\n\nArmy said")]


# ---------------------------------------------------------------- Title Case headlines


def _acronyms() -> list[tuple[str, str]]:
    """(alias, id) for the names written only in capitals ("SDF"; not "DAESH", also written
    "Daesh"), other than those that are English words."""
    spellings = [
        (alias, e)
        for e in actor_table().entries
        for alias in (*e.aliases, *(d.alias for d in e.dated_aliases), *e.place_aliases)
    ]
    case_free = {alias.lower() for alias, _ in spellings if not alias.isupper()}
    return sorted(
        (alias, e.id)
        for alias, e in spellings
        if alias.isalpha()
        and alias.isupper()
        and len(alias) > 1
        and not e.resolves_to
        and alias.lower() not in case_free
        and alias.lower() not in {"is", "us", "who", "tip", "ops"}
    )


_ACRONYMS = _acronyms()
_HEADLINES = [
    "{a} Fighters Advance On The Town",
    "Clashes Erupt As {a} Storms Village Near Afrin",
    "Monitor Says {a} Shells Villages In The North",
]


@given(st.sampled_from(_ACRONYMS), st.sampled_from(_HEADLINES))
def test_acronyms_written_as_words_in_title_case_headlines(
    name: tuple[str, str], template: str
) -> None:
    # Title Case writes "SDF" as "Sdf": in such a headline it is still the actor...
    alias = name[0][0] + name[0][1:].lower()
    text = template.format(a=alias)
    start = text.index(alias)
    assert _covers(find_actors(text), name[1], start, start + len(alias)), text


@given(st.sampled_from(_ACRONYMS))
def test_acronyms_written_as_words_in_running_text_are_no_names(name: tuple[str, str]) -> None:
    # ...but not in running text, where a capital opens a name and the rest is small.
    alias = name[0][0] + name[0][1:].lower()
    text = f"Officials said on Monday that {alias} had gone home after the talks."
    start = text.index(alias)
    assert not _covers(find_actors(text), name[1], start, start + len(alias)), text


@pytest.mark.parametrize("text", ["Is This The End Of The Siege", "Who Is Fighting Whom Now"])
def test_english_words_in_title_case_are_no_acronyms(text: str) -> None:
    assert find_actors(text) == ()


# ---------------------------------------------------------------- "is", "who", "us" as words

_PASSIVES = ["held", "led", "backed", "linked"]


@given(
    st.sampled_from(_PASSIVES),
    st.sampled_from(["the town", "the rest", "idlib", "the group"]),
    st.sampled_from([str.lower, str.upper]),
)
def test_is_before_a_participle_is_a_passive(participle: str, subject: str, case: Any) -> None:
    text = case(f"{subject} is {participle} by fighters loyal to the government.")
    assert "islamic-state" not in _ids(text), text
    # The hyphen keeps the actor's adjective: "IS-held".
    text = case(f"shelling hit an is-{participle} village.")
    assert "islamic-state" in _ids(text), text


@given(
    st.sampled_from(["led", "said", "claimed", "attack", "backed", "held"]),
    st.sampled_from([str.lower, str.upper]),
)
def test_who_before_a_verb_is_a_pronoun(verb: str, case: Any) -> None:
    assert "who" not in _ids(case(f"the commander who {verb} the assault was killed.")), verb


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "is said" before "to"/"that" is a passive; before anything else the actor speaks.
        ("what is said to be the town; it is said that it fell.", []),
        ("on friday is said its men had taken the town.", ["islamic-state"]),
        # A noun that may be a subject before "is": the verb, unless nothing comes first.
        ("the fighting is fierce and heavy fighting is reported.", []),
        ("kurdish units fighting is near manbij.", ["kurdish-forces", "islamic-state"]),
        # An article before it, a target noun after it: no English.
        (
            "jets hit an is headquarters and is positions.",
            ["aircraft-unspecified"] + ["islamic-state"] * 2,
        ),
        # "us" is an object pronoun after a preposition; a title after it is the country's.
        ("those with us and against us stayed at home.", []),
        ("the offer was made by us president barack obama.", ["united-states", "barack-obama"]),
    ],
)
def test_acronyms_that_are_words_by_the_words_around(text: str, expected: list[str]) -> None:
    assert _ids(text) == expected
    assert _ids(text.upper()) == expected
