"""People named one by one: singular nouns that share one article or possessive ("a woman and
child", "his wife, son and daughter"), the one killed "along with" others when the words
before the verb tell who they were ("a rebel commander was killed along with his wife"), and
subsets told as "8 were children and 4 were women"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import syriaevents as se
from syriaevents.model import Side, Status, VictimGroup

W, C, P, CIV = VictimGroup.WOMEN, VictimGroup.CHILDREN, VictimGroup.PEOPLE, VictimGroup.CIVILIANS
# Singular nouns and the group each names.
_NOUNS = {
    "woman": W,
    "mother": W,
    "wife": W,
    "child": C,
    "boy": C,
    "girl": C,
    "daughter": C,
    "son": P,
    "man": P,
    "husband": P,
    "nurse": CIV,
    "farmer": CIV,
}
_OPENERS = ("a", "his", "her")
_VERBS = (
    "{v} were killed in the shelling of Douma.",
    "{v} were killed when a barrel bomb hit the market, activists said.",
)
_OBJECT_FORMS = ("The air strike killed {v} in Saraqeb.", "Shelling killed {v} on Monday.")


def _listed(nouns: list[str]) -> str:
    """ "woman", "woman and child", "woman, boy and girl"."""
    if len(nouns) == 1:
        return nouns[0]
    return ", ".join(nouns[:-1]) + " and " + nouns[-1]


def _killed(text: str) -> list[tuple[int | None, VictimGroup, list[tuple[int, str]]]]:
    """Each toll of the killed: its figure, its victims and its subsets summed per group."""
    out = []
    for r in se.parse_article(text).casualties:
        if r.status is not Status.KILLED:
            continue
        subsets: dict[str, int] = {}
        for sub in r.includes:
            subsets[sub.victims.value] = subsets.get(sub.victims.value, 0) + (sub.count.value or 0)
        out.append((r.count.value, r.victims, sorted((n, g) for g, n in subsets.items())))
    return out


@given(
    st.sampled_from(_OPENERS),
    st.lists(st.sampled_from(sorted(_NOUNS)), min_size=2, max_size=4, unique=True),
    st.sampled_from(_VERBS + _OBJECT_FORMS),
)
def test_one_article_counts_each_noun(opener: str, nouns: list[str], form: str) -> None:
    """Every singular noun after one article or possessive is one person."""
    phrase = f"{opener} {_listed(nouns)}"
    text = form.format(v=phrase)
    text = text[0].upper() + text[1:]
    groups = [_NOUNS[n] for n in nouns]
    total = CIV if P not in groups else P
    subsets = sorted((groups.count(g), g.value) for g in (W, C) if g in groups)
    assert _killed(text) == [(len(nouns), total, subsets)], text
    summary = se.parse_article(text).summary
    assert (summary.women_killed, summary.children_killed) == (groups.count(W), groups.count(C))


@given(
    st.sampled_from(
        (("journalist and activist", CIV), ("father and husband", P), ("doctor and teacher", CIV))
    ),
    st.sampled_from((" from Douma", "", ",")),
)
def test_two_words_of_one_person(nouns: tuple[str, VictimGroup], between: str) -> None:
    """A verb of one person after the nouns: they tell of one person."""
    words, group = nouns
    text = f"A {words}{between} was killed in the shelling on Friday."
    assert _killed(text) == [(1, group, [])], text


# Who is killed "along with" the others: (words, figure, group, side).
_SUBJECTS = (
    ("A rebel commander was", 1, VictimGroup.COMBATANTS, Side.REBELS),
    ("The Nusra Front commander was", 1, VictimGroup.COMBATANTS, Side.AL_QAEDA),
    ("Two soldiers were", 2, VictimGroup.COMBATANTS, Side.GOVERNMENT),
    ("Colonel Ali Hamdan was", 1, VictimGroup.COMBATANTS, None),
    ("Five ISIS fighters were", 5, VictimGroup.COMBATANTS, Side.ISLAMIC_STATE),
)
# The others: (words, figure, the group their report gives).
_OTHERS = (
    ("his wife", 1, W),
    ("three civilians", 3, CIV),
    ("his two daughters", 2, C),
    ("four children", 4, C),
)
_AFTER = ("", " when the jets struck the house", " in an air strike on Saraqeb, activists said")


@given(st.sampled_from(_SUBJECTS), st.sampled_from(_OTHERS), st.sampled_from(_AFTER))
def test_along_with_a_told_subject(
    subject: tuple[str, int, VictimGroup, Side | None],
    other: tuple[str, int, VictimGroup],
    after: str,
) -> None:
    """Fighters killed along with civilians: each group counted as what it is."""
    words, n, group, side = subject
    o_words, o_n, o_group = other
    text = f"{words} killed along with {o_words}{after}."
    reports = [r for r in se.parse_article(text).casualties if r.status is Status.KILLED]
    assert [(r.count.value, r.victims) for r in reports] == [(n, group), (o_n, o_group)], text
    assert reports[0].victim_side == side, text
    summary = se.parse_article(text).summary
    assert (summary.combatants_killed, summary.civilians_killed) == (n, o_n), text


@given(
    st.sampled_from(("A colonel was", "An officer was", "A rebel commander was")),
    st.integers(2, 60),
    st.sampled_from(("other soldiers", "other fighters", "of his men")),
)
def test_along_with_others_of_the_same_group(subject: str, n: int, others: str) -> None:
    """ "A colonel was killed along with 11 other soldiers": one toll of 12 fighters."""
    text = f"{subject} killed along with {n} {others} near Palmyra."
    assert [(v, g) for v, g, _ in _killed(text)] == [(n + 1, VictimGroup.COMBATANTS)], text


@given(
    st.integers(30, 90),
    st.integers(2, 9),
    st.integers(2, 9),
    st.sampled_from(("among them", "of whom")),
    st.sampled_from((" and ", ", ")),
    st.booleans(),
)
def test_subsets_told_with_were(
    total: int, children: int, women: int, opener: str, join: str, children_first: bool
) -> None:
    """ "of whom 8 were children and 4 were women": both subsets."""
    parts = [f"{children} were children", f"{women} were women"]
    if not children_first:
        parts.reverse()
    text = f"The death toll rose to {total}, {opener} {join.join(parts)}."
    expected = sorted([(children, "children"), (women, "women")])
    assert _killed(text) == [(total, VictimGroup.PEOPLE, expected)], text


@given(
    st.sampled_from(("Ahmed Hassan", "Khaled Youssef", "Rami Darwish", "Samer Khoury")),
    st.sampled_from((("", P), ("Activist ", CIV), ("Colonel ", VictimGroup.COMBATANTS))),
    st.integers(16, 80),
    st.sampled_from(("killed by sniper fire in Daraa", "killed in an air strike on Douma")),
)
def test_a_name_and_age(name: str, title: tuple[str, VictimGroup], age: int, rest: str) -> None:
    """ "Ahmed Hassan, 45, was killed": one person, whose age is no toll."""
    words, group = title
    text = f"{words}{name}, {age}, was {rest}."
    assert [(v, g) for v, g, _ in _killed(text)] == [(1, group)], text


@given(
    st.lists(
        st.sampled_from(("a boy", "a girl", "a woman", "an elderly woman", "a child")),
        min_size=2,
        max_size=4,
    ),
    st.integers(5, 40),
)
def test_subsets_one_by_one_add_up(subsets: list[str], total: int) -> None:
    """Subsets of one toll named one by one are other people: "including a boy and a girl"
    are two children in the summary, not one told twice."""
    text = f"{total} civilians were killed, including {_listed(subsets)}, activists said."
    summary = se.parse_article(text).summary
    women = sum(1 for s in subsets if s.endswith("woman"))
    assert (summary.civilians_killed, summary.women_killed, summary.children_killed) == (
        total,
        women,
        len(subsets) - women,
    ), text


@given(
    st.sampled_from(("A sniper", "A gunman", "An ISIS fighter", "Two gunmen", "A regime soldier")),
    st.sampled_from(("killed", "shot dead", "executed")),
    st.sampled_from(("driver", "teacher", "mukhtar", "shopkeeper", "nurse")),
    st.sampled_from(("", " near the checkpoint", " in Tal Abyad on Monday")),
)
def test_the_agent_before_an_object_is_no_victim(
    agent: str, verb: str, victim: str, rest: str
) -> None:
    """ "A sniper killed the driver": one civilian, the driver; the sniper is who killed."""
    text = f"{agent} {verb} the {victim}{rest}."
    assert [(v, g) for v, g, _ in _killed(text)] == [(1, CIV)], text


@given(
    st.sampled_from(("the man's", "the farmer's", "Ahmed's", "the commander's")),
    st.sampled_from((("wife", W), ("daughter", C), ("son", P), ("driver", CIV))),
    st.integers(2, 6),
)
def test_a_possessor_counts_one(owner: str, kin: tuple[str, VictimGroup], n: int) -> None:
    """ "the man's wife" is one person, as "his wife" is; the possessor is none."""
    noun, group = kin
    text = f"The air strike killed {owner} {noun} and {n} of their neighbours."
    total = n + 1
    reports = _killed(text)
    assert sum(v or 0 for v, _, _ in reports) == total, text
    assert all(g is not VictimGroup.COMBATANTS for _, g, _ in reports), text
    summary = se.parse_article(text).summary
    assert (summary.women_killed, summary.children_killed) == (int(group is W), int(group is C))


@given(
    st.integers(2, 60),
    st.sampled_from(("wounded", "injured")),
    st.sampled_from((("fighters", VictimGroup.COMBATANTS), ("children", C), ("civilians", CIV))),
    st.sampled_from(("later died in hospital", "died of their wounds", "were killed")),
)
def test_a_status_before_the_victims_is_an_adjective(
    n: int, status: str, victims: tuple[str, VictimGroup], verb: str
) -> None:
    """ "Three wounded fighters later died": fighters killed, not people wounded."""
    noun, group = victims
    text = f"{n} {status} {noun} {verb}, the monitor said."
    assert [(v, g) for v, g, _ in _killed(text)] == [(n, group)], text
    assert all(r.status is Status.KILLED for r in se.parse_article(text).casualties), text
