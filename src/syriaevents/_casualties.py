"""Casualty reports: every toll the text gives becomes a :class:`CasualtyReport`.

Assembly never re-reads what the scanners found: it takes their counts, actors, places and
dates, adds one pass of its own over the words of ``Doc.folded`` (victim nouns, trigger words,
causes, attribution cues, negations), and joins them clause by clause. docs/casualties.md
lists every convention with examples.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from operator import attrgetter, itemgetter, lt
from typing import NamedTuple, TypeVar

from . import _lexicon as lex
from ._numbers import _new_count
from ._text import Doc
from .model import (
    Actor,
    ActorKind,
    Attribution,
    CasualtyReport,
    Cause,
    Count,
    DateRef,
    Location,
    PlaceKind,
    Qualifier,
    Side,
    Span,
    Status,
    VictimGroup,
    _slot_setters,
    _span_end,
    _span_start,
)

__all__ = ["scan_casualties"]

# Lower is more specific: a clause naming a barrel bomb and a helicopter is a barrel bomb.
_CAUSE_RANK: dict[object, int] = {
    Cause.AIRSTRIKE: 1,
    Cause.SHELLING: 1,
    Cause.GUNFIRE: 2,
    Cause.EXPLOSION: 3,
    Cause.CLASHES: 4,
    Cause.SIEGE: 5,  # "to break the siege" frames the event; the weapon is the cause
}
_CIVILIAN_GROUPS = frozenset({VictimGroup.CIVILIANS, VictimGroup.CHILDREN, VictimGroup.WOMEN})
# Groups counted within others (children and women among civilians), and the groups one
# named person of a conjoined toll may stand for beside them ("the woman and her three
# children": four civilians, of whom one woman and three children).
_SUBSET_GROUPS = frozenset({VictimGroup.CHILDREN, VictimGroup.WOMEN})
# The groups that may be told as most of a toll's (_Assembler._majority), by the toll's group.
_MAJORITY_OF = {
    VictimGroup.PEOPLE: frozenset({VictimGroup.COMBATANTS, VictimGroup.CIVILIANS, *_SUBSET_GROUPS}),
    VictimGroup.CIVILIANS: _SUBSET_GROUPS,
}
# The openers of _INCLUDES_WORDS that tell most of a toll ("many of them" does not).
_MAJORITY = re.compile(r"\b(?:mostly|mainly|most\s+of\s+(?:them|whom))\b")
# Victims that go on with another group: "mostly women and children", read as one phrase
# (_TWO_GROUPS inside it) or as the first of two (_CONJOINED after it).
_CONJOINED = re.compile(r"\s*+(?:,\s*)?(?:and|or|&)\s")
_TWO_GROUPS = re.compile(r",|\s(?:and|or|&)\s")
# The one who carried out the attack, counted among its dead: "including the bomber".
_THE_BOMBER = re.compile(
    r"(?:the|a)\s+(?:suicide\s+)?(?:bomber|attacker|assailant|gunman)\b(?!\s*'?s\b)"
)
_ONE_OF_THEM = _CIVILIAN_GROUPS | {VictimGroup.PEOPLE}
_NOT_PERPETRATORS = frozenset(
    {ActorKind.MONITOR, ActorKind.MEDIA, ActorKind.INTERNATIONAL_ORG, ActorKind.CIVILIANS}
)
_JIHADIST_SIDES = frozenset({Side.ISLAMIC_STATE, Side.AL_QAEDA})
# Members and sets of members read per record or per actor, bound once: each read of an Enum
# class attribute goes through EnumType's attribute hook (some 400 instructions), and a
# tuple written in place is built anew at each test.
_PEOPLE = VictimGroup.PEOPLE
_CIVILIANS = VictimGroup.CIVILIANS
_WOMEN = VictimGroup.WOMEN
_COMBATANTS = VictimGroup.COMBATANTS
_CIVILIAN_SIDE = Side.CIVILIANS
_UNKNOWN_SIDE = Side.UNKNOWN
_EXPLOSION = Cause.EXPLOSION
_COUNTRY = PlaceKind.COUNTRY
_CITY = PlaceKind.CITY
_NEIGHBOURHOOD = PlaceKind.NEIGHBOURHOOD
# Between a quarter and the city it lies in: "district of", ", on the edge of", "in".
_QUARTER_OF = re.compile(
    r"(?:\s+(?:district|neighbou?rhood|quarter|area|suburb|camp))?"
    r"(?:\s*,\s*|\s+)(?:(?:of|in)\s+|on\s+the\s+(?:edge|outskirts)\s+of\s+)?"
    r"(?:the\s+)?(?:city\s+of\s+)?"
)
_EXACT = Qualifier.EXACT
_BYSTANDER_SIDES = frozenset({Side.NEUTRAL, Side.CIVILIANS})
_NO_SIDES = frozenset({Side.NEUTRAL, Side.CIVILIANS, Side.UNKNOWN})
_SOURCE_KINDS = frozenset({ActorKind.MONITOR, ActorKind.MEDIA, ActorKind.INTERNATIONAL_ORG})
_KILLED_OR_WOUNDED = frozenset({Status.KILLED, Status.WOUNDED})
_WOUNDED = Status.WOUNDED
_NEG = {"no": None, "nobody": None, "none": None, "without": None}

# NOTE: hot code here clamps offsets with conditional expressions, not min() or max(): on
# Python 3.11 a builtin min or max of two integers costs ~900 machine instructions (a tuple
# of arguments, an iterator), a comparison a few dozen.

# One pass finds the words of every table; NOTE: lexicon phrases are letters and hyphens only.
# The next word of a phrase, on the same line: the text parse_article reads has its wrapped
# lines joined, so a line break left in it ends a headline, a paragraph or a list item, and a
# phrase across it ("six children among\n\nthe dead") would end past its sentence.
_NEXT_WORD_PLAIN = r"[^\S\n]+([a-z]+(?:-[a-z]+)*)(?![\w-])"
# Its runs possessive: a run given back leaves a space, a letter or a hyphen next, where
# the word cannot go on or end, so backtracking never finds another match; the engine then
# keeps no state to give back (12.1 -> 10.6 M instructions a pass for its 4.4 k matches).
# tests/test_speed18_cas.py checks it against the plain pattern.
_NEXT_WORD = re.compile(r"[^\S\n]++([a-z]++(?:-[a-z]++)*+)(?![\w-])")
_TABLE = lex.phrase_table(
    {
        "victim": lex.VICTIMS,
        "trigger": {**lex.TRIGGERS, **dict.fromkeys(lex.NOT_TRIGGERS)},
        "cause": {**lex.CAUSES, **dict.fromkeys(lex.NOT_CAUSES)},
        "cue": lex.CUES,
        "neg": _NEG,
    }
)
_CATEGORIES = ("victim", "trigger", "cause", "cue", "neg")
# Not a table's: aircraft cause words whose aircraft was brought down (see _downed).
_DOWNED = "downed"
# The trigger phrases that make a toll a running total ("since", "so far"): they report none.
_CUMULATIVE = frozenset(phrase for phrase, t in lex.TRIGGERS.items() if t.cumulative)
# The triggers of a running toll ("death toll"), which _toll_trigger reads (by the phrase a
# hit carries: its words joined by one space, as lex.phrase_table writes them).
_TOLLS = frozenset(" ".join(phrase.split()) for phrase, t in lex.TRIGGERS.items() if t.toll)
# The victim phrases that name one person ("a child", "his wife": see _article_counts).
_SINGULAR_VICTIMS = frozenset(phrase for phrase, v in lex.VICTIMS.items() if v.singular)
_START = attrgetter("span.start")
_FIRST = itemgetter(0)

# Between a before-trigger and its figure: "killing another 20", "the lives of an estimated 30",
# "killing his two sons", "killing all its four crew".
_BEFORE_GAP = re.compile(
    r"\s+(?:(?:another|a\s+further|an\s+estimated|estimated|a\s+total\s+of|the|some|all|his|"
    r"her|its|their)\s+){0,2}"
    r"[\"']?"  # a quoted figure: killed "dozens of terrorists"
)
# Between a harm noun and its figure: "causing cases of asphyxiation to 35", "suffocation
# among 20 civilians".
_HARM_GAP = re.compile(r"\s+(?:to|among|of|in)" + _BEFORE_GAP.pattern)
# What a harm noun must follow to be a toll's: "suffering from suffocation", "treated for
# asphyxiation", "with breathing difficulties", "symptoms of suffocation", "suffered".
_HARM_LED = re.compile(
    r"(?:^|[^\w-])(?:suffered|suffering|suffer|suffers|experienced|experiencing|showed|"
    r"showing|developed|for|with|from|of)\s+(?:(?:severe|serious|acute|mild|heavy)\s+)?$"
)
# Harm from gas that no weapon caused: tear gas, a dust storm, a heater. Not a toll.
_NOT_WAR_GAS = re.compile(
    r"\b(?:tear[\s-]*gas\w*|dust\s*storms?|sand\s*storms?|heaters?|stoves?|carbon\s+monoxide)\b"
)
# Another source of choking in the sentence: the harm noun does not name the cause.
_OTHER_CHOKING = re.compile(r"\b(?:smoke|fire|fires|blaze|rubble|debris|dust)\b")
# A gas that is fuel: "affected by the gas shortage", "poisoned by gas heaters".
_FUEL_AFTER = re.compile(
    r"[\s-]+(?:shortages?|suppl(?:y|ies)|prices?|stations?|fields?|pipelines?|plants?|"
    r"cylinders?|bottles?|leaks?|explosions?|cuts?|crisis|outages?|tanks?|facilit(?:y|ies)|"
    r"compan(?:y|ies)|wells?|reserves?|production|exports?|imports?|heaters?|stoves?|masks?|"
    r"grenades?)\b"
)
# The victims of a status noun after it: "20 deaths among civilians".
_AMONG_AFTER = re.compile(r"\s+among\s+(?:the\s+)?")
_THE_AFTER = re.compile(r"\s+(?:the\s+)?")
# A running toll's verb, at the end of the text between "death toll" and the figure.
_TOLL_GAP = re.compile(
    r"(?:^|\s)(?:to|at|as|of|reached|reaching|hit|is|was|stands\s+at|stood\s+at|now)\s+"
    r"(?:(?:another|a\s+further|an\s+estimated|a\s+total\s+of|the|some)\s+)?$"
)
# Where a running toll names its victims: "the toll among children", "number of civilians",
# "the toll for Russian soldiers".
_TOLL_OF = re.compile(r" (?:of|among|for) ")
# Words that may stand between figure-without-victims and an after-trigger: "15 were killed".
_AUX_GAP = re.compile(
    r"(?:\s*,)?(?:\s+(?:were|was|have|has|had|been|being|are|is|be|also|reportedly|all|later|"
    r"subsequently|so|far|now|each|both|of|them|whom|who|allegedly|apparently|confirmed|"
    # "35 of the victims were found shot", "two of the wounded later died"
    r"of\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured)))*"
    r"\s*,?\s*"
)
# A determiner after a verb, which may open its object: "a sniper killed the driver".
_DETERMINER_AFTER = re.compile(r"\s(?:the|his|her|their|its)\s")
# Their first three letters.
_DETERMINER_HEADS = frozenset({"the", "his", "her", "its"})
# The words before where a body sits: "the monitor based in London".
_BASED_IN = ("based in ", "based in the ", "headquartered in ", "headquartered in the ")
# The words before the wounded named as a group: "two of the wounded later died".
_OF_THE = (" of the ", " of those ")
# Joins the parts of a conjoined victim list: "a woman and her three children".
_CONNECT_PLAIN = (
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+plus\s+)"
    r"(?P<owner>(?:his|her|their)\s+)?"
)
# The same with the whitespace before the comma or the word read by each branch, possessive:
# the plain opening "\s*" took every space and gave them back one by one to try the word
# branches after each (1,534 matches a pass, most failing: 4.5 -> 2.9 M instructions).
# tests/test_speed18_cas.py checks it against the plain pattern.
_CONNECT = re.compile(
    r"(?:\s*+,\s*(?:and\s+)?|\s++(?:and|as\s+well\s+as|plus)\s+)"
    r"(?P<owner>(?:his|her|their)\s+)?"
)
# Parts joined by a space alone, with the groups of _CONNECT (none of them filled).
_SPACE = re.compile(r"\s+(?P<owner>)")
# Opens a subset of the toll before it: "including 5 children", "among them seven children".
_INCLUDES_WORDS = (
    r"(?:including|among\s+them(?:\s+were)?|among\s+whom|of\s+whom|of\s+them|"
    r"among\s+those\s+killed|among\s+the\s+(?:dead|victims|killed)|mostly|mainly|"
    r"most\s+of\s+(?:them|whom)|many\s+of\s+them)\s*[,:]?\s+(?:(?:were|are)\s+)?"
)
_INCLUDES_PLAIN = r"\s*[,(-]?\s*" + _INCLUDES_WORDS
# What opens it is possessive: a space or mark given back is no word's first letter, so
# backtracking there (at every toll, nearly all failing) finds nothing: _INCLUDES_OR_GAP's
# 2.8 k matches a pass 11.8 -> 8.6 M instructions (tests/test_speed18_cas.py).
_INCLUDES = re.compile(r"\s*+[,(-]?+\s*+" + _INCLUDES_WORDS)
_INCLUDES_BEFORE_PLAIN = (
    r"(?:including|among\s+them(?:\s+were)?|among\s+whom|of\s+whom"
    r"|(?P<dead>among\s+(?:the|those)\s+(?:dead|victims|killed)(?:\s+(?:were|are))?"
    r"|(?:the|those)\s+(?:dead|victims|killed)\s+(?:[\w'-]+\s+){0,6}?(?:included|include|includes)"
    r"|(?:the|those)\s+(?:dead|victims|killed)\s+were"
    r"|(?P<follows>as\s+follows)))"
    r"\s*[,:]?\s+$"
)
# The same with every branch led by a literal, so that the engine skips in C to the
# characters a match can open with (i, a, o, t) instead of trying the pattern at each
# position of its 80-character window: 6.4 -> 2.5 M instructions a pass for its 255
# searches. "dead" was one group around four branches; each of them now ends in a named
# group of its own (``dead_a``, ``dead_t``, ``follows``) and no other branch holds one, so
# ``m.lastgroup is not None`` says what ``m["dead"] is not None`` said. The matches are
# the plain pattern's (tests/test_speed18_cas.py).
_INCLUDES_BEFORE = re.compile(
    r"(?:including|among\s+them(?:\s+were)?|among\s+whom|of\s+whom"
    r"|a(?P<dead_a>mong\s+(?:the|those)\s+(?:dead|victims|killed)(?:\s+(?:were|are))?)"
    r"|t(?P<dead_t>h(?:e|ose)\s+(?:dead|victims|killed)\s+"
    r"(?:(?:[\w'-]+\s+){0,6}?(?:included|include|includes)|were))"
    r"|as\s+follows(?P<follows>))"
    r"\s*[,:]?\s+$"
)


class _EndAnchored:
    """An end-anchored pattern ``(?:^|LEAD)BODY`` searched in a window before a word, where
    LEAD is one character class (holding no ")"). The stdlib engine skips ahead in C to the
    characters of a class that opens a pattern, but tries the whole pattern at every position
    of one that opens with ``(?:^|...)``: so BODY is matched alone at the text's start (the
    only place ``^`` holds, tried first as in the alternation), then LEAD + BODY searched.
    The matches and groups are the plain pattern's (tests/test_speed_cas.py)."""

    def __init__(self, pattern: str) -> None:
        lead, closed, body = pattern.removeprefix("(?:^|").partition(")")
        assert pattern.startswith("(?:^|"), pattern
        assert closed, pattern
        self.pattern = pattern
        self._led = re.compile(lead + body)
        self._first = re.compile(body)

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        if pos == 0:
            m = self._first.match(text, 0, endpos)
            if m is not None:
                return m
        return self._led.search(text, pos, endpos)


# A date right after a news agency's name or a page's date line (a byline: "AFP Saturday 21
# Feb 2015", "Date of publication 9 August 2016", "Last updated at ...") or after a
# reporting verb ("a monitoring group said Saturday", "told AFP on Monday") dates the
# telling: a toll takes it only when its sentence dates nothing else (_Assembler.__init__).
# Not lex.CUES's verbs: "reported" and "claimed" are left out, since "clashes were reported
# on Monday" dates the event.
_TELLING_WORDS = frozenset(
    "said says announced added stated confirmed afp reuters ap dpa xinhua anadolu "
    "publication published posted updated".split()
)


def _dates_the_telling(folded: str, at: int) -> bool:
    """Whether the date at ``at`` follows a word of _TELLING_WORDS, "told X" or "updated
    at", with "on" and a comma or colon allowed between (words read in the 30 characters
    before the date)."""
    words = folded[at - 30 if at > 30 else 0 : at].replace(",", " ").replace(":", " ").split()
    if words and words[-1] == "on":
        words.pop()
    if not words:
        return False
    last = words[-1]
    if last in _TELLING_WORDS:
        return True
    if len(words) < 2:
        return False
    return words[-2] == "told" or (last == "at" and words[-2] == "updated")


# An age after "aged": "aged 12", "aged 9 and 12" (the 12), "aged between 5 and 11".
_AGED_BEFORE = re.compile(r"(?<![\w])(?:aged|ages?)\s+(?:\d{1,3}\s*(?:,|and|or|to|-)\s*)*$")
_WORD_LAST = re.compile(r"[^\W\d_]+$")


def _is_age(
    text: str, folded: str, count: Count, locations: Sequence[Location], named_end: int = -1
) -> bool:
    """Whether ``count`` gives someone's age: after "aged" (or listed after a figure there),
    or in digits set off by commas after a person ("a man, 45,", "Ahmed Hassan, 45,"; not
    after a place: "In Douma, 12, including 3 children, ...", unless a person's name read
    before ends there, at ``named_end``: "Colonel Ibrahim Salloum, 52,")."""
    # Slice tests first: most figures asked about are no age (_Assembler._count_between).
    span = count.span
    start, end = span.start, span.end
    lo = start - 30 if start > 30 else 0
    window = folded[lo:start]
    if "age" in window and _AGED_BEFORE.search(folded, lo, start) is not None:
        return True
    if not (
        window[-2:] == ", "
        and folded[end : end + 1] == ","
        and count.surface.isdigit()
        and count.value is not None
        and count.value <= 120
    ):
        return False
    word = _WORD_LAST.search(folded, lo, start - 2)
    if word is None:
        return False
    return word.group() in _SINGULAR_VICTIMS or (
        text[word.start()].isupper()
        and (named_end == start - 2 or all(loc.span.end != start - 2 for loc in locations))
    )


# The words that list a figure after another: "aged 9 and 12".
_LIST_LAST = ("and", "or", "to")
# A figure after these words is not a toll: "regiment 16", "caliber 57", "aged 12".
_BLOCK_BEFORE = _EndAnchored(
    r"(?:^|[^\w])(?:regiment|brigade|battalion|division|caliber|calibre|resolution|number|no|"
    r"nos|gun|guns|route|highway|road|page|article|unit|aged|age|ages|list\s+of|flight|sector|"
    r"zone|exit|grade|class|type|model|squad|room|floor|building|house|channel|phase|"
    # People saved, even those hurt: "saved the lives of 100000 Syrians injured in bombings".
    r"sav(?:e|es|ed|ing)\s+the\s+lives?\s+of)"
    r"\s*[-#.:]?\s*$"
)
# The last words of _INCLUDES_BEFORE and _BLOCK_BEFORE: a cheap test before the search.
_INCLUDES_LAST = (
    *("including", "them", "were", "whom", "dead", "victims", "killed", "are"),
    *("included", "include", "includes", "follows"),
)
# "two people, one of them a child"
_LEAD_GAP = re.compile(r"\s*,?\s*")
# _INCLUDES, else _LEAD_GAP (which always matches), in one call: what _read_includes reads
# at every toll. The first branch is tried whole before the second, so the match is
# _INCLUDES's when it has one (group "includes" set), else _LEAD_GAP's.
_INCLUDES_OR_GAP = re.compile(f"(?P<includes>{_INCLUDES.pattern})|{_LEAD_GAP.pattern}")
_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\s*,?\s+(?:(?:was|were|is|are)\s+)?")
# A part of the toll: "five of the dead were children", "of those killed, six were children".
_OF_THE_DEAD = re.compile(r"\s+of\s+(?:the|those)\s+(?:dead|killed|victims)\s+(?:were|was|are)\s+")
# Also with the toll's figure or victims: "of the 52 killed", "of the civilians killed".
_OF_DEAD_BEFORE_PLAIN = (
    r"\bof\s+(?:the|those)\s+(?:[\d,]+\s+|[a-z]+\s+)?(?:dead|killed|victims)\s*,?\s+$"
)
# Led by its literal "of" (its "\b" read by a lookbehind after it), as _POINTED_BACK: the
# engine skips to each "of" (1.15 -> 0.26 M a pass for 236 searches).
_OF_DEAD_BEFORE = re.compile(
    r"of(?<=\bof)\s+(?:the|those)\s+(?:[\d,]+\s+|[a-z]+\s+)?(?:dead|killed|victims)\s*,?\s+$"
)
_WERE = re.compile(r"\s+(?:were|was|are)\s+")
# A toll's figure told again to open its breakdown: "of the 52 killed, 29 were civilians".
_THE_OR_THOSE = ("of the", "of those")
_TOLD_BACK = re.compile(r"\s+(?:people\s+)?(?:dead|killed|victims)\s*,")
# The words that may stand between a subject and its passive verb ("" for the spaces at
# either end of the gap).
_AUXILIARIES = frozenset({"", "was", "were", "has", "have", "had", "been", "reportedly"})
# A verb and its number: "a journalist and activist was killed" (one person; group 1).
_VERB_NUMBER = re.compile(r"\b(?:(was|is|has)|were|are|have)\b")
# A subset of the toll after it: "two medics among at least 31 dead".
_AMONG_COUNT = re.compile(r"\s+(?:(?:were|was|are|is)\s+)?among\s+(?:the\s+)?")
# Nouns that a victim noun only modifies: "a jihadist group", "two rebel positions".
_NOT_PERSONS = frozenset(
    """group groups organisation organization organizations faction factions movement
    alliance coalition front brigade brigades battalion battalions militia militias unit
    units position positions stronghold strongholds territory territories area areas
    region held controlled attack attacks offensive assault assaults fire shelling rocket
    rockets mortars shells bomb bombs car cars bus buses vehicle vehicles tank tanks convoy
    convoys camp camps base bases headquarters checkpoint checkpoints post posts outpost
    outposts village villages town towns city neighbourhood neighborhood neighbourhoods
    neighborhoods district districts enclave enclaves prison prisons hospital hospitals
    school schools homes home houses house building buildings targets target infrastructure
    gathering gatherings""".split()
)
_BLOCK_LAST = tuple(
    """regiment brigade battalion division caliber calibre resolution number no nos gun guns
    route highway road page article unit aged age ages of flight sector zone exit grade class
    type model squad room floor building house channel phase""".split()
)
# What may follow a figure that a before-trigger introduced, when no victim noun follows:
# "killing 13 in Aleppo", "kills six." Anything else ("captured 3 tanks") is not a toll.
_AFTER_BARE = re.compile(
    r"\s*(?:$|[.,;:!?)\"'\]\-|]|(?:in|on|at|near|and|or|while|when|after|during|as|with|from|"
    r"including|among|since|across|throughout|last|this|yesterday|today|overnight|early|late|"
    r"so|of\s+them|of\s+whom|others|more|inside|outside|around|following|amid|before|by|"
    r"according|according|the|a|an|according|said|says|reported|were|was|had|have)\b)"
)
_NEGATION = re.compile(
    r"""
    (?P<word>no\s+one|nobody|none|no|without)\s+
    (?:
      (?:(?:was|were|had\s+been|has\s+been|have\s+been|got|is|are)\s+)?
      (?:(?:reported(?:ly)?|immediately|seriously|badly|also)\s+){0,2}
      (?P<verb>killed|hurt|injured|wounded|harmed|died|dead)
    | (?:(?:reported|reports\s+of|immediate|human|civilian|military|further|other|any|serious|
          major|serious|known)\s+){0,3}
      (?P<noun>casualties|casualty|fatalities|deaths|injuries|victims|losses|dead|loss\s+of\s+life)
    | (?P<vnoun>civilians|soldiers|people|children|one)\s+(?:(?:was|were|had\s+been|have\s+been)\s+)
      (?:(?:reported(?:ly)?|immediately)\s+)?(?P<verb2>killed|hurt|injured|wounded|harmed)
    )\b
    """,
    re.VERBOSE,
)
_NEG_STATUS = {
    "killed": Status.KILLED,
    "died": Status.KILLED,
    "dead": Status.KILLED,
    "deaths": Status.KILLED,
    "fatalities": Status.KILLED,
    "loss of life": Status.KILLED,
    "hurt": Status.WOUNDED,
    "injured": Status.WOUNDED,
    "wounded": Status.WOUNDED,
    "harmed": Status.WOUNDED,
    "injuries": Status.WOUNDED,
}
_NEG_VICTIMS = {
    "civilians": VictimGroup.CIVILIANS,
    "civilian": VictimGroup.CIVILIANS,
    "children": VictimGroup.CHILDREN,
    "soldiers": VictimGroup.COMBATANTS,
    "military": VictimGroup.COMBATANTS,
}
# Article or possessive standing for one person: "a child", "an officer", "his wife", "the
# man's wife".
_ARTICLE = _EndAnchored(
    r"(?:^|[^\w'])(an?|another|his|her|its|their|[a-z]+'s)\s+"
    r"((?:(?!(?:an?|another|his|her|its|their)\s)[\w.'-]+\s+){0,3})$"
)
# The words that join two modifiers of one victim noun: "regime and rebel fighters".
_JOINS = frozenset({"and", "or"})
# Nouns that head a phrase after another victim noun: "regime forces members".
_HEAD_NOUNS = frozenset({"members", "member", "personnel", "elements", "fighters", "fighter"})
# Nouns that say only that their people belong to a body, whose kind then says who they are.
_MEMBER_NOUNS = ("members", "member", "personnel")
_PASSIVE = re.compile(r"\b(?:were|was|been|being|are|is|got)\b")
_AND = re.compile(r"\s+and\s+")
_FEMALE = re.compile(r"\b(?:female|woman)\b")
# A relative pronoun after some word of the gap (not right after the victims, as in "five
# civilians who were killed"): the verb that follows belongs to the noun before it.
_RELATIVE_IN_GAP = re.compile(r"\w\s+(?:that|which)\s")
_GAP_WORD = re.compile(r"[\w.'-]+|[^\s\w]")


def _gap_words(folded: str, start: int, end: int) -> list[str]:
    """``_GAP_WORD.findall(folded, start, end)``: the words split at whitespace when the
    gap holds only word characters, ".", "'" and "-" besides (no mark that stands alone),
    as most do; the engine tries each position of the gap (~7 k instructions a call, 925
    calls a pass) where a split and a test of the joined words take ~1 k. ``str.isalnum``
    and the pattern's word class (and ``str.split`` and its space class) test a character
    alike."""
    words = folded[start:end].split()
    joined = "".join(words)
    if joined.isalnum():
        return words
    rest = joined.replace("-", "").replace("'", "").replace(".", "").replace("_", "")
    if not rest or rest.isalnum():
        return words
    return _GAP_WORD.findall(folded, start, end)


# Every character str.isspace() accepts (tests/test_speed17_casrun.py checks the list against
# all of Unicode), and the marks that may stand between a figure and the word before it
# ("#3", "-5", "toll: 5"): what _read_toll strips off the words before a figure.
_WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_SPACES_AND_MARKS = _WHITESPACE + "-#.:,"
_QUOTES = frozenset("\"'")  # around a quoted figure: left "nearly 50" soldiers dead
_ORDINAL_OR_AGE = re.compile(r"\d+(?:st|nd|rd|th|-year-old|-years-old)|year-old")
_POSSESSIVE_BODY = re.compile(r"'s?\s+(?:bodies|body|corpses|corpse)\b")
_OF_FAMILY = re.compile(
    r"\s+of\s+(?:a|an|one|the|his|her|their)\s+"
    r"(?:(?:same|single|entire|whole|extended|large|local|displaced)\s+)?famil(?:y|ies)\b"
)
# Where the victims came from, read with them: "five people from one family", "seven
# civilians from the same village" (a place named there is read with _Assembler._from_place).
_FROM_HOME = re.compile(
    r"\s+from\s+(?:a|an|one|the|his|her|their)\s+(?:(?:same|single|entire|whole|extended|"
    r"large|local|displaced|nearby|neighbou?ring)\s+)?(?:famil(?:y|ies)|household|village|"
    r"town|city|neighbou?rhood|area|camp|district|region|province|governorate)\b"
)
# Between a home and the next place: no full stop, and no list joining them.
_NO_STOP_OR_LIST = re.compile(r"(?![\s,]*(?:and|or)\s)[^.;]*")
# A speech verb after a phrase set off by a comma, a few plain words on: "..., a local
# activist said", "..., a doctor in Douma told AFP".
_SPEAKER_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,4}?\s+(?:said|says|say|told|tells|reported|reports|added|confirmed|"
    r"stated|explained)\b"
)
# Further than any source's name is long plus the 60 characters a speech verb may follow it.
_SOURCE_REACH = 300
# The most parts one toll reads: a list of victims longer than this is no one toll's (and
# each part's perpetrator is read against every part's words).
_MOST_PARTS = 8
# One or two modifiers of a figure, then the join to the next figure: "two Syrian and
# three Russian soldiers".
_SHARED_REACH = 40  # the most characters between the figure and the next: two words, a join
# The runs are possessive: a word cut short is followed by a word character, which neither
# a further word nor the join can open with, so backtracking into them finds nothing (and
# cost ~10 k instructions a failed match: 1.65 -> 0.66 M a pass for 154 matches).
_SHARED_JOIN_PLAIN = r"(?:\s+[\w-]+){1,2}?(?P<join>\s*,\s*|\s+and\s+|\s+or\s+)"
_SHARED_JOIN = re.compile(r"(?:\s++[\w-]++){1,2}?(?P<join>\s*,\s*|\s+and\s+|\s+or\s+)")
# The side fighters are loyal to, after their noun: an actor, or the government by a word
# that names no actor here.
_LOYAL_TO = re.compile(
    r"\s+(?:loyal|affiliated|allied)\s+to\s+(?:the\s+)?(?:syrian\s+)?"
    r"(?P<gov>(?:regime|government|president\s+bashar\s+al-assad|assad)\b)?"
)
# A figure's place or day, with no victims between ("15 in Manbij", "9 on Tuesday"), and what
# stands between a toll (or such a figure) and the next: the toll's own place or day, a comma
# or "and" ("... killed in raids, 15", "... on Monday and 9").
_ELIDED_AT = re.compile(r"\s+(?P<at>in|on|at|near)\s+")
_ELIDED_PREPOSITIONS = (" in", " on", " at", " near")  # _ELIDED_AT's usual openings
_ELIDED_GAP = re.compile(
    r"\s+(?P<at>in|on|at|near)\s+(?P<what>[^,.;:]{1,40}?)(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"|\s*,\s*"  # "killed 21 civilians, 15 in Manbij"
)
# "four of his men": people named by whose they are.
_OF_OWNER = re.compile(r"\s+of\s+(?:his|her|their)\s")
_OF_HIS = re.compile(r"\s+of\s+(?:his|her)\s")
# An attack named as one told before: "that attack", "those raids", "the same strike".
_POINTED_BACK_PLAIN = (
    r"\b(?:that|those|the\s+same)\s+(?:chemical\s+|gas\s+|sarin\s+)?(?:attacks?|strikes?"
    r"|raids?|bombings?|massacres?|assaults?|shelling|explosions?|blasts?)\b"
)
# The same led by the literal "th" that all three openers share, its "\b" read by a
# lookbehind after it: a pattern led by "\b" is tried at every position of the window
# (~700 searches a pass over a toll's sentence head), one led by a literal skips ahead to each
# "th" in C. The matches are the same (tests/test_speed18_cas.py).
_POINTED_BACK = re.compile(
    r"th(?<=\bth)(?:at|ose|e\s+same)\s+(?:chemical\s+|gas\s+|sarin\s+)?(?:attacks?|strikes?"
    r"|raids?|bombings?|massacres?|assaults?|shelling|explosions?|blasts?)\b"
)
_AND_HIS = (" and his ", " and her ")
# "the rebel commander and (his) ...": "the", up to three words, a noun (checked to be a
# singular victim noun by the lexicon), then "and" and "his"/"her" or the figure.
# Led by the literal (its word boundary read behind it), so the engine skips to each "the".
_THE_ONE_AND = re.compile(
    r"the(?<![\w-]the)\s+(?P<mods>(?:[a-z-]+\s+){0,3}?)(?P<head>[a-z]+)\s+and\s+"
    r"(?:(?:his|her)\s+)?$"
)
# The same before a passive verb: "the commander was killed along with his wife".
_THE_ONE_BEFORE = re.compile(
    r"the(?<![\w-]the)\s+(?P<mods>(?:[a-z-]+\s+){0,3}?)(?P<head>[a-z]+)\s+"
    r"(?:was|has\s+been|had\s+been)\s+$"
)
# What must follow the victims of a verb that kills only so: "beat two men to death".
_TO_DEATH = re.compile(r",?\s+(?:to\s+death|alive)\b")
_OF_ACTOR = re.compile(r"\s+of\s+(?:(?:the|his|her|their|its|these|those)\s+)?")
# The group combatants belong to, after their noun: "20 fighters of the Free Syrian Army",
# "ten fighters from the Nusra Front", "eight militants of the so-called Jaish al-Fatah".
_OF_GROUP = re.compile(
    r"\s+(?:of|from)\s+(?:(?:the|his|her|their|its|these|those)\s+)?(?:so-called\s+)?"
)
# A word of an armed group's backers before its name: "the Turkish-backed Syrian National Army".
_BACKED = re.compile(r"[a-z][a-z.]*-(?:backed|led|allied|affiliated|linked|supported|sponsored)\s+")
# "a member of the local council", "members of the city council": a civil council's members
# are civilians (a "military council" is an armed group's and is not matched here).
_OF_CIVIL_COUNCIL = re.compile(
    r"\s+of\s+(?:the|a|an|its|their)\s+(?:local|city|town|village|municipal|provincial)"
    r"\s+councils?\b"
)
# "a family of five", "killing its crew of four": the figure counts the family (people) or
# the crew (combatants: an aircraft's or a tank's).
# Kin named by whose they are, before the figure of those: "the families of five rebels".
_KIN_OF = tuple(
    f"{kin} of"
    for kin in """families relatives wives widows husbands parents mothers fathers sons
    daughters orphans kin kinsmen""".split()
)
_MEMBERS = (" people", " persons", " members")  # "two families of 12 people": their members
_FAMILY_OF = re.compile(
    r"(?:(?:an?|the|one|an\s+entire|its|their)\s+)?(?:famil(?:y|ies)|(?P<crew>crews?))\s+of\s+$"
)
# A name before a passive toll verb (matched in the text as given: capitals matter).
_NAME_WORD_FORM = r"(?:[A-Z][\w'.-]*|(?:al|el|bin|ibn|abu|bint|de|van)(?:-[\w'.-]+)?)"
# A person's name between a verb and a comma, as written: "killed Abu Omar al-Shishani, a
# senior IS commander" (_Assembler._named_object); a first capital, then up to five words.
_NAMED_OBJECT = re.compile(rf"\s+[A-Z][\w'.-]*(?:\s+{_NAME_WORD_FORM}){{0,5}},\s")
_NAME_REACH = 60
# A person's age set off by commas after the name: "Ahmed Hassan, 45, was killed".
_AGE_AFTER_NAME = re.compile(r",\s\d{1,3},")
# A name and the verb, its age between them or not: "Ahmed Hassan, 45, was".
_NAME_BEFORE = re.compile(
    r"(?<![\w'-])(?P<name>(?:" + _NAME_WORD_FORM + r"\s){0,5}" + _NAME_WORD_FORM + r")"
    r"(?:\s|,\s\d{1,3},\s)"
    r"(?:was|has\s+been|had\s+been)\s+$"
)
# NOTE: _NAME_BEFORE's name words that are not capitalised (a cheap test before its search).
_NAME_PARTICLES = ("al", "el", "bin", "ibn", "abu", "bint", "de", "van")


def _may_name_before(window: str) -> bool:
    """False when _NAME_BEFORE cannot match at the end of ``window``: a match ends it with
    "was" or "has/had been" as whole chunks, after a name word that ends the chunk before
    them and opens with a capital or is a particle of _NAME_PARTICLES, alone or before a
    hyphen; a chunk in lower case throughout, without a hyphen and not ending in a particle
    holds none ("a child was killed", "people have been"). The search costs ~21 k
    instructions a window (174 a pass, 6 matches, 166 ruled out here), this test ~1 k."""
    chunks = window.rsplit(None, 3)
    if len(chunks) >= 2 and chunks[-1] == "was":
        name = chunks[-2]
    elif len(chunks) >= 3 and chunks[-1] == "been" and chunks[-2] in ("has", "had"):
        name = chunks[-3]
    else:
        return False  # "have been": no "was" or "has/had been" after a word ends the window
    return not name.islower() or "-" in name or name.endswith(_NAME_PARTICLES)


# A name right before its toll verb, no auxiliary between: a headline's passive ("Zahran
# Alloush killed in Russian air strike") or a verb of dying ("Zahran Alloush died in ...").
_NAME_BARE = re.compile(
    _NAME_BEFORE.pattern.replace(r"(?:\s|,\s\d{1,3},\s)(?:was|has\s+been|had\s+been)\s+$", r"\s$")
)
# After a headline's passive verb: where, by whom, how or when, or the line's end ("Zahran
# Alloush killed in", "... killed, say rebels"); not an object ("Assad killed hundreds").
_HEADLINE_PASSIVE = re.compile(
    r"(?:\s+(?:in|by|near|at|during|as|when|after|amid|on|while|outside|inside|east|west|"
    r"north|south|northeast|northwest|southeast|southwest)\b|\s*(?:[,.:;!?(\[-]|$))"
)
# Counts of one person whose group and side _Assembler.named_groups keeps.
_NAMED_RULES = frozenset({"count.named", "count.bare"})
# How far into its sentence a headline's bare victim noun may stand ("Top Hezbollah commander").
_BARE_REACH = 40
# Verbs of dying after a name: intransitive, read wherever the name stands.
_DYING = frozenset({"died", "dies", "perished", "succumbed"})


def _may_end_name(text: str, verb: int) -> bool:
    """Whether the word before a lower-case verb at ``verb`` may close a name as _NAME_BARE
    reads one: capitalised or hyphenated ("Zahran Alloush killed", "Abu Omar al-Tunisi
    died"; not "were killed"). A cheap test before its search."""
    space = verb - 1
    at = text.rfind(" ", space - 24 if space > 24 else 0, space) + 1
    return (
        text[space:verb] == " "
        and (text[at : at + 1].isupper() or "-" in text[at:space])
        and text[verb : verb + 1].islower()
    )


# The same before "and" and a figure: "Zahran Alloush and five of his aides".
# Also before "and his" or "and her" and the figure: "Sara Ali and her two daughters".
_NAME_AND = re.compile(
    _NAME_BEFORE.pattern.replace(r"(?:was|has\s+been|had\s+been)", r"and(?:\s+(?:his|her))?")
)
_NAME_WORD = re.compile(r"[\w'.-]+")
_WORD_BEFORE_NAME = re.compile(r"([a-z]+)\s+$")
_RANKS = frozenset(
    """colonel col. general gen. brigadier lieutenant lt. captain capt. major sergeant
    commander officer emir""".split()
)
_PARTICLES = frozenset("al el bin ibn abu bint de van".split())
# Capitalised words that open a sentence or name a time, not a person.
_NOT_NAME_WORDS = frozenset(
    """the a an on in at and but as after before when while this that his her their its one
    no nobody another every each some both he she it they later meanwhile also monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july
    august september october november december yesterday today""".split()
)
# Words that may open a headline before a name ("Jaish al-Islam leader", "senior rebel
# commander", "Syrian army Colonel"), with the actors and places there.
_OPENING_WORDS = _SINGULAR_VICTIMS | lex.MODIFIERS | _RANKS | _NOT_NAME_WORDS
_START_OF = attrgetter("start")
# "to" before a toll verb: an intent, not a toll ("threatened to kill 5").
_INFINITIVE = re.compile(r"(?:^|[^\w-])to\s+$")
# A modal perfect before a verb: "could have killed", "would not have been killed".
_UNREAL_BEFORE = re.compile(r"\b(?:could|would|should)(?:\s+not|n't)?\s+have\s+(?:been\s+)?$")
# One person as the object of a toll verb: "killing him", "wounded her". Not "her husband"
# (a possessive) nor "him and his brother" (read as a list).
_HIM_OR_HER = re.compile(
    r"\s+(him|her)(?=\s*(?:[.,;:!?)\"']|$)|\s+(?:in|on|at|near|while|when|after|as|during|"
    r"outside|inside|before|by|overnight|yesterday|today)\b)"
)
_PRONOUN_OBJECT = re.compile(r"\s+(?:him|her|them|it|dozens|scores|hundreds|a|an|his|their)\b")
_PRONOUN_SOURCE = _EndAnchored(
    r"(?:^|\s)(?:it|he|she|they|the\s+group|the\s+source|the\s+monitor|the\s+observatory)\s*,?\s*$"
)
_STATUS_AFTER_COUNT = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:wounded|injured|hurt|dead|killed|missing|others\s+(?:wounded|injured))\b"
)


# Around an actor that did not attack.
# "IS-held Raqqa", "the jihadist-controlled town", "Daesh's stronghold".
_HOLDER_AFTER = re.compile(
    r"(?:'s?|s)?(?:-|\s+)(?:held|controlled|run|besieged|dominated|occupied|administered|"
    r"stronghold|strongholds|bastion|de\s+facto)\b"
)
# "raids on ISIL positions", "an IS training camp", "in IS town". The word that may stand
# between is no verb: "Israeli jets struck targets near Damascus" did the striking.
_TARGET_AFTER = re.compile(
    r"(?:'s?|s)?\s+(?:(?![a-z]+(?:ing|ed)\b|(?:struck|hit|hits|shot|took|fought|overran)\b)"
    r"[a-z-]+\s+)?(?:positions?|town|towns|"
    # "ISIS targets in Raqqa" names a target; "the air force targets ISIS" does violence.
    r"targets?(?=\s+(?:in|near|on|of|at|across|around|and|or|inside|outside|north|south|east|"
    r"west|with|from|to|were|was|have|has|had|[a-z]+ing)\b|\s*[^\w\s]|\s*$)|"
    r"village|villages|city|"
    r"areas?|region|territory|camps?|bases?|headquarters|command\s+cent(?:er|re)|"
    r"checkpoints?|posts?|outposts?|hideouts?|convoys?|depots?|facilities|prison|hometown|"
    r"heartland|district|neighbou?rhoods?|province)\b"
)
# The verbs of bringing an aircraft down, told before it: one list for the aircraft that is
# no weapon (_DOWNED_BEFORE) and for its owner, who is the target (_TARGET_BEFORE).
_DOWNING = (
    r"shot\s+down|shoot\s+down|shoots\s+down|shooting\s+down|brought\s+down|bring\s+down|"
    r"brings\s+down|bringing\s+down|downed|downing(?:\s+of)?"
)
# Searched in a 60-character window before an actor: an _EndAnchored, led by its class (a
# plain pattern opening with ``(?:^|...)`` is tried at every position of the window).
_TARGET_BEFORE = _EndAnchored(
    r"(?:^|[^\w-])(?:on|against|targeting|targeted|targets|target|hit|hits|hitting|struck|"
    r"striking|pound|pounds|pounded|pounding|bombed|bombarded|shelled|attacked|attacking|"
    r"fighting|fight|fought|battling|destroyed|destroying|including|held\s+by|"
    r"controlled\s+by|run\s+by|besieged\s+by|stronghold\s+of|bastion\s+of|capital\s+of|"
    r"territory\s+of|(?:re)?taken\s+from|(?:re)?captured\s+from|seized\s+from|"
    r"(?:re)?taken\s+by|(?:re)?captured\s+by|seized\s+by|liberated\s+by|"
    rf"{_DOWNING}|"
    r"(?:branch|branches|headquarters|office|offices|building|base|convoy)\s+of|"
    r"alongside|versus|vs|between|among|possible|potential|feared|expected|planned|"
    r"threatened|future)\s+"
    r"(?:(?:the|a|an|its|their|so-called|several|both|positions\s+of|jihadist|extremist|"
    r"militant|terrorist)\s+){0,3}$"
)
# NOTE: the last words of every branch of _TARGET_BEFORE (a cheap test before its search).
_TARGET_LAST = tuple(
    """on against targeting targeted targets target hit hits hitting struck striking pound
    pounds pounded pounding bombed bombarded shelled attacked attacking fighting fight fought
    battling destroyed destroying including by of from down downed downing alongside versus vs
    between among
    possible potential feared expected planned threatened future the a an its their
    so-called several both jihadist extremist militant terrorist""".split()
)
# "the Russian army said", "Russia says", "opposition groups say", "X (XYZ) accused".
_SAYS_AFTER = re.compile(
    r"(?:'s?|s)?(?:\s+(?:has|have|had|also|later|on\s+[a-z]+|[a-z]+day|\d+|statement|in\s+a|"
    r"ministry|of|defence|defense|foreign|spokesman|spokeswoman|spokesperson|official|"
    r"officials|command|general|staff|media|office|sources?|source|\([\w.' -]{1,20}\)))*"
    r"\s*,?\s+(?:said|says|say|saying|told|tells|reported|reports|announced|stated|added|"
    r"accused|accuses|accusing|blamed|blames|denied|denies|(?:claimed|claims)\s+that)\b"
)
# An actor that tells what its own forces or weapons did ("Russia said its jets killed 120
# militants") owns them: it does not only report, and may be the toll's agent.
# What may stand between an active toll verb and its subject: "the coalition has killed",
# "regime forces reportedly killed" (fullmatch of the gap).
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had|also|reportedly|allegedly|again)\s+)*")
# Before an actor, words that make it no lone subject: the object of a preposition
# ("backed by Syrian rebels", "clashed with the terrorists") or the second of two agents
# ("the Assad regime and its ally Russia", "Russian and regime warplanes").
_NOT_LONE_SUBJECT = _EndAnchored(
    r"(?:^|[^\w])(?:by|with|against|of|on|from|for|to|and|or|nor|and\s+its\s+allies|"
    r"and\s+its\s+ally|and\s+their\s+allies|and\s+allied)\s+(?:the\s+)?$"
)
_SAYS_OWN = re.compile(
    _SAYS_AFTER.pattern
    + r"\s+(?:that\s+)?(?:(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:aircraft|warplanes|jets|planes|"
    r"drones|helicopters|forces|troops|soldiers|units|fighters|strikes|airstrikes|raids|"
    r"artillery)\b"
    # "the ministry said it had killed 600 militants": the speaker is the subject of the toll
    # verb (at the end when the match is bounded by the toll's start).
    r"|(?:it|they)\s+(?:(?:had|has|have)\s+)?(?:also\s+)?"
    r"(?:$|(?=kill|execut|shot|wound|destroy|eliminat|neutrali)))"
)
# A sentence that opens on another event or time: its weapon is not the toll's before it.
_NEW_EVENT = re.compile(
    r"(?:elsewhere|meanwhile|separately|in\s+(?:another|a\s+separate)|also|earlier|later"
    r"|on\s+\w+day)\b"
)
# Between a toll and the cause its own words name: "killed in an air strike", "dead in
# Russian raids", "were killed on Sunday by regime shelling".
_ATTACHED_CAUSE = re.compile(
    r"(?:\s+(?:on|early|late|last)\s+[\w-]+)?\s+(?:in|by|from|during|under|amid)\s+"
    r"(?:[\w'.-]+\s+){0,3}"
)
# After the victims of an active toll, a participle telling what they were doing ("killing 18
# rebels fighting against IS", "killing five men fleeing the town") describes the victims: its
# fighting says nothing of how they died.
_VICTIMS_DOING = re.compile(
    r"\s+(?:fighting|battling|defending|fleeing|trying|attempting|working|guarding|manning)\b"
    r"[^,;:.]*"
)
# A weapon that says what a strike was: "a strike with a barrel bomb", "jets dropping".
_WEAPON_OF = re.compile(
    r"\s+(?:with|using|carrying|dropping|firing|loaded\s+with)\s+(?:[\w'.-]+\s+){0,2}"
)
# "The siege" alone frames a battle ("rebels fought to break the siege") and kills no one by
# itself: it names no cause in another sentence (_names_cause) or in a lead (_lead_best).
_FRAMING_SIEGE = "siege"
# "Raid" alone is an air raid unless "the raid" retells a raid on the ground told before.
_BARE_RAIDS = frozenset({"raid", "raids"})
# An owner before a figure ("her three children") or standing for one ("his wife").
_OWNERS = frozenset({"his", "her", "their"})
_OWNED_BY = tuple(owner + " " for owner in _OWNERS)
# The statuses no weapon brings about (_build).
NO_WEAPON = frozenset({Status.ARRESTED, Status.ABDUCTED, Status.RELEASED})
# A rank, not a figure: "the toll was one of the highest of the war".
_RANKED = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:[a-z]+est|most|worst)\b")
# A determiner that makes "the bombing", "this blast" retell an attack named before.
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that)\s+$")
# Weapons whose attack a later "the bombing" or "the blast" may stand for.
_EXPLOSIVE_CAUSES = frozenset(
    {
        Cause.AIRSTRIKE,
        Cause.BARREL_BOMB,
        Cause.SHELLING,
        Cause.ROCKET,
        Cause.MISSILE,
        Cause.CAR_BOMB,
        Cause.SUICIDE_BOMBING,
        Cause.IED,
        Cause.LANDMINE,
    }
)
# What "the raid" may retell: a raid from the air, or one on the ground (fighting, gunfire).
_RAID_CAUSES = frozenset(
    {Cause.AIRSTRIKE, Cause.BARREL_BOMB, Cause.MISSILE, Cause.CLASHES, Cause.GUNFIRE}
)
_BOMB_WORDS = frozenset({"bombing", "bombings", "bomb", "bombs"})
_AIR_OWNER_BEFORE = re.compile(
    r"\b(?:regime|regimes|regime's|russian|russia's|russias|assad|assads|assad's|government|"
    r"aerial|air|warplanes?|jets?|planes?|aircraft|coalition|us-led|u\.s\.-led)"
    r"(?:\s+(?:and|or)\s+[a-z'-]+)?(?:\s+(?:heavy|intense|intensive|continued|ongoing|"
    r"indiscriminate|relentless|renewed))?\s+$"
)
_COUNTED_GAP = frozenset(
    {"and", "of", "them", "the", "alleged", "suspected", "whom", ",", "both", "including", "mostly"}
)
_TAG_BREAK = frozenset(
    "a an the was were is are has have had on at to by with from said says killed".split()
)
# "a Russian military helicopter was shot down": the aircraft is the victim.
_DOWNED_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}\s+(?:(?:was|is|has\s+been|had\s+been)\s+)?"
    r"(?:shot\s+down|brought\s+down|went\s+down|downed|crashed|crashes|crash)\b"
)
# An aircraft brought down, told before it: "rebels shot down a government jet", "the
# downing of a Russian helicopter" (searched in a short window before the aircraft's word).
_DOWNED_BEFORE = re.compile(rf"\b(?:{_DOWNING})\s+(?:[a-z-]+\s+){{0,3}}$")
# Any of the four: one anchored match instead of four (the last, an aircraft brought down,
# named: it holds only when an aircraft is named, see _not_agent).
_NOT_AGENT_AFTER = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_HOLDER_AFTER, _TARGET_AFTER, _SAYS_AFTER))
    + f"|(?P<downed>{_DOWNED_AFTER.pattern})"
)
# NOTE: what a match of _NOT_AGENT_AFTER after a space needs, for a cheap test before it
# (_not_agent_after; 536 of its 562 calls a pass miss): "down" or "crash" in its first six
# words (_DOWNED_AFTER's verbs), or a place noun of _TARGET_AFTER as its first or second
# word, or a word of _HOLDER_AFTER first, or _SAYS_AFTER's verb after a run of its fillers
# (these sets; "on" and "in" take the word after them, "[a-z]+day" is one).
# tests/test_speed19_cas.py checks the gate against the match.
_TARGET_NOUNS = frozenset(
    """position positions town towns target targets village villages city area areas region
    territory camp camps base bases headquarters command checkpoint checkpoints post posts
    outpost outposts hideout hideouts convoy convoys depot depots facilities prison hometown
    heartland district neighborhood neighborhoods neighbourhood neighbourhoods
    province""".split()
)
_TARGET_NOUN_HEADS = tuple(sorted(_TARGET_NOUNS))
_HOLDER_OR_TARGET_FIRST = _TARGET_NOUNS | frozenset(
    """held controlled run besieged dominated occupied administered stronghold strongholds
    bastion de""".split()
)
_SAYS_FILLERS = frozenset(
    """has have had also later statement ministry of defence defense foreign spokesman
    spokeswoman spokesperson official officials command general staff media office sources
    source""".split()
)
_SAYS_VERBS = frozenset(
    """said says say saying told tells reported reports announced stated added accused accuses
    accusing blamed blames denied denies claimed claims""".split()
)
# Closes a toll's subsets and joins the next part of the toll: "23 civilians (including nine
# children) and 16 fighters", "- including nine children - and".
_CLOSE_CONNECT = re.compile(r"\s*(?:[-)]+\s*,?|,)\s*(?:and|as\s+well\s+as|plus)\s+")
_CLOSE = re.compile(r"\s*[-)]+(?=\s)")
# Toll triggers that are nouns ("the deaths of", not "claimed the lives of"): the actor
# before them is not their verb's subject.
_NOMINAL_TRIGGERS = tuple(
    w
    for w, t in lex.TRIGGERS.items()
    if t.before and not t.after and w.endswith(" of") and not w.startswith("claim")
)
# Words of those who react to deaths, not cause them: "mourned", "condolences over"; read in
# the last _REACTION_REACH characters before the noun, where its verb stands.
_REACTION = re.compile(
    r"\b(?:mourn\w*|condolences?|condemn\w*|denounc\w*|deplor\w*|lament\w*|regrets?|"
    r"regretted|grie(?:f|ved?|ving)|sorrow|sympath\w*|tribute|protest\w*|investigat\w*)\b"
)
_REACTION_REACH = 50
# Who the blame is put on is the agent, not a target ("the attack the West blames on Assad",
# "blamed the chlorine attack on the regime").
_BLAME_ON = r"\b(?:blames?|blamed|blaming|the\s+blame)\s+(?:[a-z-]+\s+){0,3}?on\s+(?:the\s+)?$"
_BLAMED_ON = re.compile(_BLAME_ON)
_BY_AGENT = re.compile(
    r"\b(?:killed|wounded|injured|targeted|attacked|hit|shelled|bombed|bombarded|struck|"
    r"pounded|executed|shot|murdered|massacred|carried\s+out|launched|fired|dropped|"
    r"abducted|kidnapped|arrested|detained|planted|placed|laid|beheaded|slain|assassinated|"
    r"slaughtered|hanged|tortured|death|"  # "beaten to death by", "stoned to death by"
    r"conducted|perpetrated|committed|claimed|caused|attacks?|strikes?|airstrikes?|raids?|"
    r"bombings?|shelling|fire|bombardment|offensive|assault|campaign|onslaught)"
    # "by regime forces", "by the Russian and regime forces", "by forces loyal to Assad", "a
    # bomb planted by an unidentified armed group"
    r"(?:\s+[a-z0-9-]+){0,3}\s+by\s+"
    r"(?:the\s+|an?\s+|(?:two|three|four|five|several|\d{1,2})\s+)?(?:[a-z-]+\s+and\s+)?"
    r"(?:(?:forces|troops|militias?|militiamen|fighters|gunmen|units)\s+"
    r"(?:loyal|affiliated)\s+to\s+(?:the\s+)?(?:syrian\s+)?)?$"
    r"|\b(?:clashes|clash|clashing|fighting|battles?|firefights?|confrontations?)\s+with\s+"
    r"(?:the\s+)?$"
    r"|" + _BLAME_ON
)
# NOTE: the last words of _BY_AGENT's branches
# (" a" and " an" with their space: a bare "a" would let through every window that ends in
# a word ending in "a", "Daraa", "Raqqa".)
_BY_LAST = ("by", "with", "on", "the", " a", " an", "and", "to", "syrian", "two", "three")
_BY_LAST += ("four", "five", "several", *"0123456789")
# What an actor claims when it claims an attack: "claimed the bombing", "claimed both blasts".
_CLAIMED_DEED = (
    r"(?:the|this|that|both|these|those)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:attacks?|bombings?|blasts?|explosions?|assault|ambush|killings?|massacre|operation)"
)
_ACTS_AFTER = re.compile(
    # "SNA fighters, who operate under OPS, shelled": a relative clause between commas.
    r"(?:'s?|s)?(?:,\s+(?:which|who)\s+[^,.;]{1,60},)?"
    r"(?:\s+(?:has|have|had|also|reportedly|allegedly|again|then|on\s+[a-z]+|"
    r"[a-z]+day|overnight|have\s+been|has\s+been))*\s+"
    r"(?:carried\s+out|launched|launch|launches|fired|fire|fires|dropped|drop|drops|shelled|"
    r"shell|shells|bombed|bomb|bombs|bombarded|bombard|pounded|pound|pounds|hit|hits|struck|"
    r"strike|targeted|target|targets|attacked|attack|attacks|raided|stormed|killed|kill|"
    r"kills|executed|execute|executes|shot|opened\s+fire|detonated|blew\s+up|used|uses|"
    # Past forms only ("rebels overran the base"): "a regime assault", "a rebel ambush"
    # name no one who acts.
    r"overran|overrun|ambushed|assaulted|seized|captured|massacred|slaughtered|beheaded|"
    r"abducted|kidnapped|"
    r"(?:claimed|claims|claiming)\s+(?:responsibility|" + _CLAIMED_DEED + r")|"
    # "the regime was responsible for the attack", "IS is behind the bombing", "rebels could
    # be responsible for the attack"
    r"(?:was|were|is|are|(?:could|may|might|must|would)\s+(?:also\s+)?(?:have\s+been|be))\s+"
    r"(?:(?:likely|probably|most\s+likely|directly|also)\s+)?"
    r"(?:responsible\s+for|behind)|bears?\s+(?:the\s+)?(?:primary\s+)?responsibility)\b"
)
# Verbs of _ACTS_AFTER that are also a headline's passive, and what follows them then.
_PARTICIPLES = ("killed", "executed", "shot", "beheaded", "abducted", "kidnapped", "captured")
_PASSIVE_AFTER = re.compile(r"\s+(?:in|by|near|during|amid|while|after|when|at|on)\b")
# "Russian and regime airstrikes": the first owner of a pair.
_PAIR_AFTER = re.compile(
    r"\s+(?:and|or)\s+(?:[\w.'-]+\s+){1,2}(?:strikes?|airstrikes?|air\s+strikes?|raids?|"
    r"warplanes?|jets?|bombing|bombings|shelling|bombardment|helicopters?|aircraft)\b"
)
_ACCUSED_BEFORE = re.compile(
    r"\b(?:accused|accusing|accuses|blamed|blaming|blames|condemned|condemning)\s+(?:the\s+)?$"
)
_ACCUSED_LAST = (
    *("accused", "accusing", "accuses", "blamed", "blaming", "blames", "condemned"),
    *("condemning", "the"),
)
# What an owner's weapon may be called after its name: "IS group suicide blast".
_WEAPON_AFTER = re.compile(
    r"(?:'s?|s)?\s+(?:(?:suicide|car|rocket|mortar|chemical|gas|drone|missile|air|aerial)\s+)?"
    r"(?:blast|blasts|bombing|bombings|bomb|bombs|attack|attacks|strike|strikes|airstrike|"
    r"airstrikes|shelling|shells|raid|raids|ambush|bombardment)\b"
)
# An attack of ground forces named by its owner, who acts in it: "an IS counterattack", "a
# rebel assault". No weapon of a kind (weapon_agent reads _WEAPON_AFTER alone).
_ASSAULT_AFTER = re.compile(
    r"(?:'s?|s)?\s+(?:assaults?|offensives?|counter-?attacks?|counter-?offensives?)\b"
)
# Attackers named by their side and acting in the next words: "a regime sniper shot dead a
# boy", "two IS gunmen killed three civilians" (the noun may be the actor's own words). The
# figure counts the attackers, so the side is the agent; not in a headline's passive ("Three
# IS gunmen killed in Raqqa": a place, a day or a cause follows the verb).
_ATTACKER_ACTS = re.compile(
    r"(?:'s?|s)?\s+(?:(?:snipers?|gunm[ae]n|assailants?|attackers?|militiam[ae]n)\s+)?"
    r"(?:(?:has|have|had|also|reportedly|allegedly)\s+)*"
    r"(?:killed|kills|shot\s+dead|shoots\s+dead|shot|shoots|executed|executes|stabbed|stabs|beheaded|beheads|"
    r"opened|opens|stormed|storms|attacked|attacks|targeted|targets)"
    r"\s+(?!(?:in|on|by|at|near|during|after|when|as|while|and|or|from|since|amid|over|"
    r"following|overnight|today|yesterday|[a-z]+day|injured|wounded|dead)\b)[a-z0-9]"
)
_NAMED_AS = re.compile(
    r"\s+(?:from|of|belonging\s+to|affiliated\s+(?:to|with)|linked\s+to)\s+(?:the\s+)?"
)
# An actor named by the weapon it owns: "Russian strikes", "regime barrel bombs".
_WEAPON_END = re.compile(
    r"(?:strikes?|raids?|warplanes?|jets?|aircraft|planes?|helicopters?|drones?|missiles?|"
    r"bombings?|bombardment|shelling|shells|artillery|fire|rockets|mortars|bombs?|bombers|"
    r"air force)$"
)


class _Lex(NamedTuple):
    """The lexicon hits of one document: per category, sorted (start, end, payload, key)."""

    hits: dict[str, list[tuple[int, int, object, str]]]
    starts: dict[str, list[int]]


_Alt = tuple[tuple[str, ...], object, str]
_Single = tuple[str, object, str]  # (category, payload, phrase)
_Multi = tuple[str, tuple[_Alt, ...], tuple[object, str] | None]
# Per third word, the phrases per category that may still match (see _by_third); and those
# of two words alone, for any other third word or none.
_Thirds = tuple[dict[str, tuple[_Multi, ...]], tuple[_Multi, ...]]
# After an opener and its second word: the phrases per category that go on with that word,
# and the same per third word when some go on past it.
_Seconds = tuple[tuple[_Multi, ...], _Thirds | None]
# A word that opens longer phrases: per word that may follow it, its phrases per category
# that go on with that word (_Seconds); all its phrases per category; and its one-word
# phrases alone (when the next word opens none).
_Opener = tuple[dict[str, _Seconds], tuple[_Multi, ...], tuple[_Single, ...]]


def _split_entries(
    table: dict[str, tuple[lex.Entry, ...]],
) -> tuple[dict[str, tuple[_Single, ...]], dict[str, _Opener]]:
    """The first words of the table in two kinds: words that only stand alone, with their
    one-word phrase per category (the common case: one append each), and words that open
    longer phrases, with, per word that may follow them and per category, the longer
    phrases (longest first) that go on with that word and the one-word phrase, if any."""
    singles: dict[str, tuple[_Single, ...]] = {}
    multis: dict[str, _Opener] = {}
    for word, entries in table.items():
        split: list[_Multi] = []
        seconds: set[str] = set()
        for category, alternatives in entries:
            multi = tuple(alt for alt in alternatives if alt[0])
            single = next(((alt[1], alt[2]) for alt in alternatives if not alt[0]), None)
            split.append((category, multi, single))
            seconds.update(alt[0][0] for alt in multi)
        alone = tuple((c, one[0], one[1]) for c, _, one in split if one is not None)
        if seconds:
            # Per second word, the phrases that may follow it: the others fail at once.
            by_second: dict[str, _Seconds] = {}
            for second in sorted(seconds):
                after = tuple(
                    (c, tuple(alt for alt in multi if alt[0][0] == second), single)
                    for c, multi, single in split
                )
                by_second[second] = (after, _by_third(after))
            multis[word] = (by_second, tuple(split), alone)
        else:
            singles[word] = alone
    return singles, multis


def _by_third(entries: tuple[_Multi, ...]) -> _Thirds | None:
    """Per third word of the longer phrases in ``entries`` (an opener's after one second
    word), the entries with only the phrases that may still match there: those of two words
    and those whose third word it is, in the same order (longest first); and the entries with
    the phrases of two words alone. None when no phrase goes past its second word."""
    thirds = sorted({rest[1] for _, multi, _ in entries for rest, _, _ in multi if len(rest) > 1})
    if not thirds:
        return None

    def keep(third: str | None) -> tuple[_Multi, ...]:
        return tuple(
            (c, tuple(alt for alt in multi if len(alt[0]) == 1 or alt[0][1] == third), single)
            for c, multi, single in entries
        )

    return {third: keep(third) for third in thirds}, keep(None)


_SINGLES, _MULTIS = _split_entries(_TABLE)


LEXICON_MEMO = "casualties.lexicon"


def _doc_lexicon(doc: Doc) -> _Lex:
    """The lexicon hits of ``doc``, scanned once and kept in ``doc.memo`` for the summary."""
    found = doc.memo.get(LEXICON_MEMO)
    if found is None:
        found = doc.memo[LEXICON_MEMO] = _scan_lexicon(doc.folded)
    assert isinstance(found, _Lex)
    return found


def _scan_lexicon(folded: str) -> _Lex:
    """The lexicon hits of ``folded`` (:func:`_scan_phrases`), where an aircraft brought down
    is no weapon: its cause hits move to a category of their own (``_DOWNED``). The phrases
    of ``lex.NOT_CAUSES`` ("hunger strike") and ``lex.NOT_TRIGGERS`` ("saved the lives of")
    are dropped once they have covered their words."""
    hits = _scan_phrases(folded)
    for category in ("cause", "trigger"):
        found = hits[category]
        if found:
            hits[category] = [hit for hit in found if hit[2] is not None]
    downed: list[tuple[int, int, object, str]] = []
    if hits["cause"] and ("down" in folded or "crash" in folded):
        kept: list[tuple[int, int, object, str]] = []
        first_aircraft = len(folded)  # where the first aircraft brought down is named
        for hit in hits["cause"]:
            if _downed(folded, hit):
                downed.append(hit)
                if hit[3] in _AIRCRAFT:
                    first_aircraft = min(first_aircraft, hit[0])
            elif (
                hit[0] > first_aircraft
                and hit[3] in _ONE_AIRCRAFT
                and folded.endswith("the ", 0, hit[0])
            ):
                # Told again later, "the helicopter" is the one brought down ("those in the
                # helicopter died", "to move the aircraft away"), no weapon either.
                downed.append(hit)
            else:
                kept.append(hit)
        hits["cause"] = kept
    hits[_DOWNED] = downed
    return _Lex(hits, {c: list(map(_FIRST, found)) for c, found in hits.items()})


def _scan_phrases(folded: str) -> dict[str, list[tuple[int, int, object, str]]]:
    """One pass over ``folded``: the longest phrase per category at each table word.

    A phrase of several words covers the words after its first: a later hit of the same
    category that starts inside it is dropped. The table words (whole runs of word characters
    and hyphens that open a phrase of the table) are found with C string methods, as a
    prefix-tree regex's attempt at every position costs more:
    non-word characters become spaces, bytes.split() gives every word, a set test keeps the
    table's, and each is found whole (between spaces) after the one before
    (tests/test_casualties_fastpaths.py checks the scan against the regex pass).
    """
    hits: dict[str, list[tuple[int, int, object, str]]] = {c: [] for c in _CATEGORIES}
    covered = dict.fromkeys(_CATEGORIES, -1)
    cover = -1  # the end of the furthest phrase: no hit starting there or later is covered
    next_word = _NEXT_WORD.match
    padded = _padded_words(folded)
    find = padded.find
    table = _SCAN_WORDS
    pos = 0
    words = iter(padded.split())
    for word in filter(table.__contains__, words):
        while True:
            key, length, singles, opener, seconds = table[word]
            start = find(key, pos)
            pos = first_end = start + length
            after = b""
            if opener is not None:
                by_second, _, singles = opener
                # The word after an opener, taken from the same iterator (the filter goes on
                # after it; it is handled below if it is a table word). _NEXT_WORD can read a
                # second word of the opener's phrases only if that is the next word here:
                # whitespace and non-word characters are both spaces in ``padded``, and a
                # second word ends where a word ends. So other words skip the match (10 k of
                # 12 k openers a pass), and the match decides the rest as before.
                after = next(words, b"")
                if after in seconds:
                    nxt = next_word(folded, first_end)
                    found = by_second.get(nxt.group(1)) if nxt is not None else None
                    if nxt is not None and found is not None:
                        end = _longest(folded, start, first_end, nxt, found, hits, covered)
                        if end > cover:
                            cover = end
                        singles = ()  # the longest phrase per category is read
            if start >= cover:
                for category, payload, phrase in singles:
                    hits[category].append((start, first_end, payload, phrase))
            else:
                for category, payload, phrase in singles:
                    if start >= covered[category]:
                        hits[category].append((start, first_end, payload, phrase))
            if after not in table:  # b"" is not
                break
            word = after
    return hits


# Aircraft that name an air strike as its weapon ("killed by a helicopter"), but not when it is
# the one brought down ("a helicopter was shot down, killing the five on board"); and the
# "shot" of "shot down" is no gunfire.
_AIRCRAFT = frozenset(
    w.replace("_", " ")
    for w in """warplane warplanes war_plane war_planes jet jets fighter_jet fighter_jets aircraft
    helicopter helicopters drone drones plane planes airplane airplanes""".split()
)
# One aircraft, which "the" can point back to.
_ONE_AIRCRAFT = frozenset(w for w in _AIRCRAFT if not w.endswith("s") or w == "aircraft")
_SHOT_DOWN = re.compile(r"\s+down\b")
# The gunfire words that "down" turns into bringing an aircraft down: "shooting down a jet".
_SHOT_WORDS = frozenset({"shot", "shooting"})


def _downed(folded: str, hit: tuple[int, int, object, str]) -> bool:
    """Whether a cause hit is an aircraft brought down ("the jet crashed", "rebels shot down
    a government jet"), or the "shot" of "shot down"."""
    if hit[3] in _SHOT_WORDS:
        return _SHOT_DOWN.match(folded, hit[1]) is not None
    if hit[3] not in _AIRCRAFT:
        return False
    if _DOWNED_AFTER.match(folded, hit[1]) is not None:
        return True
    at = hit[0]
    return _DOWNED_BEFORE.search(folded, at - 50 if at > 50 else 0, at) is not None


# ASCII characters that are not [\w-] become spaces: words are then what bytes.split() gives.
_WORD_BYTES = bytes(
    c if c < 128 and (chr(c).isalnum() or chr(c) in "_-") else 32 for c in range(256)
)


class _ToAscii(dict[int, int]):
    """str.translate table giving every character an ASCII stand-in of its kind: a word
    character that is not ASCII (for ``re``, str.isalnum() or "_") becomes "_", any other
    becomes a space, ASCII stays. A run holding "_" is no table word (table words are
    letters and hyphens), so table words are found in the stand-in as in the text, at the
    same offsets. Filled on first sight of each character."""

    def __missing__(self, ch: int) -> int:
        value = self[ch] = 95 if chr(ch).isalnum() else 32
        return value


_TO_ASCII = _ToAscii((c, c) for c in range(128))
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _padded_words(folded: str) -> bytes:
    """``folded`` as ASCII bytes where only word characters and hyphens stay (the rest are
    spaces), with a space before and after: every word stands between spaces, and the
    leading space of a word stands at the word's offset in ``folded``."""
    if not folded.isascii():
        # str.translate would look up every character of the text (hundreds of instructions
        # each once one is not ASCII); only the few that are not need their stand-in.
        for char in set(_NOT_ASCII.findall(folded)):
            folded = folded.replace(char, chr(_TO_ASCII[ord(char)]))
    return b" " + folded.encode("ascii").translate(_WORD_BYTES) + b" "


# Per first word of the table: its one-word phrases, and what it opens if it opens longer ones.
_Word = tuple[tuple[_Single, ...], "_Opener | None"]
_WORDS: dict[str, _Word] = {
    **{w: (singles, None) for w, singles in _SINGLES.items()},
    **{w: ((), opener) for w, opener in _MULTIS.items()},
}
# The same by the word as bytes, with the word padded by spaces (to find it whole) and its
# length.
_ASCII_WORDS = {
    w.encode(): (b" " + w.encode() + b" ", len(w), *entry) for w, entry in _WORDS.items()
}
# The second words of an opener's phrases as bytes (a test of the word after it in
# _scan_phrases; empty for words that open none).
_SCAN_WORDS = {
    w: (*entry, frozenset(() if entry[3] is None else (nxt.encode() for nxt in entry[3][0])))
    for w, entry in _ASCII_WORDS.items()
}


def _longest(
    folded: str,
    start: int,
    first_end: int,
    second: re.Match[str],
    after_second: _Seconds,
    hits: dict[str, list[tuple[int, int, object, str]]],
    covered: dict[str, int],
) -> int:
    """The longest phrase per category at a word that opens longer ones (second: the word
    after it; after_second: its phrases that go on with that word); the words after the
    third are read on demand. Returns the furthest end it covers (-1: none), which is the new
    furthest cover of all categories if beyond the old one (a category's cover only grows)."""
    following: list[tuple[str, int]] = [(second.group(1), second.end())]
    next_word = _NEXT_WORD.match
    entries, thirds = after_second
    if thirds is not None:
        # Some phrases go on past the second word: the loop below would read the third word
        # for the first of them and fail each whose third word is another ("number of" goes
        # on with 50 phrases). The third word is read here instead, with the same match, and
        # only the phrases that may match it are tried, in the same order.
        by_third, short = thirds
        third = next_word(folded, following[0][1])
        if third is None:
            entries = short
        else:
            third_word = third.group(1)
            following.append((third_word, third.end()))
            entries = by_third.get(third_word, short)
    furthest = -1
    for category, multi, single in entries:
        if start < covered[category]:
            continue
        for rest, payload, phrase in multi:
            end = first_end
            for k, word in enumerate(rest):
                if k == len(following):
                    nxt = next_word(folded, following[-1][1])
                    if nxt is None:
                        break
                    following.append((nxt.group(1), nxt.end()))
                if following[k][0] != word:
                    break
                end = following[k][1]
            else:
                covered[category] = end
                if end > furthest:
                    furthest = end
                hits[category].append((start, end, payload, phrase))
                break
        else:
            # A one-word hit needs no cover: the next word starts after it.
            if single is not None:
                hits[category].append((start, first_end, single[0], single[1]))
    return furthest


class _Phrase(NamedTuple):
    """The victims a figure counts: "29 Syrian rebels" -> rebels, REBELS."""

    end: int
    group: VictimGroup | None  # None: no victim noun ("15 were killed")
    side: Side | None
    body: bool
    inherit: bool
    head_start: int


class _Part(NamedTuple):
    figure: Count
    phrase: _Phrase


# What a NamedTuple's class call ends in: called directly, it skips the type's call and the
# generated Python ``__new__`` (same tuple; no NamedTuple here overrides ``__new__``).
_tuple_new = tuple.__new__


class _Pending:
    """A report being assembled: its fields are filled in once the whole sentence is read.
    Made by :func:`_pending`."""

    __slots__ = (
        "cause",
        "count",
        "cumulative",
        "elided",
        "end",
        "includes",
        "parts",
        "phrase",
        "plus_one",
        "rule",
        "sentence",
        "start",
        "status",
        "total",
    )

    status: Status
    count: Count
    phrase: _Phrase
    start: int
    end: int
    rule: str
    sentence: Span
    cumulative: bool
    parts: list[_Part]
    includes: list[_Part]
    total: bool
    plus_one: int | None  # "killed along with his wife and ..." counts him
    cause: Cause | None  # the cause the trigger names ("affected by the gas")
    # Figures read onto it that name only a place or a day ("15 in Manbij and six in
    # Tukhar"): the end of the last, and whether they are parts (True) or subsets (False).
    elided: tuple[int, bool] | None


def _pending(
    *,
    status: Status,
    count: Count,
    phrase: _Phrase,
    start: int,
    end: int,
    rule: str,
    sentence: Span,
    cumulative: bool,
    parts: list[_Part],
    includes: list[_Part] | None = None,
) -> _Pending:
    """A new _Pending. A function, not the class's ``__init__``: a class called with keywords
    packs them into a dict and unpacks it again, a function takes them as they are (1.4 k
    pending reports a pass); and the parts come with the call, not as lists made to be
    replaced."""
    p = _object_new(_Pending)
    p.status = status
    p.count = count
    p.phrase = phrase
    p.start = start
    p.end = end
    p.rule = rule
    p.sentence = sentence
    p.cumulative = cumulative
    p.parts = parts
    p.includes = [] if includes is None else includes
    p.total = False
    p.plus_one = None
    p.cause = None
    p.elided = None
    return p


_R = TypeVar("_R", Actor, Location, DateRef)
_START_END = attrgetter("span.start", "span.end")
# Pending reports in document order (an attrgetter of plain names builds the key in C).
_PENDING_ORDER = attrgetter("start", "end")


def _by_start(records: Sequence[_R]) -> tuple[list[_R], list[int]]:
    """``records`` sorted by start (a stable sort) and their starts. The scanners give them in
    order, mostly: then the starts, sorted as plain integers, show that no sort is needed.
    (The starts are read by list comprehensions: their specialised slot reads cost about half
    of a dotted attrgetter's, which looks up each name by string.)"""
    starts = [r.span.start for r in records]
    if starts == sorted(starts):
        return list(records), starts
    ordered = sorted(records, key=_START)
    return ordered, [r.span.start for r in ordered]


def _last_words(text: str, pos: int, endpos: int, chunks: int = 4) -> int:
    """Where a search in ``text[pos:endpos]`` of a pattern anchored at ``endpos`` whose every
    match lies within the window's last ``chunks`` whitespace-separated chunks may start and
    find the same match: at the whitespace before those chunks (a lookbehind still reads the
    characters before the search's start). _ARTICLE's body (an article word, then up to
    three words, each followed by whitespace, up to ``endpos``) lies within the last four,
    the article word ending its chunk and led by a character of it or by the whitespace
    before it. ``rsplit`` keeps what stands before them whole, with its own leading
    whitespace: its length is where that whitespace starts. A window of ``chunks`` chunks or
    fewer is searched whole. (The engine tries such a pattern at every position it may open
    at; the last words are about half of the window.)"""
    parts = text[pos:endpos].rsplit(None, chunks)
    return pos + len(parts[0]) if len(parts) > chunks else pos


def _one(text: str, start: int, end: int, rule: str) -> Count:
    """The count of one person that words stand for: "a" child ("count.article"), "his" wife
    ("count.possessive"), killing "him" ("count.pronoun"), "Colonel Ibrahim Salloum" was
    killed ("count.named"). Built slot by slot (_new_count: a keyword call of the class costs
    about twice as much; its offsets are a match's or a lexicon hit's, always valid)."""
    return _new_count(1, 1, 1, _EXACT, text, start, end, rule)


_object_new = object.__new__
_REPORT_SET = _slot_setters(CasualtyReport)


def _report(
    status: Status,
    count: Count,
    victims: VictimGroup,
    victim_side: Side | None,
    perpetrator: Actor | None,
    cause: Cause | None,
    location: Location | None,
    date: DateRef | None,
    source: Attribution | None,
    includes: tuple[CasualtyReport, ...],
    cumulative: bool,
    negated: bool,
    surface: str,
    start: int,
    end: int,
    rule: str,
) -> CasualtyReport:
    """``CasualtyReport(status=status, ..., span=Span(start=start, end=end), rule=rule)`` with
    the slots written directly, in field order: a class call with keywords builds a dict of
    them and unpacks it again (~5 k instructions of a report's ~17 k, 1.6 k reports a pass).
    CasualtyReport has no validators; the Span's checks are kept (a bad span goes through
    Span's own ``__init__``, which raises). tests/test_speed8_build10.py checks that both
    ways give equal records."""
    if 0 <= start <= end:
        span = _object_new(Span)
        _span_start(span, start)
        _span_end(span, end)
    else:
        span = Span(start=start, end=end)
    report = _object_new(CasualtyReport)
    (
        set_status,
        set_count,
        set_victims,
        set_victim_side,
        set_perpetrator,
        set_cause,
        set_location,
        set_date,
        set_source,
        set_includes,
        set_cumulative,
        set_negated,
        set_surface,
        set_span,
        set_rule,
    ) = _REPORT_SET
    set_status(report, status)
    set_count(report, count)
    set_victims(report, victims)
    set_victim_side(report, victim_side)
    set_perpetrator(report, perpetrator)
    set_cause(report, cause)
    set_location(report, location)
    set_date(report, date)
    set_source(report, source)
    set_includes(report, includes)
    set_cumulative(report, cumulative)
    set_negated(report, negated)
    set_surface(report, surface)
    set_span(report, span)
    set_rule(report, rule)
    return report


class _Assembler:
    """Joins one document's scanner records and lexicon hits into casualty reports."""

    def __init__(
        self,
        doc: Doc,
        counts: Sequence[Count],
        actors: Sequence[Actor],
        locations: Sequence[Location],
        dates: Sequence[DateRef],
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.folded = doc.folded
        self.lex = _doc_lexicon(doc)
        self._lex_pairs = {c: (found, self.lex.starts[c]) for c, found in self.lex.hits.items()}
        self.actors, self.actor_starts = _by_start(actors)
        self.locations, self.location_starts = _by_start(locations)
        event_dates: list[DateRef] = []
        told_dates: list[DateRef] = []
        folded = self.folded
        # The places a toll may be in: not where a body that tells it sits abroad ("30 rebels
        # died, the monitor based in London said"; but local activists "based in Douma" tell
        # of their town). Only places abroad are asked (a few an article).
        self.scenes = self.locations, self.location_starts
        based = [
            loc
            for loc in self.locations
            if loc.place.country != "SY"
            and folded.endswith(
                _BASED_IN, loc.span.start - 21 if loc.span.start > 21 else 0, loc.span.start
            )
        ]
        # A city named after a quarter of it only says where the quarter is ("the al-Waer
        # district of Homs", "Jobar, on the edge of Damascus"): the quarter is the scene.
        qualifiers = [
            loc
            for prev, loc in zip(self.locations, self.locations[1:], strict=False)
            if loc.place.kind is _CITY
            and prev.place.kind is _NEIGHBOURHOOD
            and prev.place.governorate == loc.place.governorate
            and _QUARTER_OF.fullmatch(folded, prev.span.end, loc.span.start) is not None
        ]
        if based or qualifiers:
            kept = [loc for loc in self.locations if loc not in based and loc not in qualifiers]
            self.scenes = kept, [loc.span.start for loc in kept]
        for date in dates:
            if _dates_the_telling(folded, date.span.start):
                told_dates.append(date)
            else:
                event_dates.append(date)
        # One attribute for both: NOTE CPython 3.11 keeps an instance's attributes in the
        # class's shared keys only up to 30 names; past that every ``self.x`` of the
        # assembler is read through a dict, unspecialised (+20 M instructions a pass).
        self.dates = (_by_start(event_dates), _by_start(told_dates))
        # Where the triggers that can report a toll start (not "since", "so far").
        triggers = self.lex.hits["trigger"]
        self.toll_words = [h[0] for h in triggers if h[3] not in _CUMULATIVE]
        # The running-toll triggers and their starts (_toll_trigger): one bisection finds the
        # last before a figure, where the sentence's trigger hits were walked back to it.
        self.toll_hits = [h for h in triggers if h[3] in _TOLLS]
        self.toll_starts = [h[0] for h in self.toll_hits]
        # Figures outside the text or empty are dropped; the scanners give none such, which
        # C-level passes over the starts and ends show without a Python test per figure.
        starts, ends = [c.span.start for c in counts], [c.span.end for c in counts]
        if not counts or (
            min(starts) >= 0 and max(ends) <= len(doc.text) and all(map(lt, starts, ends))
        ):
            items = list(counts)
        else:
            size = len(doc.text)
            items = [c for c in counts if 0 <= c.span.start < c.span.end <= size]
        self.named_groups: dict[int, tuple[VictimGroup, Side | None]] = {}  # _named_before
        added = self._article_counts(items)
        if added or len(items) < len(counts) or not all(map(lt, starts, starts[1:])):
            items.extend(added)
            items.sort(key=_START_END)
            starts = [c.span.start for c in items]
        # Else the scanners' figures, all kept, with strictly rising starts: already in the
        # order of (start, end), which most articles (no figure in words) keep as they are.
        self.items = items
        self.item_starts = starts
        self.by_start = dict(zip(self.item_starts, range(len(items)), strict=True))
        self.consumed: set[int] = set()
        self._cumulative_at: dict[int, bool] = {}
        self.among: dict[int, list[_Part]] = {}  # subsets waiting for their toll, by index
        self._clauses: dict[int, tuple[Span, ...]] = {}
        self._starts: list[int] | None = None
        self._attribution: dict[int, Attribution | None] = {}
        # Per actor (by id: the actors stay in self.actors), the tests of _perpetrator.
        self._not_agents: dict[int, bool] = {}
        self._flags: dict[int, list[bool | None]] = {}
        self._scope_actors: dict[tuple[int, int], list[Actor]] = {}
        self._plain_attribution: dict[int, Attribution | None] = {}
        self._context: dict[int, Span | None] = {}

    # --- figures the scanners cannot see: "a child", "his wife"
    def _article_counts(self, counts: Sequence[Count]) -> list[Count]:
        covered: list[tuple[int, int]] | None = None  # sorted when first needed
        cover_starts: list[int] = []
        out: list[Count] = []
        folded = self.folded
        sentences, sentence_starts = self.doc.sentence_index()
        toll_words = self.toll_words
        # One C search of the text, not a slice per plural noun (3.7 k a pass): 32 of 298
        # texts hold "both " at all.
        has_both = "both " in folded
        for start, end, _payload, key in self.lex.hits["victim"]:
            if key not in _SINGULAR_VICTIMS:
                # _both reads "both " in the 30 characters before the noun: a slice tested
                # here spares the call for nearly all nouns of the texts that hold one.
                if (
                    has_both
                    and "both " in folded[start - 30 if start > 30 else 0 : start]
                    and ((two := self._both(start, end)) is not None)
                ):
                    out.append(two)
                continue
            window_start = start - 60 if start > 60 else 0
            # A toll word from the sentence holding the window's start to the end of the
            # noun's (Doc.sentence_at twice and _toll_word_between, read off the document's
            # sentence index here: ~1 k singular nouns a pass), else no toll can read it.
            lo, hi = window_start, start
            i = bisect_right(sentence_starts, window_start) - 1
            if i >= 0 and window_start < sentences[i].end:
                lo = sentences[i].start
            i = bisect_right(sentence_starts, start) - 1
            noun_sentence = -1
            if i >= 0 and start < sentences[i].end:
                hi = sentences[i].end
                noun_sentence = sentences[i].start
            i = bisect_left(toll_words, lo)
            if i == len(toll_words) or toll_words[i] >= hi:
                continue  # (see _read_toll)
            m = _ARTICLE.search(folded, _last_words(folded, window_start, start), start)
            # The article may open words that are no modifiers of this noun: "a sniper killed
            # the driver" (the driver is then read after "the", as with no article before).
            if m is None or not self._modifiers_ok(m.start(2), m.end(2)):
                the = self._definite_object(start, end)
                # "killed the rebel commander": one person, whichever noun reads "the".
                if the >= 0 and not (out and out[-1].span.start == the):
                    out.append(_one(self.text, the, the + 3, "count.definite"))
                elif (
                    the < 0
                    and noun_sentence >= 0
                    and start - noun_sentence < _BARE_REACH
                    and (bare := self._bare(noun_sentence, start, end, _payload)) is not None
                ):
                    out.append(bare)
                continue
            a_start, a_end = m.span(1)
            if out and out[-1].span.start == a_start:
                continue  # "a rebel commander": one person, whose phrase is read from "a"
            if covered is None:
                covered = sorted(map(_START_END, counts))
                cover_starts = [s for s, _ in covered]
            i = bisect.bisect_right(cover_starts, a_start) - 1
            if i >= 0 and covered[i][1] > a_start:
                continue  # a scanner count already reads this word ("a dozen")
            owner = m.group(1)
            possessive = owner in ("his", "her", "its", "their") or owner.endswith("'s")
            rule = "count.possessive" if possessive else "count.article"
            out.append(_one(self.text, a_start, a_end, rule))
        # "an IED exploded targeting the head of intelligence, killing him": one person.
        for t_start, t_end, payload, _key in self.lex.hits["trigger"]:
            assert isinstance(payload, lex.Trigger)
            # _HIM_OR_HER opens with whitespace then "h": the character after the first
            # must be one or the other ("killing 5" fails here, without the call).
            nxt = folded[t_end + 1 : t_end + 2]
            if (
                payload.before
                and (nxt == "h" or nxt.isspace())
                and (m := _HIM_OR_HER.match(folded, t_end)) is not None
            ):
                out.append(_one(self.text, m.start(1), m.end(1), "count.pronoun"))
            elif payload.after and payload.status in _KILLED_OR_WOUNDED:
                # _named_before reads a name only before "was " or "been ", which most toll
                # verbs do not follow: tested here, with a slice, to spare the call.
                if folded[t_start - 5 if t_start > 5 else 0 : t_start].endswith(("was ", "been ")):
                    named = self._named_before(t_start)
                    if named is not None:
                        out.append(named)
                elif (
                    # No name ends before the verb without a capital before it (most tolls).
                    not self.text[t_start - 24 if t_start > 24 else 0 : t_start].islower()
                    and _may_end_name(self.text, t_start)
                    and (_key in _DYING or _HEADLINE_PASSIVE.match(self.text, t_end) is not None)
                ):
                    named = self._named_before(t_start, _NAME_BARE)
                    if (
                        named is not None
                        # "Two Iraqis starved to death": a figure, read as such.
                        and not any(named.span.start <= c.span.start < t_start for c in counts)
                        and (_key in _DYING or self._opens(named.span.start))
                    ):
                        out.append(named)
        return out

    def _bare(self, opening: int, start: int, end: int, victim: object) -> Count | None:
        """One person named by a singular victim noun without an article that opens a
        headline before its passive verb: "Child killed by sniper fire in Madaya", "Rebel
        commander killed in Daraa ambush", "Syrian activist shot dead in Turkey" (rule
        ``count.bare``, its group and side kept as a named person's). ``opening``: where the
        noun's sentence starts; only titles, actors and places may stand before the noun."""
        assert isinstance(victim, lex.Victim)
        if victim.body or victim.inherit:
            return None
        starts = self.lex.starts["trigger"]
        i = bisect_left(starts, end + 1)
        if i == len(starts) or starts[i] != end + 1 or self.folded[end] != " ":
            return None
        _, t_end, payload, key = self.lex.hits["trigger"][i]
        assert isinstance(payload, lex.Trigger)
        if (
            not payload.after
            or payload.status not in _KILLED_OR_WOUNDED
            or not (key in _DYING or _HEADLINE_PASSIVE.match(self.folded, t_end) is not None)
            or not self._opens(start)
        ):
            return None
        side = self._victim_side(victim, opening, start, end)
        group = victim.group
        self.named_groups[opening] = (group, _CIVILIAN_SIDE if group in _CIVILIAN_GROUPS else side)
        return _one(self.text, opening, end, "count.bare")

    def _opens(self, start: int) -> bool:
        """Whether only what may open a headline's name stands before ``start`` in its
        sentence: actors, places, ranks, victim nouns and their modifiers ("Jaish al-Islam
        leader Zahran Alloush killed in ..."), no verb or figure."""
        sentence = self.doc.sentence_at(start)
        if sentence is None:
            return False
        at = sentence.start
        for span in sorted(
            [a.span for a in self._actors_between(at, start)]
            + [loc.span for loc in self._locations_between(at, start)],
            key=_START_OF,
        ):
            if not _OPENING_WORDS.issuperset(self.folded[at : span.start].split()):
                return False
            at = span.end
        return _OPENING_WORDS.issuperset(self.folded[at:start].split())

    def _both(self, noun: int, noun_end: int) -> Count | None:
        """Two people, when "both" stands before a plural victim noun in a sentence with a toll
        word: "both soldiers were killed", "killing both Russian pilots" (rule
        ``count.both``). Not "both soldiers and civilians", which only joins two groups, nor
        "both" set off by a comma after the people it tells more of: "two brothers, both
        farmers"."""
        folded = self.folded
        lo = noun - 30 if noun > 30 else 0
        at = folded.rfind("both ", lo, noun)
        if (
            at < 0
            or (at > 0 and folded[at - 1].isalnum())
            or folded.startswith((" and ", " or "), noun_end)
            or not self._modifiers_ok(at + 5, noun)
            or (folded.endswith(", ", 0, at) and self._hits_between("victim", at - 40, at))
        ):
            return None
        sentence = self.doc.sentence_at(at)
        if sentence is None or not self._toll_word_between(sentence.start, sentence.end):
            return None
        return _new_count(2, 2, 2, _EXACT, self.text, at, at + 4, "count.both")

    def _definite_object(self, noun: int, noun_end: int) -> int:
        """Where "the" stands before a singular victim noun at ``noun`` when it follows a toll
        verb that takes its victims after it ("killed the pilot", "killing the commander and
        three of his bodyguards"): the object of such a verb is one person. -1 if not. Only
        there: elsewhere "the soldier" may be one counted before ("A soldier was killed ...
        the soldier's family")."""
        folded = self.folded
        if folded[noun_end : noun_end + 1] == "'":
            return -1  # "killed the commander's driver": the driver died
        lo = noun - 40 if noun > 40 else 0
        the = folded[lo:noun].rfind(" the ")
        if the < 0:
            return -1
        the += lo
        # The verb before "the" is tested before the words between "the" and the noun (a
        # bisection against a Python call that reads them; both are plain tests).
        starts = self.lex.starts["trigger"]
        i = bisect.bisect_left(starts, the) - 1
        if i < 0:
            return -1
        _, t_end, payload, _ = self.lex.hits["trigger"][i]
        assert isinstance(payload, lex.Trigger)
        if not payload.before or payload.noun or payload.toll:
            return -1
        if t_end != the and not (
            # "killed Zahran Alloush, the leader of Jaish al-Islam": a name set off before it.
            the - t_end <= _NAME_REACH
            and folded[the - 1] == ","
            and _NAMED_OBJECT.fullmatch(self.text, t_end, the + 1) is not None
        ):
            return -1
        if not self._modifiers_ok(the + 5, noun):
            return -1
        return the + 1

    def _named_and(self, start: int) -> Count | None:
        """A named person before "and" and the figure at ``start`` that counts his or her
        people: "Abu Omar al-Shishani and three of his comrades" (the name read as
        :meth:`_named_before` reads one)."""
        return self._named_before(start, _NAME_AND) or self._the_one(start, _THE_ONE_AND)

    def _the_one(self, start: int, pattern: re.Pattern[str]) -> Count | None:
        """One person named by "the" and a singular victim noun ending ``pattern``'s match
        before ``start``: before "and" and the figure at ``start`` ("the rebel commander and
        two of his aides"), or before a passive verb (_THE_ONE_BEFORE: "the commander was
        killed along with ..."). One count of the noun's group, its side read from the
        modifiers."""
        lo = start - 60 if start > 60 else 0
        m = pattern.search(self.folded, lo, start)
        if m is None:
            return None
        victims, victim_starts = self._lex_pairs["victim"]
        i = bisect_left(victim_starts, m.start("head"))
        if i == len(victims) or victims[i][0] != m.start("head") or victims[i][1] != m.end("head"):
            return None
        victim = victims[i][2]
        assert isinstance(victim, lex.Victim)
        the_end = m.start("mods")
        if not victim.singular or not self._modifiers_ok(the_end, m.start("head")):
            return None
        side = self._victim_side(victim, the_end, m.start("head"), m.end("head"))
        if victim.group in _CIVILIAN_GROUPS:
            side = _CIVILIAN_SIDE
        self.named_groups[m.start()] = (victim.group, side)
        return _one(self.text, m.start(), m.end("head"), "count.the_one")

    def _named_before(self, t_start: int, pattern: re.Pattern[str] | None = None) -> Count | None:
        """A named person before a passive toll verb: "Colonel Ibrahim Salloum was killed",
        "activist Omar Haddad was wounded", "Zahran Alloush was killed". The name is an actor
        of the table that is a person, or two to five capitalised words (one after a rank)
        after any actor or place that opens them; its victims are set by the person's side,
        the rank or the victim noun before it (kept in ``self.named_groups``), else people.
        The caller asks only for a toll verb right after "was " or "been " (_NAME_BEFORE
        ends so), which it tests first."""
        lo = t_start - 80 if t_start > 80 else 0
        # A match is at most six name words and "was" or "has/had been": the last eight
        # chunks. The engine tried the pattern (led by a lookbehind) at every position.
        pos = _last_words(self.text, lo, t_start, 8)
        if pattern is None and not _may_name_before(self.text[pos:t_start]):
            return None
        m = (pattern or _NAME_BEFORE).search(self.text, pos, t_start)
        if m is None:
            return None
        start, end = m.span("name")
        people = [a for a in self._actors_between(start, end) if a.kind is ActorKind.PERSON]
        if people and people[-1].span.end == end:
            person = people[-1]
            fighter = person.side not in (Side.CIVILIANS, Side.NEUTRAL, Side.UNKNOWN)
            if fighter:
                return self._named(person.span.start, end, VictimGroup.COMBATANTS, person.side)
            return self._named(person.span.start, end, None)
        # Words that open a sentence or name a time ("On Monday", "The"), then actors and
        # places that open the run ("Syrian Army Colonel ...", "in Douma Ahmad Ali ...").
        at = start
        openers: list[tuple[Span, Actor | None]] = sorted(
            [(r.span, r) for r in self._actors_between(start, end)]
            + [(r.span, None) for r in self._locations_between(start, end)],
            key=lambda pair: pair[0].start,
        )
        opener: Actor | None = None  # the actor just before the name ("Syrian Army Colonel")
        moved = True
        while moved:
            moved = False
            word = _NAME_WORD.match(self.text, at, end)
            if word is not None and word.group().lower() in _NOT_NAME_WORDS:
                at, moved, opener = word.end() + 1, True, None
            for span, actor in openers:
                if span.start == at:
                    at, moved, opener = span.end + 1, True, actor
        names = _NAME_WORD.findall(self.text, at, end)
        if not names:
            return None
        group: VictimGroup | None = None
        side: Side | None = None
        first = names[0].lower()
        title = lex.VICTIMS.get(first)
        if first in _RANKS:
            group, names = VictimGroup.COMBATANTS, names[1:]  # "Colonel Ibrahim Salloum"
            if opener is not None:
                side = _actor_side(opener)  # "Syrian Army Colonel ...": of the army's side
        elif title is not None and title.singular:
            group, names = title.group, names[1:]  # "Activist Omar Haddad"
        else:
            before = _WORD_BEFORE_NAME.search(self.folded, lo, at)
            victim = lex.VICTIMS.get(before.group(1)) if before is not None else None
            if victim is not None and victim.singular:
                group = victim.group  # "activist Omar Haddad"
                if group is _COMBATANTS and before is not None:
                    # "Jaish al-Islam leader Zahran Alloush": the group's side.
                    i = bisect.bisect_left(self.actor_starts, before.start()) - 1
                    owner = self.actors[i] if i >= 0 else None
                    if owner is not None and self.folded[owner.span.end : before.start()].isspace():
                        side = _actor_side(owner)
        # A title or a victim noun vouches for a name of one word; alone, it needs two.
        if len(names) < (1 if group is not None else 2):
            return None
        if any(not w[:1].isupper() for w in names if w.lower().split("-")[0] not in _PARTICLES):
            return None
        return self._named(at, end, group, side)

    def _named(
        self, start: int, end: int, group: VictimGroup | None, side: Side | None = None
    ) -> Count:
        group = group or _PEOPLE
        # "activist Omar Haddad": a civilian, of the civilians' side as any other.
        self.named_groups[start] = (group, _CIVILIAN_SIDE if group in _CIVILIAN_GROUPS else side)
        return _one(self.text, start, end, "count.named")

    # --- helpers over sorted records
    def _toll_word_between(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.toll_words, start)
        return i < len(self.toll_words) and self.toll_words[i] < end

    def _hits_between(
        self, category: str, start: int, end: int
    ) -> list[tuple[int, int, object, str]]:
        hits, starts = self._lex_pairs[category]
        return hits[bisect_left(starts, start) : bisect_left(starts, end)]

    def _count_between(self, start: int, end: int) -> bool:
        """Whether a figure other than someone's age stands between ``start`` and ``end``:
        "Two brothers, aged 9 and 12, were killed" are read past their ages."""
        starts = self.item_starts
        i = bisect.bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if not self._age(i):
                return True
            i += 1
        return False

    def _age(self, idx: int) -> bool:
        """Whether figure ``idx`` gives someone's age (:func:`_is_age`), also after a name
        read as a person's (rule ``count.named``) whose last word is a place's name too:
        "Colonel Ibrahim Salloum, 52, was killed"."""
        before = self.items[idx - 1] if idx else None
        named_end = before.span.end if before is not None and before.rule == "count.named" else -1
        return _is_age(self.text, self.folded, self.items[idx], self.locations, named_end)

    def _actors_between(self, start: int, end: int) -> list[Actor]:
        i = bisect.bisect_left(self.actor_starts, start)
        j = bisect.bisect_left(self.actor_starts, end)
        return [a for a in self.actors[i:j] if a.span.end <= end]

    def _locations_between(self, start: int, end: int) -> list[Location]:
        i = bisect.bisect_left(self.location_starts, start)
        j = bisect.bisect_left(self.location_starts, end)
        return [loc for loc in self.locations[i:j] if loc.span.end <= end]

    def _actor_covering(self, start: int, end: int) -> Actor | None:
        i = bisect.bisect_right(self.actor_starts, start) - 1
        for k in range(i, i - 4 if i > 3 else -1, -1):
            a = self.actors[k]
            if a.span.start <= start and a.span.end >= end:
                return a
        return None

    def _sentence_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [s.start for s in self.doc.sentences]
        return self._starts

    def _clauses_of(self, sentence: Span) -> tuple[Span, ...]:
        clauses = self._clauses.get(sentence.start)
        if clauses is None:
            clauses = self.doc.clauses(sentence)
            self._clauses[sentence.start] = clauses
        return clauses

    def _clause_at(self, sentence: Span, offset: int) -> Span:
        clauses = self._clauses.get(sentence.start)
        if clauses is None:
            clauses = self._clauses_of(sentence)
        for clause in clauses:
            if clause.start <= offset < clause.end:
                return clause
        return sentence

    # --- the victims after a figure
    def _modifiers_ok(self, start: int, end: int, limit: int = 4) -> bool:
        """Whether folded[start:end] holds only words that may modify a victim noun."""
        if start >= end or self.folded[start:end].isspace():
            return True  # no words: most victims follow their figure after one space
        words = _gap_words(self.folded, start, end)
        if len(words) > limit:
            return False
        if words[0] in _QUOTES:
            # The quote that closes a quoted figure or opens its quoted victims: left "nearly
            # 50" soldiers dead, left 50 "soldiers" dead (a quote further on is no modifier).
            words = words[1:]
        pos = start
        for w in words:
            w_start = self.folded.find(w, pos, end)
            pos = w_start + len(w)
            if w in lex.MODIFIERS or (
                # Both affix lists end or open with a hyphen: one cheap test for most words.
                "-" in w
                and (w.endswith(lex.MODIFIER_SUFFIXES) or w.startswith(lex.MODIFIER_PREFIXES))
            ):
                continue
            if w in _JOINS and words.count(w) == 1 and 0 < words.index(w) < len(words) - 1:
                continue  # two modifiers joined once: "regime and rebel fighters"
            if _ORDINAL_OR_AGE.fullmatch(w):
                continue
            original = self.text[w_start:pos]
            if original[:1].isupper() and w.isalpha():
                continue  # a name: "two Free Syrian Police members"
            if self._actor_covering(w_start, pos) is not None:
                continue
            return False
        return True

    def _read_phrase(self, pos: int, limit: int) -> _Phrase | None:
        """The victim noun phrase starting at ``pos`` (just after a figure), if any."""
        folded = self.folded
        # A slice compared, not a positional startswith (whose arguments are parsed).
        m = _OF_ACTOR.match(folded, pos, limit) if folded[pos : pos + 3] == " of" else None
        start = m.end() if m is not None else pos
        # The first three victim hits from ``start`` (one bisection: only the first is needed
        # to start in the window, the next two are read while they do); those past the window
        # are no part of the phrase, as _hits_between would not give them.
        window_end = start + 70 if start + 70 < limit else limit
        victims, victim_starts = self._lex_pairs["victim"]
        i = bisect_left(victim_starts, start)
        if i == len(victim_starts) or victim_starts[i] >= window_end:
            return None
        hits = victims[i : i + 3]
        h_start, h_end, victim, word = hits[0]
        assert isinstance(victim, lex.Victim)
        inherit = victim.inherit
        if (
            word == "more"
            and len(hits) > 1
            and hits[1][0] < window_end
            and all(w in lex.MODIFIERS for w in folded[h_end : hits[1][0]].split())
        ):
            # "two more children", "three more Syrian soldiers": "more" modifies the noun
            # after it (alone, it stands for the victims of the toll before: "killed five
            # and wounded 12 more"), and so do plain modifiers between (no names, no
            # punctuation). "Three more people" are still those of the toll before.
            hits = hits[1:]
            h_start, h_end, victim, _ = hits[0]
            assert isinstance(victim, lex.Victim)
            inherit = victim.group is _PEOPLE
        elif (
            victim.singular
            and len(hits) > 1
            and hits[1][0] < window_end
            and folded.endswith((" and ", " or "), start, h_start)
            and folded[h_end : hits[1][0]].isspace()
        ):
            # "regime and rebel fighters": a noun joined to a modifier before its head noun
            # is one more modifier (the head is read below as "rebel fighters" would be).
            hits = hits[1:]
            h_start, h_end, victim, _ = hits[0]
            assert isinstance(victim, lex.Victim)
        if self._count_between(pos, h_start) or not self._modifiers_ok(start, h_start):
            return None
        group: VictimGroup = victim.group
        side = self._victim_side(victim, pos, h_start, h_end)
        body = victim.body
        head_start = h_start
        # A noun right after a noun is the head: "regime forces members", "men's bodies".
        singular = victim.singular
        for nxt in hits[1:]:
            if nxt[0] >= window_end or not folded[h_end : nxt[0]].isspace():
                break
            n_victim = nxt[2]
            assert isinstance(n_victim, lex.Victim)
            if not (singular or n_victim.body or nxt[3] in _HEAD_NOUNS):
                break  # "13 people activists said": a new phrase, not a head
            singular = n_victim.singular
            if n_victim.body:
                body = True
            else:
                group = n_victim.group
                side = side or self._victim_side(n_victim, pos, nxt[0], nxt[1])
            h_end = nxt[1]
        # The cheap test first: the search runs for civilians only.
        if group is _CIVILIANS and _modifier_says_female(folded, pos, head_start):
            group = _WOMEN
        mb = (
            _POSSESSIVE_BODY.match(folded, h_end, limit)
            if folded[h_end : h_end + 1] == "'"  # the pattern's first character
            else None
        )
        if mb is not None:
            body = True
            h_end = mb.end()
        # "rebels and jihadis", "women and children": one figure, two nouns.
        # The match lies in the next seven characters: without "and" there, none.
        ma = (
            _AND.match(folded, h_end, h_end + 7 if h_end + 7 < limit else limit)
            if "and" in folded[h_end : h_end + 7]
            else None
        )
        if ma is not None:
            more = self._hits_between("victim", h_end, h_end + 40 if h_end + 40 < limit else limit)
            if more:
                n_start, n_end, n_payload, _ = more[0]
                and_end = ma.end()
                assert isinstance(n_payload, lex.Victim)
                if (
                    not n_payload.inherit
                    and not self._count_between(h_end, n_start)
                    and self._modifiers_ok(and_end, n_start, 2)
                    and not _ARTICLE.search(folded, max(0, n_start - 30), n_start)
                    # "son and daughter": two people, read apart (_shared_one), unless a
                    # verb of one person follows ("a journalist and activist was killed")
                    # or a head noun ("rebel and jihadist fighters").
                    and not (
                        singular
                        and n_payload.singular
                        and not (len(more) > 1 and folded[n_end : more[1][0]].isspace())
                        and not self._one_person(n_end)
                    )
                ):
                    n_side = self._victim_side(n_payload, and_end, n_start, n_end)
                    if group in _CIVILIAN_GROUPS and n_payload.group in _CIVILIAN_GROUPS:
                        if n_payload.group is not group:
                            group = VictimGroup.CIVILIANS
                    elif (n_side is not None or n_payload.side is not None) and n_side != side:
                        side = None
                    h_end = n_end
        if group is _COMBATANTS:  # "of a family", "of X" read for them only
            mf = _OF_FAMILY.match(folded, h_end, limit)
            if mf is not None:
                group, side, h_end = _PEOPLE, None, mf.end()
            elif folded[head_start:h_end].startswith(_MEMBER_NOUNS) and (
                mc := _OF_CIVIL_COUNCIL.match(folded, h_end, limit)
            ):
                group, h_end = _CIVILIANS, mc.end()
            else:
                actor = self._group_after(h_end, limit)
                if actor is not None:
                    side = side or _actor_side(actor)
                    h_end = actor.span.end
                    unit = _NEXT_WORD.match(folded, h_end, limit)
                    if unit is not None and unit.group(1) in _NOT_PERSONS:
                        h_end = unit.end()  # "the commander of the rebel brigade"
                elif side is None and (ml := _LOYAL_TO.match(folded, h_end, limit)):
                    # "a militia captain loyal to the regime"
                    loyal = self._actor_starting(ml.end(), limit)
                    if loyal is not None and _actor_side(loyal) is not None:
                        side, h_end = _actor_side(loyal), loyal.span.end
                    elif ml["gov"] is not None:
                        side, h_end = Side.GOVERNMENT, ml.end()
                if folded[head_start:h_end].startswith(_MEMBER_NOUNS) and any(
                    a.side in _BYSTANDER_SIDES
                    for a in (actor, *self._actors_between(pos, h_end))
                    if a is not None
                ):
                    # "members of the White Helmets", "three Red Crescent staff members":
                    # the members of a rescue, aid or UN body are civilians.
                    group = _CIVILIANS
        elif folded[h_end : h_end + 6] == " from ":
            h_end = self._from_home(h_end, limit)  # "five people from one family"
        if group in _CIVILIAN_GROUPS:
            side = _CIVILIAN_SIDE
        elif group is _PEOPLE:
            side = None
        nxt_word = _NEXT_WORD.match(folded, h_end, limit)
        if nxt_word is not None and nxt_word.group(1) in _NOT_PERSONS:
            return None  # "a jihadist group has executed ...": not a victim
        # tuple.__new__ straight: the class call would go through the type's call, the
        # generated Python __new__ and then this (~1.5 k phrases a pass).
        return _tuple_new(_Phrase, (h_end, group, side, body, inherit, head_start))

    def _from_home(self, pos: int, limit: int) -> int:
        """The end of the victims' home after them, ``pos`` where " from " begins: "from
        one family", "from the same village", "from Douma" (a place the text names there);
        ``pos`` when none."""
        m = _FROM_HOME.match(self.folded, pos, limit)
        if m is not None:
            return m.end()
        i = bisect.bisect_left(self.location_starts, pos + 6)
        if i < len(self.locations):
            location = self.locations[i]
            if location.span.start == pos + 6 and location.span.end <= limit:
                self._not_the_scene(location)
                return location.span.end
        return pos

    def _not_the_scene(self, home: Location) -> None:
        """Drop the victims' home from the scenes when another place follows it in its
        sentence, not listed with it: "four people from Douma were killed in Harasta" is in
        Harasta ("martyrs from Kefraya and al-Fouaa" and "four people from Douma were killed"
        keep it)."""
        scenes, starts = self.scenes
        i = bisect.bisect_right(starts, home.span.start)
        if (
            i < len(scenes)
            and scenes[i - 1] is home
            and _NO_STOP_OR_LIST.fullmatch(self.folded, home.span.end, scenes[i].span.start)
        ):
            kept = [loc for loc in scenes if loc is not home]
            self.scenes = kept, [loc.span.start for loc in kept]

    def _actor_starting(self, pos: int, limit: int) -> Actor | None:
        """The actor named from ``pos`` that ends by ``limit`` (a name may run on across a
        line break, past the sentence being read)."""
        i = bisect.bisect_left(self.actor_starts, pos)
        if i < len(self.actors) and self.actors[i].span.start == pos:
            actor = self.actors[i]
            return actor if actor.span.end <= limit else None
        return None

    def _victim_side(self, victim: lex.Victim, start: int, h_start: int, h_end: int) -> Side | None:
        """The side a combatant noun's modifiers, actor or own meaning give."""
        if victim.group is not _COMBATANTS:
            return None
        gap = self.folded[start:h_start]
        if " and " in gap or " or " in gap:
            return self._joined_side(victim, start, h_start, h_end)
        for actor in self._actors_between(start, h_end):
            side = _actor_side(actor)
            if side is not None:
                return side
        covering = self._actor_covering(h_start, h_end)
        if covering is not None and _actor_side(covering) is not None:
            return _actor_side(covering)
        for w in _gap_words(self.folded, start, h_start):
            if w in lex.SIDE_WORDS:
                return lex.SIDE_WORDS[w]
        if isinstance(victim.side, Side):
            return victim.side
        if victim.side == lex.JIHADI:
            i = bisect.bisect_left(self.actor_starts, start) - 1
            while i >= 0:
                if self.actors[i].side in _JIHADIST_SIDES:
                    return self.actors[i].side
                i -= 1
        return None

    def _joined_side(self, victim: lex.Victim, start: int, h_start: int, h_end: int) -> Side | None:
        """The side of combatants whose modifiers are joined ("regime and allied fighters"):
        the one side all their words give, None when they give two ("regime and rebel
        fighters", "Syrian and Russian soldiers")."""
        sides = self._named_sides(start, h_start, h_end)
        if isinstance(victim.side, Side):
            sides.add(victim.side)  # "Syrian and Russian soldiers": the Syrian ones
        return sides.pop() if len(sides) == 1 else None

    def _named_sides(self, start: int, words_end: int, actors_end: int) -> set[Side]:
        """The sides the side words in ``folded[start:words_end]`` and the actors starting in
        ``[start, actors_end)`` name."""
        sides = {
            side
            for a in self._actors_between(start, actors_end)
            if (side := _actor_side(a)) is not None
        }
        sides.update(
            lex.SIDE_WORDS[w]
            for w in _gap_words(self.folded, start, words_end)
            if w in lex.SIDE_WORDS
        )
        return sides

    # --- triggers
    def _before_trigger(self, start: int, sentence: Span) -> tuple[int, int, lex.Trigger] | None:
        """The trigger that introduces the figure at ``start``: "killing 5", "the lives of 5"."""
        starts = self.lex.starts["trigger"]
        i = bisect.bisect_left(starts, start) - 1
        if i < 0:
            return None
        t_start, t_end, payload, key = self.lex.hits["trigger"][i]
        assert isinstance(payload, lex.Trigger)
        if t_start < sentence.start or not payload.before or t_end > start:
            return None
        m = (_HARM_GAP if payload.harm else _BEFORE_GAP).fullmatch(self.folded, t_end, start)
        if m is None and not self._named_object(t_end, start):
            return None
        if not key.split(" ", 1)[0].endswith("ing") and _INFINITIVE.search(
            self.folded, t_start - 4 if t_start > 4 else 0, t_start
        ):
            # "wanted to kill 5 soldiers", "a plot to execute 10": an intent only (but "in
            # addition to killing 27" is a toll).
            return None
        if self._unreal(t_start):
            return None  # "the bomb could have killed hundreds"
        return t_start, t_end, payload

    def _named_object(self, t_end: int, start: int) -> bool:
        """Whether a person's name and a comma stand between a verb and the article of its
        apposition: "killed Abu Omar al-Shishani, a senior IS commander" (one commander;
        ``start``: where the article count begins). Names are read in the text as given: in
        capitals or lower case every word would pass for one."""
        if start - t_end > _NAME_REACH or self.text[start - 2 : start] != ", ":
            return False
        j = self.by_start.get(start)
        return (
            j is not None
            and self.items[j].rule in ("count.article", "count.definite")
            and _NAMED_OBJECT.fullmatch(self.text, t_end, start) is not None
        )

    def _unreal(self, t_start: int) -> bool:
        """Whether a modal perfect stands right before the verb at ``t_start``: "could have
        killed hundreds", "would have been killed": what did not happen ("may have" and
        "might have" tell a toll with doubt, and are left out)."""
        folded = self.folded
        window = folded[t_start - 26 if t_start > 26 else 0 : t_start]
        return "have " in window and _UNREAL_BEFORE.search(window) is not None

    def _toll_trigger(self, start: int, sentence: Span) -> tuple[int, int, lex.Trigger] | None:
        """A running toll: "the death toll from the fighting rose to 68"."""
        lo = start - 220 if start - 220 > sentence.start else sentence.start
        i = bisect_left(self.toll_starts, start) - 1  # the nearest toll trigger before
        if i < 0 or self.toll_starts[i] < lo:
            return None
        t_start, t_end, payload, _ = self.toll_hits[i]
        assert isinstance(payload, lex.Trigger)
        gap = self.folded[t_end:start]
        if any(ch in gap for ch in ".;!?") or _TOLL_GAP.search(gap) is None:
            return None
        return t_start, t_end, payload

    def _toll_victims(self, t_start: int, t_end: int, start: int, end: int) -> _Phrase | None:
        """The victims a running toll names before its figure, after "of", "among" or "for"
        that follows its first word or its end: "the number of civilians killed rose to 45",
        "the toll among children reached 12", "the toll for Russian soldiers ... to 18". Their
        phrase ends at the figure's end."""
        folded = self.folded
        first_end = folded.find(" ", t_start, t_end)
        for at in (t_end, first_end) if first_end > 0 else (t_end,):
            m = _TOLL_OF.match(folded, at, start)
            if m is not None:
                phrase = self._read_phrase(m.end(), start)
                if phrase is not None and not phrase.inherit and phrase.group is not None:
                    return _Phrase(end, phrase.group, phrase.side, False, False, end)
        return None

    def _after_trigger(
        self, pos: int, clause: Span, phrase: _Phrase | None
    ) -> tuple[int, int, lex.Trigger] | None:
        """The trigger after the victims: "were killed", "dead", "deaths", "were found"."""
        hits = self._hits_between("trigger", pos, pos + 90 if pos + 90 < clause.end else clause.end)
        for t_start, t_end, payload, _ in hits:
            assert isinstance(payload, lex.Trigger)
            if payload.cumulative or payload.toll:
                continue
            if payload.status is _WOUNDED and self.folded.endswith(_OF_THE, pos, t_start):
                continue  # "two of the wounded later died": who they are, not what befell them
            if not (payload.after or payload.noun):
                return None  # "5 gunmen ..., killing": the figure is not the victims
            if payload.body and (phrase is None or not phrase.body):
                continue
            if payload.led and not _HARM_LED.search(self.folded, max(0, t_start - 30), t_start):
                continue  # "masks against suffocation": no one named suffered it
            if self._count_between(pos, t_start):
                return None
            gap_ok = _AUX_GAP.fullmatch(self.folded, pos, t_start) is not None
            if payload.noun and not gap_ok:
                continue
            if (phrase is None or phrase.group is None) and not gap_ok:
                return None
            if not gap_ok and (
                len(_gap_words(self.folded, pos, t_start)) > 8
                or _RELATIVE_IN_GAP.search(self.folded, pos, t_start)
            ):
                # "hundreds of people ... by firing rockets that released": the verb is the
                # relative clause's, and "that" stands for the noun before it, not the victims.
                return None
            passive = _PASSIVE.search(self.folded, pos, t_start) is not None
            if payload.before and self._is_active(t_end, passive, clause.end, not payload.noun):
                return None  # "5 gunmen killed 3 soldiers": the gunmen are not victims
            if not gap_ok and self._unreal(t_start):
                return None  # "hundreds could have been killed"
            return t_start, t_end, payload
        return None

    def _status_follows(self, end: int) -> bool:
        """Whether a status word follows the figure directly: "... killed 30 injured"."""
        starts = self.lex.starts["trigger"]
        i = bisect.bisect_left(starts, end)
        if i == len(starts):
            return False
        t_start, t_end, payload, _ = self.lex.hits["trigger"][i]
        if not self.folded[end:t_start].isspace():
            return False  # most figures: their victims come first
        if self._victim_at(t_end + 1):
            return False  # "executed 15 captured soldiers": an adjective of the victims
        assert isinstance(payload, lex.Trigger)
        only_after = (payload.after or payload.noun) and not payload.before
        passive_verb = payload.after and payload.status in _KILLED_OR_WOUNDED
        return bool(only_after or passive_verb)

    def _adjective_status(self, start: int, end: int) -> tuple[int, int, lex.Trigger] | None:
        """A status word between a figure and its victim noun (``start``, ``end``), used as
        an adjective: "40 wounded civilians", "15 captured soldiers"."""
        for t_start, t_end, payload, _ in self._hits_between("trigger", start, end):
            assert isinstance(payload, lex.Trigger)
            if payload.after and not payload.noun:
                return t_start, t_end, payload
        return None

    def _victim_at(self, pos: int) -> bool:
        """Whether a victim noun starts at ``pos``."""
        starts = self._lex_pairs["victim"][1]
        i = bisect_left(starts, pos)
        return i < len(starts) and starts[i] == pos

    def _is_active(self, t_end: int, passive: bool, limit: int, verb: bool) -> bool:
        """Whether a verb at t_end takes an object ("killed 3 soldiers") rather than closing a
        passive ("3 soldiers killed"). A noun ("casualties among") takes no determiner's
        victims after it as an object (``verb`` is false)."""
        nxt = self.folded[t_end : t_end + 40 if t_end + 40 < limit else limit]
        pos = t_end + len(nxt) - len(nxt.lstrip())
        i = self.by_start.get(pos)
        if i is not None:
            # "13 civilians killed 30 injured": the next figure has its own status.
            end = self.items[i].span.end
            return _STATUS_AFTER_COUNT.match(self.folded, end, limit) is None and not passive
        if _PRONOUN_OBJECT.match(self.folded, t_end, limit):
            return not passive
        if (
            verb
            and not passive
            # _DETERMINER_AFTER's words open with these letters after one whitespace
            # character, as the squeezed text has it: a slice and a set test first.
            and self.folded[t_end + 1 : t_end + 4] in _DETERMINER_HEADS
            and (m := _DETERMINER_AFTER.match(self.folded, t_end, limit))
        ):
            # "a sniper killed the driver": the victims follow ("the same day" is no victim).
            phrase = self._read_phrase(m.end() - 1, limit)
            return phrase is not None and phrase.group is not None
        return False

    # --- assembly
    def run(self) -> tuple[CasualtyReport, ...]:
        pending: list[_Pending] = []
        # Doc.sentence_at and _toll_word_between, inlined: this loop visits every figure.
        sentences = self.doc.sentences
        sentence_starts = self._sentence_starts()
        toll_words = self.toll_words
        consumed = self.consumed
        for idx, count in enumerate(self.items):
            if idx in consumed:
                continue
            at = count.span.start
            i = bisect.bisect_right(sentence_starts, at) - 1
            if i < 0:
                continue
            sentence = sentences[i]
            if not (sentence.start <= at < sentence.end) or count.span.end > sentence.end:
                # Outside every sentence, or running past its own end ("3\n\ndozen" across
                # a paragraph break): no toll of a sentence reads it.
                continue
            # Every reading needs a trigger in the sentence (see _read_toll).
            k = bisect.bisect_left(toll_words, sentence.start)
            if k == len(toll_words) or toll_words[k] >= sentence.end:
                continue
            report = self._read_toll(idx, count, sentence, pending)
            if report is not None:
                pending.append(report)
        pending.extend(self._negations())
        pending.sort(key=_PENDING_ORDER)
        out: list[CasualtyReport] = []
        previous: dict[int, CasualtyReport] = {}
        for p in pending:
            out.extend(self._build(p, previous))
        return tuple(out)

    def _read_toll(
        self, idx: int, count: Count, sentence: Span, pending: list[_Pending]
    ) -> _Pending | None:
        folded = self.folded
        start, end = count.span.start, count.span.end
        s_start = sentence.start
        # Every reading below needs a trigger in the sentence: most figures (years, ages,
        # unit numbers) stand in sentences without one (run() tests that before the call).
        # The word before the figure gates the three look-behind patterns below: what stands
        # before it in the sentence, without the spaces and marks that end it (one C call, not
        # a Python loop over those characters; the tests below then take no positions).
        head = folded[s_start:start].rstrip(_SPACES_AND_MARKS)
        if head.endswith(_THE_OR_THOSE) and _TOLD_BACK.match(folded, end, sentence.end):
            return None  # "of the 52 killed, 29 were civilians": the toll told before
        if head.endswith(_BLOCK_LAST) and _BLOCK_BEFORE.search(
            folded, start - 25 if start - 25 > s_start else s_start, start
        ):
            return None
        # An age: listed after "aged" ("aged 9 and 12"), or set off by commas ("a man, 45,").
        if (folded[end : end + 1] == "," or head.endswith(_LIST_LAST)) and self._age(idx):
            return None
        # A subset of the toll before it: "..., including 5 children".
        includes_last = head.endswith(_INCLUDES_LAST)
        m_inc = (
            _INCLUDES_BEFORE.search(folded, start - 80 if start - 80 > s_start else s_start, start)
            if includes_last
            else None
        )
        if m_inc is not None:
            parent = next(
                (p for p in reversed(pending) if p.sentence == sentence and p.end <= start), None
            )
            if parent is not None:
                # "as follows: 82 fighters 154 civilians": a list whose commas were stripped.
                bare = m_inc.group("follows") is not None
                subset, _ = self._read_chain(idx, count, sentence.end, bare=bare)
                if not subset and (were := _WERE.match(folded, end, sentence.end)) is not None:
                    # "of whom 9 were women", "among them two were children"
                    phrase = self._read_phrase(were.end(), sentence.end)
                    if phrase is not None:
                        subset, pos = self._read_chain(idx, count, sentence.end, phrase)
                        subset.extend(self._more_were(pos, sentence.end))
                if subset:
                    parent.includes.extend(subset)
                    return None
            elif m_inc.lastgroup is not None:  # a branch of the dead (_INCLUDES_BEFORE)
                return self._breakdown(idx, count, sentence, m_inc.start())
        # "five of the dead were children", "of those killed, six were children"
        m_of = _OF_THE_DEAD.match(folded, end, sentence.end)
        if m_of is None and includes_last:
            lo = start - 30 if start - 30 > s_start else s_start
            before_of = _OF_DEAD_BEFORE.search(folded, lo, start)
            m_of = _WERE.match(folded, end, sentence.end) if before_of is not None else None
            if m_of is not None and before_of is not None:
                return self._breakdown(idx, count, sentence, before_of.start(), m_of.end())
        elif m_of is not None:
            part = self._breakdown(idx, count, sentence, start, m_of.end())
            if part is not None or self._read_phrase(m_of.end(), sentence.end) is not None:
                return part
            # "35 of the victims were found shot": no victims after "were", a verb: the
            # figure is a toll of its own, read below (_AUX_GAP passes "of the victims").
        if (
            head.endswith("of")
            and head.endswith(_KIN_OF)
            and not (head.endswith("families of") and folded.startswith(_MEMBERS, end))
        ):
            # "shot the relatives of four suspected rebels", "the wives of 3 commanders were
            # wounded": the figure counts whose kin they were, not the victims.
            return None
        family = (
            _FAMILY_OF.search(folded, start - 20 if start - 20 > s_start else s_start, start)
            if head.endswith("of")
            else None
        )
        phrase = self._read_phrase(end, sentence.end)
        if (
            phrase is None
            and idx + 1 < len(self.item_starts)
            and self.item_starts[idx + 1] - end < _SHARED_REACH
        ):
            phrase = self._shared_head(end, sentence.end)
        if phrase is None and family is not None:
            group = VictimGroup.PEOPLE if family["crew"] is None else VictimGroup.COMBATANTS
            phrase = _Phrase(end, group, None, False, False, end)
        parts: list[_Part] = []
        restated: list[_Part] = []
        pos = end
        if count.rule == "count.named" and folded[end : end + 1] == ",":
            m_age = _AGE_AFTER_NAME.match(folded, end, sentence.end)
            if m_age is not None:
                pos = m_age.end()  # "Ahmed Hassan, 45, was killed": read on past the age
        if phrase is not None:
            parts, pos = self._read_chain(idx, count, sentence.end, phrase)
            if len(parts) > 2 and _restates(parts, folded, pos):
                # "Two civilians, a woman and her son, were killed": two, not four.
                restated = [
                    p
                    for p in parts[1:]
                    if p.phrase.group in _NAMED_SUBSETS and p.phrase.group is not phrase.group
                ]
                parts = parts[:1]
        includes, pos, opener = self._read_includes(pos, sentence.end)
        if restated:
            includes = [*restated, *includes]
        # After a subset without a figure ("33 people, most of them women and children, were
        # killed") the verb or a further part of the toll is read.
        subset_end = None
        majority = None  # a subset told as most of the toll ("mostly children"): _majority
        if opener is not None and parts:
            found = self._uncounted_subset(opener, sentence.end)
            if found is not None:
                subset_end = found[0]
                majority = self._majority(pos, opener, found[1], parts)
            else:
                majority = self._bomber(opener, sentence.end)
        if parts and includes:
            pos = self._siblings(parts, includes, pos, sentence.end)
        elif subset_end is not None:
            # "22 civilians, mostly children, and 13 fighters"
            joined = self._join_after(subset_end, sentence.end, parts)
            if joined is not None:
                pos, subset_end = joined, None
        if majority is not None:
            includes.append(majority)
        if parts:
            # "three children were among at least 19 civilians killed": a subset of the next.
            m_among = _AMONG_COUNT.match(folded, pos, sentence.end)
            k = self.by_start.get(m_among.end()) if m_among is not None else None
            if k is not None and k > idx:
                self.among[k] = [*self.among.get(k, []), *parts]
                return None
        before = None
        if not self._status_follows(end):
            before = self._before_trigger(family.start() if family else start, sentence)
            if before is not None and before[2].to_death:
                # "beat two men to death": the toll's words run to "death"; "burned 20
                # houses", "starved 40,000 people" tell no death.
                m_death = _TO_DEATH.match(folded, pos, sentence.end)
                if m_death is None:
                    before = None
                else:
                    pos = m_death.end()
        if before is not None and pending and _closes(pending[-1], sentence, before[1]):
            before = None  # "20 people killed 30 others injured": "killed" is taken
        toll = (
            None
            if before is not None or _RANKED.match(folded, end)
            else self._toll_trigger(start, sentence)
        )
        after = None
        if before is None and toll is None:
            clause = self._clause_at(sentence, start)
            if includes:
                pos = self._past_close(pos, sentence.end)
            after = self._after_trigger(pos, self._through(sentence, clause, pos), phrase)
            if after is None and subset_end is not None:
                skip = self._past_close(subset_end, sentence.end)
                after = self._after_trigger(skip, self._through(sentence, clause, skip), phrase)
        if before is None and toll is None and after is None and phrase is not None:
            # "evacuated 40 wounded civilians": no verb tells the toll, the adjective does.
            after = self._adjective_status(end, phrase.head_start)
        trigger = before or toll or after
        if trigger is None:
            if phrase is None and pending:
                if folded.startswith(_ELIDED_PREPOSITIONS, end):
                    self._elided(count, sentence, pending[-1])
                elif folded.startswith(" of ", end):
                    self._of_them_after(idx, count, sentence, pending[-1])
            return None
        t_start, t_end, payload = trigger
        if payload.taken:
            before_figure = folded[start - 12 if start > 12 else 0 : start].split()
            if not before_figure or before_figure[-1] not in lex.TAKING:
                return None  # "saved 20 lives": no verb of taking before the figure
        if payload.harm and (
            _NOT_WAR_GAS.search(folded, sentence.start, sentence.end)
            or _FUEL_AFTER.match(folded, t_end, sentence.end)
        ):
            return None  # "suffocation from tear gas", "affected by the gas shortage"
        if after is not None and payload.noun and phrase is None:
            # "20 deaths among civilians": the victims follow the status noun.
            m_among = (
                _AMONG_AFTER.match(folded, t_end, sentence.end)
                if not folded.endswith("among", t_start, t_end)
                else _THE_AFTER.match(folded, t_end, sentence.end)  # "casualties among"
            )
            among = self._read_phrase(m_among.end(), sentence.end) if m_among else None
            if among is not None and not among.inherit:
                phrase = among
                parts = [_Part(count, phrase)]
        if before is not None and phrase is None:
            bare_ok = _AFTER_BARE.match(folded, end, sentence.end) is not None or (
                payload.status in (Status.KILLED, Status.WOUNDED, Status.KILLED_OR_WOUNDED)
                and self.text[end : end + 3].lstrip()[:1].isupper()
            )
            if not bare_ok or payload.victims:
                return None
        if before is not None and payload.body and (phrase is None or not phrase.body):
            return None  # "recovered 40 bodies", not "recovered 3 tanks"
        if phrase is None:
            if toll is not None:
                phrase = self._toll_victims(t_start, t_end, start, end)
            if phrase is None:
                named = self.named_groups.get(start) if count.rule in _NAMED_RULES else None
                if named is not None:
                    phrase = _Phrase(end, named[0], named[1], False, False, end)
                else:
                    phrase = _Phrase(end, None, None, False, True, end)
            parts = [_Part(count, phrase)]
        if before is not None and payload.owner and len(parts) == 1:
            owned = self._owned(parts[0].phrase, t_start, s_start)
            if owned is not None:
                phrase = owned
                parts = [_Part(count, phrase)]
        status = payload.status
        assert status is not None
        if phrase.body and (after is not None and payload.body):
            status = Status.KILLED
        rule = "casualty." + ("toll" if toll else "before" if before else "after")
        the_count = count
        leader = (
            self._named_and(start)
            if len(parts) == 1
            and (
                # folded.endswith(" and ", s_start, start), without a positional call
                (
                    folded[start - 5 if start - 5 > s_start else s_start : start] == " and "
                    and _OF_HIS.match(folded, end, sentence.end) is not None
                )
                # "Sara Ali and her two daughters"
                or folded[start - 9 if start - 9 > s_start else s_start : start] in _AND_HIS
            )
            else None
        )
        subject = self._subject(t_start, s_start) if payload.plus_one else None
        if (
            subject is not None
            and len(parts) == 1
            and self._alike(subject.phrase, parts[0], sentence)
        ):
            # "A colonel was killed along with 9 other soldiers": ten soldiers, of his side if
            # theirs is not told; "along with 2 of his men", his men are fighters.
            if parts[0].phrase.side is None:
                phrase = parts[0].phrase._replace(
                    group=subject.phrase.group, side=subject.phrase.side
                )
                parts = [_Part(count, phrase)]
            subject = None
        if subject is not None:
            # "A rebel commander was killed along with his wife": the commander and his wife,
            # each of their own group (his is told), not two civilians.
            rule = "casualty.along_with"
            parts = [subject, *parts]
            start = subject.figure.span.start
        elif payload.plus_one:
            rule = "casualty.along_with"
            if len(parts) == 1:
                the_count = _plus_one(count, self.text, t_start)
                own = parts[0].phrase
                if own.group in _SUBSET_GROUPS and (
                    folded[start:end] in _OWNERS or folded.endswith(_OWNED_BY, s_start, start)
                ):
                    # "killed along with his wife", "along with her three children": he or
                    # she is none of them; together they are civilians, the kin among them.
                    includes = [*includes, _Part(count, own)]
                    phrase = own = own._replace(group=_CIVILIANS, side=Side.CIVILIANS)
                parts = [_Part(the_count, own)]
        elif leader is not None:
            # "Zahran Alloush and five of his aides were killed": the five and him.
            rule = "casualty.along_with"
            own = parts[0].phrase
            led, led_side = self.named_groups[leader.span.start]
            if own.group in _SUBSET_GROUPS and led is not own.group and led in _ONE_OF_THEM:
                # "Activist Omar Haddad and two of his children": three civilians, two of
                # them children (as "a man and his two children" is read: _read_chain).
                him = _Phrase(leader.span.end, led, led_side, False, False, leader.span.start)
                parts = [_Part(leader, him), parts[0]]
            else:
                the_count = _plus_one(count, self.text, leader.span.start)
            if own.side is None and (
                own.group is _COMBATANTS or (own.group is _PEOPLE and led is _COMBATANTS)
            ):
                # A fighter's men are fighters of his side, as after "an officer and four of
                # his men" (_read_chain): "Rebel commander X and four of his men".
                own = own._replace(group=_COMBATANTS, side=led_side)
            if len(parts) == 1:
                parts = [_Part(the_count, own)]
            phrase = own
            start = leader.span.start
        if after is not None:
            more, _, opener = self._read_includes(t_end, sentence.end)
            if not more and opener is not None and not includes:
                # "48 people were killed, most of them soldiers"
                found = self._uncounted_subset(opener, sentence.end)
                majority = (
                    self._majority(t_end, opener, found[1], parts)
                    if found
                    else self._bomber(opener, sentence.end)
                )
                if majority:
                    more = [majority]
            includes = includes or more
        last = pos if after is None else t_end
        phrase_end = parts[-1].phrase.end
        report = _pending(
            status=status,
            count=the_count,
            phrase=phrase,
            start=start if start < t_start else t_start,
            end=last if last > phrase_end else phrase_end,
            rule=rule,
            sentence=sentence,
            cumulative=(toll is not None and not toll[2].estimate) or self._cumulative(sentence),
            parts=parts,
            includes=[*includes, *self.among.pop(idx, [])],
        )
        if payload.chemical and not _OTHER_CHOKING.search(folded, sentence.start, sentence.end):
            report.cause = Cause.CHEMICAL  # "affected by the gas": a chemical attack
        if payload.plus_one and subject is None:
            report.plus_one = t_start
        if len(parts) > 1:
            groups = {p.phrase.group for p in parts}
            if groups <= _CIVILIAN_GROUPS | {VictimGroup.PEOPLE}:
                report.total = True
                if leader is None:
                    report.rule = "casualty.conjoined"
        return report

    def _shared_head(self, pos: int, limit: int) -> _Phrase | None:
        """The victims of a figure whose noun comes after a joined figure's: "two Syrian and
        three Russian soldiers" (the figure's own modifiers, read from ``pos``, give its side;
        else the noun's own). The phrase ends after those modifiers, where the join is."""
        folded = self.folded
        m = _SHARED_JOIN.match(folded, pos, limit)
        j = self.by_start.get(m.end()) if m is not None else None
        if m is None or j is None or not self._modifiers_ok(pos, m.start("join"), 2):
            return None
        nxt = self._read_phrase(self.items[j].span.end, limit)
        if nxt is None or nxt.inherit or nxt.group is None:
            return None
        side = nxt.side
        if nxt.group is _COMBATANTS:
            own = self._named_sides(pos, m.start("join"), m.start("join"))
            noun = lex.VICTIMS.get(folded[nxt.head_start : nxt.end].split(" ", 1)[0])
            if len(own) == 1:
                side = own.pop()
            else:
                side = noun.side if noun is not None and isinstance(noun.side, Side) else None
        return _Phrase(m.start("join"), nxt.group, side, nxt.body, False, pos)

    def _elided(self, count: Count, sentence: Span, toll: _Pending) -> None:
        """A figure with no victims and no verb of its own, before a place or a day, joined to
        the toll before it in its sentence (``toll``): "21 civilians were killed in raids, 15
        in Manbij and six in Tukhar" (subsets of the toll, by place), "killed 17 civilians on
        Monday and 9 on Tuesday", "four were killed in Douma and three in Harasta" (more
        parts of it: the toll's last words name a place or a day as the figure's do).
        Subsets only while their figures fit in the toll's; the victims are the toll's."""
        folded = self.folded
        start, end = count.span.start, count.span.end
        m_at = _ELIDED_AT.match(folded, end, sentence.end)
        if (
            m_at is None
            or toll.sentence.start != sentence.start
            or toll.rule == "casualty.negated"
            or toll.total
        ):
            return
        after = toll.end if toll.elided is None else toll.elided[0]
        m_gap = _ELIDED_GAP.fullmatch(folded, after, start) if after <= start else None
        if m_gap is None:
            return
        last = toll.parts[-1].phrase
        phrase = _Phrase(end, last.group, last.side, False, False, end)
        if toll.elided is None:
            # Parts when the toll's words end as the figure's go on ("in Douma" / "in
            # Harasta", "on Monday" / "on Tuesday"), else subsets if they fit.
            fits = len(toll.parts) == 1 and _value(toll.count) >= _value(count)
            if m_gap["at"] is None and not fits:
                return  # "killed 21 civilians, 40 in ...": no telling of the toll's people
            kind = self._names_kind(m_at.end())
            same_kind = m_gap["at"] == m_at["at"] and self._names_kind(m_gap.start("what")) == kind
            parts = same_kind or not fits or kind is None
        else:
            parts = toll.elided[1]
            if not parts:
                told = sum(_value(i.figure) for i in toll.includes)
                if told + _value(count) > _value(toll.count):
                    return
        held = toll.parts if parts else toll.includes
        if len(held) >= _MOST_PARTS:
            return  # as many as a list of victims holds (_read_chain)
        held.append(_Part(count, phrase))
        if parts:
            toll.end = end
        toll.elided = (end, parts)

    def _of_them_after(self, idx: int, count: Count, sentence: Span, toll: _Pending) -> None:
        """Subsets told after the toll of their sentence has ended (``toll``), each with its
        figure: "air strikes killed 52 people in Idlib on Monday, 29 of them civilians",
        "35 people were killed in Daraa, 20 of them rebels and 15 soldiers". While their
        figures fit in the toll's (the toll of one part, not negated nor a sum); a subset
        right after the victims is read with them (_one_of_them)."""
        folded = self.folded
        m = _OF_THEM.match(folded, count.span.end, sentence.end)
        if (
            m is None
            or toll.sentence.start != sentence.start
            or toll.rule == "casualty.negated"
            or toll.total
            or len(toll.parts) != 1
            or toll.end > count.span.start
        ):
            return
        at = m.end()
        article = self.by_start.get(at)
        if article is not None and self.items[article].rule == "count.article":
            at = self.items[article].span.end  # "one of them a child": "a" is no figure
        phrase = self._read_phrase(at, sentence.end)
        if phrase is None or phrase.inherit or phrase.group is None:
            return
        parts, _ = self._read_chain(idx, count, sentence.end, phrase)
        whole = _value(toll.count)
        if sum(_value(p.figure) for p in (*toll.includes, *parts)) > whole:
            return
        self.consumed.add(idx)
        if article is not None:
            self.consumed.add(article)
        toll.includes.extend(parts)

    def _names_kind(self, at: int) -> str | None:
        """ "place" or "date" when a place or a date starts at ``at``, else None."""
        i = bisect.bisect_left(self.location_starts, at)
        if i < len(self.location_starts) and self.location_starts[i] == at:
            return "place"
        (_, event_starts), _ = self.dates
        i = bisect.bisect_left(event_starts, at)
        if i < len(event_starts) and event_starts[i] == at:
            return "date"
        return None

    def _breakdown(
        self, idx: int, count: Count, sentence: Span, t_start: int, phrase_at: int | None = None
    ) -> _Pending | None:
        """A part of a toll told before: "Among the dead were 25 rebels and 15 soldiers",
        "five of the dead were children" (the victims read at ``phrase_at``)."""
        if phrase_at is None:
            parts, pos = self._read_chain(idx, count, sentence.end)
        else:
            phrase = self._read_phrase(phrase_at, sentence.end)
            if phrase is None or phrase.inherit:
                return None
            parts, pos = [_Part(count, phrase)], phrase.end
        if not parts:
            return None
        report = _pending(
            status=Status.KILLED,
            count=count,
            phrase=parts[0].phrase,
            start=t_start,
            end=pos,
            rule="casualty.breakdown",
            sentence=sentence,
            cumulative=self._cumulative(sentence),
            parts=parts,
        )
        if len(parts) > 1 and {p.phrase.group for p in parts} <= _CIVILIAN_GROUPS | {
            VictimGroup.PEOPLE
        }:
            report.total = True
        return report

    def _read_chain(
        self,
        idx: int,
        count: Count,
        limit: int,
        phrase: _Phrase | None = None,
        *,
        bare: bool = False,
    ) -> tuple[list[_Part], int]:
        """The figure's phrase and any conjoined parts: "a woman and her three children";
        with ``bare``, parts joined by a space only, as in a list of the toll's parts whose
        commas were stripped ("as follows: 82 fighters 154 civilians")."""
        if phrase is None:
            phrase = self._read_phrase(count.span.end, limit)
            if phrase is None:
                return [], count.span.end
        parts = [_tuple_new(_Part, (count, phrase))]  # _Part(count, phrase), as in _read_phrase
        pos = phrase.end
        while len(parts) < _MOST_PARTS:
            m = _CONNECT.match(self.folded, pos, limit)
            if m is None and bare:
                m = _SPACE.match(self.folded, pos, limit)
            if m is None:
                break
            j = self.by_start.get(m.end())
            if j is None and m.group("owner"):
                j = self.by_start.get(m.start("owner"))  # "and her child": "her" counts one
            if j is None and parts[-1].figure.value == 1:
                shared = self._shared_one(m.end(), limit)
                if shared is None:
                    break
                parts.append(shared)
                pos = shared.phrase.end
                continue
            if j is None or j in self.consumed:
                break
            nxt = self.items[j]
            n_phrase = self._read_phrase(nxt.span.end, limit)
            if n_phrase is None and parts[-1].phrase.group is _COMBATANTS:
                n_phrase = self._elided_fighters(nxt.span.end, limit)
            if n_phrase is None or n_phrase.inherit:
                break
            if "and" not in m.group() and _SPEAKER_AFTER.match(self.folded, n_phrase.end, limit):
                break  # "killed 25 people, a local activist said": the source, not a part
            if (
                parts[-1].phrase.group is _COMBATANTS
                and n_phrase.group in (_PEOPLE, _COMBATANTS)
                and n_phrase.side is None
                and _OF_OWNER.match(self.folded, nxt.span.end, limit)
            ):
                # "an officer and four of his men", "an IS commander and 12 of his fighters":
                # a fighter's men are fighters of his side.
                n_phrase = n_phrase._replace(group=_COMBATANTS, side=parts[-1].phrase.side)
            self.consumed.add(j)
            parts.append(_Part(nxt, n_phrase))
            pos = n_phrase.end
        return parts, pos

    def _subject(self, t_start: int, s_start: int) -> _Part | None:
        """Who was killed along with the victims after the verb at ``t_start``, when the words
        before it tell their group: a figure and its victims ("a rebel commander was killed
        along with", "two soldiers were killed along with") or a named person of a rank or
        side ("Colonel Ali Hamdan was killed along with"). Only auxiliaries may stand between
        them and the verb. None for plain people ("a man", "he"): the one named before is
        then counted as one more of the victims (``plus_one``)."""
        folded = self.folded
        i = bisect_left(self.item_starts, t_start) - 1
        if i >= 0 and i not in self.consumed and self.item_starts[i] >= s_start:
            item = self.items[i]
            phrase = self._read_phrase(item.span.end, t_start)
            if (
                phrase is not None
                and not phrase.inherit
                and phrase.group not in (None, _PEOPLE)
                and all(w in _AUXILIARIES for w in folded[phrase.end : t_start].split(" "))
            ):
                self.consumed.add(i)
                return _Part(item, phrase)
        if folded[t_start - 5 if t_start > 5 else 0 : t_start].endswith(("was ", "been ")):
            named = self._named_before(t_start) or self._the_one(t_start, _THE_ONE_BEFORE)
            if named is not None:
                group, side = self.named_groups[named.span.start]
                if group is not _PEOPLE:
                    at = named.span.start
                    return _Part(named, _Phrase(named.span.end, group, side, False, False, at))
        return None

    def _alike(self, subject: _Phrase, other: _Part, sentence: Span) -> bool:
        """Whether the victims killed along with the subject are of the subject's group: "a
        colonel was killed along with 9 other soldiers", or a fighter's men ("along with two
        of his men", whose noun says only that they are people)."""
        group = other.phrase.group
        return group is subject.group or (
            subject.group is _COMBATANTS
            and group is _PEOPLE
            and other.phrase.side is None
            and _OF_OWNER.match(self.folded, other.figure.span.end, sentence.end) is not None
        )

    def _shared_one(self, pos: int, limit: int) -> _Part | None:
        """One more person named by a singular victim noun at ``pos`` without a figure of
        its own, after one person: the article or possessive before the first noun counts
        this one too ("a woman and child", "his wife and daughter"; rule
        ``count.shared``). Not a noun that tells more of the same person, as a verb of one
        person after it shows: "a journalist and activist was killed"."""
        victims, victim_starts = self._lex_pairs["victim"]
        i = bisect_left(victim_starts, pos)
        if i == len(victim_starts) or victim_starts[i] != pos:
            return None
        n_start, n_end, victim, _ = victims[i]
        assert isinstance(victim, lex.Victim)
        if not victim.singular:
            return None
        phrase = self._read_phrase(pos, limit)
        if phrase is None or phrase.inherit or self._one_person(phrase.end):
            return None
        return _Part(_one(self.text, n_start, n_end, "count.shared"), phrase)

    def _one_person(self, pos: int) -> bool:
        """Whether the first verb after ``pos`` (in the next 60 characters) tells of one
        person: "a journalist and activist from Douma was killed", not "... were killed"."""
        m = _VERB_NUMBER.search(self.folded, pos, pos + 60)
        return m is not None and m.group(1) is not None

    def _more_were(self, pos: int, limit: int) -> list[_Part]:
        """The parts told alike after a subset read as "of whom 9 were women" (from ``pos``,
        its end): "among them 6 were children and 3 were women", "of whom 9 were women, 4
        were children"."""
        folded = self.folded
        out: list[_Part] = []
        while (m := _CONNECT.match(folded, pos, limit)) is not None:
            j = self.by_start.get(m.end())
            if j is None or j in self.consumed:
                break
            nxt = self.items[j]
            were = _WERE.match(folded, nxt.span.end, limit)
            phrase = self._read_phrase(were.end(), limit) if were is not None else None
            if phrase is None or phrase.inherit:
                break
            self.consumed.add(j)
            parts, pos = self._read_chain(j, nxt, limit, phrase)
            out.extend(parts)
        return out

    def _elided_fighters(self, pos: int, limit: int) -> _Phrase | None:
        """Fighters of another group whose noun is left out, after fighters ("16 fighters
        from Faylaq al-Rahman and eight from Jaish al-Islam"), read from ``pos`` (after
        the figure): "of" or "from" and an armed actor."""
        actor = self._group_after(pos, limit)
        side = _actor_side(actor) if actor is not None else None
        if actor is None or side is None:
            return None
        return _Phrase(actor.span.end, _COMBATANTS, side, False, False, pos)

    def _owned(self, phrase: _Phrase, t_start: int, s_start: int) -> _Phrase | None:
        """The victims of a side that lost them, named right before the verb at ``t_start``
        ("Hezbollah lost 8 fighters", "the rebels have lost 12 men"): of its side when their
        words give none, and its men fighters when it is an armed side; the side is then the
        victims', so no perpetrator. None when no such subject stands there."""
        if phrase.side is not None:
            return None
        actors = self._actors_between(s_start, t_start)
        if not actors:
            return None
        owner = actors[-1]
        side = _actor_side(owner)
        if (
            side is None
            or side is Side.CIVILIANS
            or _SUBJECT_GAP.fullmatch(self.folded, owner.span.end, t_start) is None
        ):
            return None
        group = _COMBATANTS if phrase.group in (_PEOPLE, _COMBATANTS) else phrase.group
        return phrase._replace(group=group, side=side)

    def _group_after(self, pos: int, limit: int) -> Actor | None:
        """The actor named after "of" or "from" at ``pos``: "fighters from the Nusra Front",
        also after a word of its backers ("fighters of the Turkish-backed Syrian National
        Army"), when no actor starts at that word."""
        mo = _OF_GROUP.match(self.folded, pos, limit)
        if mo is None:
            return None
        actor = self._actor_starting(mo.end(), limit)
        if actor is None:
            backed = _BACKED.match(self.folded, mo.end(), limit)
            if backed is not None:
                actor = self._actor_starting(backed.end(), limit)
        return actor

    def _uncounted_subset(self, opener: int, limit: int) -> tuple[int, _Phrase] | None:
        """The end of a subset without a figure after the victims ("33 people, most of them
        women and children, were ..."), from the end of its opener (``opener``), and its
        first victims."""
        phrase = self._read_phrase(opener, limit)
        if phrase is None or phrase.inherit:
            return None
        return phrase.end, phrase

    def _bomber(self, opener: int, limit: int) -> _Part | None:
        """The attacker counted among a toll's dead ("killing 12 people, including the
        bomber"): one fighter of no named side, a part of the toll (``opener``: where the
        words after "including" begin)."""
        m = _THE_BOMBER.match(self.folded, opener, limit)
        if m is None:
            return None
        one = _new_count(1, 1, 1, _EXACT, self.text, m.start(), m.end(), "count.attacker")
        return _Part(one, _Phrase(m.end(), _COMBATANTS, None, False, False, m.start()))

    def _majority(self, pos: int, opener: int, subset: _Phrase, parts: list[_Part]) -> _Part | None:
        """A subset told as most of a toll's people ("48 people, most of them soldiers": more
        than 24 soldiers), as a part whose figure is more than half the toll's: of people,
        fighters or civilians; of civilians, children or women. Not "many of them", and not
        two groups together ("mostly women and children": neither group is told to be most).
        The figure's words are the opener's, between ``pos`` (the victims' end) and
        ``opener``."""
        if len(parts) != 1:
            return None
        whole = parts[0]
        group = whole.phrase.group
        if group is None or subset.group not in _MAJORITY_OF.get(group, ()):
            return None
        folded = self.folded
        m = _MAJORITY.search(folded, pos, opener)
        if m is None or _TWO_GROUPS.search(folded, opener, subset.end) is not None:
            return None
        m_and = _CONJOINED.match(folded, subset.end)
        if m_and is not None and m_and.end() not in self.by_start:
            return None  # "mostly women and children" (not "mostly children, and 13 fighters")
        figure = whole.figure
        value, high = figure.value, figure.high
        base = value if value is not None else figure.low
        if not base:
            return None  # no figure, or none to be most of ("0 others, mostly children")
        if high is None and figure.qualifier is _EXACT:
            high = value
        count = _new_count(
            None,
            base // 2 + 1,
            high,
            Qualifier.MORE_THAN,
            self.text,
            m.start(),
            m.end(),
            "count.most",
        )
        return _Part(count, subset)

    def _past_close(self, pos: int, limit: int) -> int:
        """After the dash or bracket that closes a toll's subsets: "23 civilians - including
        nine children - were killed" reads its verb after the second dash."""
        m = _CLOSE.match(self.folded, pos, limit)
        return m.end() if m is not None else pos

    def _through(self, sentence: Span, clause: Span, pos: int) -> Span:
        """``clause`` stretched to hold ``pos``, when the victims read from it run past its
        end ("23 civilians, including nine children, and 16 fighters dead": the clause
        splitter breaks at ", and")."""
        if pos < clause.end:
            return clause
        return Span(start=clause.start, end=self._clause_at(sentence, pos).end)

    def _siblings(self, parts: list[_Part], includes: list[_Part], pos: int, limit: int) -> int:
        """Parts of the toll that follow its subsets: "23 civilians - including nine children -
        and 16 fighters" (after the subsets' closing dash or bracket), or "23 civilians,
        including nine children, and 16 fighters" (an included part of the other kind:
        fighters are no subset of civilians, nor civilians of fighters). They move from
        ``includes`` to ``parts``; the end of what was read is returned."""
        civilian = {p.phrase.group for p in parts} <= _CIVILIAN_GROUPS
        fighters = all(p.phrase.group is _COMBATANTS for p in parts)
        if civilian or fighters:
            for i, part in enumerate(includes):
                group = part.phrase.group
                # Children and women may be among fighters ("287 IS fighters, among them 26
                # minors"); civilians by name may not.
                if (civilian and group is _COMBATANTS) or (fighters and group is _CIVILIANS):
                    parts.extend(includes[i:])
                    del includes[i:]
                    return pos
        end = self._join_after(pos, limit, parts)
        return pos if end is None else end

    def _join_after(self, pos: int, limit: int, parts: list[_Part]) -> int | None:
        """The part of the toll after its subsets' close ("- and 16 fighters"), added to
        ``parts``; the end of its words, or None when none follows."""
        m = _CLOSE_CONNECT.match(self.folded, pos, limit)
        j = self.by_start.get(m.end()) if m is not None else None
        if j is None or j in self.consumed:
            return None
        more, end = self._read_chain(j, self.items[j], limit)
        if not more:
            return None
        self.consumed.add(j)
        parts.extend(more)
        return end

    def _read_includes(self, pos: int, limit: int) -> tuple[list[_Part], int, int | None]:
        """The subsets after the victims ("including 5 children") and the end of what was
        read; third, where an opener that no figure follows ends ("mostly" in "33 people,
        mostly women, were killed"), else None."""
        m = _INCLUDES_OR_GAP.match(self.folded, pos, limit)
        assert m is not None  # the second branch matches anywhere
        j = self.by_start.get(m.end())
        if m.group("includes") is None:
            # "two people, one of them a child" needs a figure after the gap: most tolls have
            # none there (2.6 k calls a pass end here), and then no call is made.
            if j is None or j in self.consumed:
                if m.end() > pos and self.folded.startswith("both ", m.end()):
                    return (*self._both_of_them(pos, m.end(), limit), None)
                return [], pos, None
            return (*self._one_of_them(pos, limit, j), None)
        if j is None:
            return [], pos, m.end()
        if j in self.consumed:
            return [], pos, None
        parts, end = self._read_chain(j, self.items[j], limit)
        if not parts:
            return [], pos, None
        self.consumed.add(j)
        return parts, end, None

    def _both_of_them(self, pos: int, at: int, limit: int) -> tuple[list[_Part], int]:
        """ "two civilians, both women": two women among them (``at``: where "both" stands
        after the gap that follows the victims at ``pos``); only women or children, as a
        subset is kept (a restated group is no news)."""
        phrase = self._read_phrase(at + 4, limit)
        if phrase is None or phrase.group not in _SUBSET_GROUPS:
            return [], pos
        both = _new_count(2, 2, 2, _EXACT, self.text, at, at + 4, "count.both")
        return [_Part(both, phrase)], phrase.end

    def _one_of_them(self, pos: int, limit: int, k: int) -> tuple[list[_Part], int]:
        """ "two people, one of them a child": the child is a subset of the two (``k``: the
        index of the unconsumed figure at the end of _LEAD_GAP's match at ``pos``)."""
        figure = self.items[k]
        m = _OF_THEM.match(self.folded, figure.span.end, limit)
        if m is None:
            return [], pos
        at = m.end()
        article = self.by_start.get(at)
        if article is not None and self.items[article].rule == "count.article":
            at = self.items[article].span.end  # "one of them a child": "a" is no figure
        phrase = self._read_phrase(at, limit)
        if phrase is None or phrase.inherit:
            return [], pos
        self.consumed.add(k)
        if article is not None:
            self.consumed.add(article)
        return [_Part(figure, phrase)], phrase.end

    def _cumulative(self, sentence: Span) -> bool:
        found = self._cumulative_at.get(sentence.start)
        if found is None:
            found = False
            # A loop, not any() over a generator: a generator object costs more.
            for hit in self._hits_between("trigger", sentence.start, sentence.end):
                if hit[3] in _CUMULATIVE:
                    found = True
                    break
            self._cumulative_at[sentence.start] = found
        return found

    def _negations(self) -> list[_Pending]:
        out: list[_Pending] = []
        for start, _end, _payload, _key in self.lex.hits["neg"]:
            m = _NEGATION.match(self.folded, start, min(len(self.folded), start + 80))
            if m is None:
                continue
            sentence = self.doc.sentence_at(start)
            if sentence is None or m.end() > sentence.end:
                continue
            word = " ".join((m.group("verb") or m.group("verb2") or m.group("noun") or "").split())
            status = _NEG_STATUS.get(word, Status.KILLED_OR_WOUNDED)
            group = VictimGroup.PEOPLE
            for w in _GAP_WORD.findall(m.group()):
                if w in _NEG_VICTIMS:
                    group = _NEG_VICTIMS[w]
            w_start, w_end = m.span("word")
            zero = Count(
                value=0,
                low=0,
                high=0,
                qualifier=Qualifier.EXACT,
                surface=self.text[w_start:w_end],
                span=Span(start=w_start, end=w_end),
                rule="count.negated",
            )
            side = Side.CIVILIANS if group in _CIVILIAN_GROUPS else None
            phrase = _Phrase(m.end(), group, side, False, False, w_start)
            p = _pending(
                status=status,
                count=zero,
                phrase=phrase,
                start=m.start(),
                end=m.end(),
                rule="casualty.negated",
                sentence=sentence,
                cumulative=False,
                parts=[_Part(zero, phrase)],
            )
            out.append(p)
        return out

    # --- context: perpetrator, cause, place, date, source
    def _build(self, p: _Pending, previous: dict[int, CasualtyReport]) -> list[CasualtyReport]:
        negated = p.rule == "casualty.negated"
        clause = self._clause_at(p.sentence, p.start)
        # Where a place is looked for: the clause, then the sentence (once when the same).
        scopes = (clause, p.sentence) if clause is not p.sentence else (clause,)
        source = self._attribution_for(p.sentence)
        prev = previous.get(p.sentence.start)
        reports: list[CasualtyReport] = []
        units: list[tuple[Count, _Phrase, int, int, tuple[_Part, ...], int]]
        if p.total:
            total = _sum_counts([part.figure for part in p.parts], self.text, p.parts)
            if p.plus_one is not None:
                total = _plus_one(total, self.text, p.plus_one)
            whole = (
                VictimGroup.PEOPLE
                if any(part.phrase.group is VictimGroup.PEOPLE for part in p.parts)
                else VictimGroup.CIVILIANS
            )
            whole_side = Side.CIVILIANS if whole is VictimGroup.CIVILIANS else None
            phrase = p.parts[-1].phrase._replace(group=whole, side=whole_side)
            subsets = tuple(
                part
                for part in p.parts
                if part.phrase.group in (VictimGroup.CHILDREN, VictimGroup.WOMEN)
            )
            units = [(total, phrase, p.start, p.end, (*subsets, *p.includes), p.start)]
        elif len(p.parts) > 1:
            # The place and date of each part after the first are looked for from its own
            # figure ("four were killed in Douma and three in Harasta").
            units = [
                (
                    part.figure,
                    part.phrase,
                    min(p.start, part.figure.span.start),
                    p.end,
                    (),
                    part.figure.span.start,
                )
                for part in p.parts
            ]
            units[0] = (*units[0][:4], tuple(p.includes), p.start)
        else:
            units = [(p.count, p.phrase, p.start, p.end, tuple(p.includes), p.start)]
        # The cause is the toll's, the same for each of its units; what an active toll's victims
        # were doing names none (_VICTIMS_DOING), looked for only when the cause is read.
        doing = (
            _VICTIMS_DOING.match(self.folded, p.end, clause.end)
            if p.cause is None and p.rule == "casualty.before"
            else None
        )
        # An arrest, a kidnapping or a release has no weapon: "SDF forces arrested 12 civilians
        # during a raid" were not hit by an air raid.
        cause = p.cause or (
            None
            if p.status in NO_WEAPON
            else self._cause(p, clause, doing.span() if doing else None)
        )
        victim_spans = [
            (part.figure.span.start, part.phrase.end) for part in (*p.parts, *p.includes)
        ]
        for count, phrase, start, end, includes, offset in units:
            group: VictimGroup | None = phrase.group
            side = phrase.side
            if (group is None or phrase.inherit) and prev is not None and not negated:
                group, side = prev.victims, prev.victim_side
                if phrase.inherit and group in _NAMED_SUBSETS:
                    # "a child was killed and three others were injured": other civilians,
                    # not other children.
                    group = _CIVILIANS
            group = group or _PEOPLE
            perpetrator = (
                None if negated else self._perpetrator(p, clause, side, victim_spans, source)
            )
            location, date = self._where_when(p, scopes, offset)
            subs: tuple[CasualtyReport, ...] = ()
            if includes:  # most tolls have no subsets
                subs = tuple(
                    _report(
                        p.status,
                        part.figure,
                        part.phrase.group or _PEOPLE,
                        part.phrase.side,
                        perpetrator,
                        cause,
                        # A subset by place or day ("15 in Manbij") has its own.
                        *(
                            (location, date)
                            if part.phrase.end != part.figure.span.end
                            else self._where_when(p, scopes, part.figure.span.start)
                        ),
                        source,
                        (),
                        p.cumulative,
                        False,
                        self.text[part.figure.span.start : part.phrase.end],
                        part.figure.span.start,
                        part.phrase.end,
                        "casualty.includes",
                    )
                    for part in includes
                )
            report = _report(
                p.status,
                count,
                group,
                side,
                perpetrator,
                cause,
                location,
                date,
                source,
                subs,
                p.cumulative,
                negated,
                self.text[start:end],
                start,
                end,
                p.rule,
            )
            reports.append(report)
            if not negated:
                previous[p.sentence.start] = report
        return reports

    def _where_when(
        self, p: _Pending, scopes: tuple[Span, ...], at: int
    ) -> tuple[Location | None, DateRef | None]:
        """The place and date of a toll's unit, nearest ``at`` in the toll's scopes."""
        location = _nearest(*self.scenes, scopes, at)
        (event_dates, event_starts), (told_dates, told_starts) = self.dates
        # The telling's dates only when the document has any (most have none).
        date = _nearest(event_dates, event_starts, (p.sentence,), at) or (
            _nearest(told_dates, told_starts, (p.sentence,), at) if told_dates else None
        )
        # The search is the test (no slice for a "th" gate first: the literal-led search
        # finds "th" as the gate's C test did, and most windows hold one: 444 of 697).
        if (
            date is None
            and event_dates
            and _POINTED_BACK.search(self.folded, p.sentence.start, at) is not None
        ):
            date = self._date_pointed_back(p.sentence, at)
        return location, date

    def _date_pointed_back(self, sentence: Span, at: int) -> DateRef | None:
        """The date of the sentence before, when the toll's own sentence, undated, points back
        to an attack told there ("Sarin was used in Ghouta in 2013. The US blamed Damascus for
        that attack, which killed 1,429 people"): its last date, in the same paragraph. The
        caller has found the pointing words (_POINTED_BACK) before ``at``."""
        sentences = self.doc.sentences
        i = bisect.bisect_left(self._sentence_starts(), sentence.start)
        if i == 0 or "\n" in self.text[sentences[i - 1].end : sentence.start]:
            return None
        prev = sentences[i - 1]
        (event_dates, event_starts), _ = self.dates
        j = bisect.bisect_left(event_starts, prev.end) - 1
        if j >= 0 and event_dates[j].span.start >= prev.start:
            return event_dates[j]
        return None

    def _perpetrator(
        self,
        p: _Pending,
        clause: Span,
        victim_side: Side | None,
        victim_spans: list[tuple[int, int]],
        source: Attribution | None,
    ) -> Actor | None:
        """The agent of the toll, read in its own clause: the subject before it ("Russian
        raids hit Raqqa, killing 30"), the "by X" of an attack ("killed by regime
        shelling"), or the owner of the weapon after it ("killed in Russian strikes").
        Elsewhere in the sentence only an actor doing violence counts. Never an actor that
        holds a place ("IS-held Raqqa"), is a target ("raids on ISIL positions"), is among
        the victims ("70 regime and rebel fighters") or only reports ("Russia says")."""

        # ok(): an actor that is not the victims' side, the source, among the victims or
        # (the costly test, memoised per actor and made last) no agent. The cheap part is
        # tested once per actor here; the first actor of the first group that has one is
        # the same as with all of ok() tested per group (all tests are pure).
        src = source.actor.span if source is not None and source.actor is not None else None
        if src is not None and _SAYS_OWN.match(self.folded, src.end, p.start) is not None:
            src = None  # "the coalition said its aircraft killed 40 militants": it acted
        in_clause = self._candidates(clause)
        if in_clause:
            good = [a for a in in_clause if not _excluded(a, victim_side, src, victim_spans)]
            if good:
                start = p.start
                not_agent = self._not_agent
                by_first = p.rule != "casualty.before"
                # Before a noun ("the deaths of", "the killing of") the subject is the agent
                # ("IS released a video of the killing of two activists") unless it reacts
                # to the deaths ("the Kremlin expressed condolences over the deaths of").
                nominal = not by_first and self.folded.startswith(_NOMINAL_TRIGGERS, start)
                if not by_first:
                    subject = self._lone_subject(good, start)
                    if subject is not None:
                        return self._refine(subject)
                for group in (0, 1, 2, 3) if by_first else (1, 0, 2, 3):
                    for a in good:
                        if group == 1:
                            if a.span.end > start or (
                                nominal
                                and _REACTION.search(
                                    self.folded, max(a.span.end, start - _REACTION_REACH), start
                                )
                            ):
                                continue
                        elif group == 0:
                            if not self._flag(a, 0):
                                continue
                        elif a.span.start < start or not self._flag(a, group - 1):
                            continue  # 2: owns a weapon, 3: agentive
                        if not not_agent(a):
                            return self._refine(a)
        if clause is p.sentence:
            # A sentence of one clause (most: 1.3 k of 1.4 k calls a pass): every actor of
            # the sentence stands in the clause, which the loop below skips, so it has none.
            return None
        for a in self._candidates(p.sentence):
            if clause.start <= a.span.start < clause.end or _excluded(
                a, victim_side, src, victim_spans
            ):
                continue
            if not self._not_agent(a) and self._flag(a, 2):
                return self._refine(a)
        return None

    def _lone_subject(self, good: list[Actor], start: int) -> Actor | None:
        """The lone subject right before a finite verb at ``start``, which acts whatever stands
        earlier in a clause that ran on ("Syrian airstrikes kill 100 ... The coalition has
        killed 20": page furniture with no full stop between); not the object of a
        preposition, the second of two agents or the last of a list ("Coalition air strikes,
        Turkish army kill 8"), nor an actor that is no agent. None before a participle
        ("clashed with the terrorists, killing", "executing"): it may hang on the clause's
        subject."""
        folded = self.folded
        if folded[start : start + 14].split(" ", 1)[0].endswith("ing"):
            return None
        before = [a for a in good if a.span.end <= start]
        if not before:
            return None
        a = before[-1]
        at = a.span.start
        if len(before) > 1 and not folded[before[-2].span.end : at].strip(" ,"):
            return None
        if (
            _SUBJECT_GAP.fullmatch(folded, a.span.end, start) is None
            or _NOT_LONE_SUBJECT.search(folded, at - 25 if at > 25 else 0, at) is not None
            or self._not_agent(a)
        ):
            return None
        return a

    def _flag(self, actor: Actor, test: int) -> bool:
        """Test ``test`` of ``actor`` (0: _by_agent, 1: _owns_weapon, 2: _agentive), each
        computed once per actor: the same actors stand around every toll of a sentence."""
        flags = self._flags.get(id(actor))
        if flags is None:
            flags = self._flags[id(actor)] = [None, None, None]
        found = flags[test]
        if found is None:
            if test == 2:
                # _agentive is _owns_weapon or _by_agent or more: those two read first.
                found = self._flag(actor, 1) or self._flag(actor, 0) or _acts(self.folded, actor)
            else:
                found = (_by_agent if test == 0 else _owns_weapon)(self.folded, actor)
            flags[test] = found
        return found

    def _candidates(self, scope: Span) -> list[Actor]:
        """The actors in ``scope`` of a kind and side that may be a perpetrator (not a
        monitor, a civilian or a neutral side): the same for every toll of a clause or
        sentence, so read once per scope."""
        key = (scope.start, scope.end)
        found = self._scope_actors.get(key)
        if found is None:
            found = self._scope_actors[key] = [
                a
                for a in self._actors_between(scope.start, scope.end)
                if not (a.kind in _NOT_PERPETRATORS or a.side in _BYSTANDER_SIDES)
            ]
        return found

    def _not_agent(self, actor: Actor) -> bool:
        found = self._not_agents.get(id(actor))
        if found is None:
            found = self._not_agents[id(actor)] = _not_agent(
                self.doc, actor, self.items, self.item_starts
            )
        return found

    def _refine(self, actor: Actor) -> Actor:
        return _refine(self.folded, self.actors, self.actor_starts, actor)

    def _context_sentence(self, sentence: Span) -> Span | None:
        """The nearest of the three earlier sentences of the same paragraph that names a cause,
        else the next sentence when it names one and does not open on another event: a lead
        toll is often followed by how ("Five civilians were killed in Douma. Regime jets
        struck a market there.")."""
        if sentence.start not in self._context:
            self._context[sentence.start] = self._read_context(sentence)
        return self._context[sentence.start]

    def _read_context(self, sentence: Span) -> Span | None:
        sentences = self.doc.sentences
        i = bisect.bisect_left(self._sentence_starts(), sentence.start)
        for k in range(i - 1, max(-1, i - 4), -1):
            prev = sentences[k]
            if "\n" in self.text[prev.end : sentence.start]:
                break
            if self._names_cause(prev):
                return prev
        if i + 1 < len(sentences):
            nxt = sentences[i + 1]
            if (
                "\n" not in self.text[sentence.end : nxt.start]
                and self._names_cause(nxt)
                and not _NEW_EVENT.match(self.folded, nxt.start)
            ):
                return nxt
        return None

    def _names_cause(self, sentence: Span) -> bool:
        """Whether another sentence says how people died, for a toll whose own sentence does
        not: a weapon, an act or starvation, not "the siege" alone, which frames a battle
        ("rebels battled to break the siege of the city") and kills no one by itself."""
        # A loop, not any() over a generator: a generator object costs more.
        for h in self._hits_between("cause", sentence.start, sentence.end):
            if h[3] != _FRAMING_SIEGE:
                return True
        return False

    def _cause(
        self, p: _Pending, clause: Span, doing: tuple[int, int] | None = None
    ) -> Cause | None:
        """The most specific cause in the clause, else the sentence, else the context sentence;
        among equals the nearest ("helicopters dropped a barrel bomb" is a barrel bomb).
        Nothing in ``doing`` (what the victims were doing: _VICTIMS_DOING) counts."""
        # A sentence of one clause is its own clause (the same Span): read once.
        for scope in (clause, p.sentence, None) if clause is not p.sentence else (clause, None):
            if scope is None:
                # The context sentence is looked for only when clause and sentence name none.
                scope = self._context_sentence(p.sentence)
                if scope is None:
                    return None
            hits = self._hits_between("cause", scope.start, scope.end)
            if doing is not None:
                hits = [h for h in hits if not doing[0] <= h[0] < doing[1]]
            if not hits and self._hits_between(_DOWNED, scope.start, scope.end):
                # "A helicopter was shot down, killing the five on board": how they died is
                # told, and it is no weapon of ours; no other sentence tells it better.
                return None
            if hits:
                best = self._attached(p, hits) or (
                    hits[0] if len(hits) == 1 else _best_cause(hits, p.start)
                )
                cause = _air_bombing(self.folded, best)
                if (cause is _EXPLOSION or best[3] in _BARE_RAIDS) and _DEFINITE_BEFORE.search(
                    self.folded, max(0, best[0] - 6), best[0]
                ):
                    kinds = _EXPLOSIVE_CAUSES if cause is _EXPLOSION else _RAID_CAUSES
                    return self._told_before(p.sentence, best[0], kinds) or cause
                return cause
        return None

    def _attached(
        self, p: _Pending, hits: Sequence[tuple[int, int, object, str]]
    ) -> tuple[int, int, object, str] | None:
        """The cause the toll's own words name: "One woman was killed in an air strike on
        the town, site of a chemical attack" died in the air strike, whatever else the clause
        names; unless a more specific weapon is the strike's ("in a strike with a barrel bomb")."""
        for i, hit in enumerate(hits):
            if hit[0] < p.end:
                if hit[0] >= p.start:
                    return None  # the toll's own verb names it: "executed 15 by shooting"
                continue
            if _ATTACHED_CAUSE.fullmatch(self.folded, p.end, hit[0]) is None:
                return None
            for later in hits[i + 1 :]:
                if _WEAPON_OF.fullmatch(self.folded, hit[1], later[0]) is not None:
                    return later
            return hit
        return None

    def _told_before(self, sentence: Span, end: int, kinds: frozenset[Cause]) -> Cause | None:
        """The cause of ``kinds`` an earlier sentence names, which "the bombing", "the blast"
        or "the raid" retells: "Warplanes pounded Idlib ... 72 civilians were killed in the
        bombing" (an air strike), "A car bomb went off ... the blast killed five" (a car bomb),
        "the group seized the gas field in fierce clashes ... the toll from the raid rose to
        115" (clashes: a raid on the ground). The nearest before, in the sentence or the three
        before it."""
        i = bisect.bisect_left(self._sentence_starts(), sentence.start)
        start = self.doc.sentences[max(0, i - 3)].start
        for hit in reversed(self._hits_between("cause", start, end)):
            if hit[2] in kinds:
                cause = hit[2]
                assert isinstance(cause, Cause)
                return cause
        return None

    def _attribution_for(self, sentence: Span) -> Attribution | None:
        if sentence.start in self._attribution:
            return self._attribution[sentence.start]
        found = self._read_attribution(sentence)
        self._attribution[sentence.start] = found
        return found

    def _earlier_attribution(self, sentence: Span) -> Attribution | None:
        """The source named in one of the three sentences before: "..., it said"."""
        sentences = self.doc.sentences
        i = bisect.bisect_left(self._sentence_starts(), sentence.start)
        for k in range(i - 1, max(-1, i - 4), -1):
            at = sentences[k].start
            if at not in self._plain_attribution:
                self._plain_attribution[at] = self._read_attribution(sentences[k], pronouns=False)
            found = self._plain_attribution[at]
            if found is not None:
                return found
        return None

    def _read_attribution(self, sentence: Span, pronouns: bool = True) -> Attribution | None:
        cues = self._hits_between("cue", sentence.start, sentence.end)
        if not cues:
            return None  # nothing below reads a source without a cue
        hedge: str | None = None
        for _, _, payload, key in cues:
            assert isinstance(payload, lex.Cue)
            if payload.kind == "hedge" and hedge is None:
                hedge = payload.value
            elif key in lex.HEDGE_VERBS and hedge is None:
                hedge = lex.HEDGE_VERBS[key]
        sources: list[tuple[int, int, str, Actor | None]] = [
            (a.span.start, a.span.end, a.name, a)
            for a in self._actors_between(sentence.start, sentence.end)
            if a.kind in _SOURCE_KINDS
        ]
        # The actors' starts, in order: a source word inside one is found by a bisection (a
        # loop over all of them made a long list of sources quadratic).
        actor_starts = [x[0] for x in sources]
        for s, e, payload, _ in cues:
            assert isinstance(payload, lex.Cue)
            if payload.kind == "source":
                i = bisect_right(actor_starts, s) - 1
                if i < 0 or s > sources[i][1] + 1:
                    sources.append((s, e, payload.value, None))
                # else the source word is an actor's, inside its name or right after it
                # ("Civil Defence official X said", "a SANA source"): that actor is the source
        sources.sort(key=_FIRST)
        starts = [x[0] for x in sources]
        for c_start, c_end, payload, _ in cues:
            assert isinstance(payload, lex.Cue)
            if payload.kind == "according":
                i = bisect_left(starts, c_end)
                after = sources[i : bisect_right(starts, c_end + 40, i)]
                if after:
                    return self._make_attribution(after[0], c_start, c_end, hedge)
            elif payload.kind == "verb":
                # Sources that end at most 60 characters before the cue start no more than
                # _SOURCE_REACH before it (no source name is longer).
                window = sources[
                    bisect_left(starts, c_start - _SOURCE_REACH) : bisect_right(starts, c_start)
                ]
                before = [x for x in window if x[1] <= c_start and c_start - x[1] <= 60]
                if before:
                    return self._make_attribution(before[-1], c_start, c_end, hedge)
                lo = c_start - 25 if c_start - 25 > sentence.start else sentence.start
                if _PRONOUN_SOURCE.search(self.folded, lo, c_start):
                    last = self._earlier_attribution(sentence) if pronouns else None
                    if last is not None:
                        return Attribution(
                            name=last.name,
                            actor=last.actor,
                            surface=last.surface,
                            span=last.span,
                            hedge=hedge,
                        )
                i = bisect_left(starts, c_end)
                after = sources[i : bisect_right(starts, c_end + 15, i)]
                if after and payload.value not in ("told", "tells"):
                    return self._make_attribution(after[0], c_start, c_end, hedge)
        return None

    def _make_attribution(
        self,
        source: tuple[int, int, str, Actor | None],
        c_start: int,
        c_end: int,
        hedge: str | None,
    ) -> Attribution:
        start = source[0] if source[0] < c_start else c_start
        end = source[1] if source[1] > c_end else c_end
        return Attribution(
            name=source[2],
            actor=source[3],
            surface=self.text[start:end],
            span=Span(start=start, end=end),
            hedge=hedge,
        )


_T = TypeVar("_T", Location, DateRef)


def _excluded(
    actor: Actor,
    victim_side: Side | None,
    source: Span | None,
    victim_spans: Sequence[tuple[int, int]],
) -> bool:
    """Whether an actor cannot be a toll's perpetrator for the toll's own reasons: it is the
    victims' side, the report's source (``source``: its span), or stands among the victims."""
    at = actor.span.start
    # ``source == actor.span`` as two integer tests: Span's generated __eq__ is a Python call.
    if (victim_side is not None and actor.side is victim_side) or (
        source is not None and source.start == at and source.end == actor.span.end
    ):
        return True
    # A loop, not any() over a generator (ruff's SIM110): this runs for every candidate actor
    # of every toll, and a generator object costs more than the loop.
    for s, e in victim_spans:  # noqa: SIM110
        if s <= at < e:
            return True
    return False


def _best_cause(
    hits: Sequence[tuple[int, int, object, str]], at: int
) -> tuple[int, int, object, str]:
    """``min(hits, key=lambda h: (_CAUSE_RANK.get(h[2], 0), abs(h[0] - at)))``: the most
    specific cause, among equals the nearest ``at``, the first of ties. A loop, not min() with
    a key: a lambda called per hit and a tuple built for it cost more than the loop
    (tests/test_speed18_cas.py checks both agree)."""
    rank_of = _CAUSE_RANK.get
    best = hits[0]
    best_rank = rank_of(best[2], 0)
    best_dist = best[0] - at if best[0] >= at else at - best[0]
    for hit in hits[1:]:
        rank = rank_of(hit[2], 0)
        if rank > best_rank:
            continue
        dist = hit[0] - at if hit[0] >= at else at - hit[0]
        if rank < best_rank or dist < best_dist:
            best, best_rank, best_dist = hit, rank, dist
    return best


def _value(count: Count) -> int:
    """A figure as a number: its value, else its low bound ("dozens": 24)."""
    if count.value is not None:
        return count.value
    return count.low or 0


def _nearest(
    records: Sequence[_T], starts: list[int], scopes: Sequence[Span], offset: int
) -> _T | None:
    """The record in the first scope that has one, nearest ``offset`` (a following one first:
    "killed in Douma"); a country only when nothing more precise is there."""
    for scope in scopes:
        i = bisect.bisect_left(starts, scope.start)
        j = bisect.bisect_left(starts, scope.end, i)
        if i == j:
            continue
        if j == i + 1:  # the common case: one record starts in the scope
            if records[i].span.end <= scope.end:
                return records[i]
            continue
        found = _nearest_in(records, starts, i, j, scope.end, offset)
        if found is not None:
            return found
    return None


def _nearest_in(
    records: Sequence[_T], starts: list[int], i: int, j: int, end: int, offset: int
) -> _T | None:
    """Of ``records[i:j]`` that end by ``end`` (a country only when none else does), the
    first that starts at or after ``offset``, else the first of those that start last.

    The search walks out from ``offset`` and stops at the first fit, so a toll in an
    endless sentence of places costs what its neighbours cost, not the whole sentence."""
    k = bisect.bisect_left(starts, offset, i, j)
    country = -1  # the first country that fits at or after offset
    for m in range(k, j):
        r = records[m]
        if r.span.end <= end:
            if not _is_country(r):
                return r
            if country < 0:
                country = m
    # Nothing more precise at or after offset: the last before it, else a country.
    last_country = -1
    for m in range(k - 1, i - 1, -1):
        r = records[m]
        if r.span.end <= end:
            if not _is_country(r):
                return _first_alike(records, starts, i, m, end)
            if last_country < 0:
                last_country = m
    if country >= 0:
        return records[country]
    return _first_alike(records, starts, i, last_country, end) if last_country >= 0 else None


def _first_alike(records: Sequence[_T], starts: list[int], i: int, m: int, end: int) -> _T:
    """The first record from ``i`` on that starts where ``records[m]`` does, ends by
    ``end`` and is a country just when it is (``records[m]`` itself at the latest)."""
    country = _is_country(records[m])
    first = m
    while m > i and starts[m - 1] == starts[first]:
        m -= 1
        if records[m].span.end <= end and _is_country(records[m]) is country:
            first = m
    return records[first]


def _is_country(record: object) -> bool:
    return isinstance(record, Location) and record.place.kind is _COUNTRY


def _closes(report: _Pending, sentence: Span, t_end: int) -> bool:
    """Whether a trigger ending at ``t_end`` closed ``report`` ("20 people killed")."""
    # The integer test first: Span's generated __eq__ is a Python call.
    return report.end == t_end and report.sentence == sentence and report.rule == "casualty.after"


def _actor_side(actor: Actor) -> Side | None:
    if actor.side in _NO_SIDES:
        return None
    if actor.kind in _NOT_PERPETRATORS:
        return None
    if actor.surface.strip().lower() in ("syrian", "syria"):
        return None
    return actor.side


def _modifier_says_female(folded: str, start: int, end: int) -> bool:
    # Both words have five letters: a shorter window (most: one space) holds neither.
    return end - start >= 5 and _FEMALE.search(folded, start, end) is not None


def _plus_one(count: Count, text: str, start: int) -> Count:
    """ "killed along with 13 others": the 13 and the one named before them."""

    def inc(v: int | None) -> int | None:
        return None if v is None else v + 1

    end = count.span.end
    return Count(
        value=inc(count.value),
        low=inc(count.low),
        high=inc(count.high),
        qualifier=count.qualifier,
        surface=text[start:end],
        span=Span(start=start, end=end),
        rule="count.along_with" if count.rule != "count.conjoined" else "count.conjoined",
    )


# The groups a figure's victims may be restated as ("two civilians, a woman and her son"):
# people (no group) fit any. Only women and children (of another group than the figure's)
# are kept as its subsets, as "including" would give them.
_RESTATES = {
    _PEOPLE: frozenset(VictimGroup),
    _CIVILIANS: frozenset({_CIVILIANS, VictimGroup.CHILDREN, _WOMEN, _PEOPLE}),
    VictimGroup.CHILDREN: frozenset({VictimGroup.CHILDREN, _PEOPLE}),
    _WOMEN: frozenset({_WOMEN, _PEOPLE}),
    _COMBATANTS: frozenset({_COMBATANTS, _PEOPLE}),
}
_NAMED_SUBSETS = frozenset({VictimGroup.CHILDREN, _WOMEN})


def _restates(parts: Sequence[_Part], folded: str, end: int) -> bool:
    """Whether the parts after the first restate it between commas, one by one: "two
    civilians, a woman and her son, were killed" counts two people, not four. The first
    part's exact figure must be the sum of the others' exact figures, the others must fit
    its group, a comma must open the restatement and another close it (``end``: the end of
    the last part), and "and" must join its last part: without the closing comma, "two
    soldiers, a woman and a child were killed" is a list of four."""
    head = parts[0]
    group = head.phrase.group
    fits = _RESTATES.get(group) if group is not None else _RESTATES[_PEOPLE]
    if (
        fits is None
        or head.figure.qualifier is not Qualifier.EXACT
        or folded[head.phrase.end : parts[1].figure.span.start].strip() != ","
        or " and " not in f" {folded[parts[-2].phrase.end : parts[-1].figure.span.start]} "
        or not folded[end : end + 3].lstrip().startswith(",")
    ):
        return False
    total = 0
    for part in parts[1:]:
        if part.figure.qualifier is not Qualifier.EXACT or part.phrase.group not in fits:
            return False
        total += part.figure.value or 0
    return total == head.figure.value


def _sum_counts(counts: Sequence[Count], text: str, parts: Sequence[_Part]) -> Count:
    """One count for conjoined victims: "a female civilian and five children" -> 6."""
    values = [c.value for c in counts]
    lows = [c.low for c in counts]
    highs = [c.high for c in counts]
    value = sum(v for v in values if v is not None) if None not in values else None
    low = sum(v for v in lows if v is not None) if None not in lows else None
    high = sum(v for v in highs if v is not None) if None not in highs else None
    qualifiers = {c.qualifier for c in counts}
    if qualifiers == {Qualifier.EXACT}:
        qualifier = Qualifier.EXACT
    elif Qualifier.VAGUE in qualifiers:
        qualifier = Qualifier.VAGUE
    elif high is None:
        qualifier = Qualifier.AT_LEAST
    elif low is None:
        qualifier = Qualifier.UP_TO
    else:
        qualifier = Qualifier.RANGE if low != high else Qualifier.EXACT
    start, end = counts[0].span.start, parts[-1].phrase.end
    return Count(
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        surface=text[start:end],
        span=Span(start=start, end=end),
        rule="count.conjoined",
    )


def _not_agent_after(folded: str, end: int) -> re.Match[str] | None:
    """``_NOT_AGENT_AFTER.match(folded, end)``, with no match when a space follows and its
    first words hold none of what a match needs (see _SAYS_FILLERS): one slice, one split
    and set lookups instead of four branches tried, ~17 k instructions a miss."""
    seg = folded[end : end + 80]
    if seg[:1] == " " and "down" not in seg and "crash" not in seg:
        words = seg.split(None, 6)
        # Seven pieces: the first six words are whole (each ends before a space of seg).
        if len(words) == 7 and words[0] not in _HOLDER_OR_TARGET_FIRST:
            second = words[1]
            if second not in _TARGET_NOUNS and (
                second.isalpha() or not second.startswith(_TARGET_NOUN_HEADS)
            ):
                # _SAYS_AFTER: its fillers, then its verb.
                i = 0
                while i < 6:
                    w = words[i]
                    if not w.isalpha() or w in _SAYS_VERBS:
                        break
                    if w in _SAYS_FILLERS or w[-3:] == "day":
                        i += 1
                    elif w == "on" or w == "in":
                        i += 2
                    else:
                        return None
    return _NOT_AGENT_AFTER.match(folded, end)


def _not_agent(doc: Doc, actor: Actor, counts: Sequence[Count], count_starts: list[int]) -> bool:
    """Whether the words around an actor say it did not attack: it holds a place, is a
    target, is counted among the victims, only reports, or stands in a list of tags."""
    folded = doc.folded
    start, end = actor.span.start, actor.span.end
    m = _not_agent_after(folded, end)
    if m is not None and (
        m["downed"] is None or not _AIRCRAFT.isdisjoint(folded[start : m.end()].split())
    ):
        # An aircraft brought down ("a Russian jet was shot down", "the regime helicopter
        # crashed") is no agent; "rebels shot down a jet" are.
        return _SAYS_OWN.match(folded, end) is None
    sentence = doc.sentence_at(start)
    floor = sentence.start if sentence else 0
    lo = start - 60 if start - 60 > floor else floor
    if (
        _ends_with(folded, lo, start, _TARGET_LAST)
        and _TARGET_BEFORE.search(folded, lo, start)
        and not _BLAMED_ON.search(folded, lo, start)
    ):
        return True
    if _in_tags(doc.text, folded, start - 150 if start - 150 > floor else floor, start):
        return True
    if folded.startswith(" suicide", end):
        return False  # "two IS suicide bombers" are the attackers
    # "a rebel attack", "two regime raids": the figure counts the attacks, not the actor.
    return _counted(folded, lo, start, counts, count_starts) and not (
        _WEAPON_AFTER.match(folded, end)
        or _ASSAULT_AFTER.match(folded, end)
        or _ATTACKER_ACTS.match(folded, end)
        # "killed by a regime sniper", "shot by two IS gunmen": the figure counts attackers.
        or _by_agent_before(folded, start)
    )


def _in_tags(text: str, folded: str, lo: int, start: int) -> bool:
    """Whether ``start`` sits in a run of keywords after "Tags" ("Tags Syria Russia IS"):
    keywords are names and nouns, so a verb, article or full stop ends the run."""
    at = folded.rfind("tags ", lo, start)
    if at < 0 or (at > 0 and folded[at - 1].isalnum()):
        return False
    return not any(
        w in _TAG_BREAK or w.endswith((".", ",")) for w in folded[at + 5 : start].split()
    )


def _counted(
    folded: str, lo: int, start: int, counts: Sequence[Count], count_starts: list[int]
) -> bool:
    """Whether a figure stands before ``start`` with only modifiers between: the actor names
    victims ("82 armed opposition gunmen", "the families of 5 alleged rebels")."""
    i = bisect.bisect_right(count_starts, start) - 1
    if i < 0:
        return False
    count = counts[i]
    if count.span.end > start:
        # "Zahran Alloush killed in ...": the person the count names is the victim.
        return count.rule in _NAMED_RULES
    if count.span.start < lo:
        return False
    words = _gap_words(folded, count.span.end, start)
    return len(words) <= 5 and all(
        w in lex.MODIFIERS or w in lex.VICTIMS or w in _COUNTED_GAP for w in words
    )


def _by_agent(folded: str, actor: Actor) -> bool:
    """ "killed by X", "an attack by X", "strikes carried out by X"."""
    return _by_agent_before(folded, actor.span.start)


def _by_agent_before(folded: str, start: int) -> bool:
    """Whether _BY_AGENT ends at ``start`` in the 60 characters before it. Each of its
    branches holds "by", "with" or "blam" (blames, blamed, blaming, the blame): a window
    without them is none (102 of 213 windows a pass; the search costs ~35 k instructions a
    window, since the engine tries its alternation of verbs at each word boundary)."""
    lo = start - 60 if start > 60 else 0
    window = folded[lo:start]
    return (
        window.rstrip().endswith(_BY_LAST)
        and ("by" in window or "with" in window or "blam" in window)
        and _BY_AGENT.search(folded, lo, start) is not None
    )


def _ends_with(folded: str, lo: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``folded[lo:end]``, trailing whitespace aside, ends with one of ``words``:
    a cheap test that an end-anchored search over that window needs to pass (``words``
    holds the last words of every branch of its pattern). One slice and C calls without
    positions, not a Python loop over the trailing whitespace."""
    return folded[lo:end].rstrip().endswith(words)


def _owns_weapon(folded: str, actor: Actor, assault: bool = True) -> bool:
    """An actor named by its weapon: "Russian strikes", "an IS suicide blast"; with
    ``assault``, also by its attack ("an IS counterattack")."""
    if _WEAPON_END.search(actor.surface.lower()) is not None:
        return True
    end = actor.span.end
    return bool(
        _WEAPON_AFTER.match(folded, end)
        or _PAIR_AFTER.match(folded, end)
        or (assault and _ASSAULT_AFTER.match(folded, end))
    )


def _agentive(folded: str, actor: Actor, assault: bool = True) -> bool:
    """Whether the words around an actor make it do violence: "X shelled", "X claimed
    responsibility", "by X", "accused X of", or an actor named by its weapon."""
    return _owns_weapon(folded, actor, assault) or _by_agent(folded, actor) or _acts(folded, actor)


def _acts(folded: str, actor: Actor) -> bool:
    """The rest of _agentive: "X shelled", "X claimed responsibility", "accused X of".
    Not a headline's passive: "Zahran Alloush killed in air strike"."""
    m = _ACTS_AFTER.match(folded, actor.span.end)
    if m is not None:
        return not (
            folded.endswith(_PARTICIPLES, 0, m.end()) and _PASSIVE_AFTER.match(folded, m.end())
        )
    start = actor.span.start
    lo = max(0, start - 20)
    return (
        _ends_with(folded, lo, start, _ACCUSED_LAST)
        and _ACCUSED_BEFORE.search(folded, lo, start) is not None
    )


def _refine(folded: str, actors: Sequence[Actor], starts: list[int], actor: Actor) -> Actor:
    """A generic agent followed by its name: "terrorists from Jaish al-Fateh"."""
    if actor.side is not _UNKNOWN_SIDE:
        return actor
    i = bisect.bisect_right(starts, actor.span.start)
    if i < len(actors):
        nxt = actors[i]
        gap = folded[actor.span.end : nxt.span.start]
        if _NAMED_AS.fullmatch(gap) and nxt.kind not in _NOT_PERPETRATORS:
            return nxt
    return actor


def lead_agent(
    doc: Doc, actors: Sequence[Actor], counts: Sequence[Count], end: int
) -> Actor | None:
    """The first actor doing violence in ``doc`` before ``end`` (a headline or opening):
    "Syrian and Russian warplanes pounded ...", "the Daesh group claimed responsibility"."""
    # The counts in order, which _not_agent reads, sorted only for an actor that acts (few).
    ordered: list[Count] | None = None
    starts: list[int] = []
    for actor in actors:
        if actor.span.start >= end:
            break
        if actor.kind in _NOT_PERPETRATORS or actor.side in _BYSTANDER_SIDES:
            continue
        if _agentive(doc.folded, actor):
            if ordered is None:
                ordered = sorted(counts, key=_START)
                starts = [c.span.start for c in ordered]
            if not _not_agent(doc, actor, ordered, starts):
                return _refine(doc.folded, actors, [a.span.start for a in actors], actor)
    return None


def cause_rank(cause: Cause) -> int:
    """How general a cause is: 0 for a named weapon or act, up to 5 for a siege."""
    return _CAUSE_RANK.get(cause, 0)


def lead_cause(folded: str) -> Cause | None:
    """The most specific cause a short lead text names, the first among equals: what the
    headline or opening says the event was ("Russian strike kills 18" -> airstrike)."""
    return _lead_best(folded, _scan_lexicon(folded).hits["cause"])


def lead_cause_in(doc: Doc, end: int) -> Cause | None:
    """``lead_cause(doc.folded[:end])`` read off the document's one lexicon scan: the hits
    that start before ``end``, unless a word or phrase runs across ``end`` (then the prefix
    is scanned alone, as its last words read differently there)."""
    folded = doc.folded
    if end <= 0:
        return None
    hits = _doc_lexicon(doc).hits["cause"]
    if end < len(folded):
        if _WORD_CHAR.match(folded, end - 1) and _WORD_CHAR.match(folded, end):
            return lead_cause(folded[:end])
        hits = hits[: bisect.bisect_left(_doc_lexicon(doc).starts["cause"], end)]
        if any(h[1] > end for h in hits):
            return lead_cause(folded[:end])
    return _lead_best(folded, hits)


def _lead_best(folded: str, hits: list[tuple[int, int, object, str]]) -> Cause | None:
    """The most specific of a lead's cause hits, the first among equals. The word "siege"
    does not count: in a headline or an opening it frames the fighting ("rebels fought to
    break the siege"); deaths by siege are told by hunger ("starving", "malnutrition") or
    by a toll of its own ("died under the siege"), which its clause reads."""
    best = None
    for hit in hits:
        if hit[3] != _FRAMING_SIEGE and (
            best is None or _CAUSE_RANK.get(hit[2], 0) < _CAUSE_RANK.get(best[2], 0)
        ):
            best = hit
    return None if best is None else _air_bombing(folded, best)


_WORD_CHAR = re.compile(r"[\w-]")


# Causes told by the same kind of weapon: an article names the owner of "the raids" once,
# anywhere, and means the same raids ("the monitor said regime aircraft carried out the raids").
_WEAPON_FAMILIES: tuple[frozenset[Cause], ...] = (
    frozenset({Cause.AIRSTRIKE, Cause.BARREL_BOMB, Cause.MISSILE}),
    frozenset({Cause.SHELLING, Cause.ROCKET}),
    frozenset({Cause.CHEMICAL}),
)


# An actor's claim of an attack, right after its name: "Islamic State claimed the attack
# through its Amaq news agency", "the group has claimed responsibility".
_CLAIMED_AFTER = re.compile(
    r"(?:'s?|s)?(?:,\s+(?:which|who)\s+[^,.;]{1,60},)?(?:\s+(?:has|have|had|later|also))*\s+"
    r"(?:claimed|claims|claiming)\s+(?:responsibility|" + _CLAIMED_DEED + r")\b"
)


# A claim of an attack anywhere: what _CLAIMED_AFTER reads after an actor's name.
_CLAIM = re.compile(r"claim(?:ed|s|ing)\s+(?:responsibility|" + _CLAIMED_DEED + r")\b")


def claimed_agent(doc: Doc, actors: Sequence[Actor]) -> Actor | None:
    """The first actor the article says claimed an attack, anywhere in it: who a lead that
    names no agent is about ("A car bomb exploded in Qamishli, killing eight ... Islamic
    State claimed the attack")."""
    folded = doc.folded
    # The claims first (one literal-led search; "claimed the lives of" is none), then only
    # the actors that end in the 80 characters before one.
    claims = [m.start() for m in _CLAIM.finditer(folded)]
    if not claims:
        return None
    for actor in actors:
        end = actor.span.end
        i = bisect.bisect_right(claims, end)
        if i == len(claims) or claims[i] - end > 80:
            continue
        if actor.kind in _NOT_PERPETRATORS or actor.side in _BYSTANDER_SIDES:
            continue
        if _CLAIMED_AFTER.match(folded, end) is not None:
            return actor
    return None


def weapon_agent(
    doc: Doc, actors: Sequence[Actor], counts: Sequence[Count], cause: Cause
) -> Actor | None:
    """The first actor the article shows using a weapon of ``cause``'s kind: in a sentence
    naming such a weapon, an actor that owns it ("regime jets"), does it ("X dropped", "by
    X") or is accused of it. None for causes of no weapon family."""
    family = next((f for f in _WEAPON_FAMILIES if cause in f), None)
    if family is None:
        return None
    folded = doc.folded
    ordered = sorted(counts, key=lambda c: c.span.start)
    starts = [c.span.start for c in ordered]
    actor_starts = [a.span.start for a in actors]
    done = -1
    for start, _end, payload, _key in _doc_lexicon(doc).hits["cause"]:
        if payload not in family or start < done:
            continue
        sentence = doc.sentence_at(start)
        if sentence is None:
            continue
        done = sentence.end
        lo = bisect.bisect_left(actor_starts, sentence.start)
        for actor in actors[lo:]:
            if actor.span.start >= sentence.end:
                break
            if actor.side in _BYSTANDER_SIDES or actor.kind in _NOT_PERPETRATORS:
                continue
            if _agentive(folded, actor, False) and not _not_agent(doc, actor, ordered, starts):
                # The first telling decides: "shells fired by terrorists" names no side.
                return _refine(folded, actors, actor_starts, actor)
    return None


_CLASH_WORD = re.compile(r"\b(?:clash|clashes|clashed|infighting|fighting|battles?|pitted)\b")
_REBEL_SIDES = frozenset({Side.REBELS, Side.AL_QAEDA})
# Named beside clashes without being a party: "backed by Qatar and Turkey", "a front with
# regime forces".
_BACKER_BEFORE = re.compile(
    r"\b(?:backed\s+by|fronts?(?:\s*lines?)?\s+(?:with|against))\s+(?:the\s+)?"
    r"(?:[\w-]+\s+and\s+)?$"
)


def infighting_agent(
    doc: Doc, actors: Sequence[Actor], counts: Sequence[Count], end: int
) -> Actor | None:
    """In clashes whose every named party is a rebel faction ("clashes between Jaish
    al-Islam and Faylaq al-Rahman"), the first rebel faction: the opposition fought itself.
    Only sentences before ``end`` that speak of fighting are read; a party of another side
    (the army, IS, Kurdish forces) makes it an ordinary battle and gives None."""
    parties: list[Actor] = []
    ordered = sorted(counts, key=lambda c: c.span.start)
    starts = [c.span.start for c in ordered]
    for sentence in doc.sentences:
        if sentence.start >= end:
            break
        if _CLASH_WORD.search(doc.folded, sentence.start, sentence.end) is None:
            continue
        for actor in actors:
            if sentence.start <= actor.span.start < sentence.end:
                if actor.kind in _NOT_PERPETRATORS or actor.side in (
                    Side.UNKNOWN,
                    Side.NEUTRAL,
                    Side.CIVILIANS,
                ):
                    continue
                start, stop = actor.span.start, actor.span.end
                if _SAYS_AFTER.match(doc.folded, stop) or _HOLDER_AFTER.match(doc.folded, stop):
                    continue
                if _BACKER_BEFORE.search(doc.folded, max(0, start - 40), start):
                    continue  # "a brigade backed by Turkey and Qatar": backers, not a party
                if _counted(doc.folded, sentence.start, start, ordered, starts):
                    continue  # "over 100 militants were killed": victims, not a party
                if _in_doubt(doc.folded, max(sentence.start, start - 50), start):
                    continue  # "not clear whether they were troops or rebels": no party
                parties.append(actor)
    if not parties or any(a.side not in _REBEL_SIDES for a in parties):
        return None
    return next((a for a in parties if a.side is Side.REBELS), None)


def _in_doubt(folded: str, lo: int, start: int) -> bool:
    """Whether ``start`` stands in a "whether" clause begun after ``lo`` with no stop or
    comma since: a side the text does not know ("whether they were soldiers or rebels")."""
    at = folded.rfind("whether ", lo, start)
    if at < 0 or (at > 0 and folded[at - 1].isalnum()):
        return False
    gap = folded[at:start]
    return "," not in gap and "." not in gap and ";" not in gap


def _air_bombing(folded: str, hit: tuple[int, int, object, str]) -> Cause:
    """A hit's cause, where the bombing of an air force is an air strike: "regime and Russian
    bombings", "Assad's bombing of Aleppo", "warplanes' bombing"."""
    cause = hit[2]
    assert isinstance(cause, Cause)
    bombing = cause is _EXPLOSION and hit[3] in _BOMB_WORDS
    if bombing and _AIR_OWNER_BEFORE.search(folded, max(0, hit[0] - 40), hit[0]):
        return Cause.AIRSTRIKE
    return cause


@cache
def _empty() -> tuple[CasualtyReport, ...]:
    return ()


def scan_casualties(
    doc: Doc,
    counts: Sequence[Count],
    actors: Sequence[Actor],
    locations: Sequence[Location],
    dates: Sequence[DateRef],
) -> tuple[CasualtyReport, ...]:
    """Casualty reports in a prepared document, from the scanners' records, in document order.

    >>> from syriaevents.model import Count, Qualifier, Span
    >>> doc = Doc("Five civilians were killed in the raid.")
    >>> five = Count(value=5, low=5, high=5, qualifier=Qualifier.EXACT, surface="Five",
    ...              span=Span(start=0, end=4), rule="count.word")
    >>> [(r.status.value, r.count.value, r.victims.value, r.cause.value)
    ...  for r in scan_casualties(doc, [five], [], [], [])]
    [('killed', 5, 'civilians', 'airstrike')]
    """
    if not doc.text:
        return _empty()
    return _Assembler(doc, counts, actors, locations, dates).run()
