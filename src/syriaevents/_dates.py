"""Absolute and relative dates: one regex pass over the folded text, then cheap resolution.

Conventions (docs/dates.md has the full list with examples):

- ``precision`` says what the text gave: "March 2016" is a MONTH (1-31 March), "2016" a
  YEAR, "early 2015" still the whole YEAR; a day is never invented.
- Relative expressions resolve against ``published`` (anchor PUBLISHED) or, for "the day
  before", "a day later" and the like, against the last day-precise date earlier in the
  text (anchor PREVIOUS_DATE). Without a reference they come back with start=end=None.
- A weekday is the most recent such day on or before publication ("Sunday" in a Sunday
  paper is that day); "last Sunday" is strictly before it, "next Sunday" strictly after.
- "overnight" is the night before publication: a RANGE from the day before publication
  to the publication day.
- Numeric dates are day first ("05.02.2015" is 5 February) unless only month first is valid.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
import threading
from collections.abc import Callable, Iterable
from typing import Any, Final

import regex

from ._gates import prefix_dates, prefix_starts, starts
from ._numbers import _TEENS, _UNITS
from ._text import Doc, ascii_stand_in, check_text, coerce_date, word_trie
from .model import Anchor, DateRef, Precision, Span, _slot_setters, _span_end, _span_start

__all__ = ["find_dateline", "find_dates", "scan_dateline", "scan_dates"]

# Members of Precision and Anchor as module globals: reading one through its class runs
# EnumType's attribute hook on Python 3.11 (hundreds of instructions; a global costs a few),
# and each date reads several.
_P_DAY, _P_WEEK, _P_MONTH = Precision.DAY, Precision.WEEK, Precision.MONTH
_P_YEAR, _P_RANGE = Precision.YEAR, Precision.RANGE
_PUBLISHED, _PREVIOUS_DATE = Anchor.PUBLISHED, Anchor.PREVIOUS_DATE

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_MONTHS: dict[str, int] = {}
for _i, _name in enumerate(_MONTH_NAMES, start=1):
    _MONTHS[_name] = _i
    _MONTHS[_name[:3]] = _i
_MONTHS["sept"] = 9

_WEEKDAY_NAMES = "monday tuesday wednesday thursday friday saturday sunday".split()
_WEEKDAYS: dict[str, int] = {}
for _i, _name in enumerate(_WEEKDAY_NAMES):
    _WEEKDAYS[_name] = _i
    _WEEKDAYS[_name[:3]] = _i
for _abbr, _i in (("tues", 1), ("weds", 2), ("thur", 3), ("thurs", 3)):
    _WEEKDAYS[_abbr] = _i

# "two days later", "a day earlier": the number words up to twelve, and the article as one.
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    **{word: n for word, n in {**_UNITS, **_TEENS}.items() if n <= 12},
}


# NOTE: the branch names here are the ones _BRANCHES lists; keep the two in sync. An optional
# group is written "(?:x|)", not "(?:x)?" (the same matches): the stdlib engine runs "?" on a
# group through its REPEAT opcode, which allocates at every attempt.
_PATTERN = r"""
\b(?:
  # "05.02.2015", "13-12-2014", "5/4/2016": day first (see _numeric_date)
  (?P<num>(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[01]?\d)(?P=sep)(?P<y>YEAR)(?!\d))
  # "2016-07-10"
| (?P<iso>(?P<y>YEAR)(?P<sep>[-/])(?P<b>[01]\d)(?P=sep)(?P<a>[0-3]\d)(?!\d))
  # "Wed 05 Apr 2017", "Saturday 16 Jul 2016", "12 June 2016", "3rd of March", "3-5 March 2016"
| (?P<dmy>
    (?:(?P<wd>WEEKDAY)\b\.?,?\s{1,3}(?:the\s{1,3}|)|)
    (?P<d>[0-3]?\d)(?:st|nd|rd|th|)
    (?:\s{0,2}(?:-|to|and)\s{0,2}(?P<d2>[0-3]?\d)(?:st|nd|rd|th|)|)
    (?:\s{1,3}of|)\s{1,3}
    # the point of an abbreviation ("5 Sept."), not a sentence's end ("on 5 March.")
    (?P<mon>MONTH)\b(?:(?<=jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\.|(?<=sept)\.|)
    (?:,?\s{1,3}(?P<y>YEAR)(?!\d)|)
  )
  # "Wednesday, March 3, 2016", "April 24 2017", "Aug. 1 2016", "March 3-5", "Jul 012016"
| (?P<mdy>
    (?:(?P<wd>WEEKDAY)\b\.?,?\s{1,3}|)
    (?P<mon>MONTH)\b\.?\s{1,3}
    (?:
      (?P<d>[0-3]\d)(?P<y>YEAR)(?!\d)                  # day and year glued: "Jul 012016"
    | (?P<d>[0-3]?\d)(?:st|nd|rd|th|)(?!\d)
      (?:\s{0,2}(?:-|to)\s{0,2}(?P<d2>[0-3]?\d)(?!\d)|)
      (?:,?\s{1,3}(?P<y>YEAR)(?!\d)|)
    )
  )
  # "March 2016", "mid-March 2016", "end of June 2015"
| (?P<my>(?:(?P<mod>MOD)[\s-]{1,3}|)(?P<mon>MONTH)\b\.?,?\s{1,3}(?P<y>YEAR)(?!\d))
  # "June last year", "in March this year"
| (?P<mly>
    (?:(?P<mod>MOD)[\s-]{1,3}|)(?P<mon>FULLMONTH)\s{1,3}(?P<pmod>last|this|next)\s{1,3}year\b
  )
  # "summer 2015", "the spring of 2016", "last summer", "this autumn": a season with its
  # year or told from publication; a season alone ("the summer offensive") is no date
| (?P<ssn>
    (?P<smod>last|this)\s{1,3}(?P<season>SEASON)\b
  | (?P<season>SEASON)(?:\s{1,3}of|)\s{1,3}(?P<y>YEAR)(?!\d)
  )
  # "in March", "mid-March": context is checked in code ("may" the verb, "march" the verb)
| (?P<mo>(?:(?P<mod>MOD)[\s-]{1,3}|)(?P<mon>FULLMONTH)\b)
  # "2016", "early 2015", "2011-2016": context is checked in code (counts are not years)
| (?P<yr>(?:(?P<mod>MOD)[\s-]{1,3}|)(?P<y>YEAR)(?:\s{0,2}(?:-|to)\s{0,2}(?P<y2>YEAR)|)(?!\d))
  # "on Sunday", "said Sunday", "last Monday", "Friday night", "overnight Tuesday"; not the
  # habitual "every Friday"; "Saturdays blast", the possessive with its mark stripped (the
  # habitual "on Fridays" is left out in code)
| (?P<wk>
    (?<!every\s)(?:(?P<wmod>last|this|next|overnight|late|early)\s{1,3}|)
    (?P<wd>FULLWEEKDAY)
    (?:
      s(?=\s{1,3}[a-z])
    | (?:\s{1,3}(?P<part>night|morning|evening|afternoon|overnight)|)\b
    )
  )
  # "yesterday", "today", "last night", "the day before yesterday"
| (?P<dx>
    (?P<dbb>the\s{1,3}day\s{1,3}before\s{1,3}yesterday)
  | yesterday | today | tonight | last\s{1,3}night | this\s{1,3}(?:morning|afternoon|evening)
  )\b
| (?P<on>overnight)\b
  # "the day before", "a day earlier", "the following day", "the previous night", "earlier
  # in the day": against the previous date;
  # "a day after <something>" counts from an event, so before/after must end the phrase
| (?P<pv>
    the\s{1,3}(?P<pvword>previous|following|next)\s{1,3}(?:day|night)
  | (?P<pvsame>earlier|later)\s{1,3}in\s{1,3}the\s{1,3}day
  | the\s{1,3}day\s{1,3}(?P<pvdir>before|after)(?=ENDOFPHRASE)
  | (?P<n>NUM)\s{1,3}days?\s{1,3}
    (?:(?P<pvdir>earlier|later)|(?P<pvdir>before|after)(?=ENDOFPHRASE))
  )\b
  # "three days ago", "a year ago"
| (?P<ago>(?P<n>NUM)\s{1,3}(?P<unit>day|week|month|year)s?\s{1,3}ago)\b
  # "last week", "earlier this month", "this year"; not "the last month" (a duration);
  # "(over) the weekend": the last one
| (?P<pd>
    (?<!the\s)(?P<pmod>last|this|next|earlier\s{1,3}(?:this|in\s{1,3}the)|later\s{1,3}this)
    \s{1,3}(?P<unit>weekend|week|month|year)
  | (?P<pmod>the)\s{1,3}(?P<unit>weekend)
  )\b
)
"""

# What may follow "the day before" / "two days after" when they count from a date.
_END_OF_PHRASE = (
    r"\s{0,3}(?:[.,;:!?)\"'-]|\Z)"
    r"|\s{1,3}(?:and|but|when|while|as|in|on|at|with|from|by|near|inside|outside)\b"
)
_MOD = r"early|mid|late|end\s{1,3}of|beginning\s{1,3}of|start\s{1,3}of"
# The seasons a date may name, by their first month (the northern meteorological seasons:
# spring March to May, summer June to August, autumn September to November). Winter is not
# read: "winter 2015" may be the one that opens or the one that closes the year.
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
_YEAR = r"19[6-9]\d|20[0-3]\d"

# The names as prefix trees (word_trie), whose greedy tails try the longest name first, as a
# flat alternation sorted longest first does: the same matches, and a branch over a few first
# letters where a flat one scans every name (several names are tried at each trigger).
_DATE_SOURCE = (
    _PATTERN.replace("FULLWEEKDAY", "(?:" + word_trie(_WEEKDAY_NAMES) + ")")
    .replace("WEEKDAY", "(?:" + word_trie(_WEEKDAYS) + ")")
    .replace("FULLMONTH", "(?:" + word_trie(_MONTH_NAMES) + ")")
    .replace("MONTH", "(?:" + word_trie(_MONTHS) + ")")
    .replace("ENDOFPHRASE", _END_OF_PHRASE)
    .replace("NUM", "(?:" + word_trie(_NUMBER_WORDS) + r"|\d{1,2})")
    .replace("MOD", "(?:" + _MOD + ")")
    .replace("SEASON", "(?:" + "|".join(_SEASONS) + ")")
    .replace("YEAR", "(?:" + _YEAR + ")")
)
# _DATE_RE, the source compiled by the `regex` module, reads only text that is not ASCII once
# folded (few texts): it is compiled on first need (_date_re), not at import (~20 ms).


def _unique_names(source: str) -> tuple[str, dict[str, list[str]]]:
    """``source`` with each repeated group name made unique ("y", "y__2", ...), which the
    stdlib engine requires, and the names each original name became."""
    names: dict[str, list[str]] = {}

    def rename(m: re.Match[str]) -> str:
        name = m.group(2)
        if m.group(1) == "<":
            given = names.setdefault(name, [])
            given.append(name if not given else f"{name}__{len(given) + 1}")
        return f"(?P{m.group(1)}{names[name][-1]}"  # a backreference: the latest group

    return re.sub(r"\(\?P([<=])(\w+)", rename, source), names


# _DATE_RE compiled by the stdlib engine, whose calls cost half the `regex` module's here: on
# ASCII text the two read alike (\s, \w, \d and \b agree there), so scan uses it when the
# folded text is ASCII (most texts), its matches read through _TwinMatch under the original
# names. tests/test_dates.py checks the two agree name by name.
_TWIN_SOURCE, _TWIN_NAMES = _unique_names(_DATE_SOURCE)
_TWIN_RE = re.compile(_TWIN_SOURCE, re.VERBOSE)
_TWIN_GROUPS: dict[str, tuple[int, ...]] = {
    name: tuple(_TWIN_RE.groupindex[n] for n in given) for name, given in _TWIN_NAMES.items()
}


class _TwinMatch(dict[str, Any]):
    """A match of _TWIN_RE read as a match of _DATE_RE: by the original group names.

    A dict of the names read so far: the handlers ask for the same names several times, and
    a dict lookup runs in C where a ``__getitem__`` written in Python costs a call each time.
    (Its values are str or None, typed as regex types its own.)"""

    __slots__ = ("_groups", "_m", "end", "group")

    def __init__(self, m: re.Match[str]) -> None:
        # No dict.__init__ call: the dict is made empty, and one without arguments adds nothing.
        self._m = m
        # The groups of each name inside the match's branch (see _TWIN_BRANCH_GROUPS).
        self._groups = _TWIN_BRANCH_GROUPS[m.lastindex]  # type: ignore[index]
        self.end = m.end
        self.group = m.group

    def __missing__(self, name: str) -> Any:
        group = self._m.group
        value = None
        for i in self._groups[name]:
            value = group(i)
            if value is not None:
                break
        self[name] = value
        return value

    def start(self, name: str | int = 0) -> int:
        if isinstance(name, int):
            return self._m.start(name)
        start = self._m.start
        for i in self._groups[name]:
            at = start(i)
            if at >= 0:
                return at
        return -1


_Match = regex.Match[str] | _TwinMatch
# A cheap first pass: where any branch of _DATE_RE could start. Matching the big pattern only
# at these word starts is ten times faster than letting it try every position. The stdlib
# `re` runs this plain alternation faster than `regex` does; it cannot backtrack badly.
# NOTE: keep in sync with the first words of the branches of _PATTERN.
_TRIGGER_WORDS = (
    set(_MONTHS)
    | set(_WEEKDAYS)
    | {name + "s" for name in _WEEKDAY_NAMES}  # "Saturdays blast"
    | set("yesterday today tonight overnight last this next earlier later".split())
    | set("early mid late end beginning start".split())
    | set(_SEASONS)
)
# Prefix-factored alternations (word_trie) make this pass three times faster than flat ones.
# A figure wakes the pattern only where a date could follow it: a day or number before a
# separator, an ordinal suffix, "to"/"and", "of", a time unit or a month name (a superset of
# what the branches accept), or a four-digit year. Most figures are counts ("12 people").
_TRIGGER_FIGURE = (
    r"\d(?=.?(?:\s{0,3}[./-]|st|nd|rd|th|\s{0,2}(?:to|and)"
    rf"|\s{{1,3}}(?:of|day|week|month|year|{word_trie(_MONTHS)})))"
    r"|(?:19|20)[0-9]{2}(?![0-9])"
)
_TRIGGER = re.compile(
    rf"\b(?:{_TRIGGER_FIGURE}"
    rf"|(?:{word_trie(_TRIGGER_WORDS)})\b"
    r"|the\s{1,3}(?:day|previous|following|next|weekend)\b"
    rf"|(?:{word_trie(_NUMBER_WORDS)})\s{{1,3}}(?:day|week|month|year)s?\b)"
)
_BRANCHES = (
    "num",
    "iso",
    "dmy",
    "mdy",
    "my",
    "mly",
    "ssn",
    "mo",
    "yr",
    "wk",
    "dx",
    "on",
    "pv",
    "ago",
    "pd",
)


def _groups_by_branch() -> dict[int, dict[str, tuple[int, ...]]]:
    """For each branch of _TWIN_RE, by the number of its group, the groups of each name that
    lie inside it. A match holds one branch, and every group of the other branches is None
    there, so _TwinMatch reads these only: one or two calls for a name, where _TWIN_GROUPS
    lists up to seven ("y"). The branches are the pattern's alternatives in order: the groups
    inside one are numbered from its own group up to the next branch's."""
    firsts = [_TWIN_RE.groupindex[branch] for branch in _BRANCHES]
    assert firsts == sorted(firsts)
    bounds = [*firsts[1:], _TWIN_RE.groups + 1]
    return {
        first: {
            name: tuple(i for i in groups if first <= i < bound)
            for name, groups in _TWIN_GROUPS.items()
        }
        for first, bound in zip(firsts, bounds, strict=True)
    }


_TWIN_BRANCH_GROUPS: Final = _groups_by_branch()

# The word just before a match, to judge bare months and years by their context.
_PREV_WORD = regex.compile(r"([a-z]+)[\s-]{1,3}\Z")
_SINCE = regex.compile(r"\bsince\s{1,3}\Z")
_RANGE_OPEN = regex.compile(r"\b(?:between|from)\s{1,3}\Z")
_RANGE_JOIN = regex.compile(r"\s{0,3}(?:and|to|until|till|through|-)\s{0,3}\Z")
# A bare day closing a range opened on a full date: "between March 1 and 5".
_DAY_CLOSE = regex.compile(
    r"\s{0,3}(?:and|to|until|till|through|-)\s{0,3}([0-3]?\d)(?:st|nd|rd|th|)(?![\w,.]?\d)\b"
)
# What may join a bare month or year to the date just before it ("March and May").
_LIST_JOIN = regex.compile(r"\s{0,3}(?:and|or|to|until|till|through|-|,)\s{0,3}\Z")

# Words after which a bare month name or a bare year is a date.
_MONTH_CONTEXT = frozenset(
    """in since until till by from during through throughout of last next this early mid late
    before after between around""".split()
)
_YEAR_CONTEXT = _MONTH_CONTEXT | frozenset("year summer spring autumn winter fall".split())
# A year after "the" names the event that follows it ("the 2013 chemical attack", "the 2014
# elections"); before other nouns it may be a count ("the 2000 fighters who surrendered").
# Not the war itself ("the 2011 uprising", "the 2011 civil war"): that year is the war's
# background, and a toll in its sentence would take it for its own date.
_EVENT_AFTER = re.compile(
    r"\s{1,3}(?:[a-z-]+\s{1,3})?(?:attack|offensive|massacre|invasion|intervention|bombing|"
    r"battle|siege|ceasefire|truce|agreement|deal|accord|coup|referendum|election|elections|"
    r"talks|campaign|operation|incursion|assault|raid|strike|airstrike|air\s{1,3}strike)\b"
)
# "may" and "march" are verbs too: the bare month must be capitalised and not followed by these.
_MODAL_FOLLOWERS = regex.compile(
    r"\s{1,3}(?:be|have|has|not|also|well|still|never|only|soon|even|lead|take|face|"
    r"help|want|need|on|against|through|to|into|toward|towards)\b"
)

# Words before a weekday's plural that make it a habit ("on Fridays"), not a possessive
# with its mark stripped ("Saturdays blast").
_HABIT_BEFORE = frozenset("on every most some all many other several few the of".split())

_DAY = _dt.timedelta(days=1)
# The spans of zero to seven days, for the weekday arithmetic (_wk, _week_of: ~700 dates a
# pass over fakes-dev): a keyword call of timedelta parses its seven keywords every time.
_DAYS: Final = tuple(_dt.timedelta(days=n) for n in range(8))


def _last_day(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


def _day(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _latest_day(month: int, day: int, published: _dt.date) -> _dt.date | None:
    """The latest ``month``/``day`` not after ``published`` (29 February looks back years)."""
    for year in range(published.year, published.year - 9, -1):
        found = _day(year, month, day)
        if found is not None and found <= published:
            return found
    return None


def _numeric_date(a: int, b: int, year: int) -> _dt.date | None:
    """Day first ("05.02.2015" is 5 February); month first only when day first is invalid."""
    return _day(year, b, a) or _day(year, a, b)


def _add_months(day: _dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _week_of(day: _dt.date) -> tuple[_dt.date, _dt.date]:
    """The Monday-Sunday week containing ``day``."""
    monday = day - _DAYS[day.weekday()]
    return monday, monday + _DAYS[6]


# The slots of DateRef and Span, written directly for each date found (~1.9 k a pass over
# fakes-dev with the date lines): a keyword call of the classes builds a dict of the
# arguments for each and runs their checks, which these dates always pass (see _new_date).
_object_new = object.__new__
_DATE_SLOTS = _slot_setters(DateRef)


def _new_date(
    first: _dt.date | None,
    last: _dt.date | None,
    precision: Precision,
    text: str,
    start: int,
    end: int,
    rule: str,
    relative: bool,
    anchor: Anchor | None,
) -> DateRef:
    """``DateRef(start=first, end=last, precision=precision, surface=text[start:end],
    span=Span(start=start, end=end), rule=rule, relative=relative, anchor=anchor)``, built
    slot by slot (about 4 k machine instructions fewer a date). Its callers pass a valid
    record: ``0 <= start <= end`` (a match's span, perhaps widened to the left) and
    ``first <= last`` when both are given (add and _join refuse the others); the assertions
    keep that checked (tests/test_speed11_front.py compares the records with the class
    call's)."""
    assert 0 <= start <= end
    assert first is None or last is None or first <= last
    span = _object_new(Span)
    _span_start(span, start)
    _span_end(span, end)
    ref = _object_new(DateRef)
    set_start, set_end, set_precision, set_surface, set_span, set_rule, set_relative, set_anchor = (
        _DATE_SLOTS
    )
    set_start(ref, first)
    set_end(ref, last)
    set_precision(ref, precision)
    set_surface(ref, text[start:end])
    set_span(ref, span)
    set_rule(ref, rule)
    set_relative(ref, relative)
    set_anchor(ref, anchor)
    return ref


class _Scanner:
    """State for one pass: the document, publication date and the last day-precise date."""

    __slots__ = ("doc", "hits", "last_day", "last_end", "published")

    def __init__(self, doc: Doc, published: _dt.date | None) -> None:
        self.doc = doc
        self.published = published
        self.last_day: _dt.date | None = None
        self.last_end = -1
        # Each hit keeps the month a year-less month name gave, for "between March and May 2016".
        self.hits: list[tuple[DateRef, int | None]] = []

    def prev_word(self, start: int) -> str:
        # Conditional expressions, not min()/max(), clamp windows in this module's hot code:
        # on CPython 3.11 a builtin call of two ints costs ~900 instructions, a conditional
        # a few dozen.
        m = _PREV_WORD.search(self.doc.folded, start - 16 if start > 16 else 0, start)
        return m.group(1) if m else ""

    def joined_to_previous(self, start: int) -> bool:
        """Whether a match follows the previous date with only "and", "to", "-" between."""
        if self.last_end < 0 or start - self.last_end > 9:
            return False
        return _LIST_JOIN.match(self.doc.folded, self.last_end, start) is not None

    def add(
        self,
        start: int,
        end: int,
        first: _dt.date | None,
        last: _dt.date | None,
        precision: Precision,
        rule: str,
        relative: bool = False,
        anchor: Anchor | None = None,
        month: int | None = None,
    ) -> None:
        if first is not None and last is not None and last < first:
            return
        text, folded = self.doc.text, self.doc.folded
        lo = start - 9 if start > 9 else 0
        # A C substring test first (on a slice: str.find with offsets costs more to call):
        # most dates follow no "since".
        since = _SINCE.search(folded, lo, start) if "since" in folded[lo:start] else None
        if since is not None:
            start = since.start()
            if self.published is None:
                last = None
                anchor = None
            elif first is not None and first <= self.published:
                last = self.published
                anchor = _PUBLISHED
            else:
                first = last = None
            precision, rule, relative = _P_RANGE, rule + ".since", True
            month = None
        ref = _new_date(first, last, precision, text, start, end, rule, relative, anchor)
        self.hits.append((ref, month))
        self.last_end = end
        if precision is _P_DAY and first is not None:
            self.last_day = first

    def scan(
        self, first_only: bool = False, places: Iterable[tuple[int, int]] | None = None
    ) -> None:
        """Read every date (into ``hits``), or with ``first_only`` stop after the first.
        ``places`` are where _TRIGGER matches (default ``starts(self.doc).dates``)."""
        # The stdlib twin reads ASCII text as _DATE_RE does; a text whose only other
        # characters are U+FFFD is read through its ASCII stand-in (same offsets; no match
        # holds U+FFFD, and every branch reads SUB as it does U+FFFD: not a word character,
        # a digit, a letter nor whitespace). tests/test_speed8_gates10.py compares the two.
        stand_in = ascii_stand_in(self.doc.folded)
        twin = stand_in is not None
        folded = stand_in if stand_in is not None else self.doc.folded
        date_re = None if twin else _date_re()
        handlers = None if date_re is None else date_re[1]
        match = _TWIN_RE.match if date_re is None else date_re[0].match
        pos = 0
        # Every match of _TRIGGER, found in one pass with the counts' gate (_gates.starts).
        if places is None:
            places = starts(self.doc).dates
        for t_start, t_end in places:
            if t_start < pos:
                continue
            m = match(folded, t_start)
            if m is None:
                pos = t_end
                continue
            if handlers is None:
                # The branch's group closes last in a match, so lastindex names the branch
                # (tests/test_speed7_front7.py): one dict lookup, not a loop over the branches.
                _TWIN_HANDLERS[m.lastindex](self, _TwinMatch(m))  # type: ignore[index,arg-type]
            else:
                start = m.start
                for index, handler in handlers:
                    if start(index) >= 0:
                        handler(self, m)  # type: ignore[arg-type]
                        break
            if first_only and self.hits:
                return
            pos = m.end()

    # --- one method per branch of _DATE_RE -------------------------------------------------

    def _num(self, m: _Match) -> None:
        day = _numeric_date(int(m["a"]), int(m["b"]), int(m["y"]))
        if day is not None:
            self.add(m.start(), m.end(), day, day, _P_DAY, "date.numeric")

    def _iso(self, m: _Match) -> None:
        day = _day(int(m["y"]), int(m["b"]), int(m["a"]))
        if day is not None:
            self.add(m.start(), m.end(), day, day, _P_DAY, "date.iso")

    def _dmy(self, m: _Match) -> None:
        self._day_month(m, "date.dmy")

    def _mdy(self, m: _Match) -> None:
        self._day_month(m, "date.mdy")

    def _day_month(self, m: _Match, rule: str) -> None:
        month = _MONTHS[m["mon"]]
        day, day2 = int(m["d"]), int(m["d2"]) if m["d2"] else None
        if m["y"] is None and m["mon"] in ("may", "march"):
            mon_start = m.start("mon")
            if not self.doc.text[mon_start].isupper():
                return
        if m["y"] is not None:
            first = _day(int(m["y"]), month, day)
            last = _day(int(m["y"]), month, day2) if day2 is not None else first
            relative, anchor = False, None
        elif self.published is not None:
            first = _latest_day(month, day2 if day2 is not None else day, self.published)
            last = first
            if first is not None and day2 is not None:
                last, first = first, _day(first.year, month, day)
            relative, anchor = True, _PUBLISHED
            rule += ".no_year"
        else:
            if _day(2000, month, day) is None:  # 2000 is a leap year: any real day fits
                return
            self.add(m.start(), m.end(), None, None, _P_DAY, rule + ".no_year", True)
            return
        if first is None or last is None:
            return
        precision = _P_DAY if day2 is None else _P_RANGE
        self.add(m.start(), m.end(), first, last, precision, rule, relative, anchor)

    def _my(self, m: _Match) -> None:
        month, year = _MONTHS[m["mon"]], int(m["y"])
        self.add(
            m.start(),
            m.end(),
            _dt.date(year, month, 1),
            _last_day(year, month),
            _P_MONTH,
            "date.month_year",
        )

    def _mly(self, m: _Match) -> None:
        if m["mon"] in ("may", "march") and not self.doc.text[m.start("mon")].isupper():
            return
        month = _MONTHS[m["mon"]]
        pub = self.published
        first = last = None
        if pub is not None:
            year = pub.year + {"last": -1, "next": 1}.get(m["pmod"], 0)
            first, last = _dt.date(year, month, 1), _last_day(year, month)
        anchor = _PUBLISHED if pub is not None else None
        self.add(m.start(), m.end(), first, last, _P_MONTH, "date.month", True, anchor)

    def _ssn(self, m: _Match) -> None:
        first_month = _SEASONS[m["season"]]
        if m["y"] is not None:
            year = int(m["y"])
            relative, anchor = False, None
        elif self.published is None:
            return  # "last summer" with nothing to count from: no date
        else:
            pub = self.published
            year = pub.year
            if m["smod"] == "last" and pub < _dt.date(year, first_month + 3, 1):
                year -= 1  # the last one that has ended
            relative, anchor = True, _PUBLISHED
        first = _dt.date(year, first_month, 1)
        last = _last_day(year, first_month + 2)
        self.add(m.start(), m.end(), first, last, _P_RANGE, "date.season", relative, anchor)

    def _mo(self, m: _Match) -> None:
        start = m.start()
        name = m["mon"]
        context = m["mod"] is not None or self.prev_word(start) in _MONTH_CONTEXT
        joined = not context and self.joined_to_previous(start)
        if (
            not context
            and not joined
            and (name in ("may", "march") or not self.doc.text[start].isupper())
        ):
            return
        if name in ("may", "march"):
            # The verbs: "protesters march", "and may be": only a capitalised name after a
            # preposition, or after a date and "and"/"to" when no verb-like word follows.
            if not self.doc.text[m.start("mon")].isupper():
                return
            if joined and _MODAL_FOLLOWERS.match(self.doc.folded, m.end()):
                return
        month = _MONTHS[name]
        first = last = None
        anchor = None
        if self.published is not None:
            year = self.published.year if month <= self.published.month else self.published.year - 1
            if self.prev_word(start) == "last" and month == self.published.month:
                year -= 1
            first, last = _dt.date(year, month, 1), _last_day(year, month)
            anchor = _PUBLISHED
        self.add(start, m.end(), first, last, _P_MONTH, "date.month", True, anchor, month)

    def _yr(self, m: _Match) -> None:
        start = m.start()
        # A year range ("2011-2016") is a date wherever it stands; a lone year needs context.
        prev = self.prev_word(start)
        context = (
            m["mod"] is not None
            or m["y2"] is not None
            or prev in _YEAR_CONTEXT
            or (prev == "the" and _EVENT_AFTER.match(self.doc.folded, m.end()) is not None)
        )
        if not context and not self.joined_to_previous(start):
            return
        year = int(m["y"])
        if m["y2"] is not None:
            year2 = int(m["y2"])
            if year2 <= year:
                return
            self.add(
                start,
                m.end(),
                _dt.date(year, 1, 1),
                _dt.date(year2, 12, 31),
                _P_RANGE,
                "date.year_range",
            )
            return
        self.add(
            start,
            m.end(),
            _dt.date(year, 1, 1),
            _dt.date(year, 12, 31),
            _P_YEAR,
            "date.year",
        )

    def _wk(self, m: _Match) -> None:
        # A match ending in "s" is the plural (no weekday or part of the day ends so): "on
        # Fridays", "most Saturdays" are a habit. (Read from the text, not by a group: a name
        # asked of the match costs a call on every weekday.)
        end = m.end()
        if self.doc.folded[end - 1] == "s" and self.prev_word(m.start()) in _HABIT_BEFORE:
            return
        weekday = _WEEKDAYS[m["wd"]]
        pub = self.published
        mod = m["wmod"]
        if pub is None:
            day = None
        elif mod == "last":
            day = pub - _DAYS[(pub.weekday() - weekday - 1) % 7 + 1]
        elif mod == "next":
            day = pub + _DAYS[(weekday - pub.weekday() - 1) % 7 + 1]
        else:
            day = pub - _DAYS[(pub.weekday() - weekday) % 7]
        anchor = _PUBLISHED if pub is not None else None
        self.add(m.start(), m.end(), day, day, _P_DAY, "date.weekday", True, anchor)

    def _dx(self, m: _Match) -> None:
        word = m.group()
        text = self.doc.text
        start = m.start()
        if (
            word[:2] == "to"
            and text[start].isupper()
            and start >= 2
            and text[start - 1] == " "
            and _is_name(text, start, m.end())
        ):
            return
        if m["dbb"] is not None:
            offset = 2
        elif word.startswith(("yesterday", "last")):
            offset = 1
        else:
            offset = 0
        self._from_published(m, -offset, "date.deictic")

    def _on(self, m: _Match) -> None:
        pub = self.published
        first = pub - _DAY if pub is not None else None
        anchor = _PUBLISHED if pub is not None else None
        self.add(m.start(), m.end(), first, pub, _P_RANGE, "date.overnight", True, anchor)

    def _from_published(self, m: _Match, days: int, rule: str) -> None:
        pub = self.published
        day = pub + _dt.timedelta(days=days) if pub is not None else None
        anchor = _PUBLISHED if pub is not None else None
        self.add(m.start(), m.end(), day, day, _P_DAY, rule, True, anchor)

    def _pv(self, m: _Match) -> None:
        count: int | None = 1
        if m["pvsame"] is not None:  # "earlier in the day": the day of the previous date
            sign, count = 1, 0
        elif m["pvword"] is not None:
            sign = -1 if m["pvword"] == "previous" else 1
        else:
            sign = -1 if m["pvdir"] in ("before", "earlier") else 1
            if m["n"] is not None:
                count = _count(m["n"])
        if count is None:
            return
        if self.last_day is not None:
            day = self.last_day + _dt.timedelta(days=sign * count)
            anchor = _PREVIOUS_DATE
            self.add(m.start(), m.end(), day, day, _P_DAY, "date.previous", True, anchor)
            return
        self._from_published(m, sign * count, "date.previous")

    def _ago(self, m: _Match) -> None:
        count = _count(m["n"])
        pub = self.published
        if count is None:
            return
        unit = m["unit"]
        if unit == "day":
            self._from_published(m, -count, "date.ago")
            return
        first = last = None
        precision = {"week": _P_WEEK, "month": _P_MONTH}.get(unit, _P_YEAR)
        if pub is not None:
            if unit == "week":
                # "three weeks ago": the calendar week, as "last week" is one week ago.
                first, last = _week_of(pub - _dt.timedelta(days=7 * count))
            elif unit == "month":
                year, month = _add_months(pub, -count)
                first, last = _dt.date(year, month, 1), _last_day(year, month)
            else:
                first, last = _dt.date(pub.year - count, 1, 1), _dt.date(pub.year - count, 12, 31)
        anchor = _PUBLISHED if pub is not None else None
        self.add(m.start(), m.end(), first, last, precision, "date.ago", True, anchor)

    def _pd(self, m: _Match) -> None:
        mod = " ".join(m["pmod"].split())
        if mod == "earlier in the":
            mod = "earlier this"  # "earlier in the week"
        unit = m["unit"]
        pub = self.published
        shift = {"last": -1, "next": 1}.get(mod, 0)
        if mod == "the" and pub is not None and pub.weekday() < 5:
            shift = -1  # "over the weekend" in a weekday's news: the one just past
        precision = {"week": _P_WEEK, "weekend": _P_RANGE}.get(unit)
        first = last = None
        if unit == "month":
            precision = _P_MONTH
        elif unit == "year":
            precision = _P_YEAR
        assert precision is not None
        if pub is not None:
            if unit in ("week", "weekend"):
                first, last = _week_of(pub + _dt.timedelta(days=7 * shift))
                if unit == "weekend":
                    first = last - _DAY
                    if mod == "the" and last > pub:
                        last = pub  # told on the Saturday: not the Sunday to come
            elif unit == "month":
                year, month = _add_months(pub, shift)
                first, last = _dt.date(year, month, 1), _last_day(year, month)
            else:
                first, last = _dt.date(pub.year + shift, 1, 1), _dt.date(pub.year + shift, 12, 31)
            if mod == "earlier this":
                last = max(first, pub - _DAY)
            elif mod == "later this":
                first = min(last, pub + _DAY)
        anchor = _PUBLISHED if pub is not None else None
        self.add(m.start(), m.end(), first, last, precision, "date.period", True, anchor)

    # --- ranges -----------------------------------------------------------------------------

    def merged(self) -> tuple[DateRef, ...]:
        """The hits, with "between A and B" / "from A to B" joined into one RANGE."""
        out: list[DateRef] = []
        folded = self.doc.folded
        hits = self.hits
        i = 0
        while i < len(hits):
            ref, month = hits[i]
            at = ref.span.start
            lo = at - 10 if at > 10 else 0
            # A range opens only after "from" or "between": C substring tests on a slice (as
            # in add) skip both kinds of range, joined and closed, for most dates.
            before = folded[lo:at]
            opener = (
                _RANGE_OPEN.search(folded, lo, at)
                if "from" in before or "between" in before
                else None
            )
            if opener is not None:
                if i + 1 < len(hits):
                    nxt, _ = hits[i + 1]
                    if (
                        nxt.span.start - ref.span.end <= 10
                        and _RANGE_JOIN.match(folded, ref.span.end, nxt.span.start) is not None
                    ):
                        joined = self._join(ref, month, nxt, opener.start())
                        if joined is not None:
                            out.append(joined)
                            i += 2
                            continue
                if ref.precision is _P_DAY and ref.start is not None:
                    closed = self._day_closed(ref, opener.start())
                    if closed is not None:
                        out.append(closed)
                        i += 1
                        continue
            out.append(ref)
            i += 1
        return tuple(out)

    def _day_closed(self, ref: DateRef, start: int) -> DateRef | None:
        """ "between March 1 and 5": a day range whose second day is a bare number, which
        only the opening "between" or "from" (at ``start``) tells from a count ("on March 1
        and 5 others")."""
        m = _DAY_CLOSE.match(self.doc.folded, ref.span.end)
        if m is None or ref.start is None:
            return None
        day = int(m.group(1))
        first = ref.start
        if day <= first.day or day > calendar.monthrange(first.year, first.month)[1]:
            return None
        last = first.replace(day=day)
        text = self.doc.text
        return _new_date(
            first,
            last,
            _P_RANGE,
            text,
            start,
            m.end(),
            "date.range",
            ref.relative,
            ref.anchor,
        )

    def _join(self, a: DateRef, month: int | None, b: DateRef, start: int) -> DateRef | None:
        first, last = a.start, b.end
        if month is not None and not b.relative and b.start is not None:
            # "between March and May 2016": the first month takes the year the second gives.
            year = b.start.year if month <= b.start.month else b.start.year - 1
            first = _dt.date(year, month, 1)
        if first is None or last is None or last < first:
            if a.relative or b.relative:
                first = last = None
            else:
                return None
        relative = a.relative or b.relative
        if month is not None and not b.relative and b.start is not None:
            relative = False
        anchor = (a.anchor or b.anchor) if relative and first is not None else None
        text, end = self.doc.text, b.span.end
        return _new_date(first, last, _P_RANGE, text, start, end, "date.range", relative, anchor)


_Handlers = tuple[tuple[int, Callable[[_Scanner, _Match], None]], ...]
_date_re_lock = threading.Lock()
_DATE_RE_AND_HANDLERS: tuple[regex.Pattern[str], _Handlers] | None = None


def _date_re() -> tuple[regex.Pattern[str], _Handlers]:
    """_DATE_RE and each of its branches as (group number, handler), compiled once, on first
    need: looking a group up by number is five times cheaper than by name."""
    global _DATE_RE_AND_HANDLERS
    found = _DATE_RE_AND_HANDLERS
    if found is None:
        with _date_re_lock:
            if _DATE_RE_AND_HANDLERS is None:
                pattern = regex.compile(_DATE_SOURCE, regex.VERBOSE)
                handlers = tuple(
                    (pattern.groupindex[branch], getattr(_Scanner, "_" + branch))
                    for branch in _BRANCHES
                )
                _DATE_RE_AND_HANDLERS = pattern, handlers
            found = _DATE_RE_AND_HANDLERS
    return found


# The same for _TWIN_RE, by the number of the branch's group.
_TWIN_HANDLERS: dict[int, Callable[[_Scanner, _Match], None]] = {
    _TWIN_RE.groupindex[branch]: getattr(_Scanner, "_" + branch) for branch in _BRANCHES
}


def _is_name(text: str, start: int, end: int) -> bool:
    """Whether "Today" or "Tonight" at text[start:end], capitalised after a space, is part of
    a name: after a capitalised word ("Ariha Today", "Halab Today TV"), unless the text is in
    capitals there ("SHELLING HIT DAMASCUS TODAY, STATE MEDIA SAID": the word, the one
    before and the one after, if any, all in capitals)."""
    before = text[start - 20 if start > 20 else 0 : start - 1].rsplit(" ", 1)[-1]
    if not (before[:1].isupper() and before[-1:].isalpha()):
        return False
    if not (text[start:end].isupper() and before.isupper()):
        return True
    for token in text[end : end + 40].split():
        if any(c.isalpha() for c in token):
            return not token.isupper()
    return False


def _count(word: str) -> int | None:
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    return int(word) if word.isdigit() else None


def scan_dates(doc: Doc, published: _dt.date | None) -> tuple[DateRef, ...]:
    """Dates in a prepared document, resolved against ``published``, in document order."""
    scanner = _Scanner(doc, published)
    scanner.scan()
    return scanner.merged()


def find_dates(text: str, published: object = None) -> tuple[DateRef, ...]:
    """Every date expression in ``text``, absolute and relative, in document order.

    ``published`` (a date, datetime or ISO date string) resolves relative dates; without it
    they come back with ``start`` and ``end`` None and ``relative`` True.

    >>> import syriaevents as se
    >>> [(d.surface, str(d.start)) for d in se.find_dates("Jets struck on Sunday.", "2016-07-13")]
    [('Sunday', '2016-07-10')]
    >>> d = se.find_dates("Fighting began in March 2011.")[0]
    >>> d.precision.value, d.start.isoformat(), d.end.isoformat()
    ('month', '2011-03-01', '2011-03-31')
    """
    check_text(text)
    return scan_dates(Doc(text), coerce_date(published))


# How far into an article its own date line may start.
_DATELINE_WINDOW = 200
# The characters read: a date starting just before the window may run past it.
_DATELINE_WINDOW_READ = _DATELINE_WINDOW + 40
_DATELINE_RULES = frozenset({"date.numeric", "date.iso", "date.dmy", "date.mdy"})
# A date after these words is inside a sentence ("On August 21 2013 the regime..."), not a
# date line; "posted on" and "updated on" are date lines all the same.
_SENTENCE_PREPOSITIONS = frozenset(
    "on in since from until till by of between and to before after during than".split()
)
_PUBLISHING_WORDS = regex.compile(r"(?:posted|updated|published)\s{1,3}on\s{1,3}\Z")


def find_dateline(text: str) -> DateRef | None:
    """The article's own date at its opening (first 200 characters), or None.

    Reads FA-KES style openings ("Wed 05 Apr 2017", "Date of publication 12 June 2016",
    "Last updated at Jul 012016", "05.02.2015") and agency datelines ("DAMASCUS, March 3,
    2016 (Reuters) -"); a year-less agency dateline comes back with start=end=None.

    >>> import syriaevents as se
    >>> se.find_dateline("Published April 24 2017 Regime jets struck Idlib on Monday.").start
    datetime.date(2017, 4, 24)
    >>> se.find_dateline("Jets struck Idlib on Monday.") is None
    True
    """
    check_text(text)
    return scan_dateline(Doc(text[:_DATELINE_WINDOW_READ]))


def scan_dateline(doc: Doc) -> DateRef | None:
    """The date line opening a prepared document (see :func:`find_dateline`).

    Reads only the document's first characters, through a view that shares its folding.
    """
    agency = doc.dateline  # the whole text's, kept for the other stages; a prefix's is the same
    whole = None
    if len(doc.text) > _DATELINE_WINDOW_READ:
        whole = doc
        doc = doc.prefix(_DATELINE_WINDOW_READ)
    # The window's first date is the date line in most articles: the scan reads that one
    # alone first, and the rest only when it is not (most windows hold more dates, each a
    # match and a record). Alone it is the record merged() would give first unless a range
    # opens before it ("from"/"between": only there does merged() join or close a date), so
    # the shortcut holds only where _RANGE_OPEN finds no opener (tests/test_speed14_dates.py).
    # When the whole text's starting places are known, the prefix reuses them, and its own
    # last characters are read only if the first-only scan goes that far (prefix_dates).
    scanner = _Scanner(doc, None)
    scanner.scan(first_only=True, places=prefix_dates(whole, doc) if whole is not None else None)
    if not scanner.hits:
        return None  # the scan read the whole window
    ref = scanner.hits[0][0]
    start = ref.span.start
    lo = start - 10 if start > 10 else 0
    # C substring tests on a slice first, as in merged(): most date lines follow no opener.
    before = doc.folded[lo:start]
    if ("from" not in before and "between" not in before) or _RANGE_OPEN.search(
        doc.folded, lo, start
    ) is None:
        if start >= _DATELINE_WINDOW:
            return None
        if is_dateline(ref, doc.folded, agency):
            return ref
    if whole is not None:
        prefix_starts(whole, doc)
    for ref in scan_dates(doc, None):
        if ref.span.start >= _DATELINE_WINDOW:
            break
        if is_dateline(ref, doc.folded, agency):
            return ref
    return None


def is_dateline(ref: DateRef, folded: str, agency: Span | None) -> bool:
    """Whether a date of the window (``folded``) is its date line: inside the agency
    dateline, or a full date (numeric, ISO, day and month) not read inside a sentence."""
    start = ref.span.start
    if agency is not None and agency.start <= start < agency.end:
        return True
    if ref.rule not in _DATELINE_RULES or ref.start is None:
        return False
    m = _PREV_WORD.search(folded, start - 16 if start > 16 else 0, start)
    inside_sentence = m is not None and m.group(1) in _SENTENCE_PREPOSITIONS
    return not inside_sentence or (
        _PUBLISHING_WORDS.search(folded, start - 24 if start > 24 else 0, start) is not None
    )
