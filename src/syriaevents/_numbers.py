"""Figures and their qualifiers: "more than 100", "some 59", "between 20 and 30", "dozens".

One compiled pattern (:data:`_COUNTS`) reads a qualifier and a figure, a range or a vague
amount in the folded text, tried only where a cheap gate (:data:`_GATE`) sees a digit or a
starting word; a short Python check per match then drops what is not a count of things
(years, day numbers, times, percentages, money, resolution and model numbers) and turns the
words into an interval. The conventions are written out, with examples, in docs/counts.md.

NOTE: keep docs/counts.md in sync with _interval(), _VAGUE_LOW and the context checks below.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Final

import regex

from . import _lexicon as lex
from ._gates import starts
from ._text import Doc, ascii_stand_in, check_text, word_trie
from .model import Count, Qualifier, Span, _slot_setters, _span_end, _span_start

__all__ = ["find_counts", "scan_counts"]

# Number words. Values for the parser; the pattern is built from the keys, longest first.
_UNITS: Final = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS: Final = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: Final = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SMALL: Final = {"zero": 0, **_UNITS, **_TEENS, **_TENS}
_SCALES: Final = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}


# A prefix-factored alternation: several times faster than a flat one (see word_trie).
_trie = word_trie


_W_UNIT = _trie(_UNITS)
_W_TENS = _trie(_TENS)
_W_SMALL = _trie(_SMALL)  # zero to ninety: units, teens and tens

# Below one hundred: "twenty-three", "twenty three", "seventeen", "six", "zero".
_W99 = rf"""(?:
      (?:{_W_TENS})(?:-|\s+)(?:{_W_UNIT})\b   # twenty-three, twenty three
    | (?:{_W_SMALL})\b                        # twenty, seventeen, six, zero
)"""
# Below one thousand: "a hundred", "two hundred and five", "fifteen hundred".
_W999 = rf"""(?:
      (?:a|{_W99})\s+hundred(?:\s+(?:and\s+|){_W99}|)  # two hundred (and) five
    | {_W99}
)"""
# Below one million: "one thousand two hundred", "a thousand", "two hundred thousand".
_W_THOUSANDS = rf"""(?:
      (?:a|{_W999})\s+thousand(?:,?\s+(?:and\s+|){_W999}|)  # one thousand (and) two hundred
    | {_W999}
)"""
# A month's name before a figure, as lookbehinds of one width each (the stdlib twin needs
# fixed widths): after it, a space between digits parts a day from a figure ("May 5 100
# people"), where elsewhere it is a thousands separator ("200 000").
_AFTER_MONTH = "".join(
    rf"(?<!\b(?:{'|'.join(words)})[ ])"
    for words in (
        ("may", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        ("june", "july", "sept"),
        ("march", "april"),
        ("august",),
        ("january", "october"),
        ("february", "november", "december"),
        ("september",),
    )
)
# Digits: "1,200" or "1200" (FA-KES strips commas); never a leading zero ("0914", "09").
_DIGITS = r"""(?:
      \d{1,3}(?:,\d{3}){1,4}                  # 1,200 and 12,000,000
    | \d{1,9}                                 # 1200; longer runs are phone or id numbers
)"""
# The same or "200 000" (not before "thousand": "20 000 thousand" is not written). Tried
# first: it opens with digits and a space, which neither branch of _DIGITS matches.
_DIGITS_OR_SPACED = rf"""(?:
      (?=\d{{1,3}}[ ]{{1,3}}\d{{3}}){_AFTER_MONTH}    # 200 000, not May 5 100
      \d{{1,3}}(?:[ ]{{1,3}}\d{{3}}){{1,4}}
    | {_DIGITS}
)"""
# One figure, longest forms first; each branch starts with a cheap look at the first word.
_NUM = rf"""(?:
      (?=\d)(?!0\d)(?:                                         # written in digits
          (?!0\s)(?:                                            # not "0 dozen": 0, not 12
              \d{{1,3}}(?:\.\d{{1,3}}|)\s+(?:million|billion)     # 1.5 million
            | {_DIGITS}\s+thousand                             # 20 thousand
            | \d{{1,2}}\s+dozen                                  # 2 dozen
          )
        | {_DIGITS_OR_SPACED}                                  # 1,200, 1 200 or 1200
      )
    | (?=(?:{_W_SMALL}|a|half|dozen)\b)(?:                     # written in words
          (?:half\s+a|a|{_W999})\s+(?:million|billion)         # three million, half a million
        | (?:half\s+a|a\s+half|a|{_W99})\s+dozen               # a dozen, half a dozen
        | dozen                                                # headline "Dozen killed"
        | a\s+couple\s+of(?!\s+(?:dozen|hundred|thousand|million)\b)  # a couple of (2)
        | {_W_THOUSANDS}                                       # below a million
      )
)"""
# Not inside a word, a decimal, a date, an amount or a model name ("T-62", "Su-24", "mid-2011").
# Two lookbehinds, not one of two widths: the stdlib engine (see _ASCII_COUNTS) needs each
# to have a fixed width.
_BEFORE = r"(?<![\w.,/:+$£€#@\\])(?<!\w-)"
# The end of a figure: not glued to letters ("104th", "9M133", "12-year-old"), not a decimal,
# time or date ("2.5", "22:33", "05.02"), not a percentage ("40%").
_END = r"(?![\w%]|[.,:/]\d|-\w)"
# The end of a range's first figure: like _END but "20-30" may follow.
_MID = r"(?![\w%]|[.,:/]\d)"

_QUALIFIER = r"""(?P<qual>
      (?P<q_at_least>
          at\s+(?:the\s+|)least                                  # at least
        | no[t]?\s+(?:fewer|less)\s+than                        # no fewer than, not less than
        | (?:a\s+|)minimum\s+of | at\s+(?:a\s+|)minimum(?:\s+of|)  # a minimum of
      )
    | (?P<q_more_than>
          (?:well|just|slightly|a\s+little)\s+(?:over|above|more\s+than)  # just over
        | more\s+th[ae]n | upwards\s+of | in\s+excess\s+of      # more than ("more then" typo)
        | greater\s+than | over | above                         # over, above
      )
    | (?P<q_nearly>nearly|almost|not\s+quite)                   # below the figure, close to it
    | (?P<q_about>
          (?:an\s+|)estimated | approximately | approx\.? | roughly  # an estimated
        | around | about | some | close\s+to | circa            # some 59, about 50
      )
    | (?P<q_up_to>
          up\s+to | as\s+(?:many|much|high)\s+as               # up to, as many as
        | at\s+(?:the\s+|)most                                   # at most
        | no[t]?\s+more\s+than | (?:a\s+|)maximum\s+of         # no more than
      )
    | (?P<q_less_than>
          (?:just|slightly)\s+(?:under|below|short\s+of)        # just under
        | less\s+than | fewer\s+than | lower\s+than | under | below  # fewer than, under
      )
)\s+"""
# Where a count can start: the pattern is only tried at these words (phrases for the
# commonest words, "a", "at", "in", "as", so that they alone do not wake the pattern up).
# A word that opens only qualifiers of two words or more is listed with its second words
# ("more than", "well over"): _COUNTS can match nowhere else at it, and it fails at "more",
# "well" and "just" alone after a costly try (~10 k machine instructions each).
_STARTERS: Final = (
    *_SMALL,
    *"half dozen dozens tens scores hundreds thousands millions several between from".split(),
    *"over above nearly almost estimated approximately approx roughly around about".split(),
    *"some circa under below".split(),
    *"more than|more then|upwards of|greater than|minimum of|maximum of".split("|"),
    *"less than|fewer than|lower than|well over|well above|well more".split("|"),
    *(f"{w} {n}" for w in ("just", "slightly") for n in "over above more under below".split()),
    *"just short|slightly short".split("|"),
    *(f"a {w}" for w in "dozen half hundred thousand million couple few number".split()),
    *(f"a {w}" for w in "handful minimum maximum little".split()),
    *"at least|at the|at a|at most|no fewer|no less|no more|not fewer|not less".split("|"),
    *"not more|not quite|in excess|an estimated|as many|as much|as high|up to|close to".split("|"),
)

# A figure, a range of two, or a vague amount. An optional group is written "(?:x|)", not
# "(?:x)?" (the same matches, here and in the parts above): the stdlib engine runs "?" on a
# group through its REPEAT opcode, which allocates at every attempt. Atomic groups: once a
# range or a figure with its suffix is read, a failed context check rejects it rather than
# trying a shorter reading.
_FIGURE = rf"""(?:
      (?P<r_kw>between|from)\s+
      (?>(?P<r_lo>{_NUM}){_MID}                                 # between 20 and 30
         (?:\s+(?:and|to|through|till|until)\s+               # from 20 to 30
           |(?<=\d)\s{{0,3}}-\s{{0,3}}(?=\d))                  # between 20-30
         (?P<r_hi>{_NUM}){_END})
    |
      (?>(?P<lo>{_NUM})
         (?:
             {_MID}(?:\s+(?:to|or)\s+                           # 20 to 30, three or four
               |(?<=\d)\s{{0,3}}-\s{{0,3}}(?=\d))                 # 20-30
             (?P<hi>{_NUM}){_END}
           | (?:
                 (?P<or_more>\s+or\s+more|\s+and\s+(?:more|above)|\+|-plus)  # 20 or more, 100+
               | (?P<or_so>\s+or\s+so|-odd)                     # a dozen or so, 100-odd
               |
             ){_END}
         ))
)"""

_VAGUE = r"""(?P<vague>
      (?P<v_base>tens|dozens|scores|hundreds)\s+of\s+
      (?P<v_scale>thousands|millions)                           # tens of thousands
    | (?P<v_base2>several|a\s+few|a\s+couple(?:\s+of|)|a\s+handful\s+of)
      \s+(?P<v_scale2>dozen|hundred|thousand|million)            # several hundred
    | (?P<v_base3>tens|scores|a\s+number|a\s+handful)(?=\s+of\b) # tens of, scores of
    | (?P<v_base4>dozens|hundreds|thousands|millions|several|a\s+few  # dozens, several
      | scores(?=(?:\s+(?:were|are|have\s+been|had\s+been))?  # scores (were) killed
          \s+(?:killed|dead|died|wounded|injured|hurt|more|feared)\b))
)(?![\w]|-\w)"""

# The scanner: a qualifier (optional) and a figure or range, or a vague amount, matched at
# the places the gate below points to.
_COUNTS_SOURCE: Final = rf"""
    {_BEFORE}
    (?:
        (?:{_QUALIFIER}|){_FIGURE}                              # more than 100, 20-30
      | {_VAGUE}                                                # dozens
    )"""
# Compiling _COUNTS takes ~0.15 s, and its stdlib twin below ~0.04 s, so they are compiled
# on first use, not at import: `import syriaevents` and `syriaevents places` stay quick. The
# twin comes first (_compile_twin, with the group numbers); _COUNTS only when a text that is
# not ASCII needs it (_compile), which most never do. Until then these are placeholders.
_COUNTS: regex.Pattern[str] = regex.compile("(?!)")
_match = _COUNTS.match
# The same source compiled by the stdlib engine, whose calls cost a fifth of the `regex`
# module's here. On ASCII text the two read alike (\s, \w, \d and \b agree there; the
# source has no construct only one engine knows), so scan_counts uses it when the folded
# text is ASCII (most texts); tests/test_numbers.py checks the two agree group by group.
_ASCII_COUNTS: re.Pattern[str] = re.compile("(?!)")
_ascii_match = _ASCII_COUNTS.match
# Group numbers: a group looked up by number costs a fifth of one looked up by name. A range
# after "between"/"from" has its figures in r_lo and r_hi, any other figure in lo and hi;
# a vague amount its base and scale in one of _V_BASES and _V_SCALES.
_QUAL = _LO = _HI = _R_KW = _R_LO = _R_HI = _OR_MORE = _OR_SO = _VAGUE_G = -1
_V_BASES: tuple[int, ...] = ()
_V_SCALES: tuple[int, ...] = ()
_QUALIFIER_GROUP_NUMBERS: tuple[tuple[int, Qualifier, str], ...] = ()
# Set once the twin and the group numbers are ready, and once _COUNTS is too.
_twin_compiled = threading.Event()
_compiled = threading.Event()
_compile_lock = threading.Lock()


def _compile_twin() -> None:
    """Compile _ASCII_COUNTS and read the group numbers, once per process."""
    global _ASCII_COUNTS, _ascii_match, _QUAL, _LO, _HI, _R_KW, _R_LO
    global _R_HI, _OR_MORE, _OR_SO, _VAGUE_G, _V_BASES, _V_SCALES, _QUALIFIER_GROUP_NUMBERS
    with _compile_lock:
        if _twin_compiled.is_set():
            return
        twin = re.compile(_COUNTS_SOURCE, re.VERBOSE)
        group = twin.groupindex
        _QUAL, _LO, _HI, _R_KW = group["qual"], group["lo"], group["hi"], group["r_kw"]
        _R_LO, _R_HI = group["r_lo"], group["r_hi"]
        # _interpret reads hi as lo + 1.
        assert _HI == _LO + 1
        assert _R_HI == _R_LO + 1
        _OR_MORE, _OR_SO, _VAGUE_G = group["or_more"], group["or_so"], group["vague"]
        _V_BASES = tuple(group[name] for name in ("v_base", "v_base2", "v_base3", "v_base4"))
        _V_SCALES = (group["v_scale"], group["v_scale2"])
        _QUALIFIER_GROUP_NUMBERS = tuple(
            (group[name], qualifier, rule) for name, qualifier, rule in _QUALIFIER_GROUPS
        )
        _ASCII_COUNTS, _ascii_match = twin, twin.match
        _twin_compiled.set()


def _compile() -> None:
    """Compile _COUNTS (and first the twin, _compile_twin), once per process."""
    global _COUNTS, _match
    _compile_twin()
    with _compile_lock:
        if _compiled.is_set():
            return
        pattern = regex.compile(_COUNTS_SOURCE, regex.VERBOSE)
        # One numbering for both: the group numbers are the twin's.
        assert dict(pattern.groupindex) == dict(_ASCII_COUNTS.groupindex)
        _COUNTS, _match = pattern, pattern.match
        _compiled.set()


# The gate: word starts where a count may begin (a digit or a word of _STARTERS). Scanning
# the whole text with _COUNTS costs ~3x more than finding these with the stdlib engine, whose
# literal-prefix search is fast, and matching _COUNTS only there. scan_counts takes these
# places from _gates.starts, which finds them in one pass with the dates' trigger; this
# pattern defines what that pass must give (tests/test_numbers.py checks they agree).
_GATE = re.compile(rf"\b(?=\d|(?:{_trie(_STARTERS)})\b)")

# Context checks, run on the folded text around each figure the scanner found. "Before"
# checks run in reverse (?r), anchored at the figure's start.
_MONTH = r"""(?:january|february|march|april|may|june|july|august|september|october
    |november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"""
# Before a figure in digits: a month ("March 3", "Jul 282016") or a name's word
# ("resolution 2254", "Route 5", "caliber 57"). Matched backwards from the figure, so the word
# lists are tries of the words' ends (word_trie(..., reverse=True)): a third cheaper.
_MONTH_WORDS: Final = (
    *"january february march april may june july august september october november".split(),
    *"december jan feb mar apr jun jul aug sept sep oct nov dec".split(),
)
_NAME_WORDS: Final = """resolution resolutions unscr no nos number article articles chapter
    section paragraph para page pages route highway road flight url tel telephone phone fax
    ext caliber calibre model version mig su tu mi ka il type code id room floor block sector
    km kilometre kilometer hill point zone channel issue vol volume grade level class category
    gate platform station camp unit squad post checkpoint views""".split()
# Only an abbreviation takes a dot before its figure ("Sept. 12", "No. 5"): after a whole word
# the dot ends a sentence, and the figure opens the next one ("a firing squad. 5 civilians").
_MONTH_ABBREVIATIONS: Final = tuple("jan feb mar apr jun jul aug sept sep oct nov dec".split())
_NAME_ABBREVIATIONS: Final = tuple("no nos para tel ext vol id km".split())
_NOT_COUNT_BEFORE = regex.compile(
    rf"""(?r)\b(?:
          (?:(?:{word_trie(_MONTH_WORDS, reverse=True)})             # March 3, Jul 28 2016
            |(?:{word_trie(_MONTH_ABBREVIATIONS, reverse=True)})\.)  # Sept. 12
          \s{{0,3}}(?P<day>\d{{1,2}}(?:st|nd|rd|th)?,?\s{{1,3}})?
        | (?:(?:{word_trie(_NAME_WORDS, reverse=True)})              # resolution 2254
            |(?:{word_trie(_NAME_ABBREVIATIONS, reverse=True)})\.)   # No. 5
          \s{{0,3}}(?:\#\s{{0,3}})?
          (?:\d{{1,5}}\s{{0,3}}(?:,|and|or|&)\s{{0,3}})*     # resolutions 2118 and 2235
    )""",
    regex.VERBOSE,
).match
# The words _NOT_COUNT_BEFORE reads. NOTE: its branches end with one of them, then only a
# dot, spaces, "#", a day number ("March 3, 2016") or figures listed after a name ("2118 and
# "): _not_count_before relies on it.
_BEFORE_WORDS: Final = frozenset(_MONTH_WORDS) | frozenset(_NAME_WORDS)
# The words that join listed names' figures ("resolutions 2118 and 2235"): after them the
# pattern decides.
_LIST_WORDS: Final = frozenset(("and", "or"))


def _not_count_before(folded: str, at: int) -> bool:
    """Whether _NOT_COUNT_BEFORE matches before a figure at ``at`` (its window, 24
    characters). When one space separates the figure from a word of plain letters (most
    figures: "killed 12"), that word alone decides: it is one of the list's or nothing
    matches. A set lookup, not a backwards match. (A word of the list with a space before
    it in the window matches: its \\b holds, a day number and dots are optional.)"""
    # Conditional expressions, not min()/max(), clamp windows in this module's hot code: on
    # CPython 3.11 a builtin call of two ints costs ~900 instructions, a conditional a few dozen.
    lo = at - 24 if at > 24 else 0
    if at >= 2 and folded[at - 1] == " ":
        window = folded[lo : at - 1]  # sliced: str.rfind with offsets costs more to call
        space = window.rfind(" ")
        word = window[space + 1 :]
        if word.isascii() and word.isalpha():
            if word in _LIST_WORDS:
                # A figure listed after another is what that one is ("resolutions 2118 and
                # 2235"): the pattern decides, after a figure only.
                if not window[:space].rstrip(" ,")[-1:].isdigit():
                    return False
            elif word not in _BEFORE_WORDS:
                return False
            elif space >= 0:
                return True
    found = _NOT_COUNT_BEFORE(folded, lo, at)
    if found is None:
        return False
    # After a month and its day only a year is no count: "On March 3, 2016", but "On March 3,
    # 200 people were killed".
    return found.group("day") is None or _is_year_like(folded[at : at + 4])


# After a figure: a month ("3 March"), a share, money, a time of day, a calibre, a unit's name.
_NOT_COUNT_AFTER_SOURCE: Final = rf"""\s{{0,3}}(?:
          (?:of\s+)?(?!may\b){_MONTH}\b                         # 3 March, 3 of March
        | may\b(?=\s{{0,3}}(?:\d{{4}}|[.,;)]|$))                # 3 May 2016, not "3 may die"
        | %|percent\b|per\s{{0,3}}cent\b|pct\b                  # 40 percent
        | dollars?\b|euros?\b|pounds?\b|liras?\b|syp\b|usd\b    # 500 dollars
        | [ap]\.m\b|[ap]m\b|gmt\b|utc\b|o'?clock\b|hrs\b|h\b    # 3 a.m., 0900 GMT
        | hours?\s+(?:gmt|utc|local)\b|local\s+time\b           # 1400 local time
        | mm\b|cm\b                                             # 120 mm (calibre)
        | (?:battalion|brigade|division|regiment|squadron|corps)\b  # the 559 battalion
        | \d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}\b            # 2159 18.05.2017: a time stamp
    )"""
_NOT_COUNT_AFTER = regex.compile(_NOT_COUNT_AFTER_SOURCE, regex.VERBOSE).match
# Its stdlib twin for ASCII text, as _ASCII_COUNTS is _COUNTS' (tests/test_numbers.py).
_ASCII_NOT_COUNT_AFTER = re.compile(_NOT_COUNT_AFTER_SOURCE, re.VERBOSE).match
# The commonest figure, digits then one space and a lower-case word that cannot extend it
# ("12 people"): _COUNTS reads the digits alone there (no scale word, range, "or more", and
# _END holds), so scan_counts reads them with the stdlib engine, several times cheaper. Only
# after a character that _BEFORE lets through in every engine (_BARE_AFTER).
# NOTE: keep in sync with _NUM, _FIGURE and _END (tests/test_numbers.py checks the claim).
_BARE = re.compile(r"(?:[1-9][0-9]{0,8}|0) (?!million|billion|thousand|dozen|to|or|and)[a-z]").match
_BARE_AFTER: Final = frozenset(" \n\t\r(\"'")
# The same for a number word below one hundred ("two people"): _COUNTS reads the word alone
# when the next word cannot extend it ("two hundred", "twenty one", "two dozen") nor make a
# range or "or more" of it. Not a digit, so no "is it a name's number" check follows.
# NOTE: keep in sync with _NUM, _FIGURE and _END (tests/test_numbers.py checks the claim).
_BARE_WORD = re.compile(
    rf"(?:{_W_SMALL}) (?!million|billion|thousand|hundred|dozen|to|or|and|{_W_UNIT})[a-z]"
).match
# The characters _BARE and _BARE_WORD may start with.
_ASCII_DIGITS: Final = frozenset("0123456789")
_BARE_WORD_FIRST: Final = frozenset(word[0] for word in _SMALL)
# What a word must start with for _NOT_COUNT_AFTER to match one space before it (a superset
# of its branches' first letters: "h" stands for "h", "hrs" and "hours").
# NOTE: keep in sync with _NOT_COUNT_AFTER.
_AFTER_HEADS: Final = (
    *"of jan feb mar apr may jun jul aug sep oct nov dec per pct dollar euro pound lira".split(),
    *"syp usd a.m p.m am pm gmt utc o' oclock h local mm cm battalion brigade division".split(),
    *"regiment squadron corps".split(),
)


def _by_first(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The words by their first character: a positional ``startswith`` of the few that share
    the character at a place, not of the whole tuple (each word is one more comparison)."""
    grouped: dict[str, tuple[str, ...]] = {}
    for word in words:
        grouped[word[0]] = (*grouped.get(word[0], ()), word)
    return grouped


_AFTER_HEADS_BY_FIRST: Final = _by_first(_AFTER_HEADS)
# Words that start nothing in _COUNTS but a single-word qualifier ("over 50") or a range
# ("from 20 to 30"), so a match there needs a figure right after the word; most of them
# stand before none ("from the city", "over the weekend"), and _COUNTS would fail there
# after a costly try. _FIGURE_AHEAD, a stdlib pattern, asks first. It must hold wherever
# _COUNTS matches at one of these words: its figure test is a superset of _NUM's first
# word (anything but a lower-case letter or a space, or a number word's letters).
# NOTE: keep in sync with _QUALIFIER, _FIGURE and _NUM (tests/test_numbers.py checks it).
_QUALIFYING_WORDS: Final = (
    *"from between over above under below nearly almost estimated approximately".split(),
    *"roughly around about some circa".split(),
)
_QUALIFYING_BY_FIRST: Final = _by_first(_QUALIFYING_WORDS)
_FIGURE_AHEAD = re.compile(
    rf"(?:{_trie(_QUALIFYING_WORDS)})\s+(?:[^a-z\s]|between|from|a|half|dozen|{_W_SMALL})"
).match
# Words that make a following 4-digit number a year even before a plural noun. Not "the":
# "the 2013 attack" is a year (no plural follows), "the 2000 fighters" a count.
_YEAR_BEFORE = regex.compile(
    r"""(?:\b(?:in|since|from|until|till|by|during|before|after|early|mid|late|year|years
        |summer|spring|autumn|fall|winter|copyright|and|between|to|through|of\s+the\s+year)
        |[©]|\(c\)|\b\d{1,2}(?:st|nd|rd|th)?,?)\s*$""",
    regex.VERBOSE,
).search
# A day number before a year: "Jul 31 2014" with the month out of reach, "12, 2016".
_YEAR_AFTER = regex.compile(r",?\s+(?:19|20)\d\d\b(?![.,:/]\d)").match


def _year_after(folded: str, end: int) -> bool:
    """Whether _YEAR_AFTER matches at ``end``. After one space and a character that is not
    one (the common case, "12 people"), only "19" or "20" can follow: a C test says no."""
    if (
        folded[end : end + 1] == " "
        and not folded[end + 1 : end + 2].isspace()  # isspace(): a superset of regex's \s
        and not folded.startswith((" 19", " 20"), end)
    ):
        return False
    return _YEAR_AFTER(folded, end) is not None


# "at 0914", "(updated 1456": a four-digit time of day.
_TIME_BEFORE = regex.compile(r"\b(?:at|updated|by|around|from|until|till)\s*$").search
# "the toll rose from 50 to 68": two tolls, not a range.
_CHANGE_BEFORE = regex.compile(
    r"""\b(?:rose|risen|rising|rises|increased?|increasing|climbed|climbing|climbs|jumped
        |jumps|grew|grown|went\s+up|gone\s+up|up|swelled|doubled|fell|fallen|dropped|declined
        |decreased|reduced|revised|raised|lowered|changed)\s*$""",
    regex.VERBOSE,
).search
# "no one", "one another", "one by one": not a count of one.
_ONE_BEFORE = regex.compile(r"\b(?:no|any|every|each|one\s+by)\s*$").search
_ONE_AFTER = regex.compile(r"\s+(?:another|by\s+one)\b").match
# The two words after a figure, to ask whether a year-like number counts a plural noun.
_NEXT_WORDS = regex.compile(r"\s+([a-z]{2,20})(?:\s+([a-z]{2,20}))?").match
_FOUR_DIGITS = regex.compile(r"\d{4}").fullmatch
_WORD_OR_NUMBER = regex.compile(r"\d(?:[\d,.]|[ ]+(?=\d))*|[a-z]+").findall
_SPACES = regex.compile(r"\s+").sub

_IRREGULAR_PLURALS: Final = frozenset(
    """people men women children police personnel staff militia militiamen gunmen
    policemen servicemen tribesmen fishermen kinsmen clergymen""".split()
)
# Words ending in s that are not plural nouns (FA-KES writes "Syria's" as "Syrias"), and
# plural events a year names ("the 2014 elections", "the 2012 talks").
_NOT_PLURALS: Final = frozenset(
    """reuters news syrias assads russias irans turkeys aleppos idlibs isis daesh was has
    this his its is as us thus plus always towards afterwards perhaps whereas besides
    series means across unless elections talks""".split()
)
# Adjectives that may stand between a figure and its noun: "2000 Syrian refugees".
_NOUN_MODIFIERS: Final = frozenset(
    """more other armed civilian government regime rebel opposition security army
    foreign local young""".split()
)
# Qualifiers that make a bare "2000" a count: "at least 2000" is not a year, "around 2012" may be.
_WEAK_QUALIFIERS: Final = frozenset("around about circa over above under below".split())

# Qualifier members as module globals: reading one through its class runs EnumType's
# attribute hook on Python 3.11 (hundreds of instructions; a global costs a few).
_EXACT, _AT_LEAST, _MORE_THAN = Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN
_ABOUT, _UP_TO, _LESS_THAN = Qualifier.ABOUT, Qualifier.UP_TO, Qualifier.LESS_THAN
_RANGE_Q, _VAGUE_Q = Qualifier.RANGE, Qualifier.VAGUE

# The interval each qualifier gives a figure v: (low, high) as functions of v.
# NOTE: keep in sync with the convention table in docs/counts.md.
_QUALIFIER_GROUPS: Final = (
    ("q_at_least", _AT_LEAST, "count.at_least"),
    ("q_more_than", _MORE_THAN, "count.more_than"),
    ("q_nearly", _ABOUT, "count.nearly"),
    ("q_about", _ABOUT, "count.about"),
    ("q_up_to", _UP_TO, "count.up_to"),
    ("q_less_than", _LESS_THAN, "count.less_than"),
)

# Lower bounds of vague amounts: "dozens" is at least two dozen, "several" at least three.
# NOTE: keep in sync with the vague-amount table in docs/counts.md.
_VAGUE_LOW: Final = {
    "a few": 2,
    "a couple": 2,
    "a couple of": 2,
    "a number": 2,
    "a handful": 2,
    "a handful of": 2,
    "several": 3,
    "tens": 20,
    "dozens": 24,
    "scores": 40,
    "hundreds": 200,
    "thousands": 2000,
    "millions": 2_000_000,
}
_VAGUE_SCALE: Final = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1000,
    "million": 10**6,
    "thousands": 1000,
    "millions": 10**6,
}


# What a scale word multiplies when no figure comes before it ("a million", "dozen"): one.
# Not max(current, 1), which makes "0.5 million" a million.
_ONE = Decimal(1)


def _number(raw: str) -> int | None:
    """The value of one figure as matched in folded text: "1,200", "1.5 million", "a dozen"."""
    if raw.isdecimal():  # the common case, "12": no tokens, no Decimal
        return int(raw)
    if raw in _SMALL:
        return _SMALL[raw]
    total = 0
    current = Decimal(0)
    half = False
    for token in _WORD_OR_NUMBER(raw):
        if token[0].isdigit():
            try:
                current += Decimal(token.replace(",", "").replace(" ", ""))
            except InvalidOperation:  # pragma: no cover - the pattern only lets numbers in
                return None
        elif token in _SMALL:
            current += _SMALL[token]
        elif token == "hundred":
            current = (current or _ONE) * 100
        elif token == "thousand":
            total += int((current or _ONE) * 1000)
            current = Decimal(0)
        elif token in ("million", "billion"):
            total = int((total + (current or _ONE)) * _SCALES[token])
            current = Decimal(0)
        elif token == "dozen":
            current = (current or _ONE) * 12
        elif token == "couple":
            current += 2
        elif token == "half":
            half = True
    value = Decimal(total) + current
    if half:
        value /= 2
    return int(value)


def _scale_of(raw: str) -> int:
    """The multiplier a figure ends with, if it has only that one ("three thousand" -> 1000)."""
    tokens = _WORD_OR_NUMBER(raw)
    scales = [t for t in tokens if t in _SCALES or t == "dozen"]
    if len(scales) != 1 or tokens[-1] != scales[0]:
        return 1
    return 12 if scales[0] == "dozen" else _SCALES[scales[0]]


def _is_plural(word: str) -> bool:
    if word in _IRREGULAR_PLURALS:
        return True
    return (
        len(word) >= 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in _NOT_PLURALS
    )


def _plural_follows(folded: str, end: int) -> bool:
    """Whether a plural noun follows, perhaps after one modifier ("2000 (Syrian) refugees"), or
    a victim noun after the words that may stand before one ("1900 unarmed truck drivers")."""
    m = _NEXT_WORDS(folded, end)
    if m is None:
        return False
    first, second = m.group(1), m.group(2)
    if _is_plural(first):
        return True
    if (
        second is not None
        and _is_plural(second)
        and (first in _NOUN_MODIFIERS or first.endswith(("an", "ian", "ese", "ish", "i", "ed")))
    ):
        return True
    return _victims_follow(folded, end)


def _victims_follow(folded: str, end: int) -> bool:
    """Whether a plural victim noun of the casualty lexicon follows, after words it lets stand
    before one: "1900 (unarmed) truck drivers", not "2014 state elections"; a noun of two
    words too ("1900 council members")."""
    words = folded[end : end + 80].split(maxsplit=5)[:5]
    for i, word in enumerate(words[:4]):
        victim = lex.VICTIMS.get(word)
        if victim is None and i + 1 < len(words):
            victim = lex.VICTIMS.get(f"{word} {words[i + 1]}")
        if victim is not None:
            return not victim.singular
        if word not in lex.MODIFIERS:
            return False
    return False


def _is_year_like(raw: str) -> bool:
    return _FOUR_DIGITS(raw) is not None and 1900 <= int(raw) <= 2099


def _is_clock(raw: str) -> bool:
    return _FOUR_DIGITS(raw) is not None and int(raw[:2]) < 24 and int(raw[2:]) < 60


_REJECT: Final = "reject"
_RETRY: Final = "retry"


_Match = regex.Match[str] | re.Match[str]


def _interpret(
    m: _Match, text: str, folded: str, not_after: Callable[[str, int], object]
) -> Count | str:
    """The Count a match stands for, or _REJECT (not a count) / _RETRY (not a range).
    ``not_after`` is _NOT_COUNT_AFTER or, for ASCII text, its twin."""
    if m.group(_VAGUE_G) is not None:
        return _vague(m, text)
    lo = _LO if m.group(_R_KW) is None else _R_LO
    lo_raw, hi_raw = m.group(lo), m.group(lo + 1)  # hi follows lo (_HI, _R_HI)
    core = m.start(lo)
    if not_after(folded, m.end()) or (lo_raw[0].isdigit() and _not_count_before(folded, core)):
        return _REJECT
    if hi_raw is None:
        return _single(m, text, folded, m.start(), m.end(), lo)
    if (
        _is_year_like(lo_raw)
        and _is_year_like(hi_raw)
        and _is_year(m.start(), m.group(_QUAL), folded, m.end())
    ):
        return _REJECT
    return _range(m, text, folded, lo_raw, hi_raw)


def _is_year(start: int, qual: str | None, folded: str, end: int) -> bool:
    """Whether a year-like figure ("2000") is a year: unless a plural noun or a firm
    qualifier says it counts something ("2000 fighters", "at least 2000"). ``start`` is
    where the match (qualifier included) starts."""
    if _YEAR_BEFORE(folded, max(0, start - 30), start):
        return True
    if qual is not None and _SPACES(" ", qual.strip()) not in _WEAK_QUALIFIERS:
        return False
    return not _plural_follows(folded, end)


def _single(m: _Match, text: str, folded: str, start: int, end: int, lo: int) -> Count | str:
    """A single figure from ``start`` to ``end``, its number in group ``lo``."""
    return _figure(
        m,
        text,
        folded,
        start,
        end,
        m.start(),
        m.group(lo),
        m.start(lo),
        m.group(_QUAL),
        m.group(_OR_MORE),
        m.group(_OR_SO),
    )


def _figure(
    m: _Match | None,
    text: str,
    folded: str,
    start: int,
    end: int,
    m_start: int,
    raw: str,
    core: int,
    qual: str | None,
    or_more: str | None,
    or_so: str | None,
) -> Count | str:
    """_single's work on the parts of a match: the figure ``raw`` at ``core`` of a match
    starting at ``m_start``, its qualifier and its "or more" / "or so" tail (None if absent).
    ``m`` (None for a bare figure read without _COUNTS) names the qualifier's kind."""
    if len(raw) <= 2 and raw.isdigit():
        if _year_after(folded, end):
            return _REJECT  # "Jul 31 2014": a day number
    elif raw == "one":
        if _ONE_BEFORE(folded, max(0, core - 12), core) or _ONE_AFTER(folded, end):
            return _REJECT
    elif len(raw) == 4 and raw.isdigit():
        if _is_year_like(raw) and _is_year(m_start, qual, folded, end):
            return _REJECT
        if (
            _is_clock(raw)
            and _TIME_BEFORE(folded, max(0, core - 12), core)
            and not _plural_follows(folded, end)
        ):
            return _REJECT
    value = _number(raw)
    if value is None:  # pragma: no cover - the pattern only lets numbers in
        return _REJECT
    qualifier, rule = _EXACT, "count.exact"
    if qual is not None:
        assert m is not None
        for group, qual_kind, qual_rule in _QUALIFIER_GROUP_NUMBERS:
            if m.group(group) is not None:
                qualifier, rule = qual_kind, qual_rule
                break
    elif folded[start - 2 if start > 2 else 0 : start].strip() == "~":
        # "~50": the gate only wakes at words and digits, so the tilde is read here.
        start = folded.rindex("~", 0, start)
        qualifier, rule = _ABOUT, "count.about"
    elif or_more is not None:
        qualifier, rule = _AT_LEAST, "count.or_more"
    elif or_so is not None:
        qualifier, rule = _ABOUT, "count.or_so"
    low, high = _interval(qualifier, rule, value)
    return _new_count(value, low, high, qualifier, text, start, end, rule)


# The slots of Count and Span, written directly for each count found (~2.6 k a pass over
# fakes-dev): a keyword call of the class builds a dict of the arguments and runs their
# checks, which these offsets and intervals always pass (see _new_count).
_object_new = object.__new__
_COUNT_SLOTS = _slot_setters(Count)


def _new_count(
    value: int | None,
    low: int | None,
    high: int | None,
    qualifier: Qualifier,
    text: str,
    start: int,
    end: int,
    rule: str,
) -> Count:
    """``Count(value=value, low=low, high=high, qualifier=qualifier, surface=text[start:end],
    span=Span(start=start, end=end), rule=rule)``, built slot by slot (half the machine
    instructions). Its callers pass a valid record: ``0 <= start < end`` (a match's span) and
    ``low <= high`` when both are given (_interval, _range); the assertion keeps that checked
    (tests/test_speed8_sum10.py compares the records with the class call's)."""
    assert 0 <= start <= end
    assert high is None or low is None or low <= high
    span = _object_new(Span)
    _span_start(span, start)
    _span_end(span, end)
    count = _object_new(Count)
    set_value, set_low, set_high, set_qualifier, set_surface, set_span, set_rule = _COUNT_SLOTS
    set_value(count, value)
    set_low(count, low)
    set_high(count, high)
    set_qualifier(count, qualifier)
    set_surface(count, text[start:end])
    set_span(count, span)
    set_rule(count, rule)
    return count


def _interval(qualifier: Qualifier, rule: str, value: int) -> tuple[int | None, int | None]:
    """(low, high) for a single figure; None is open. See the table in docs/counts.md."""
    if qualifier is _EXACT:
        return value, value
    if qualifier is _AT_LEAST:
        return value, None
    if qualifier is _MORE_THAN:
        return value + 1, None
    if qualifier is _UP_TO:
        return None, value
    if qualifier is _LESS_THAN or rule == "count.nearly":
        return None, max(value - 1, 0)
    return None, None  # ABOUT: the figure is an estimate with no stated bounds


def _range(m: _Match, text: str, folded: str, lo_raw: str, hi_raw: str) -> Count | str:
    """A RANGE Count, or _RETRY when the two figures are not a range ("5 or 3", "rose from")."""
    start, end = m.span()
    lo, hi = _number(lo_raw), _number(hi_raw)
    if lo is None or hi is None:  # pragma: no cover - the pattern only lets numbers in
        return _REJECT
    scale = _scale_of(hi_raw)
    if scale > 1 and _scale_of(lo_raw) == 1 and lo * scale <= hi:
        lo *= scale  # "two to three thousand": 2000 to 3000
    if hi <= lo:
        return _RETRY
    if m.group(_R_KW) == "from" and _CHANGE_BEFORE(folded, max(0, start - 30), start):
        return _RETRY
    return _new_count(lo, lo, hi, _RANGE_Q, text, start, end, "count.range")


def _vague(m: _Match, text: str) -> Count:
    """A VAGUE Count: no value, a lower bound from _VAGUE_LOW, no upper bound."""
    start, end = m.span()
    # Each set of groups read in one call, the first found by a loop: next() over a
    # generator of map(m.group, ...) costs more. One base group always matched.
    for base in m.group(*_V_BASES):
        if base is not None:
            break
    low = _VAGUE_LOW[_SPACES(" ", base)]
    scales = [s for s in m.group(*_V_SCALES) if s is not None]
    if scales:
        low *= _VAGUE_SCALE[scales[0]]
    return _new_count(None, low, None, _VAGUE_Q, text, start, end, "count.vague")


def scan_counts(doc: Doc) -> tuple[Count, ...]:
    """Counts in a prepared document, in document order, non-overlapping."""
    if not _twin_compiled.is_set():
        _compile_twin()
    text, folded = doc.text, doc.folded
    match: Callable[[str, int], _Match | None]
    not_after: Callable[[str, int], object]
    # The stdlib twins read ASCII text as the `regex` patterns do; a text whose only other
    # characters are U+FFFD is read through its ASCII stand-in (same length, same offsets):
    # every pattern and test here reads SUB as it reads U+FFFD (tests/test_speed8_front9.py).
    ascii_folded = ascii_stand_in(folded)
    if ascii_folded is not None:
        folded = ascii_folded
        match, not_after = _ascii_match, _ASCII_NOT_COUNT_AFTER
    else:
        if not _compiled.is_set():
            _compile()
        match, not_after = _match, _NOT_COUNT_AFTER
    found: list[Count] = []
    append = found.append
    pos = 0
    for start in starts(doc).counts:  # where _GATE matches, found with the dates' trigger
        if start < pos:
            continue  # inside the last figure
        first = folded[start]
        qualifying = _QUALIFYING_BY_FIRST.get(first)
        if qualifying is not None and folded.startswith(qualifying, start):
            # A qualifying word ("from", "over", "some"), asked first: no number word starts
            # one, so neither bare pattern below could match here.
            if _FIGURE_AHEAD(folded, start) is None:
                continue  # _COUNTS would fail here (see _FIGURE_AHEAD)
        else:
            bare, digits = None, False
            if start == 0 or folded[start - 1] in _BARE_AFTER:
                # Each pattern opens with its own characters: only the one that may match is
                # tried.
                if first in _ASCII_DIGITS:
                    bare = _BARE(folded, start)
                    digits = bare is not None
                elif first in _BARE_WORD_FIRST:
                    bare = _BARE_WORD(folded, start)
            if bare is not None:
                # What _interpret does with a bare figure or number word, without _COUNTS
                # (see _BARE and _BARE_WORD). The heads of _NOT_COUNT_AFTER are tested by the
                # next word's first letter (a lower-case letter after one space: _BARE).
                pos = end = bare.end() - 2
                heads = _AFTER_HEADS_BY_FIRST.get(folded[end + 1])
                if (
                    heads is not None
                    and folded.startswith(heads, end + 1)
                    and not_after(folded, end)
                ) or (digits and _not_count_before(folded, start)):
                    continue
                raw = folded[start:end]
                result = _figure(
                    None, text, folded, start, end, start, raw, start, None, None, None
                )
                if isinstance(result, Count):
                    append(result)
                continue
        m = match(folded, start)
        if m is None:
            continue
        pos = m.end()
        result = _interpret(m, text, folded, not_after)
        if isinstance(result, Count):
            append(result)
        elif result == _RETRY:
            # Not a range ("5 or 3", "rose from 50 to 68"): the first figure stands alone
            # unless a hyphen joined it ("218-11"); the gate then finds the second.
            lo = _LO if m.group(_R_KW) is None else _R_LO
            lo_end = m.end(lo)
            if folded[lo_end : m.start(lo + 1)].strip() != "-":
                start = m.start() if lo == _LO else m.start(lo)
                single = _single(m, text, folded, start, lo_end, lo)
                if isinstance(single, Count):
                    append(single)
            pos = m.start(lo + 1)
    return tuple(found)


def find_counts(text: str) -> tuple[Count, ...]:
    """Every figure in ``text`` with the interval its qualifier implies, in document order.

    >>> [(c.value, c.low, c.high, str(c.qualifier)) for c in find_counts(
    ...     "More than 100 jihadis and some 59 troops were killed since 2011.")]
    [(100, 101, None, 'more_than'), (59, None, None, 'about')]
    >>> c = find_counts("Dozens of people were wounded.")[0]
    >>> c.value, c.low, c.high, c.surface
    (None, 24, None, 'Dozens')
    """
    return scan_counts(Doc(check_text(text)))
