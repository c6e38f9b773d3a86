"""Victims whose modifiers are joined by "and" / "or": "regime and rebel fighters", "regime
and allied fighters", "Syrian and Russian soldiers". One figure, one group; the side is the
one all the words give, none when they give two."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import syriaevents as se
from syriaevents import _lexicon as lex
from syriaevents.model import Side, Status, VictimGroup

# (joined modifiers, noun, the side they give)
_JOINED = (
    ("regime and rebel", "fighters", None),
    ("regime and allied", "fighters", Side.GOVERNMENT),
    ("government and allied", "troops", Side.GOVERNMENT),
    ("Syrian and Russian", "soldiers", None),
    ("Russian and Syrian", "troops", None),
    ("rebel and jihadist", "fighters", None),
    ("rebel or allied", "fighters", Side.REBELS),
)
_FORMS = (
    "At least {n} {m} {v} were killed in the assault, the monitor said.",
    "The fighting killed {n} {m} {v} on Sunday.",
    "{n} {m} {v} died in two days of clashes near Aleppo.",
)


@given(
    st.sampled_from(_JOINED),
    st.sampled_from(_FORMS),
    st.integers(2, 400),
)
def test_joined_modifiers(joined: tuple[str, str, Side | None], form: str, value: int) -> None:
    modifiers, noun, side = joined
    text = form.format(n=value, m=modifiers, v=noun)
    text = text[0].upper() + text[1:]
    reports = se.parse_article(text).casualties
    assert [(r.status, r.count.value, r.victims, r.victim_side) for r in reports] == [
        (Status.KILLED, value, VictimGroup.COMBATANTS, side)
    ], text


def test_fighters_counted_are_no_agent() -> None:
    """The rebels among the dead did not kill them."""
    article = se.parse_article("At least 70 regime and rebel fighters were killed near Aleppo.")
    assert article.casualties[0].perpetrator is None


@pytest.mark.parametrize(
    "noun", ["evacuees", "pilgrims", "bystanders", "passers-by", "guests", "engineers"]
)
def test_more_civilian_nouns(noun: str) -> None:
    reports = se.parse_article(f"A car bomb killed 14 {noun} near the crossing.").casualties
    assert [(r.count.value, r.victims) for r in reports] == [(14, VictimGroup.CIVILIANS)]


@pytest.mark.parametrize(
    "modifier", ["pro-Turkey", "pro-Iranian", "anti-government", "pro-regime", "anti-IS"]
)
def test_pro_and_anti_words_are_modifiers(modifier: str) -> None:
    text = f"Two {modifier} Syrian militants were killed in clashes near the town."
    reports = se.parse_article(text).casualties
    assert [(r.count.value, r.victims) for r in reports] == [(2, VictimGroup.COMBATANTS)]


def test_comrades_are_combatants() -> None:
    text = "A brigade leader and three of his comrades died when a bomb went off."
    reports = se.parse_article(text).casualties
    assert [(r.count.value, r.victims) for r in reports] == [(3, VictimGroup.COMBATANTS)]


def test_modifier_affixes_hold_their_hyphen() -> None:
    """_modifiers_ok tests a word for a hyphen before it tries the affix lists."""
    assert all(s.startswith("-") for s in lex.MODIFIER_SUFFIXES)
    assert all(p.endswith("-") for p in lex.MODIFIER_PREFIXES)
