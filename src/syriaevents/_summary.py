"""The article summary: the main event's place, perpetrator, cause and date, and totals of
people killed that count each person once.

Totals follow three rules (docs/summary.md has the reasoning):

1. A figure counts as written: "more than 40" adds 40, a vague "dozens" its low bound.
2. Repeats and subsets are not added twice. Reports of the same victims on the same side are
   alternative tellings of one toll (headline and body, "18 killed" then "the 18 victims"),
   so the largest is kept, not the sum; "including 5 children" is inside its parent.
3. Different victims are different people: soldiers and rebels killed in one battle add up.
   Civilians are at least the children plus the women reported.
"""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

import attrs

from ._casualties import (
    NO_WEAPON,
    _dates_the_telling,
    cause_rank,
    claimed_agent,
    infighting_agent,
    lead_agent,
    lead_cause_in,
    weapon_agent,
)
from ._dates import _DATELINE_WINDOW, is_dateline
from ._text import Doc
from .model import (
    Actor,
    ActorKind,
    Anchor,
    CasualtyReport,
    Cause,
    Count,
    DateRef,
    Location,
    Place,
    PlaceKind,
    Precision,
    Qualifier,
    Side,
    Span,
    Status,
    Summary,
    VictimGroup,
)

# Sides whose members are not perpetrators of violence in the summary's sense.
_NON_COMBATANT_SIDES = frozenset({Side.NEUTRAL, Side.CIVILIANS})
_CIVILIAN_GROUPS = frozenset({VictimGroup.CIVILIANS, VictimGroup.CHILDREN, VictimGroup.WOMEN})
# How much a place mention weighs towards being the main event's place.
_WEIGHT_TITLE = 4.0
_WEIGHT_OPENING = 2.0  # the first sentence after the dateline
_WEIGHT_MENTION = 1.0
_WEIGHT_REPORT = 1.0  # a place another casualty report happened in
_WEIGHT_MAIN = 6.0  # the place of the lead report
_WEIGHT_ORIGIN = 0.25  # "evacuees from Fuaa": where people came from
_WEIGHT_ACTOR_USE = 0.0  # "the Damascus government", "Britain-based": not a place of the event
_DECAY_CHARS = 1000  # a mention this far past the opening weighs half
_ALL_OPENING = 1 << 62  # the opening's end for text that is all opening (a headline)
_OPENING_SENTENCES = 2
# Enum members the code below reads per record, bound once: in Python 3.11 reading a member
# off its class (``Status.KILLED``) goes through EnumType's attribute hook, about 900 machine
# instructions, where a module global costs a few.
_KILLED, _WOUNDED = Status.KILLED, Status.WOUNDED
_VAGUE = Qualifier.VAGUE
_PEOPLE, _CIVILIANS, _COMBATANTS = VictimGroup.PEOPLE, VictimGroup.CIVILIANS, VictimGroup.COMBATANTS
_SIDE_CIVILIANS, _SIDE_UNKNOWN = Side.CIVILIANS, Side.UNKNOWN
_COUNTRY, _GOVERNORATE = PlaceKind.COUNTRY, PlaceKind.GOVERNORATE
_DAY = Precision.DAY
_PREVIOUS_DATE = Anchor.PREVIOUS_DATE
_CLASHES = Cause.CLASHES
_STATE_FORCES = ActorKind.STATE_FORCES
# A toll whose date ends this many days before the article's time is background.
_BACKGROUND_DAYS = 31
# The main event's date: a running tally's date this far before the article's time is where
# the tally began; an undated lead toll takes a day this recent from the lead paragraphs.
_RECENT_DAYS = 7
_LEAD_SENTENCES = 4
# A photo's caption ends with its date and a credit in brackets ("... in Idlib on June 12
# 2016. (AFP)", "Monday Nov. 7 2016 (Photo AP)"): the day the picture was taken.
_CREDIT_AFTER = re.compile(r"\.?\s{0,3}\(")
_object_new = object.__new__
_init_summary = Summary.__init__


@attrs.frozen(kw_only=True)
class TitleRecords:
    """What a separately given headline says: weighed in the summary, not listed in the Article."""

    doc: Doc = attrs.field(factory=lambda: Doc(""))
    casualties: tuple[CasualtyReport, ...] = ()
    actors: tuple[Actor, ...] = ()
    locations: tuple[Location, ...] = ()


# The records of no headline, made once: an empty Doc's sentences and memo are the same for
# every article, and making them anew cost some 10 k instructions per article.
_NO_TITLE = TitleRecords()


def figure(count: Count) -> int:
    """The number a count adds to a total: the figure as written, else its low bound."""
    if count.value is not None:
        return count.value
    if count.low is not None:
        return count.low
    return count.high or 0


def _syrian(location: Location) -> bool:
    return location.place.country == "SY" and location.place.kind is not _COUNTRY


def governorate_of(place: Place) -> str | None:
    """The governorate a place lies in (a governorate is its own)."""
    if place.kind is _GOVERNORATE:
        return place.name
    return place.governorate


def _opening_end(doc: Doc, line: Span | None, sentences: int | None = None) -> int:
    """Where the article's opening (dateline ``line`` plus its first ``sentences``,
    _OPENING_SENTENCES unless given) ends."""
    # The end of the n-th sentence after the dateline (of the last one, if fewer), read by
    # a loop that stops there, not a list of them all and a builtin min().
    wanted = _OPENING_SENTENCES if sentences is None else sentences
    body_start = line.end if line is not None else 0
    end = taken = 0
    for sentence in doc.sentences:
        if sentence.start >= body_start:
            end = sentence.end
            taken += 1
            if taken == wanted:
                break
    return end


def _main_report(reports: Sequence[CasualtyReport], opening_end: int) -> CasualtyReport | None:
    """The report the article leads with: the largest toll of the killed in the opening,
    else the largest anywhere."""
    killed = [r for r in reports if r.status is _KILLED and not r.negated]
    if not killed:
        killed = [r for r in reports if not r.negated]
    if not killed:
        return None
    opening = [r for r in killed if r.span.start < opening_end]
    # The largest figure, the earliest among equals, as max() with the key (figure, -start)
    # gives (the first of equal keys), written as a loop: a key lambda per report costs a
    # Python call more.
    best = None
    best_key = (0, 0)
    for report in opening or killed:
        key = (figure(report.count), -report.span.start)
        if best is None or key > best_key:
            best, best_key = report, key
    return best


def _tally_of_fighting(
    doc: Doc, main: CasualtyReport, title: TitleRecords, opening_end: int
) -> bool:
    """Whether ``main``, the article's largest toll when the opening tells none, is a running
    tally of fighting ("since Wednesday the clashes have left 23 civilians dead") while the
    opening names a weapon ("regime warplanes bombarded the city"): the tally sums more
    than the opening's event (as the totals read a later tally: _totals), and the opening
    tells that event's weapon, agent and place."""
    if not main.cumulative or main.span.start < opening_end or main.cause is None:
        return False
    rank = cause_rank(main.cause)
    if rank < cause_rank(_CLASHES):
        return False
    lead = _lead_cause(doc, title, opening_end)
    return lead is not None and cause_rank(lead) < rank


def _told_in_headline(
    reports: Sequence[CasualtyReport], headline: Sequence[CasualtyReport]
) -> CasualtyReport | None:
    """The first report in the text that retells the headline's toll: the headline names the
    article's event ("Suicide bomber kills 4" ... "a suicide bomber killed four people"), even
    when the opening goes on to a bigger toll of another ("troops had executed 48 people
    earlier this week")."""
    if not headline:
        return None  # no headline, or none with a toll (most articles): nothing is retold
    lead = _lead_report(headline)
    if lead is None or lead.count.value is None:
        return None
    for report in reports:
        if (
            report.status is lead.status
            and not report.negated
            and report.count.value == lead.count.value
        ):
            return report
    return None


def _main_location(
    doc: Doc,
    locations: Sequence[Location],
    title_locations: Sequence[Location],
    reports: Sequence[CasualtyReport],
    main: CasualtyReport | None,
    opening_end: int,
    line: Span | None,
    title_doc: Doc | None = None,
) -> Location | None:
    """The most salient Syrian place: weigh mentions by where they stand and what they say
    (an origin or an actor's name weighs little), sum the weights per governorate, then take
    the best place inside the winning governorate (``line`` is the dateline's span)."""
    # The weights summed per governorate and per place, in the order of the mentions and
    # reports weighed (the headline's, the body's, the reports'); and per place, its first
    # mention and its governorate, kept for picking the candidates below without reading each
    # place's governorate again.
    by_governorate: dict[str, float] = defaultdict(float)
    by_place: dict[str, float] = {}
    first: dict[str, tuple[Location, str]] = {}
    if title_locations:  # most articles come without a headline
        # A headline is all opening: each of its mentions weighs _WEIGHT_TITLE times its role.
        _weigh_mentions(
            title_doc,
            [x for x in title_locations if _syrian(x)],
            _ALL_OPENING,
            _WEIGHT_TITLE,
            by_governorate,
            by_place,
            first,
        )
    # A dateline ("DAMASCUS:") says where the reporter was, not where it happened.
    line_end = line.end if line is not None else -1
    # _syrian, inlined: this reads every place mention, and a call costs more than the test.
    body = [
        x
        for x in locations
        if x.place.country == "SY" and x.place.kind is not _COUNTRY and x.span.end > line_end
    ]
    roles = _weigh_mentions(
        doc, body, opening_end, _WEIGHT_OPENING, by_governorate, by_place, first
    )
    # The reports' weights, tallied after all the mentions' (a float sum depends on the order
    # of its terms).
    weighed: list[tuple[Location, float]] = []
    add = weighed.append
    for report in reports:
        if report.negated:
            continue
        place = report.location
        # _syrian, inlined as above (a call per report costs more than the test).
        if place is not None and (
            place.place.country != "SY"
            or place.place.kind is _COUNTRY
            or roles.get(place.span.start, 1.0) < 1
        ):
            place = None  # "entering Turkey", "evacuees from Fuaa": not where they died
        if report is main:
            if place is None:
                place = _retold_place(reports, report, roles) or _nearest_place(
                    [x for x in body if roles[x.span.start] == 1], report
                )
            weight = _WEIGHT_MAIN
        else:
            weight = _WEIGHT_REPORT
        if place is not None:
            past = report.span.start - opening_end  # decaying as the mentions' weights do
            add((place, weight * (1.0 / (1.0 + past / _DECAY_CHARS)) if past > 0 else weight))
    _tally(weighed, by_governorate, by_place, first)
    if not by_governorate:
        return None
    # The first governorate of the largest weight, as max() with a key gives; the dict's own
    # lookup as the key, not a lambda (a Python call per governorate).
    top = max(by_governorate, key=by_governorate.__getitem__)
    # The candidates' best by _place_key, the first among equals as max() gives, written as
    # a loop: a key lambda per candidate costs a Python call more.
    best: Location | None = None
    best_key: tuple[bool, float, int] | None = None
    for mention, gov in first.values():
        if gov == top:
            key = _place_key(mention, by_place)
            if best_key is None or key > best_key:
                best, best_key = mention, key
    return best


def _tally(
    weighed: Iterable[tuple[Location, float]],
    by_governorate: dict[str, float],
    by_place: dict[str, float],
    first: dict[str, tuple[Location, str]],
) -> None:
    """Add each weight to its place's governorate (a mention of no governorate is skipped)
    and to its place, keeping each place's first mention and governorate in ``first``."""
    for mention, weight in weighed:
        row = mention.place
        gov = row.name if row.kind is _GOVERNORATE else row.governorate  # governorate_of
        if gov is None:
            continue
        by_governorate[gov] += weight
        held = by_place.get(row.id)
        if held is None:
            by_place[row.id] = weight
            first[row.id] = (mention, gov)
        else:
            by_place[row.id] = held + weight


# Before a place: where people or fire came from, not where the event happened.
_ORIGIN_BEFORE = re.compile(
    r"\b(?:from|fled|fleeing|out of|leaving|left)(?: the)?"
    r"(?: (?:besieged|nearby|northern|southern|eastern|western|rebel-held|regime-held"
    r"|government-held))?"
    r"(?: (?:towns?|villages?|city|province|areas?|neighbou?rhoods?) of)?(?: the)? $"
)
# The words _ORIGIN_BEFORE can end with (before its final space): most places follow none
# of them, and testing them with one C call is much cheaper than the end-anchored search.
# NOTE: keep in step with _ORIGIN_BEFORE (tests/test_summary.py checks the two agree).
_ORIGIN_LAST = (
    "from",
    "fled",
    "fleeing",
    "of",
    "leaving",
    "left",
    "the",
    "besieged",
    "nearby",
    "northern",
    "southern",
    "eastern",
    "western",
    "-held",
)
# After a place: the place stands for its government or names an organisation.
_ACTOR_WORDS = (
    *"based government regime authorities officials governor".split(),
    "health directorate",
    *"police media television radio university".split(),
)
# The last two letters of every word of _ORIGIN_LAST: the two characters before the space
# before a place are one of these whenever _origin_before can be true (unless a newline ends
# the window), and one set lookup turns most mentions away without calling it.
_ORIGIN_TAILS = frozenset(word[-2:] for word in _ORIGIN_LAST)
_ACTOR_AFTER = re.compile(rf"(?:-| )?(?:{'|'.join(_ACTOR_WORDS)})\b")
# The first three characters of every match of _ACTOR_AFTER: after most places there is
# none of them, and a set lookup is cheaper than the match.
_ACTOR_HEADS = frozenset((sep + word)[:3] for word in _ACTOR_WORDS for sep in ("", " ", "-"))


# Between two places of one list: "Fuaa and Kafraya", "Tartous, Homs". It is at most
# _LIST_GAP_MAX characters long (tests/test_summary.py checks it).
_LIST_GAP = re.compile(r"(?:,? (?:and|or) |, | )")
_LIST_GAP_MAX = 6


def _origin_before(folded: str, start: int) -> bool:
    """Whether the words before ``start`` say where people came from (_ORIGIN_BEFORE)."""
    lo = start - 60 if start > 60 else 0
    # Every match opens with one of these words, and most windows hold none: C substring
    # searches are cheaper than the search, which opens with \b and so is tried at every
    # position of the window. They come first: nearly every window _weigh_mentions asks about
    # ends with a word of _ORIGIN_LAST ("of", "the"), so the test of its last word turns few
    # away.
    # NOTE: keep in step with _ORIGIN_BEFORE (tests/test_summary.py checks the two agree).
    window = folded[lo:start]
    if not (
        "from" in window
        or "fle" in window
        or "left" in window
        or "leaving" in window
        or "out of" in window
    ):
        return False
    # The pattern ends with a space and $, which also matches before a newline that ends the
    # window ("fled \n" before a place at the start of a line).
    end = start - 1 if folded[start - 1 : start] == "\n" else start
    return (
        end > 0
        and folded[end - 1] == " "
        and folded.endswith(_ORIGIN_LAST, lo, end - 1)
        and _ORIGIN_BEFORE.search(folded, lo, start) is not None
    )


def _weigh_mentions(
    doc: Doc | None,
    mentions: Sequence[Location],
    opening_end: int,
    opening_weight: float,
    by_governorate: dict[str, float],
    by_place: dict[str, float],
    first: dict[str, tuple[Location, str]],
) -> dict[int, float]:
    """Weigh each mention by its role and by where it stands, and add the weight to its
    governorate and place (as _tally does); return each mention's role by its start.

    The role is how much a mention speaks for the event's place: little for an origin
    ("evacuees from Fuaa and Kafraya", "fled Aleppo") or an actor's name ("the Damascus
    government", "Damascus-based"); a place listed after another shares its role; every
    mention of no ``doc`` speaks for it. A mention before ``opening_end`` weighs
    ``opening_weight`` times its role, one at it _WEIGHT_MENTION times, and one past it
    less the further past it stands.

    The roles, weights and tally are one pass over the mentions, with no (mention, role) or
    (mention, weight) tuple and list between them: they cost more per mention than the work
    they carried."""
    folded = doc.folded if doc is not None else None
    actor_after = _ACTOR_AFTER.match
    list_gap = _LIST_GAP.fullmatch
    roles: dict[int, float] = {}
    role = 1.0
    prev_end = -1
    for location in mentions:
        span = location.span
        start, end = span.start, span.end
        # Each pattern is asked only where the cheap test before it says it may match.
        if folded is None:
            pass  # no text to read: the role stays 1.0
        elif folded[end : end + 3] in _ACTOR_HEADS and actor_after(folded, end):
            role = _WEIGHT_ACTOR_USE
        # The character before by index, not a slice (a slice object is built per mention).
        elif (
            folded[start - 3 : start - 1] in _ORIGIN_TAILS
            or (start > 0 and folded[start - 1] == "\n")
        ) and _origin_before(folded, start):
            role = _WEIGHT_ORIGIN
        elif not (
            prev_end >= 0
            and start - prev_end <= _LIST_GAP_MAX
            and list_gap(folded, prev_end, start)
        ):
            role = 1.0  # else the role of the place listed before
        prev_end = end
        roles[start] = role
        # Inverted pyramid: the further past the opening, the more likely background; a
        # mention _DECAY_CHARS past it weighs half. Written out here and for the reports in
        # _main_location, not a function: a call per mention or report costs more than the
        # test, which is a conditional, not max(0, ...), for the same reason.
        past = start - opening_end
        if past > 0:
            weight = _WEIGHT_MENTION * role * (1.0 / (1.0 + past / _DECAY_CHARS))
        else:
            weight = (opening_weight if past < 0 else _WEIGHT_MENTION) * role
        # _tally, inlined: a call per mention costs more than these lines.
        row = location.place
        gov = row.name if row.kind is _GOVERNORATE else row.governorate  # governorate_of
        if gov is None:
            continue
        by_governorate[gov] += weight
        held = by_place.get(row.id)
        if held is None:
            by_place[row.id] = weight
            first[row.id] = (location, gov)
        else:
            by_place[row.id] = held + weight
    return roles


def _retold_place(
    reports: Sequence[CasualtyReport], main: CasualtyReport, roles: Mapping[int, float]
) -> Location | None:
    """The place of a nearby telling of the lead toll: "At least four people were killed in
    Syria" ... "four civilians were killed in Sermin". Far off, the same figure is more
    likely another event."""
    for report in reports:
        place = report.location
        if (
            report is not main
            and place is not None
            and _syrian(place)
            and roles.get(place.span.start, 1.0) == 1
            and report.status is main.status
            and not report.negated
            and main.count.value is not None
            and report.count.value == main.count.value
            and abs(report.span.start - main.span.start) <= _DECAY_CHARS
        ):
            return place
    return None


def _nearest_place(syrian: Sequence[Location], report: CasualtyReport) -> Location | None:
    """The Syrian place nearest a lead report that names none (or a foreign one): "A bomb hit
    a convoy killing 100 people" after "waited to enter Aleppo"."""
    if not syrian:
        return None
    at = report.span.start
    # The first of the smallest distance, as min() with a key gives, written as a loop: a
    # key lambda and an abs() call per place cost two calls more.
    best, best_gap = syrian[0], abs(syrian[0].span.start - at)
    for location in syrian:
        gap = location.span.start - at
        if gap < 0:
            gap = -gap
        if gap < best_gap:
            best, best_gap = location, gap
    return best


_KIND_RANK = {
    PlaceKind.NEIGHBOURHOOD: 0,
    PlaceKind.SITE: 0,
    PlaceKind.VILLAGE: 1,
    PlaceKind.TOWN: 1,
    PlaceKind.CITY: 2,
    PlaceKind.SUBDISTRICT: 3,
    PlaceKind.DISTRICT: 3,
    PlaceKind.FEATURE: 3,
    PlaceKind.REGION: 4,
    PlaceKind.GOVERNORATE: 5,
    PlaceKind.COUNTRY: 6,
}
_CITY_RANK = _KIND_RANK[PlaceKind.CITY]


def _place_key(location: Location, weights: Mapping[str, float]) -> tuple[bool, float, int]:
    """Prefer a populated place or site to a region or governorate ("the town of Saraqeb in
    Idlib province" happened in Saraqeb), then the weightier place, then the more precise."""
    rank = _KIND_RANK[location.place.kind]
    return (rank <= _CITY_RANK, weights[location.place.id], -rank)


def _lead_report(reports: Sequence[CasualtyReport]) -> CasualtyReport | None:
    """A headline's own toll: the largest of its killed."""
    return _main_report(reports, 1 << 62)


def _main_perpetrator(
    doc: Doc,
    main: CasualtyReport | None,
    reports: Sequence[CasualtyReport],
    actors: Sequence[Actor],
    title: TitleRecords,
    opening_end: int,
    cause: Cause | None,
    retellings: Sequence[CasualtyReport],
) -> Actor | None:
    """The lead report's agent; else the named agent of a later telling of the lead toll;
    else the headline toll's; else an actor doing violence in the headline, then the
    opening ("Syrian and Russian warplanes pounded ..."). A generic agent ("terrorists",
    "gunmen") gives way to a named one there. Else an actor the article says claimed an
    attack. An agent named only later, of no telling of the lead toll, may belong to another
    event, so the summary says None rather than borrow it. ``retellings`` are the later
    tellings of the lead toll (_retellings)."""
    generic = main.perpetrator if main is not None else None
    if generic is not None and generic.side is not _SIDE_UNKNOWN:
        return generic
    retold = _retold_agent(retellings)
    if retold is not None:
        return retold
    # Most articles come without a headline: its tolls and actors are read only if it has any
    # (_lead_report of no report and lead_agent of no actor give None).
    headline = (
        _lead_report([r for r in title.casualties if r.perpetrator is not None])
        if title.casualties
        else None
    )
    named = headline.perpetrator if headline is not None else None
    if named is not None and named.side is not _SIDE_UNKNOWN:
        return named
    # The figures of the victims, subsets too ("35 killed, 20 of them rebels"): an actor they
    # count is no agent (_not_agent).
    counts = [c for r in reports for c in (r.count, *[sub.count for sub in r.includes])]
    agent = (
        lead_agent(
            title.doc, title.actors, [r.count for r in title.casualties], len(title.doc.text)
        )
        if title.actors
        else None
    )
    # Warplanes of no named owner in the headline are the air force the opening names.
    if agent is None or (agent.side is _SIDE_UNKNOWN and agent.kind is _STATE_FORCES):
        agent = lead_agent(doc, actors, counts, opening_end) or agent
    found = agent or named or generic
    if found is not None:
        return found
    claimed = claimed_agent(doc, actors)
    if claimed is not None:
        return claimed
    # No agent in the lead at all: the article may name the weapon's owner later, unless
    # the lead calls the attackers by a label that names no side ("terrorist rocket attacks",
    # "an unidentified drone"). ``cause`` is the article's (_main_cause).
    if cause is _CLASHES:
        sentences = [s for s in doc.sentences if s.start >= opening_end]
        end = sentences[min(2, len(sentences) - 1)].end if sentences else opening_end
        return infighting_agent(doc, actors, counts, end)
    if cause is None or any(map(_unnamed_attacker, (title.doc.folded, doc.folded[:opening_end]))):
        return None
    return weapon_agent(doc, actors, counts, cause)


# Attackers the lead calls by a label that names no side: state media's "terrorists",
# "Takfiri militants", an "unidentified" or "unknown" aircraft.
_UNNAMED_ATTACKER = re.compile(r"\b(?:terrorists?|terror|takfiris?|unidentified|unknown)\b")


def _unnamed_attacker(folded: str) -> bool:
    """Whether ``folded`` calls the attackers by a label that names no side."""
    # Every match holds one of these words and most openings hold none: C substring searches
    # first (the pattern opens with \b, so the engine would try it at every position).
    # NOTE: keep in step with _UNNAMED_ATTACKER (tests/test_speed_actsum.py).
    return (
        "terror" in folded or "takfiri" in folded or "unidentified" in folded or "unknown" in folded
    ) and _UNNAMED_ATTACKER.search(folded) is not None


def _main_cause(
    doc: Doc,
    main: CasualtyReport | None,
    reports: Sequence[CasualtyReport],
    title: TitleRecords,
    opening_end: int,
    retellings: Sequence[CasualtyReport],
) -> Cause | None:
    """The lead report's cause (unless it is only "fighting" and a later telling of the lead
    toll names a weapon); else what the headline, then the opening, says happened, unless a
    later telling of the lead toll names a more specific weapon; else the most frequent
    cause among the reports; none when the lead report is of people arrested, kidnapped or
    released. ``retellings`` are the later tellings of the lead toll."""
    if main is not None and main.status in NO_WEAPON:
        return None  # an arrest or a kidnapping: no weapon, whatever else the text tells
    retold = _retold_cause(retellings)
    if main is not None and main.cause is not None:
        if (
            retold is not None
            and cause_rank(main.cause) >= cause_rank(_CLASHES)
            and cause_rank(retold) < cause_rank(main.cause)
        ):
            # "38 civilians were killed in the fighting" ... "rebel bombardment has killed 38
            # civilians": the retelling says how they died.
            return retold
        return main.cause
    lead = _lead_cause(doc, title, opening_end)
    if retold is not None and (lead is None or cause_rank(retold) < cause_rank(lead)):
        return retold
    if lead is not None:
        return lead
    causes = [r.cause for r in reports if r.cause is not None and not r.negated]
    return Counter(causes).most_common(1)[0][0] if causes else None


def _lead_cause(doc: Doc, title: TitleRecords, opening_end: int) -> Cause | None:
    """What the headline's toll, else the headline's words, else the opening says happened."""
    # Most articles come without a headline: its tolls and words are read only if it has any
    # (_lead_report of no report and lead_cause_in of no text give None).
    if title.casualties:
        headline = _lead_report([r for r in title.casualties if r.cause is not None])
        if headline is not None:
            return headline.cause
    if title.doc.folded:
        cause = lead_cause_in(title.doc, len(title.doc.folded))
        if cause is not None:
            return cause
    return lead_cause_in(doc, opening_end)


def _retellings(
    main: CasualtyReport | None, reports: Sequence[CasualtyReport]
) -> list[CasualtyReport]:
    """The later tellings of the lead toll: the same figure and status after it."""
    if main is None or main.count.value is None:
        return []
    return [
        report
        for report in reports
        if not report.negated
        and report.status is main.status
        and report.count.value == main.count.value
        and report.span.start > main.span.start
    ]


def _retold_agent(retellings: Sequence[CasualtyReport]) -> Actor | None:
    """The named agent of the first later telling of the lead toll that names one: "Car bomb
    kills 9" ... "IS militants drove the car into the crowd and killed 9 people" says who
    set it off."""
    for report in retellings:
        agent = report.perpetrator
        if agent is not None and agent.side is not _SIDE_UNKNOWN:
            return agent
    return None


def _retold_cause(retellings: Sequence[CasualtyReport]) -> Cause | None:
    """The cause of a later telling of the lead toll: "An attack on a clinic killed two
    patients" ... "two patients killed by bombs dropped from a helicopter" (same figure, same
    status) says what the attack was better than a headline's "bombing". Of several tellings,
    the most specific cause, the first among equals: "killed 270 soldiers in the bloodiest
    clash yet" ... "killed and executed 270 people" says how they died."""
    causes = [r.cause for r in retellings if r.cause is not None]
    return min(causes, key=cause_rank) if causes else None


def _main_date(
    doc: Doc,
    main: CasualtyReport | None,
    dates: Sequence[DateRef],
    opening_end: int,
    line: Span | None,
    retellings: Sequence[CasualtyReport],
    now: _dt.date | None,
) -> DateRef | None:
    """The main event's date: the lead report's; else (undated, dated only by a telling, a
    byline or the date line, or a running tally whose date is where it began, "350 killed
    since the truce collapsed on September 19") a later telling's of the same toll, else the
    recent day the lead paragraphs name nearest it ("At least 75 people died in barrel bomb
    attacks. Helicopters dropped them on a market on Wednesday"), else the telling's day, else
    the first day-precise date in the opening (most often the date line)."""
    dropped = None
    if main is not None:
        date = main.date
        # The day of a telling ("a monitor said Saturday", a byline's "Published March 9
        # 2016") or the date line dates the toll only when the text gives no day of its own.
        told = date is not None and (
            _dates_the_telling(doc.folded, date.span.start)
            or (date.start == now and _the_date_line(doc, date, now))
        )
        tally = date is not None and main.cumulative and _long_before(date, now)
        # Only a date that begins well before the article's time is asked whether it tells
        # of another clause ("since 2013" runs up to now): a recent one dates the toll.
        begins = date.start if date is not None else None
        if (
            date is not None
            and begins is not None
            and now is not None
            and (now - begins).days > _RECENT_DAYS
            and _dates_another(doc.folded, main, date)
        ):
            # "killed 11 in Douma, which was hit by sarin in August 2013": no date of its own
            dropped, date, told = date, None, False
        if date is not None and not told and not tally:
            return date
        for report in retellings:
            again = report.date
            if (
                again is not None
                and again.start is not None
                and not report.cumulative
                and not _CREDIT_AFTER.match(doc.folded, again.span.end)
            ):
                return again
        recent = _recent_day(doc, dates, line, now, main)
        if recent is not None:
            return recent
        if told:
            return date
    for date in dates:
        in_opening = date.span.start < opening_end
        if in_opening and date.start is not None and date.precision is _DAY:
            return None if date is dropped else date
    return None


def _the_date_line(doc: Doc, date: DateRef, now: _dt.date | None) -> bool:
    """Whether ``date`` is the article's date line ("13 Jun 2016 Those killed include ..."):
    a full date of the article's own day opening it, not inside a sentence. (Its caller
    tests the day first: most dates are not the article's own.)"""
    return (
        date.start == now
        and date.span.start < _DATELINE_WINDOW
        and not date.relative
        and is_dateline(date, doc.folded, doc.dateline)
    )


def _long_before(date: DateRef, now: _dt.date | None) -> bool:
    """Whether ``date`` ends more than _RECENT_DAYS before ``now``."""
    return now is not None and date.end is not None and (now - date.end).days > _RECENT_DAYS


def _recent_day(
    doc: Doc,
    dates: Sequence[DateRef],
    line: Span | None,
    now: _dt.date | None,
    main: CasualtyReport,
) -> DateRef | None:
    """The day-precise date of the lead paragraphs (the first _LEAD_SENTENCES sentences after
    the dateline) within _RECENT_DAYS before ``now`` nearest the lead toll ``main``, except
    the article's date line (an absolute date of its own day, "Published April 24 2017")
    and the day of a telling ("the monitor said on Sunday"), which say when it was written
    and told, not when the toll happened, a photo caption's (a date before a credit in
    brackets: "Idlib June 12 2016. (AFP)"), and a day counted from another ("wounded on 25
    April, he died a day later"): the event is the first's, as ACLED dates it."""
    if now is None or not dates:
        return None
    end = _opening_end(doc, line, _LEAD_SENTENCES)
    at = main.span.start
    best = None
    best_gap = 0
    for date in dates:
        start = date.span.start
        if start >= end:
            break
        day = date.start
        if day is None or date.precision is not _DAY or day > now:
            continue
        if date.anchor is _PREVIOUS_DATE:
            continue  # a sequel of a date already told ("he died a day later")
        if (day == now and not date.relative) or (now - day).days > _RECENT_DAYS:
            continue
        gap = at - start if start < at else start - at
        if (
            (best is None or gap < best_gap)
            and not _dates_the_telling(doc.folded, start)
            and not _CREDIT_AFTER.match(doc.folded, date.span.end)
        ):
            best, best_gap = date, gap
    return best


def _flatten(reports: Iterable[CasualtyReport]) -> list[CasualtyReport]:
    """The reports and their subsets, each before its own; a vague subset ("including dozens
    of children") gives no figure of its own: its people are counted in the parent."""
    out: list[CasualtyReport] = []
    for report in reports:
        out.append(report)
        if report.includes:
            out.extend(_flatten(i for i in report.includes if i.count.qualifier is not _VAGUE))
    return out


def _bucket(report: CasualtyReport) -> str | None:
    """Which total a report speaks for: people of unknown side, civilians, children, women,
    or combatants of a side.

    A report that splits its people into civilians and fighters ("30 people including 24
    civilians") speaks only through its parts.
    """
    group, side = report.victims, report.victim_side
    if group is _PEOPLE:
        if side is not None and side is not _SIDE_CIVILIANS:
            return _COMBATANT_BUCKETS[side]
        if report.includes and any(_contrasts(sub) for sub in report.includes):
            return None
        return "civilians" if side is _SIDE_CIVILIANS else "people"
    if group is _COMBATANTS:
        return _COMBATANT_BUCKETS[side]
    return _GROUP_BUCKETS[group]


# The names _bucket gives, made once (a member's ``.value`` is a Python property in 3.11).
_COMBATANT_BUCKETS: dict[Side | None, str] = {
    None: "combatants:",
    **{side: f"combatants:{side.value}" for side in Side},
}
_GROUP_BUCKETS = {group: str(group.value) for group in VictimGroup}


def _contrasts(part: CasualtyReport) -> bool:
    """Whether a part sets its people apart from the others of its toll: fighters, or
    "civilians" by name ("30 people including 24 civilians"), unlike "two medics". Most of a
    toll's people told to be civilians ("40 people, mostly civilians") leave the rest
    untold: they are read as the people of any toll are (_people); so does the attacker
    counted among the dead ("12 people, including the bomber": 11 civilians, 1 fighter)."""
    rule = part.count.rule
    if rule == "count.attacker":
        return False  # the attacker among the dead: "12 people, including the bomber"
    if part.victims is _COMBATANTS:
        return True
    if rule == "count.most":
        return False
    return part.victims is _CIVILIANS and "civilian" in part.surface.lower()


def _by_status(reports: Iterable[CasualtyReport]) -> dict[Status, list[CasualtyReport]]:
    """The reports and their subsets (_flatten) that are not negated, per status: _totals
    reads the killed and the wounded from one walk, not one flattening per status."""
    out: dict[Status, list[CasualtyReport]] = {}
    for report in _flatten(reports):
        if not report.negated:
            held = out.get(report.status)
            if held is None:
                out[report.status] = [report]
            else:
                held.append(report)
    return out


def _figures(flat: Sequence[CasualtyReport]) -> dict[str, int]:
    """The largest figure per bucket among ``flat``, reports of one status (_by_status)."""
    return {bucket: n for bucket, (_, n) in _best(flat).items()}


def _best(flat: Sequence[CasualtyReport]) -> dict[str, tuple[bool, int]]:
    """Per bucket of ``flat``, reports of one status (_by_status), whether its figure is
    precise and the figure: a precise figure beats a vague one ("scores of civilians
    killed", then "at least 25 civilians" gives 25), else the largest."""
    best: dict[str, tuple[bool, int]] = {}
    # Fighters of no side listed beside fighters of a side are others: "120 ISIS fighters
    # and 60 foreign mercenaries".
    sided: list[tuple[Span, Span]] | None = None  # read only for fighters of no side
    # The report each bucket's figure is from (the last one added to it).
    source: dict[str, CasualtyReport] = {}
    # The toll each subset belongs to ("two civilians, including a boy and a girl": two
    # children, not one); made when two reports share a bucket.
    parent: dict[int, CasualtyReport] | None = None
    # The fighters, made at the first people of no side (_apart_from_fighters).
    fighters: list[CasualtyReport] | None = None
    for report in flat:
        bucket = _bucket(report)
        if bucket == "people":
            if fighters is None:
                fighters = [r for r in flat if r.victims is _COMBATANTS]
            if fighters and _apart_from_fighters(report, fighters):
                bucket = "civilians"
        elif bucket == "combatants:":
            if sided is None:
                sided = [
                    (r.span, r.count.span)
                    for r in flat
                    if r.victims is _COMBATANTS and r.victim_side is not None
                ]
            if any(
                span == report.span and figure_at != report.count.span for span, figure_at in sided
            ):
                bucket = "combatants:listed"
        if bucket is None:
            continue
        key = (report.count.qualifier is not _VAGUE, figure(report.count))
        held = best.get(bucket)
        if held is None:
            best[bucket] = key
            source[bucket] = report
            continue
        if parent is None:
            parent = {id(sub): r for r in flat for sub in r.includes}
        held_by = source[bucket]
        if _parts_of_one_toll(held_by, report) or (
            parent
            and (mine := parent.get(id(report))) is not None
            and (mine is parent.get(id(held_by)) or _others(parent.get(id(held_by)), mine))
        ):
            # Another figure of the same toll, of the same bucket: other people ("16 fighters
            # from Faylaq al-Rahman and eight from Jaish al-Islam"), added; so are two
            # subsets of one toll ("including a boy and a girl"), and the subsets of a toll
            # and of the toll of others right after it ("11 civilians including four
            # children ... and five others including a girl").
            best[bucket] = (held[0] and key[0], held[1] + key[1])
            source[bucket] = report
        elif key > held:
            best[bucket] = key
            source[bucket] = report
    return best


def _others(before: CasualtyReport | None, report: CasualtyReport) -> bool:
    """Whether ``report`` counts others than ``before`` does, by the word after its figure,
    right after it: "11 civilians were killed in the old city and seven others in the
    east". (A toll of "others" further on may be others than any toll: "8 killed, 58 others
    injured" in a headline, and again in the text.)"""
    if before is None or not before.span.end <= report.span.start <= before.span.end + _NEAR:
        return False
    at = report.count.span.end - report.span.start
    return report.surface[at : at + 8].lower().startswith(_OTHERS)


_OTHERS = (" others", " other ", " more ")
_NEAR = 80


def _apart_from_fighters(report: CasualtyReport, fighters: Sequence[CasualtyReport]) -> bool:
    """Whether none of ``fighters`` (tolls of fighters, at least one) may be among the people
    ``report`` counts: each of them tells another weapon or governorate than ``report``
    (both told). "Shelling killed a man and his two sons in Tal Rifaat ... a drone strike
    killed three SDF fighters near Manbij": the three fighters are not among the three
    people, as the rebels and soldiers killed in a battle are among its dead (_people)."""
    return all(_apart(report, r) for r in fighters)


def _apart(one: CasualtyReport, other: CasualtyReport) -> bool:
    """Whether two tolls tell other events: another weapon (fighting may be any) or another
    governorate, both told (a town and its province are one place here)."""
    if one.cause is not None and other.cause is not None and one.cause is not other.cause:
        return one.cause is not _CLASHES and other.cause is not _CLASHES
    here = one.location.place.governorate if one.location is not None else None
    there = other.location.place.governorate if other.location is not None else None
    if here is None or there is None:
        return False
    # Damascus and its countryside are one area in the news ("Damascus" for Eastern Ghouta).
    return _METRO.get(here, here) != _METRO.get(there, there)


_METRO = {"Rural Damascus": "Damascus"}


def _parts_of_one_toll(one: CasualtyReport, other: CasualtyReport) -> bool:
    """Whether two reports are parts of one toll: the same words, other figures in them (a
    headline repeated at the text's start gives the same toll at the same figure)."""
    span, other_span = one.span, other.span
    return (
        span.start == other_span.start
        and span.end == other_span.end
        and one.count.span.start != other.count.span.start
    )


_AMONG_DEAD = re.compile(
    r"\bamong\s+(?:the|those)\s+(?:dead|killed|victims|fatalities|casualties|wounded|injured)\b"
)
_PEOPLE_BUCKETS = frozenset({"people", "civilians"})


def _retells(bucket: str | None, n: int, lead: Mapping[str, int]) -> bool:
    """Whether a later report, of ``bucket`` (_bucket) and figure ``n``, gives a lead toll
    again ("58 people, including 11 children" after "killed at least 58"): same victims,
    same figure."""
    if bucket is None or bucket in _PEOPLE_BUCKETS:
        # A loop over the buckets, not any() over a generator (which costs more).
        for people in _PEOPLE_BUCKETS:  # noqa: SIM110
            if lead.get(people) == n:
                return True
        return False
    return lead.get(bucket) == n


def _breakdown(doc: Doc, report: CasualtyReport) -> bool:
    """A part of a toll given elsewhere: "eight children and 11 fighters were among the dead"."""
    if report.rule == "casualty.breakdown":
        return True
    folded, start = doc.folded, report.span.start
    # A conditional, not min(): a builtin call of two ints costs ~900 instructions.
    end = report.span.end + 40
    if end > len(folded):
        end = len(folded)
    # Every match holds "among": a C substring search first (the pattern opens with \b, so
    # the engine would try it at every position of the report).
    return (
        folded.find("among", start, end) >= 0 and _AMONG_DEAD.search(folded, start, end) is not None
    )


def _totals(
    doc: Doc, lead: Sequence[CasualtyReport], rest: Sequence[CasualtyReport], headline: int
) -> tuple[dict[str, int], dict[str, int]]:
    """The totals of the killed and of the wounded (_status_totals). The lead, its first
    ``headline`` reports (the headline's) and, when needed, the later reports are flattened
    and split by status once for both."""
    # _by_status, _best and _figures of no reports give {}: they are called only on some.
    # Most articles report no wounded, and some have no lead or no later report, so several
    # of these calls (each dearer than the test) would read nothing.
    lead_flat = _by_status(lead) if lead else {}
    head_flat = _by_status(lead[:headline]) if headline else {}
    rest_flat: dict[Status, list[CasualtyReport]] | None = None  # read only if needed
    totals = []
    for status in (_KILLED, _WOUNDED):
        flat = lead_flat.get(status)
        best = _best(flat) if flat else {}
        if "people" in best and _civilians_apart(flat):
            del best["people"]
        if best:
            totals.append(_status_totals(doc, best, head_flat.get(status, []), rest, status))
        else:
            # The lead gives no figure of this status: the largest per bucket anywhere.
            if rest_flat is None:
                rest_flat = _by_status(rest) if rest else {}
            flat = rest_flat.get(status)
            totals.append(_figures(flat) if flat else {})
    return totals[0], totals[1]


def _status_totals(
    doc: Doc,
    best: dict[str, tuple[bool, int]],
    headline: Sequence[CasualtyReport],
    rest: Sequence[CasualtyReport],
    status: Status,
) -> dict[str, int]:
    """Per bucket, the lead's figure (``best``, the headline and opening; a precise figure of
    the ``headline``'s reports, flattened, names the main event and beats the opening's);
    later reports add only the lead's retold parts ("..., including 11 children") and
    breakdowns ("... were among the dead"): other later figures are other events or tallies
    of a campaign."""
    if headline:  # no headline toll in most articles (_best of nothing is {})
        for head, (precise, n) in _best(headline).items():
            if precise:
                best[head] = (precise, n)
    totals = {bucket: n for bucket, (_, n) in best.items()}
    # A vague lead ("dozens of people were killed") is told precisely later: its smallest
    # figure, by a loop, not min() over a generator (which costs more than the few buckets).
    vague: int | None = None
    for kind, (precise, n) in best.items():
        if not precise and kind in _PEOPLE_BUCKETS and (vague is None or n < vague):
            vague = n
    told: dict[str, int] = {}
    parts: list[CasualtyReport] = []
    for report in rest:
        if report.status is not status or report.negated:
            continue
        bucket, n = _bucket(report), figure(report.count)
        if _breakdown(doc, report):
            # Only a part of the lead's toll: "105 children were among those killed" after a
            # campaign total of 502 is a part of that total, not of a lead toll of 17.
            if n <= max(totals.values()):
                parts.append(report)
        elif _retells(bucket, n, totals):
            parts.extend(report.includes)

        elif (
            vague is not None
            and bucket in _PEOPLE_BUCKETS
            and n >= vague
            and report.count.qualifier is not _VAGUE
        ):
            told[bucket] = max(told.get(bucket, 0), n)
            parts.extend(report.includes)
    for bucket, n in told.items():
        if not best.get(bucket, (False, 0))[0]:
            totals[bucket] = n
    if parts:  # most leads are retold in no parts (_figures of nothing is {})
        for bucket, n in _figures(_by_status(parts).get(status, [])).items():
            totals.setdefault(bucket, n)
        if "people" in totals and _civilians_apart(parts):
            del totals["people"]
    return totals


def _civilians_apart(reports: Sequence[CasualtyReport] | None) -> bool:
    """Whether a breakdown of a toll names civilians ("52 people were killed ... of those
    killed, 29 were civilians"): the toll's other people are not told to be civilians, as
    with "52 people, including 29 civilians" (_contrasts); its people then give no total."""
    if not reports:
        return False
    for report in reports:  # a loop, not any() over a generator (cheaper)
        if (
            report.rule == "casualty.breakdown"
            and report.victims is _CIVILIANS
            and _contrasts(report)
        ):
            return True
    return False


_WAR_WIDE = re.compile(
    r"\b(?:war|conflict|uprising|revolution|civil[ -]war|crisis)\b[^.]{0,120}?"
    r"\b(?:since|began|begun|started|erupted|broke out|outbreak|has killed|have killed|"
    r"has left|has claimed|have been killed|have died)\b"
    r"|\b(?:since|began|started|erupted|broke out|outbreak)\b[^.]{0,60}?"
    r"\b(?:war|conflict|uprising|revolution|crisis|revolt)\b"
    r"|\b(?:years?|months?)\s+of\s+(?:the\s+)?(?:war|conflict|fighting|violence|bloodshed|"
    r"civil\s+war|uprising|revolt|revolution)\b"
    r"|\bsince\s+(?:(?:early|late|mid|march|the\s+start\s+of)\s+)?2011\b"
)


def _war_wide(doc: Doc, report: CasualtyReport) -> bool:
    """A toll of the whole war ("the conflict has killed more than 280000 people since 2011")."""
    sentence = doc.sentence_at(report.span.start)
    return sentence is not None and _war_wide_in(doc, sentence)


def _event_reports(
    doc: Doc, reports: Sequence[CasualtyReport], now: _dt.date | None
) -> list[CasualtyReport]:
    """The reports that may tell the article's event: not background (_background), not a
    toll of the whole war (_war_wide). _war_wide_in is asked once per sentence, however
    many reports the sentence holds."""
    sentences, starts = doc.sentence_index()
    seen: dict[int, bool] = {}
    out = []
    for report in reports:
        # _background is false for a report of no date (about half of them): that is tested
        # here first, as a call per report costs more than the test.
        if now is not None and report.date is not None and _background(report, now, doc.folded):
            continue
        # Doc.sentence_at, inlined (a call per report costs more than the lookup): the
        # sentence holding the report's start, if it falls in one.
        at = report.span.start
        i = bisect_right(starts, at) - 1
        if i >= 0 and at < sentences[i].end:
            found = seen.get(i)
            if found is None:
                found = seen[i] = _war_wide_in(doc, sentences[i])
            if found:
                continue
        out.append(report)
    return out


# Words of _WAR_WIDE's branches, for the test before it (_war_wide_in). A branch needs two
# words: a word for the war ("war", "conflict", "uprising", "revol", "crisis") and a verb or
# "since" (the first two), "years" or "months" of a war or of fighting (the third), "since"
# and 2011 (the fourth). The words every sentence is tested for are written out in
# _war_wide_in; these are tested only after one of them was found.
_WAR_VERBS = (
    *"since began begun started erupted outbreak".split(),
    *("broke out", "has killed", "have killed", "has left", "has claimed"),
    *("have been killed", "have died"),
)
_WAR_FIGHTING = ("fighting", "violence", "bloodshed")


def _war_wide_in(doc: Doc, sentence: Span) -> bool:
    folded, start, end = doc.folded, sentence.start, sentence.end
    # Every match of _WAR_WIDE holds two of these words: most sentences do not (many hold
    # "war" of "warplanes" or "toward" alone), and testing them with C substring searches is
    # many times cheaper than the pattern, which opens with \b and so is tried at every
    # position of the sentence.
    # NOTE: keep in step with _WAR_WIDE (tests/test_summary.py checks the two agree).
    words = folded[start:end]
    # The words every sentence is tested for are ``in`` tests written out: a test through
    # map() calls the bound __contains__, which builds and parses an argument tuple.
    war = (
        "war" in words
        or "conflict" in words
        or "uprising" in words
        or "revol" in words
        or "crisis" in words
    )
    has = words.__contains__
    return (
        (war and any(map(has, _WAR_VERBS)))
        or (("year" in words or "month" in words) and (war or any(map(has, _WAR_FIGHTING))))
        or ("since" in words and "2011" in words)
    ) and _WAR_WIDE.search(folded, start, end) is not None


def _background(report: CasualtyReport, now: _dt.date | None, folded: str) -> bool:
    """A toll dated well before the article's time is background ("the war has killed 280000
    people since March 2011", "the 2013 sarin attack killed 1400"), not the article's event;
    not when that date belongs to a clause of its own after the toll (_dates_another: "jets
    killed 11 people in Douma, which was hit by sarin in August 2013"). ``folded`` is the
    folded text the report was read in."""
    date = report.date
    if now is None or date is None or date.end is None:
        return False
    if (now - date.end).days <= _BACKGROUND_DAYS:
        return False
    # Most old dates stand before their toll ("the 2013 sarin attack killed 1400"): no call.
    return date.span.start < report.span.end or not _dates_another(folded, report, date)


# Words that open a clause of its own after a toll: a date after them tells of the place or
# the people ("in Douma, where the regime used sarin in 2013", "fighters who joined in 2014"),
# not of the toll. Not "that": "an attack that took place in March 2013" dates the toll.
_OTHER_CLAUSE = re.compile(r"\b(?:which|where|whose|who)\b")
# A superlative before a "since" ("the deadliest raid since 2013", "the first strike on the
# town since the truce began on February 27") compares with that date: it is not the toll's.
_SUPERLATIVE = re.compile(
    r"\b(?:deadliest|bloodiest|worst|heaviest|fiercest|biggest|largest|highest|first)\b"
)


# How far after a toll its date is read for a clause of its own (a sentence's length).
_CLAUSE_WINDOW = 300
# A noun phrase set beside a place or a group after a comma ("in Douma, a town besieged since
# 2013"): a "since" in it tells of that place.
_APPOSITION = re.compile(r",\s{1,3}(?:a|an|the)\s")


def _dates_another(folded: str, report: CasualtyReport, date: DateRef) -> bool:
    """Whether ``date``, the report's, tells of something else: it follows the toll after a
    word that opens a clause of its own, or after a superlative and a "since"."""
    end = report.span.end
    at = date.span.start
    if at < end or at - end > _CLAUSE_WINDOW:
        return False  # before the toll, or too far to read (a text without full stops)
    if _OTHER_CLAUSE.search(folded, end, at) is not None:
        return True
    since_rule = date.rule.endswith(".since")
    if since_rule and _APPOSITION.search(folded, end, at) is not None:
        return True  # "in Douma, a town besieged since 2013"
    since = since_rule or folded.find("since", end, at) >= 0
    return since and _SUPERLATIVE.search(folded, end, at) is not None


def _article_time(dates: Sequence[DateRef], published: _dt.date | None) -> _dt.date | None:
    """When the article speaks from: its publication date, else its latest dated day."""
    if published is not None:
        return published
    days = [d.end for d in dates if d.end is not None and d.precision is _DAY]
    return max(days, default=None)


def _people(totals: Mapping[str, int]) -> tuple[int, int, int, int]:
    """Civilians, children, women and fighters of one status's totals per bucket, each person
    once. Fighters of different sides are different people; fighters of no stated side may be
    any of them ("31 jihadists" in the headline, "31 militants" in the body). People of no
    stated side are everyone: the fighters reported are among them ("88 dead ... 45 rebels
    and 43 soldiers"), the others are civilians; civilians are at least the children and
    women reported."""
    # The figures are ints: loops and conditionals, not sum() over a generator and max(),
    # give the same numbers (a builtin call of two ints costs ~900 instructions).
    children = totals.get("children", 0)
    women = totals.get("women", 0)
    sided = 0
    for bucket, n in totals.items():
        if bucket.startswith("combatants:") and bucket != "combatants:":
            sided += n
    unsided = totals.get("combatants:", 0)
    combatants = unsided if unsided > sided else sided
    people = totals.get("people", 0) - combatants
    civilians = totals.get("civilians", 0)
    if children + women > civilians:
        civilians = children + women
    if people > civilians:
        civilians = people
    return civilians, children, women, combatants


def summarise(
    doc: Doc,
    *,
    casualties: Sequence[CasualtyReport],
    actors: Sequence[Actor],
    locations: Sequence[Location],
    dates: Sequence[DateRef],
    title: TitleRecords | None = None,
    published: _dt.date | None = None,
) -> Summary:
    """Summarise one article's records (and its separately given headline's, if any)."""
    title = title or _NO_TITLE
    now = _article_time(dates, published)
    casualties = _event_reports(doc, casualties, now)
    line = doc.dateline
    opening_end = _opening_end(doc, line)
    # Most articles come without a headline: its tolls are read only if it has any.
    headline = (
        [
            r
            for r in title.casualties
            if not _background(r, now, title.doc.folded) and not _war_wide(title.doc, r)
        ]
        if title.casualties
        else []
    )
    main = _told_in_headline(casualties, headline) or _main_report(casualties, opening_end)
    if main is not None and _tally_of_fighting(doc, main, title, opening_end):
        main = None
    location = _main_location(
        doc, locations, title.locations, casualties, main, opening_end, line, title.doc
    )
    lead = headline + [r for r in casualties if r.span.start < opening_end]
    # A running tally ("since the offensive began") larger than the lead's own toll sums
    # more than the event; a smaller one is its parts ("30 soldiers and 39 rebels so far").
    # The lead's largest toll of the killed, by a loop, not max() over a generator (which
    # costs more than the few reports of a lead).
    event = None
    for report in lead:
        if report.status is _KILLED and not report.cumulative:
            n = figure(report.count)
            if event is None or n > event:
                event = n
    if event is not None:
        lead = [
            r
            for r in lead
            if not (r.cumulative and r.rule != "casualty.toll" and figure(r.count) > event)
        ]
    # A running tally outside the lead ("so far", "since the offensive began") sums events
    # the lead does not report; inside the lead it is the article's own toll.
    rest = [r for r in casualties if r.span.start >= opening_end and not r.cumulative]
    killed, wounded_by_bucket = _totals(doc, lead, rest, len(headline))
    civilians, children, women, combatants = _people(killed)
    # The wounded are counted as the dead are, civilians and fighters added up ("five
    # soldiers and 20 civilians were wounded" are 25); most articles report none.
    wounded = 0
    if wounded_by_bucket:
        hurt_civilians, _, _, hurt_fighters = _people(wounded_by_bucket)
        wounded = hurt_civilians + hurt_fighters
    # The later tellings of the lead toll, read by both the cause and the perpetrator: found
    # once.
    retellings = _retellings(main, casualties)
    cause = _main_cause(doc, main, casualties, title, opening_end, retellings)
    # Summary(...) with its __init__ called directly on a new instance: the class call goes
    # through type.__call__, which packs the ten keywords into a dict and an argument tuple
    # for __init__; called as a function, __init__ takes them as they are (the same checks).
    summary = _object_new(Summary)
    _init_summary(
        summary,
        location=location,
        governorate=governorate_of(location.place) if location is not None else None,
        perpetrator=_main_perpetrator(
            doc, main, casualties, actors, title, opening_end, cause, retellings
        ),
        cause=cause,
        date=_main_date(doc, main, dates, opening_end, line, retellings, now),
        civilians_killed=civilians,
        children_killed=children,
        women_killed=women,
        combatants_killed=combatants,
        wounded=wounded,
    )
    return summary
