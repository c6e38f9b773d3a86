"""Shared hypothesis strategies: news sentences built from parts, with the facts put in.

Each builder returns ``(text, facts)`` so a property test can check that parsing ``text``
gives back ``facts``. Parts follow the style of the corpus (agency copy, headlines, ACLED
notes) but every sentence here is generated, never copied.
"""

from __future__ import annotations

import attrs
from hypothesis import strategies as st

from syriaevents.model import Cause, Qualifier, Side, Status, VictimGroup

_WORDS = {
    2: "two",
    3: "three",
    4: "four",
    5: "five",
    6: "six",
    7: "seven",
    8: "eight",
    9: "nine",
    10: "ten",
    11: "eleven",
    12: "twelve",
    15: "fifteen",
    20: "twenty",
}


@attrs.frozen(kw_only=True)
class Figure:
    """A figure as written and what it means."""

    text: str
    value: int
    qualifier: Qualifier
    low: int | None
    high: int | None


@attrs.frozen(kw_only=True)
class Facts:
    """What one generated casualty sentence says."""

    status: Status
    value: int
    qualifier: Qualifier
    victims: VictimGroup
    victim_side: Side | None
    cause: Cause | None


@st.composite
def figures(draw: st.DrawFn) -> Figure:
    """A figure of 2-999 in digits or words, or of thousands with a comma or a space between
    the groups ("1,500", "200 000"), plain or qualified ("at least", "more than")."""
    value = draw(
        st.one_of(st.sampled_from(sorted(_WORDS)), st.integers(2, 999), st.integers(1000, 999999))
    )
    if value >= 1000:
        written = f"{value:,}".replace(",", draw(st.sampled_from([",", " ", "\u00a0"])))
    else:
        written = _WORDS[value] if value in _WORDS and draw(st.booleans()) else str(value)
    kind = draw(st.sampled_from(["exact", "at_least", "more_than"]))
    if kind == "at_least":
        return Figure(
            text=f"at least {written}",
            value=value,
            qualifier=Qualifier.AT_LEAST,
            low=value,
            high=None,
        )
    if kind == "more_than":
        return Figure(
            text=f"more than {written}",
            value=value,
            qualifier=Qualifier.MORE_THAN,
            low=value + 1,
            high=None,
        )
    return Figure(text=written, value=value, qualifier=Qualifier.EXACT, low=value, high=value)


# (noun, group, side the noun implies)
VICTIM_NOUNS: tuple[tuple[str, VictimGroup, Side | None], ...] = (
    ("civilians", VictimGroup.CIVILIANS, Side.CIVILIANS),
    ("people", VictimGroup.PEOPLE, None),
    ("children", VictimGroup.CHILDREN, Side.CIVILIANS),
    ("women", VictimGroup.WOMEN, Side.CIVILIANS),
    ("residents", VictimGroup.CIVILIANS, Side.CIVILIANS),
    ("soldiers", VictimGroup.COMBATANTS, Side.GOVERNMENT),
    ("troops", VictimGroup.COMBATANTS, Side.GOVERNMENT),
    ("rebels", VictimGroup.COMBATANTS, Side.REBELS),
    ("truck drivers", VictimGroup.CIVILIANS, Side.CIVILIANS),
    ("factory workers", VictimGroup.CIVILIANS, Side.CIVILIANS),
    ("council members", VictimGroup.CIVILIANS, Side.CIVILIANS),
    ("crew members", VictimGroup.COMBATANTS, None),
    ("crewmen", VictimGroup.COMBATANTS, None),
    ("crew", VictimGroup.COMBATANTS, None),
    ("reporters", VictimGroup.CIVILIANS, Side.CIVILIANS),
    ("firefighters", VictimGroup.CIVILIANS, Side.CIVILIANS),
    ("tribal elders", VictimGroup.CIVILIANS, Side.CIVILIANS),
    ("military advisers", VictimGroup.COMBATANTS, None),
    ("inmates", VictimGroup.PEOPLE, None),
    ("Iraqis", VictimGroup.PEOPLE, None),
)
# Words that may stand between a figure and its victims without changing who they are.
ADJECTIVES = ("", "", "unarmed", "young", "local", "moderate", "former", "off-duty", "more")
# (passive verb, active verb, -ing verb, status)
VERBS: tuple[tuple[str, str, str, Status], ...] = (
    ("were killed", "killed", "killing", Status.KILLED),
    ("were wounded", "wounded", "wounding", Status.WOUNDED),
    ("were injured", "injured", "injuring", Status.WOUNDED),
    ("were arrested", "arrested", "arresting", Status.ARRESTED),
    ("were kidnapped", "kidnapped", "kidnapping", Status.ABDUCTED),
)
CAUSES: tuple[tuple[str, Cause], ...] = (
    ("in an air strike", Cause.AIRSTRIKE),
    ("in regime shelling", Cause.SHELLING),
    ("in a car bomb attack", Cause.CAR_BOMB),
    ("by sniper fire", Cause.SNIPER),
    ("in a barrel bomb attack", Cause.BARREL_BOMB),
    ("in clashes", Cause.CLASHES),
    ("by a firing squad", Cause.EXECUTION),
)
# Verbs that kill only with "to death" after the victims: "beat two men to death".
TO_DEATH_VERBS = ("beat", "tortured", "stabbed", "burned", "stoned", "hacked")
PLACES = ("in Douma", "in the town of Saraqeb", "in Idlib province", "near Deir ez-Zor", "")
DATES = ("on Monday", "on 12 May 2022", "last week", "")
SOURCES = ("activists said", "the Observatory said", "according to state media", "")


@st.composite
def casualty_sentences(draw: st.DrawFn) -> tuple[str, Facts]:
    """One sentence reporting one toll, in passive, active or headline form."""
    figure = draw(figures())
    noun, group, side = draw(st.sampled_from(VICTIM_NOUNS))
    noun = f"{draw(st.sampled_from(ADJECTIVES))} {noun}".strip()
    passive, active, ing, status = draw(st.sampled_from(VERBS))
    cause_text, drawn_cause = draw(st.sampled_from(CAUSES))
    cause: Cause | None = drawn_cause
    place = draw(st.sampled_from(PLACES))
    date = draw(st.sampled_from(DATES))
    source = draw(st.sampled_from(SOURCES))
    form = draw(st.sampled_from(["passive", "headline", "ing", "active", "to death"]))
    tail = " ".join(p for p in (place, date) if p)
    if form == "passive":
        body = f"{figure.text} {noun} {passive} {cause_text} {tail}"
    elif form == "headline":
        body = f"{figure.text} {noun.title()} {passive.split()[1].title()} {cause_text} {tail}"
    elif form == "ing":
        body = (
            f"A new attack hit the area {cause_text.split(' ', 1)[1]}, {ing} {figure.text} {noun}"
        )
    elif form == "active":
        body = f"Gunmen {active} {figure.text} {noun} {tail}"
        cause_text, cause = "", None
    else:
        verb = draw(st.sampled_from(TO_DEATH_VERBS))
        body = f"Gunmen {verb} {figure.text} {noun} to death {tail}"
        cause_text, cause, status = "", None, Status.KILLED
        if verb == "tortured":
            cause = Cause.TORTURE
    body = " ".join(body.split())
    text = f"{body}, {source}." if source and form != "headline" else body + "."
    text = text[0].upper() + text[1:]
    if status in (Status.ARRESTED, Status.ABDUCTED):
        cause = None  # no weapon arrests or kidnaps anyone, whatever the sentence names
    return text, Facts(
        status=status,
        value=figure.value,
        qualifier=figure.qualifier,
        victims=group,
        victim_side=side,
        cause=cause,
    )


# Harm from a chemical attack: after the victims, before the figure, or a status noun with
# its victims after "among". Each is a wounded toll of a chemical attack.
GAS_HARM_AFTER = (
    "were affected by the gas",
    "were affected by chlorine",
    "were affected by toxic gases",
    "have been affected by the chemical attack",
    "suffered from suffocation",
    "were suffering from asphyxiation",
    "were treated for suffocation",
    "were poisoned by chlorine",
    "were hospitalised with symptoms of suffocation",
    "suffered breathing difficulties from the chlorine",
)
GAS_HARM_BEFORE = ("cases of asphyxiation to", "suffocation among", "cases of suffocation among")


@st.composite
def gas_harm_sentences(draw: st.DrawFn) -> tuple[str, Facts]:
    """One sentence reporting people harmed by gas: a wounded toll of a chemical attack."""
    figure = draw(figures())
    noun, group, side = draw(st.sampled_from(VICTIM_NOUNS))
    place = draw(st.sampled_from(PLACES))
    date = draw(st.sampled_from(DATES))
    tail = " ".join(p for p in (place, date) if p)
    form = draw(st.sampled_from(["after", "before", "treated", "among"]))
    if form == "after":
        body = f"{figure.text} {noun} {draw(st.sampled_from(GAS_HARM_AFTER))} {tail}"
    elif form == "before":
        phrase = draw(st.sampled_from(GAS_HARM_BEFORE))
        body = f"Toxic gas shells hit the area, causing {phrase} {figure.text} {noun} {tail}"
    elif form == "treated":
        body = f"Medics treated {figure.text} {noun} for suffocation {tail}"
    else:
        body = f"Doctors recorded {figure.text} cases of suffocation among {noun} {tail}"
    body = " ".join(body.split())
    text = body[0].upper() + body[1:] + "."
    return text, Facts(
        status=Status.WOUNDED,
        value=figure.value,
        qualifier=figure.qualifier,
        victims=group,
        victim_side=side,
        cause=Cause.CHEMICAL,
    )


@st.composite
def articles(draw: st.DrawFn) -> tuple[list[str], list[Facts]]:
    """Two to four generated sentences, each with its facts, for order and variant tests."""
    items = draw(st.lists(casualty_sentences(), min_size=2, max_size=4))
    return [t for t, _ in items], [f for _, f in items]


def strip_punctuation(text: str) -> str:
    """The FA-KES variant: commas and apostrophes dropped."""
    return text.replace(",", "").replace("'", "").replace("\u2019", "")


def curly_quotes(text: str) -> str:
    """Straight quotes and apostrophes made typographic."""
    out = []
    open_quote = True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if open_quote else "\u201d")
            open_quote = not open_quote
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    return "".join(out)
