"""The records syriaevents returns.

Every record is a frozen, slotted, keyword-only attrs class holding tuples, never lists, so
records are hashable, cheap and safe to share between threads. Enums carry stable
lower-case string values: those are what :func:`to_dict` writes and what JSON users match on.

Every extracted record carries ``surface`` (the text exactly as written) and ``span``
(offsets into the caller's text, so ``text[span.start:span.end] == surface``) and ``rule``
(the id of the pattern that produced it).

>>> c = Count(value=100, low=101, high=None, qualifier=Qualifier.MORE_THAN,
...           surface="more than 100", span=Span(start=0, end=13), rule="count.more_than")
>>> c.to_dict()["qualifier"]
'more_than'
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Callable, Mapping
from typing import Any

import attrs

__all__ = [
    "ActorKind",
    "Anchor",
    "Article",
    "Attribution",
    "CasualtyReport",
    "Cause",
    "Count",
    "DateRef",
    "Event",
    "EventType",
    "Location",
    "Place",
    "PlaceKind",
    "Precision",
    "Qualifier",
    "Side",
    "Span",
    "Status",
    "Summary",
    "Trigger",
    "VictimGroup",
    "to_dict",
]


# Not enum.StrEnum (3.11+, which ruff's UP042 suggests since requires-python is 3.11): the
# records' enums have been (str, Enum) since the first release, and a switch would be a change
# of its own to check (format(), pickles of saved records), not part of raising the floor.
class _Enum(str, enum.Enum):  # noqa: UP042
    """A string enum whose value is its stable, lower-case JSON form."""

    def __str__(self) -> str:
        return str(self.value)


class PlaceKind(_Enum):
    COUNTRY = "country"
    GOVERNORATE = "governorate"
    DISTRICT = "district"
    SUBDISTRICT = "subdistrict"
    CITY = "city"
    TOWN = "town"
    VILLAGE = "village"
    NEIGHBOURHOOD = "neighbourhood"
    SITE = "site"
    REGION = "region"
    FEATURE = "feature"


class Side(_Enum):
    """Who an actor fights for."""

    GOVERNMENT = "government"
    RUSSIA = "russia"
    IRAN = "iran"
    HEZBOLLAH = "hezbollah"
    PRO_GOVERNMENT_FOREIGN = "pro_government_foreign"
    ISLAMIC_STATE = "islamic_state"
    AL_QAEDA = "al_qaeda"
    REBELS = "rebels"
    KURDISH = "kurdish"
    COALITION = "coalition"
    TURKEY = "turkey"
    ISRAEL = "israel"
    OTHER_FOREIGN = "other_foreign"
    CIVILIANS = "civilians"
    NEUTRAL = "neutral"
    UNKNOWN = "unknown"


class ActorKind(_Enum):
    STATE_FORCES = "state_forces"
    PARAMILITARY = "paramilitary"
    ARMED_GROUP = "armed_group"
    FOREIGN_FORCES = "foreign_forces"
    CIVILIANS = "civilians"
    PERSON = "person"
    MONITOR = "monitor"
    MEDIA = "media"
    INTERNATIONAL_ORG = "international_org"


class Qualifier(_Enum):
    """How the text qualified a figure: "at least 16" is AT_LEAST, "dozens" is VAGUE."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"
    UP_TO = "up_to"
    LESS_THAN = "less_than"
    RANGE = "range"
    VAGUE = "vague"


class Status(_Enum):
    """What happened to the people a casualty report counts."""

    KILLED = "killed"
    WOUNDED = "wounded"
    KILLED_OR_WOUNDED = "killed_or_wounded"
    KILLED_OR_CAPTURED = "killed_or_captured"
    CAPTURED = "captured"
    ABDUCTED = "abducted"
    MISSING = "missing"
    ARRESTED = "arrested"
    RELEASED = "released"


class VictimGroup(_Enum):
    CIVILIANS = "civilians"
    CHILDREN = "children"
    WOMEN = "women"
    COMBATANTS = "combatants"
    PEOPLE = "people"


class Cause(_Enum):
    AIRSTRIKE = "airstrike"
    BARREL_BOMB = "barrel_bomb"
    SHELLING = "shelling"
    ROCKET = "rocket"
    MISSILE = "missile"
    CAR_BOMB = "car_bomb"
    SUICIDE_BOMBING = "suicide_bombing"
    IED = "ied"
    LANDMINE = "landmine"
    EXPLOSION = "explosion"
    CHEMICAL = "chemical"
    GUNFIRE = "gunfire"
    SNIPER = "sniper"
    CLASHES = "clashes"
    EXECUTION = "execution"
    TORTURE = "torture"
    SIEGE = "siege"
    UNKNOWN = "unknown"


class Precision(_Enum):
    """How much of a date the text gave."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


class Anchor(_Enum):
    """What a relative date was resolved against."""

    PUBLISHED = "published"
    PREVIOUS_DATE = "previous_date"


class EventType(_Enum):
    """ACLED sub-event types."""

    ARMED_CLASH = "armed_clash"
    GOVERNMENT_REGAINS_TERRITORY = "government_regains_territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "non_state_actor_overtakes_territory"
    AIR_DRONE_STRIKE = "air_drone_strike"
    SHELLING_ARTILLERY_MISSILE_ATTACK = "shelling_artillery_missile_attack"
    REMOTE_EXPLOSIVE_LANDMINE_IED = "remote_explosive_landmine_ied"
    SUICIDE_BOMB = "suicide_bomb"
    CHEMICAL_WEAPON = "chemical_weapon"
    GRENADE = "grenade"
    ATTACK = "attack"
    ABDUCTION_FORCED_DISAPPEARANCE = "abduction_forced_disappearance"
    SEXUAL_VIOLENCE = "sexual_violence"
    PEACEFUL_PROTEST = "peaceful_protest"
    PROTEST_WITH_INTERVENTION = "protest_with_intervention"
    EXCESSIVE_FORCE_AGAINST_PROTESTERS = "excessive_force_against_protesters"
    VIOLENT_DEMONSTRATION = "violent_demonstration"
    MOB_VIOLENCE = "mob_violence"
    AGREEMENT = "agreement"
    ARRESTS = "arrests"
    CHANGE_TO_GROUP_ACTIVITY = "change_to_group_activity"
    DISRUPTED_WEAPONS_USE = "disrupted_weapons_use"
    HEADQUARTERS_OR_BASE_ESTABLISHED = "headquarters_or_base_established"
    LOOTING_PROPERTY_DESTRUCTION = "looting_property_destruction"
    NON_VIOLENT_TRANSFER_OF_TERRITORY = "non_violent_transfer_of_territory"
    OTHER = "other"

    @property
    def acled_label(self) -> str:
        """ACLED's own name for this sub-event type."""
        return _ACLED_SUB_EVENT[self][1]

    @property
    def acled_event_type(self) -> str:
        """The ACLED event type this sub-event type belongs to."""
        return _ACLED_SUB_EVENT[self][0]


_BATTLES = "Battles"
_REMOTE = "Explosions/Remote violence"
_VAC = "Violence against civilians"
_PROTESTS = "Protests"
_RIOTS = "Riots"
_STRATEGIC = "Strategic developments"
_ACLED_SUB_EVENT: Mapping[EventType, tuple[str, str]] = {
    EventType.ARMED_CLASH: (_BATTLES, "Armed clash"),
    EventType.GOVERNMENT_REGAINS_TERRITORY: (_BATTLES, "Government regains territory"),
    EventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY: (
        _BATTLES,
        "Non-state actor overtakes territory",
    ),
    EventType.AIR_DRONE_STRIKE: (_REMOTE, "Air/drone strike"),
    EventType.SHELLING_ARTILLERY_MISSILE_ATTACK: (_REMOTE, "Shelling/artillery/missile attack"),
    EventType.REMOTE_EXPLOSIVE_LANDMINE_IED: (_REMOTE, "Remote explosive/landmine/IED"),
    EventType.SUICIDE_BOMB: (_REMOTE, "Suicide bomb"),
    EventType.CHEMICAL_WEAPON: (_REMOTE, "Chemical weapon"),
    EventType.GRENADE: (_REMOTE, "Grenade"),
    EventType.ATTACK: (_VAC, "Attack"),
    EventType.ABDUCTION_FORCED_DISAPPEARANCE: (_VAC, "Abduction/forced disappearance"),
    EventType.SEXUAL_VIOLENCE: (_VAC, "Sexual violence"),
    EventType.PEACEFUL_PROTEST: (_PROTESTS, "Peaceful protest"),
    EventType.PROTEST_WITH_INTERVENTION: (_PROTESTS, "Protest with intervention"),
    EventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS: (
        _PROTESTS,
        "Excessive force against protesters",
    ),
    EventType.VIOLENT_DEMONSTRATION: (_RIOTS, "Violent demonstration"),
    EventType.MOB_VIOLENCE: (_RIOTS, "Mob violence"),
    EventType.AGREEMENT: (_STRATEGIC, "Agreement"),
    EventType.ARRESTS: (_STRATEGIC, "Arrests"),
    EventType.CHANGE_TO_GROUP_ACTIVITY: (_STRATEGIC, "Change to group/activity"),
    EventType.DISRUPTED_WEAPONS_USE: (_STRATEGIC, "Disrupted weapons use"),
    EventType.HEADQUARTERS_OR_BASE_ESTABLISHED: (_STRATEGIC, "Headquarters or base established"),
    EventType.LOOTING_PROPERTY_DESTRUCTION: (_STRATEGIC, "Looting/property destruction"),
    EventType.NON_VIOLENT_TRANSFER_OF_TERRITORY: (
        _STRATEGIC,
        "Non-violent transfer of territory",
    ),
    EventType.OTHER: (_STRATEGIC, "Other"),
}


def _non_negative(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """The ``__set__`` of the slot of each field of ``cls``, in field order: what the
    hand-written ``__init__`` of the records built most (``init=False``) writes them with.

    attrs' ``__init__`` of a frozen class writes each field through a bound
    ``object.__setattr__`` (the class's own ``__setattr__`` refuses), which looks the name up
    in the class, and calls each validator after checking that validators are on. The slot's
    own ``__set__`` skips the lookup, and the validators' comparisons are run inline, in the
    validators' order (so a bad type raises the same TypeError); only when one fails is
    ``attrs.validate`` called, to raise the validator's own error. Machine instructions per
    record, attrs' against these: Span 7.0 k / 4.7 k, Count 12.6 k / 10.1 k, DateRef
    13.3 k / 10.7 k, CasualtyReport 19.6 k / 16.6 k, Summary 18.2 k / 13.6 k (its five
    validators). tests/test_speed6_records.py checks them against attrs' own ``__init__``
    on good and bad arguments. With validators switched off
    (``attrs.validators.set_disabled``) ``attrs.validate`` raises nothing, but the inline
    comparisons still run.
    """
    return tuple(cls.__dict__[field.name].__set__ for field in attrs.fields(cls))


@attrs.frozen(kw_only=True, init=False)
class Span:
    """Character offsets ``[start, end)`` into the text the caller passed.

    >>> Span(start=3, end=7).length
    4
    """

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field()

    @end.validator
    def _check_end(self, attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            raise ValueError(f"end must be >= start, got start={self.start} end={value}")

    def __init__(self, *, start: int, end: int) -> None:
        # See _slot_setters.
        _span_start(self, start)
        _span_end(self, end)
        if start < 0 or end < start:
            attrs.validate(self)

    @property
    def length(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]


_span_start, _span_end = _slot_setters(Span)


@attrs.frozen(kw_only=True)
class Place:
    """One row of the gazetteer: a place with its administrative parents."""

    id: str
    name: str
    kind: PlaceKind
    governorate: str | None = None
    district: str | None = None
    subdistrict: str | None = None
    pcode: str | None = None
    geonames_id: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    country: str = "SY"
    population: int | None = None
    aliases: tuple[str, ...] = ()
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


@attrs.frozen(kw_only=True)
class Location:
    """A mention of a :class:`Place` in the text.

    ``precision`` follows ACLED's geo_precision: 1 the place itself (town, village,
    neighbourhood, site), 2 a part of a region or near a town, 3 a governorate or region.
    """

    place: Place
    surface: str
    span: Span
    rule: str
    precision: int = attrs.field(default=1, validator=attrs.validators.in_((1, 2, 3)))

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


@attrs.frozen(kw_only=True)
class Actor:
    """A mention of an armed actor, monitor, agency or group, normalised to the actor table."""

    id: str
    name: str
    side: Side
    kind: ActorKind
    surface: str
    span: Span
    rule: str
    acled_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


def _check_interval(
    instance: Count, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is not None and instance.low is not None and value < instance.low:
        raise ValueError(f"high must be >= low, got low={instance.low} high={value}")


@attrs.frozen(kw_only=True, init=False)
class Count:
    """A figure as the text gives it: the number written and the interval the words imply.

    ``None`` bounds are open: "more than 100" is ``low=101, high=None``.
    """

    value: int | None
    low: int | None
    high: int | None = attrs.field(validator=_check_interval)
    qualifier: Qualifier
    surface: str
    span: Span
    rule: str

    def __init__(
        self,
        *,
        value: int | None,
        low: int | None,
        high: int | None,
        qualifier: Qualifier,
        surface: str,
        span: Span,
        rule: str,
    ) -> None:
        # See _slot_setters.
        _count_value(self, value)
        _count_low(self, low)
        _count_high(self, high)
        _count_qualifier(self, qualifier)
        _count_surface(self, surface)
        _count_span(self, span)
        _count_rule(self, rule)
        if high is not None and low is not None and high < low:
            attrs.validate(self)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


(
    _count_value,
    _count_low,
    _count_high,
    _count_qualifier,
    _count_surface,
    _count_span,
    _count_rule,
) = _slot_setters(Count)


def _check_dates(
    instance: DateRef, attribute: attrs.Attribute[_dt.date | None], value: _dt.date | None
) -> None:
    if value is not None and instance.start is not None and value < instance.start:
        raise ValueError(f"end must be >= start, got start={instance.start} end={value}")


@attrs.frozen(kw_only=True, init=False)
class DateRef:
    """A date expression and the days it covers.

    ``start`` and ``end`` are equal for a single day and ``None`` when a relative date
    ("yesterday") could not be resolved because no publication date was known.
    """

    start: _dt.date | None
    end: _dt.date | None = attrs.field(validator=_check_dates)
    precision: Precision
    surface: str
    span: Span
    rule: str
    relative: bool = False
    anchor: Anchor | None = None

    def __init__(
        self,
        *,
        start: _dt.date | None,
        end: _dt.date | None,
        precision: Precision,
        surface: str,
        span: Span,
        rule: str,
        relative: bool = False,
        anchor: Anchor | None = None,
    ) -> None:
        # See _slot_setters.
        _date_start(self, start)
        _date_end(self, end)
        _date_precision(self, precision)
        _date_surface(self, surface)
        _date_span(self, span)
        _date_rule(self, rule)
        _date_relative(self, relative)
        _date_anchor(self, anchor)
        if end is not None and start is not None and end < start:
            attrs.validate(self)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


(
    _date_start,
    _date_end,
    _date_precision,
    _date_surface,
    _date_span,
    _date_rule,
    _date_relative,
    _date_anchor,
) = _slot_setters(DateRef)


@attrs.frozen(kw_only=True)
class Attribution:
    """Who a report is attributed to ("the Observatory said", "according to SANA")."""

    name: str
    actor: Actor | None
    surface: str
    span: Span
    hedge: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


@attrs.frozen(kw_only=True, init=False)
class CasualtyReport:
    """One toll the text reports: how many people, what happened to them, and the context."""

    status: Status
    count: Count
    victims: VictimGroup
    victim_side: Side | None = None
    perpetrator: Actor | None = None
    cause: Cause | None = None
    location: Location | None = None
    date: DateRef | None = None
    source: Attribution | None = None
    includes: tuple[CasualtyReport, ...] = ()
    cumulative: bool = False
    negated: bool = False
    surface: str
    span: Span
    rule: str

    def __init__(
        self,
        *,
        status: Status,
        count: Count,
        victims: VictimGroup,
        victim_side: Side | None = None,
        perpetrator: Actor | None = None,
        cause: Cause | None = None,
        location: Location | None = None,
        date: DateRef | None = None,
        source: Attribution | None = None,
        includes: tuple[CasualtyReport, ...] = (),
        cumulative: bool = False,
        negated: bool = False,
        surface: str,
        span: Span,
        rule: str,
    ) -> None:
        # See _slot_setters (no validators here).
        _report_status(self, status)
        _report_count(self, count)
        _report_victims(self, victims)
        _report_victim_side(self, victim_side)
        _report_perpetrator(self, perpetrator)
        _report_cause(self, cause)
        _report_location(self, location)
        _report_date(self, date)
        _report_source(self, source)
        _report_includes(self, includes)
        _report_cumulative(self, cumulative)
        _report_negated(self, negated)
        _report_surface(self, surface)
        _report_span(self, span)
        _report_rule(self, rule)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


(
    _report_status,
    _report_count,
    _report_victims,
    _report_victim_side,
    _report_perpetrator,
    _report_cause,
    _report_location,
    _report_date,
    _report_source,
    _report_includes,
    _report_cumulative,
    _report_negated,
    _report_surface,
    _report_span,
    _report_rule,
) = _slot_setters(CasualtyReport)


@attrs.frozen(kw_only=True)
class Trigger:
    """The word that fired an event."""

    surface: str
    span: Span


@attrs.frozen(kw_only=True)
class Event:
    """Something that happened, coded as an ACLED sub-event type."""

    type: EventType
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Location | None = None
    date: DateRef | None = None
    casualties: tuple[CasualtyReport, ...] = ()
    source: Attribution | None = None
    hedge: str | None = None
    trigger: Trigger
    sentence: Span
    rule: str

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


@attrs.frozen(kw_only=True, init=False)
class Summary:
    """The article's main event and its totals, each person counted once."""

    location: Location | None = None
    governorate: str | None = None
    perpetrator: Actor | None = None
    cause: Cause | None = None
    date: DateRef | None = None
    civilians_killed: int = attrs.field(default=0, validator=_non_negative)
    children_killed: int = attrs.field(default=0, validator=_non_negative)
    women_killed: int = attrs.field(default=0, validator=_non_negative)
    combatants_killed: int = attrs.field(default=0, validator=_non_negative)
    wounded: int = attrs.field(default=0, validator=_non_negative)

    def __init__(
        self,
        *,
        location: Location | None = None,
        governorate: str | None = None,
        perpetrator: Actor | None = None,
        cause: Cause | None = None,
        date: DateRef | None = None,
        civilians_killed: int = 0,
        children_killed: int = 0,
        women_killed: int = 0,
        combatants_killed: int = 0,
        wounded: int = 0,
    ) -> None:
        # See _slot_setters.
        _summary_location(self, location)
        _summary_governorate(self, governorate)
        _summary_perpetrator(self, perpetrator)
        _summary_cause(self, cause)
        _summary_date(self, date)
        _summary_civilians_killed(self, civilians_killed)
        _summary_children_killed(self, children_killed)
        _summary_women_killed(self, women_killed)
        _summary_combatants_killed(self, combatants_killed)
        _summary_wounded(self, wounded)
        if (
            civilians_killed < 0
            or children_killed < 0
            or women_killed < 0
            or combatants_killed < 0
            or wounded < 0
        ):
            attrs.validate(self)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


(
    _summary_location,
    _summary_governorate,
    _summary_perpetrator,
    _summary_cause,
    _summary_date,
    _summary_civilians_killed,
    _summary_children_killed,
    _summary_women_killed,
    _summary_combatants_killed,
    _summary_wounded,
) = _slot_setters(Summary)


@attrs.frozen(kw_only=True)
class Article:
    """Everything syriaevents read in one article.

    ``source`` is the publisher as the caller gave it. ``events`` is reserved for ACLED-style
    event records and is empty in this version: casualty reports and the summary carry the
    events' facts for now.
    """

    text: str
    title: str | None = None
    source: str | None = None
    published: _dt.date | None = None
    dateline: Location | None = None
    events: tuple[Event, ...] = ()
    casualties: tuple[CasualtyReport, ...] = ()
    actors: tuple[Actor, ...] = ()
    locations: tuple[Location, ...] = ()
    dates: tuple[DateRef, ...] = ()
    summary: Summary = attrs.field(factory=Summary)

    def to_dict(self) -> dict[str, Any]:
        return to_dict(self)


def _plain(value: Any) -> Any:
    if attrs.has(type(value)):
        return {f.name: _plain(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    return value


def to_dict(record: Any) -> dict[str, Any]:
    """A record as plain JSON types: enums as their string values, dates as ISO strings,
    tuples as lists.

    >>> to_dict(Span(start=0, end=4))
    {'start': 0, 'end': 4}
    """
    if not attrs.has(type(record)):
        raise TypeError(f"to_dict takes a syriaevents record, not {type(record).__name__}")
    result: dict[str, Any] = _plain(record)
    return result
