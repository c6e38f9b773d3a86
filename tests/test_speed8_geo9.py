"""Fast paths of session 8 (geo9) against the plain code they stand for."""

from __future__ import annotations

import functools
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from syriaevents import _actors as ac
from syriaevents import _gazetteer as gz
from syriaevents._text import Doc


@functools.cache
def _every_space() -> re.Pattern[str]:
    """The pass _names stood for before it consumed names: after every space, the longest
    name, in a look-ahead, so that the spaces inside a name are tried too."""
    return re.compile(" (?=" + ac._matcher().name.pattern + ")")


@functools.cache
def _name_words() -> list[str]:
    """The words of the names with spaces, where names start inside names."""
    words = {w for key in ac._matcher().keys if " " in key for w in key.split(" ")}
    return sorted(words)


_GAPS = [" ", " ", " ", "  ", "\n", " \n ", "-", ".", "'s ", "s ", ", "]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = st.sampled_from(_name_words())
    keys = st.sampled_from(sorted(k for k in ac._matcher().keys if " " in k))
    parts = draw(st.lists(st.one_of(words, keys, st.sampled_from(_GAPS)), max_size=16))
    return " " + "".join(parts)


@given(_texts())
@example(" the syrian observatory for human rights said")
@example(" free syrian army  of conquest")
@example(" army of conquest\nfighters")
@settings(max_examples=400)
def test_names_after_spaces_are_those_of_the_pass_that_tries_every_space(text: str) -> None:
    """The names inside a name come from the table (m.inner), or are matched again where a
    longer name may run on: in text order, the names found after every space."""
    m = ac._matcher()
    want = [(mt.start(), mt.group(1)) for mt in _every_space().finditer(text)]
    got = [(at, name) for at, name in ac._names(m, text) if text[at] == " "]
    assert got == want


def test_every_inner_name_is_the_match_in_the_name_itself() -> None:
    """Each name inside a name the table gives is what ``name`` matches after that space in
    the name followed by a space, and no longer name starts with the rest of the name."""
    m = ac._matcher()
    keys = sorted(m.keys)
    checked = 0
    for key, plan in m.inner.items():
        for offset, after in plan:
            assert key[offset] == " "
            if after is None:
                continue
            rest = key[offset + 1 :]
            assert not any(k.startswith(rest) and k != rest for k in keys if k[:1] == rest[:1])
            found = m.name.match(key + " ", offset + 1)
            assert found is not None
            assert found.group(1) == after
            checked += 1
    assert checked > 100


_PLACE_WORDS = [
    "The", "the", "THE", "Them", "Aleppo", "Deir", "ez-Zor", "Al", "Bab", "Syrian", "Raqqa",
    "She", "Theodore", "Homs", "A", "in", "city", "of", "Idlib", "province", "Ras", "al-Ain",
]  # fmt: skip
_PLACE_GAPS = [" ", " ", " ", "  ", "\n", ". ", ", ", "-", "'", '"', "(", ")"]


@given(
    st.lists(
        st.one_of(st.sampled_from(_PLACE_WORDS), st.sampled_from(_PLACE_GAPS)), max_size=24
    ).map("".join)
)
@example("The Aleppo. The Homs The. The\nThe")
@example(" The-The The's Theodore The")
@settings(max_examples=300)
def test_the_written_small_in_the_capital_copy_changes_no_match(text: str) -> None:
    """_capital_copy writes "The" between spaces small, so that the capital-word pass skips
    it: the matches are those of the copy that keeps it."""
    g = gz.gazetteer()
    assert not g._info("the").can_start

    def plain_copy(text: str) -> bytes:
        return text.encode("ascii", "replace").translate(g._capital_table)

    doc = Doc(text)
    got = g._matches_on(doc.text, doc.folded, False)
    try:
        g._capital_copy = plain_copy  # type: ignore[method-assign]
        want = g._matches_on(doc.text, doc.folded, False)
    finally:
        del g._capital_copy
    assert got == want


def test_places_word_before_reads_backwards_as_the_pattern_reads_forwards() -> None:
    """The places' _word_before reads an ASCII window from its end: the word, and its span,
    that _WORD_BEFORE finds, on every short text of words and gaps, at every offset not just
    after a newline (where the pattern's $ may stand before it)."""
    alphabet = "a -\n'_\u00e9"
    texts = [""]
    for _ in range(6):
        texts = [t + c for t in texts for c in alphabet] + [""]
    texts.append("x" * 30 + " - " + "y" * 30 + "  -")
    for text in set(texts):
        for at in range(len(text) + 1):
            if at and text[at - 1] == "\n":
                continue
            found = gz._WORD_BEFORE.search(text, max(0, at - 25), at)
            want = (found.start(1), found.end(1), found.group(1)) if found else None
            assert gz._word_before(text, at) == want, (text, at)
