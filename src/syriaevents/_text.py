"""Text layer: a same-length folded copy of the text, sentences, clauses, argument checks.

Every scanner matches against :func:`fold` output, which has exactly the length of the
input (one character in, one character out), so an offset found in the folded text is
valid in the original and no offset map is needed.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator

import regex

from .model import Span, _span_end, _span_start

# NOTE: every value here is a single character: fold() must keep the text's length.
_SPECIAL: dict[int, str] = {}
for _chars, _to in (
    ("\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u02bb\u02bf\u02be\u00b4`\u055a\uff07", "'"),
    ("\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb\u301d\u301e\uff02", '"'),
    ("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d", "-"),
    (
        "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000",
        " ",
    ),
    ("\u200b\u200c\u200d\u2060\ufeff\u00ad", " "),
    ("\u2026", "."),
    ("\u2022\u25cf\u25aa\u25e6\u2023\u2043", "*"),
):
    for _c in _chars:
        _SPECIAL[ord(_c)] = _to
for _cp in range(32):
    if chr(_cp) not in "\n\t\r":
        _SPECIAL[_cp] = " "
_SPECIAL[0x7F] = " "
# Line and paragraph separators behave as newlines.
_SPECIAL[0x2028] = "\n"
_SPECIAL[0x2029] = "\n"
_SPECIAL[0x85] = "\n"
_SPECIAL[0x0B] = "\n"
_SPECIAL[0x0C] = "\n"


def _fold_char(cp: int) -> str:
    """The folded form of one code point: always exactly one character."""
    if cp in _SPECIAL:
        return _SPECIAL[cp]
    c = chr(cp)
    low = c.lower()
    if len(low) != 1:
        low = c
    if cp < 128:
        return low
    base = "".join(ch for ch in unicodedata.normalize("NFKD", low) if not unicodedata.combining(ch))
    if len(base) == 1:
        low = base.lower() if len(base.lower()) == 1 else base
    cat = unicodedata.category(low)
    if cat == "Zs":
        return " "
    if cat in ("Cc", "Cf"):
        return " "
    if cat == "Pd":
        return "-"
    return low


class _FoldTable(dict[int, str]):
    """A translate table that computes and caches each code point on first sight."""

    def __missing__(self, cp: int) -> str:
        folded = _fold_char(cp)
        self[cp] = folded
        return folded


_FOLD_TABLE = _FoldTable({cp: _fold_char(cp) for cp in range(256)})
# The same map for ASCII text as a bytes table (every ASCII character folds to one): most
# texts are ASCII, and bytes.translate reads a table where str.translate looks up a dict per
# character, several times cheaper. Bytes 128-255 never occur in ASCII text.
_ASCII_FOLD = bytes(ord(_FOLD_TABLE[cp]) for cp in range(128)) + bytes(range(128, 256))


# "[^\x00-\x7f][^\x00-\x7f]*", not "[^\x00-\x7f]+" (the same matches): the stdlib engine skips
# ahead in C to a pattern's first character only when the pattern opens with a class, not
# with a repeat, which it tries at every position (most of fold()'s cost on such text).
_NON_ASCII = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")


def fold(text: str) -> str:
    """Lower-case ``text``, strip diacritics, unify quotes, dashes and spaces; keep its length.

    >>> fold("Deir ez\u2011Zor\u2019s \u201cAl-Qa\u00efda\u201d")
    'deir ez-zor\\'s "al-qaida"'
    >>> len(fold("Stra\u00dfe \u0130dlib")) == len("Stra\u00dfe \u0130dlib")
    True
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    # Other text is mostly ASCII too: fold it as above, each other character held by the "?"
    # the encoder puts in its place, then translate only the runs of other characters.
    # (str.translate looks each character up in the table, which costs most here.)
    ascii_folded = text.encode("ascii", "replace").translate(_ASCII_FOLD).decode("ascii")
    pieces = []
    at = 0
    for run in _NON_ASCII.finditer(text):
        pieces.append(ascii_folded[at : run.start()])
        pieces.append(run.group().translate(_FOLD_TABLE))
        at = run.end()
    pieces.append(ascii_folded[at:])
    folded = "".join(pieces)
    # translate() never changes length with one-character values; keep that promise checked.
    assert len(folded) == len(text)
    return folded


# U+FFFD, what a decoder puts for bytes it could not read, is the only character of most
# non-ASCII texts left after fold(). To every pattern and string test of the scanners it is
# what the ASCII control character SUB (\x1a, "substitute") is: neither a word character,
# a digit, a letter, nor whitespace (for the `regex` module, the stdlib and str methods alike).
_REPLACEMENT, _SUBSTITUTE = "\ufffd", "\x1a"


def ascii_stand_in(folded: str) -> str | None:
    """``folded`` as ASCII text that reads as it does, for the stdlib twins of a scanner's
    `regex` patterns (several times cheaper per call): itself when it is ASCII, else with
    each U+FFFD as SUB when that is its only other character; None for any other text.

    >>> ascii_stand_in("five\ufffds killed") == "five\x1as killed"
    True
    >>> ascii_stand_in("caf\u0644") is None
    True
    """
    if folded.isascii():
        return folded
    if _REPLACEMENT in folded:
        stand_in = folded.replace(_REPLACEMENT, _SUBSTITUTE)
        if stand_in.isascii():
            return stand_in
    return None


def word_trie(words: Iterable[str], space: str = r"\s+", *, reverse: bool = False) -> str:
    """A regex alternation of ``words`` factored by prefix, for ``re`` and ``regex`` alike.

    An engine tries a flat alternation branch by branch at every position; a factored one
    fails after a character or two. Greedy optional tails try the longest word first, as a
    longest-first flat alternation would. A space in a word matches ``space``. With
    ``reverse`` the words are factored by their ends instead, for a pattern the ``regex``
    module matches backwards (``(?r)``); it matches the same strings.

    >>> word_trie(["six", "sixteen", "seven"])
    's(?:even|ix(?:teen)?)'
    >>> bool(re.fullmatch(word_trie(["a b"], r"\\s{1,3}"), "a  b"))
    True
    >>> word_trie(["page", "pages", "views"], reverse=True)
    '(?:page|(?:page|view)s)'
    """
    # The tree is read off the sorted words (reversed for ``reverse``), not built node by
    # node: the words under a node are a run of the sorted list, and a chain of nodes with
    # one child and no word ending there is the run's common prefix, written at once (a
    # table of 5 k names has ~34 k nodes, most in such chains; tests/test_speed20_load.py
    # compares the pattern with the one the tree gives).
    ordered = sorted({word[::-1] if reverse else word for word in words})
    table = {ord(c): re.escape(c) for c in set("".join(ordered))}
    table[ord(" ")] = space

    def emit(lo: int, hi: int, depth: int) -> str:
        """The node at ``depth`` under which lie ordered[lo:hi] (a run sharing its first
        ``depth`` characters)."""
        first, last = ordered[lo], ordered[hi - 1]
        n, limit = depth, min(len(first), len(last))
        while n < limit and first[n] == last[n]:
            n += 1
        # Sorted, the word that ends at depth n (if any) comes first.
        end = len(first) == n
        branches = []
        i = lo + 1 if end else lo
        while i < hi:
            c = ordered[i][n]
            j = i + 1
            while j < hi and ordered[j][n] == c:
                j += 1
            char = table[ord(c)]
            branches.append(emit(i, j, n + 1) + char if reverse else char + emit(i, j, n + 1))
            i = j
        if not branches:
            body = ""
        else:
            body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
            if end:
                body = f"(?:{body})?"
        chain = first[depth:n]
        if not chain:
            return body
        return body + chain[::-1].translate(table) if reverse else chain.translate(table) + body

    return emit(0, len(ordered), 0) if ordered else ""


# Whitespace in ASCII text other than a space (the stdlib's \s there is str.isspace()).
_ASCII_ODD_SPACES = "".join(c for c in map(chr, range(128)) if c.isspace() and c != " ")


def only_spaces(text: str) -> bool:
    """Whether ``text`` is ASCII and its only whitespace is the space, told by a few C
    substring tests, where a pattern's search for other whitespace ([^\\S ]) tests every
    character against its class.

    >>> only_spaces("five  killed"), only_spaces("five\\tkilled"), only_spaces("f\u00eate")
    (True, False, False)
    """
    if not text.isascii():
        return False
    # A loop, not any() over a generator (a generator object costs more).
    for c in _ASCII_ODD_SPACES:  # noqa: SIM110
        if c in text:
            return False
    return True


def check_text(text: object, name: str = "text") -> str:
    """Raise TypeError unless ``text`` is a str."""
    if not isinstance(text, str):
        raise TypeError(f"{name} must be str, not {type(text).__name__}")
    return text


def coerce_date(value: object, name: str = "published") -> _dt.date | None:
    """A date from a date, datetime, ISO date string or None; ValueError naming anything else.

    >>> coerce_date("2016-01-17")
    datetime.date(2016, 1, 17)
    >>> coerce_date("yesterday")
    Traceback (most recent call last):
    ...
    ValueError: published must be a date, datetime or ISO date string, got 'yesterday'
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        stripped = value.strip()
        try:
            return (
                _dt.date.fromisoformat(stripped[:10])
                if len(stripped) >= 10
                else _dt.date.fromisoformat(stripped)
            )
        except ValueError:
            pass
        try:
            return _dt.datetime.fromisoformat(stripped).date()
        except ValueError:
            pass
    raise ValueError(f"{name} must be a date, datetime or ISO date string, got {value!r}")


# A sentence ends at terminal punctuation (with closing quotes/brackets) followed by space.
# Written for the stdlib engine, which skips in C to a pattern's first character when the
# pattern opens with a character class: "[.!?][.!?]*", not "[.!?]+" (five times faster).
# "[^\S\x1c-\x1f]" is the `regex` module's \s (Unicode White_Space), which this pattern
# was first written with; the stdlib's \s also takes \x1c-\x1f (tests/test_text.py).
_TERMINAL = re.compile(r"""[.!?][.!?]*["')\]]*(?=[^\S\x1c-\x1f])""")
# The word just before a full stop, to recognise abbreviations: matched backwards from the
# stop (reverse, anchored there), rather than searched for from every place before it.
_WORD_BEFORE = regex.compile(r"(?r)[\w.]{1,20}")
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt cpl brig adm cmdr sen rep gov pres st mt ft
    no nos vol jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp jr sr vs etc
    approx est dept univ ave al fig ibid ca cf
    """.split()
)
# After an initialism such as "U.S." a new sentence starts only with one of these words.
_SENTENCE_STARTERS = frozenset(
    """
    the a an this that these those it its he she they we i his her their there here but and
    in on at for after before when while as if meanwhile however earlier later also some
    """.split()
)
_INITIALISM = regex.compile(r"(?:\w\.){2,}$")
# A dateline opening an article: "BEIRUT:", "ERBIL -", "DAMASCUS, March 3 (Reuters) -".
_DATELINE = regex.compile(
    r"""
    \A\s*
    [A-Z][A-Z'\-]+(?:[ ][A-Z][A-Z'\-]+){0,3}           # the place, in capitals
    (?:,[ ][A-Za-z]{2,12}\.?[ ]\d{1,2}(?:,[ ]\d{4})?)?   # optional ", March 3, 2016"
    (?:[ ]?\([A-Za-z .]{2,30}\))?                        # optional "(Reuters)"
    [ ]?(?::|-{1,2}|\u2013|\u2014)[ ]                    # ":" or a dash, then a space
    """,
    regex.VERBOSE,
)
_BULLET = regex.compile(r"\s*(?:[*\-+o>]|\d{1,2}[.)])\s")
# The words that open a clause after a comma, and those that open one after a bare space.
_COMMA_OPENERS = "while|whereas|but|as|and|which|who|after|when|adding|saying|amid|according"
_SPACE_OPENERS = "while|whereas|but"
_CLAUSE_BREAK = regex.compile(
    rf"""
      \s*[;:]\s+                                   # semicolons and colons
    | \s+-{{1,2}}\s+                                 # spaced dashes
    | ,\s+(?=(?:{_COMMA_OPENERS})\b)
    | \s+(?=(?:{_SPACE_OPENERS})\s)               # unpunctuated text has no commas
    """,
    regex.VERBOSE,
)
# _CLAUSE_BREAK for ASCII text, with the stdlib engine. Written as it is, a pattern opening
# with \s* or \s+ is tried at every position of the sentence (the `regex` module's search
# cost ~150 k instructions a sentence); this one opens with one class, which the stdlib
# engine skips to in C, and then tells the branches apart by the character it read. It
# finds the same matches: at a ";" or ":" only the first branch can match, at a "," only the
# third, and at whitespace the other three, which all read the whole run of whitespace
# first (each then needs a character that is not whitespace). "[\t-\r ]" is the `regex`
# module's \s on ASCII text (the stdlib's \s also takes \x1c-\x1f); \b reads ASCII
# alike in both engines (tests/test_speed8_sum10.py checks the two agree).
_ASCII_CLAUSE_BREAK = re.compile(
    rf"""
    [\t-\r\x20;:,](?:
          (?<=[;:])[\t-\r\x20]+
        | (?<=,)[\t-\r\x20]+(?=(?:{_COMMA_OPENERS})\b)
        | (?<=[\t-\r\x20])[\t-\r\x20]*
          (?:[;:][\t-\r\x20]+|-{{1,2}}[\t-\r\x20]+|(?=(?:{_SPACE_OPENERS})[\t-\r\x20]))
    )""",
    re.VERBOSE,
)


def dateline_span(text: str) -> Span | None:
    """The span of a capitalised dateline opening ``text`` ("BEIRUT:", "ERBIL -"), if any.

    >>> dateline_span("BEIRUT: Syrian troops repelled an attack.")
    Span(start=0, end=8)
    >>> dateline_span("Syrian troops repelled an attack.") is None
    True
    """
    check_text(text)
    head = text[:_DATELINE_READ]
    # Every key of _DASHES_ONLY is non-ASCII: ASCII text (most) is what translate() gives.
    # (str.translate looks each character up in the table: ~20 k instructions for a head.)
    if not head.isascii():
        head = head.translate(_DASHES_ONLY)
    m = _DATELINE.match(head)
    if m is None:
        return None
    start = len(text) - len(text.lstrip())
    return Span(start=start, end=m.end())


_DASHES_ONLY = {ord(c): "-" for c in "\u2010\u2011\u2012\u2212"}
# dateline_span reads this many first characters (and the leading whitespace).
_DATELINE_READ = 200


def _is_boundary(folded: str, text: str, stop: int, nxt: int, lower: bool) -> bool:
    """Whether the terminal punctuation ending at ``stop`` ends a sentence. In a ``lower``
    text (no capitals anywhere) a small letter after the stop tells nothing."""
    if nxt >= len(text):
        return True
    following = text[nxt]
    if following.islower() and not lower:
        return False
    if text[stop - 1] != ".":
        return True
    # The word before the stop is what _WORD_BEFORE reads back from it (the characters of
    # [\w.] before it, at most 20), and ``bare`` that word without its stops. Most stops end
    # a plain word or figure after a space ("were killed.", "in 2014."): then the bare word
    # is what lies between the space and the stop (the space is not in [\w.], ASCII letters
    # and digits are, and a space at or after ``stop - 21`` leaves at most 20 characters),
    # found with C string calls, not the match. (~3.4 k stops a pass over fakes-dev.)
    # Conditional expressions, not min()/max(), clamp windows in this module's hot code: on
    # CPython 3.11 a builtin call of two ints costs ~900 instructions, a conditional a few dozen.
    lo = stop - 21 if stop > 21 else 0
    space = folded.rfind(" ", lo, stop)
    bare = folded[space + 1 : stop - 1]
    if not (space >= 0 and bare.isalnum() and bare.isascii()):
        m = _WORD_BEFORE.match(folded, lo, stop)
        word = m.group() if m else ""
        dots = word.count(".")
        if dots > 1 and _INITIALISM.search(word):  # an initialism has two stops
            nxt_word = regex.match(r"\w+", folded[nxt : nxt + 20])
            return nxt_word is not None and nxt_word.group() in _SENTENCE_STARTERS
        bare = word.rstrip(".").rsplit(".", 1)[-1]
    if bare in _ABBREVIATIONS:
        return False
    # A single capital initial ("John F. Kennedy") does not end a sentence.
    return not (len(bare) == 1 and bare.isalpha() and text[stop - 2].isupper())


def _line_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Blocks of text between hard breaks: blank lines, headlines, bullets, new paragraphs."""
    block_start: int | None = None
    block_end = 0
    at = 0
    while at < len(text):
        # A line and its line break, if any (str.find scans in C; most texts are one line).
        start = at
        at = text.find("\n", start) + 1 or len(text)
        line = text[start:at]
        body = line.rstrip()
        if not body:
            if block_start is not None:
                yield block_start, block_end
                block_start = None
            continue
        lead = start + len(line) - len(line.lstrip())
        if block_start is not None:
            prev = text[block_start:block_end].rstrip()
            continues = (
                prev[-1:] not in ".!?:\"'" and text[lead].islower() and not _BULLET.match(line)
            )
            if not continues:
                yield block_start, block_end
                block_start = None
        if block_start is None:
            block_start = lead
        block_end = start + len(body)
    if block_start is not None:
        yield block_start, block_end


def split_sentences(text: str, folded: str | None = None) -> tuple[Span, ...]:
    """Sentence spans of ``text``, in order, without surrounding whitespace.

    Copes with abbreviations, initialisms, datelines, headlines without final punctuation,
    bullet lists and text whose punctuation was stripped.

    >>> t = "BEIRUT: The U.S. said Gen. Ali died. Five were hurt\\n\\nNext line here."
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['BEIRUT:', 'The U.S. said Gen. Ali died.', 'Five were hurt', 'Next line here.']
    """
    check_text(text)
    folded = fold(text) if folded is None else folded
    return _split_sentences(text, folded, dateline_span(text), is_lowercase(text))


def _marks(text: str, start: int, end: int) -> list[int]:
    """Offsets of ".", "!" and "?" in ``text[start:end]``, in order. Where str.split cuts
    the block: the C calls take no offsets (str.find with offsets costs more to call than
    it takes to scan a sentence)."""
    block = text[start:end]
    found: list[int] = []
    for mark in ".!?":
        if mark in block:
            parts = block.split(mark)
            parts.pop()
            # The k-th mark (from 0) follows parts 0..k and k marks before it.
            found.extend(
                map(operator.add, itertools.accumulate(map(len, parts)), itertools.count(start))
            )
    if len(found) > 1 and ("!" in block or "?" in block):
        found.sort()
    return found


def _terminals(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the matches of ``_TERMINAL.finditer(text, start, end)``, found faster.
    Every match opens with ".", "!" or "?" (_marks finds them in C, while the pattern's
    search tests every character against its class); the pattern is matched at those
    characters only, and nowhere else could it match. A mark followed by a space (most) is a
    match of one character, as the pattern reads it: no call of the pattern is needed."""
    match = _TERMINAL.match
    pos = start
    for at in _marks(text, start, end):
        if at < pos:
            continue  # inside the last match
        pos = at + 1
        if pos < end and text[pos] == " ":
            yield at, pos
        else:
            m = match(text, at, end)
            if m is not None:
                pos = m.end()
                yield at, pos


# The slots of a Span, written directly for the sentence ends _split_sentences finds (about
# 3.4 k records a pass over fakes-dev): Span(start=..., end=...) costs some 4.7 k machine
# instructions (a keyword call and its checks), these about half.
_object_new = object.__new__


def is_lowercase(text: str) -> bool:
    """``text.islower()``: letters, and no capital among them (a lowercased feed).

    >>> is_lowercase("five were killed in douma."), is_lowercase("Five were killed.")
    (True, False)
    """
    # Nearly every text has a capital in its first words, which a short slice lowered in C
    # shows without str.islower() reading the whole text character by character.
    head = text[:64]
    if head.lower() != head:
        return False
    return text.islower()


def _split_sentences(text: str, folded: str, dl: Span | None, lower: bool) -> tuple[Span, ...]:
    """split_sentences with the text's folded copy, dateline (``dateline_span(text)``) and
    whether it is all in small letters (``is_lowercase(text)``)."""
    spans: list[Span] = []
    long = False  # a sentence longer than _UNSTOPPED, to be cut (most texts have none)
    for block_start, block_end in _line_blocks(text):
        start = block_start
        if dl is not None and block_start <= dl.start < block_end and dl.end < block_end:
            spans.append(Span(start=dl.start, end=len(text[: dl.end].rstrip())))
            start = dl.end
        for first, stop in _terminals(text, start, block_end):
            nxt = stop
            while nxt < block_end and text[nxt].isspace():
                nxt += 1
            if nxt < block_end and _is_boundary(folded, text, first + 1, nxt, lower):
                # Span(start=start, end=stop), built slot by slot: these offsets always make
                # a valid span (0 <= start <= first < stop), so its checks are skipped.
                span = _object_new(Span)
                _span_start(span, start)
                _span_end(span, stop)
                spans.append(span)
                long = long or stop - start > _UNSTOPPED
                start = nxt
        if start < block_end:
            spans.append(Span(start=start, end=block_end))
            long = long or block_end - start > _UNSTOPPED
    if long:
        spans = _cut(text, spans, lower)
    return tuple([s for s in spans if s.end > s.start])


# A sentence this long with no full stop in it has likely lost its stops (text with its
# punctuation stripped): it is cut before a capitalised word that opens sentences after a
# word in small letters ("... killed in Douma The army said ...").
_UNSTOPPED = 300
_STARTER_AFTER_SMALL = re.compile(
    r" (?=(?:The|A|An|This|These|Those|It|Its|He|She|They|We|His|Her|Their|There|But|In|On|At"
    r"|Meanwhile|However|Earlier|Later|According|Activists|Residents|Sources|Witnesses"
    r"|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Several|Many|Most|Some"
    r"|Among)\b)"
)


def _title_run(text: str, start: int, at: int, end: int) -> bool:
    """Whether the opener after ``at`` stands inside a run of capitalised words (a Title Case
    list of headlines: "... Rebels Shell Aleppo Dozens Flee Homes ..."): the word before it
    and the word after it both capitalised. "in Idlib The army said" ends a sentence."""
    before = text.rfind(" ", start, at) + 1
    if not text[before : before + 1].isupper():
        return False
    after = text.find(" ", at + 1, end) + 1
    return after > 0 and text[after : after + 1].isupper()


def _cut_unstopped(text: str, sentence: Span) -> list[Span]:
    """``sentence`` cut before each capitalised sentence opener that follows a word in small
    letters, when it holds no full stop at all (one that does is left whole)."""
    start, end = sentence.start, sentence.end
    if end - start <= _UNSTOPPED or text.find(".", start, end) >= 0:
        return [sentence]
    pieces: list[Span] = []
    for m in _STARTER_AFTER_SMALL.finditer(text, start, end):
        at = m.start()
        if at > start and text[at - 1].islower() and not _title_run(text, start, at, end):
            pieces.append(Span(start=start, end=at))
            start = at + 1
    pieces.append(Span(start=start, end=end))
    return pieces


def _cut(text: str, spans: list[Span], lower: bool) -> list[Span]:
    """``spans`` with each longer than _UNSTOPPED cut: in pieces of at most
    _LONGEST_SENTENCE characters (_cut_long), and, in text with capitals, before the
    sentence openers of a piece with no full stop (_cut_unstopped)."""
    out: list[Span] = []
    for span in spans:
        if span.end - span.start <= _UNSTOPPED:
            out.append(span)
            continue
        for piece in _cut_long(text, span):
            if lower:
                out.append(piece)
            else:
                out.extend(_cut_unstopped(text, piece))
    return out


# No sentence of real prose comes near this many characters (the longest of the FA-KES and
# ACLED texts has 2,271); text with no full stops at all does, and every stage reads each
# figure's context over its sentence, which over an endless one is quadratic.
_LONGEST_SENTENCE = 4000


def _cut_long(text: str, sentence: Span) -> list[Span]:
    """``sentence`` in pieces of at most _LONGEST_SENTENCE characters, each cut after the
    last semicolon, else comma, else space of its second half (else at the limit)."""
    pieces: list[Span] = []
    start, end = sentence.start, sentence.end
    while end - start > _LONGEST_SENTENCE:
        limit = start + _LONGEST_SENTENCE
        half = start + _LONGEST_SENTENCE // 2
        cut = -1
        for mark in ("; ", ", ", " "):
            cut = text.rfind(mark, half, limit)
            if cut >= 0:
                cut += len(mark) - 1  # after the mark, before its space
                break
        if cut < 0:
            cut = limit
        stop = cut
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        pieces.append(Span(start=start, end=stop))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    pieces.append(Span(start=start, end=end))
    return pieces


def split_clauses(text: str, sentence: Span, folded: str | None = None) -> tuple[Span, ...]:
    """Clause spans inside one sentence: split at semicolons, colons, spaced dashes and
    conjunctions that open a new clause ("..., while ...").

    >>> t = "Five died in Idlib; two were hurt, while rebels shelled Hama."
    >>> [t[c.start:c.end] for c in split_clauses(t, Span(start=0, end=len(t)))]
    ['Five died in Idlib', 'two were hurt', 'while rebels shelled Hama.']
    """
    if folded is None:
        folded = fold(text)
    segment = folded[sentence.start : sentence.end]
    if not _may_break(segment):
        return (sentence,) if sentence.start < sentence.end else ()
    breaks = _ASCII_CLAUSE_BREAK if segment.isascii() else _CLAUSE_BREAK
    out: list[Span] = []
    start = sentence.start
    for m in breaks.finditer(folded, sentence.start, sentence.end):
        if m.start() > start:
            out.append(Span(start=start, end=m.start()))
        start = m.end()
    if start < sentence.end:
        out.append(Span(start=start, end=sentence.end))
    return tuple(out)


_COMMA_BREAK = regex.compile(rf",\s+(?:{_COMMA_OPENERS})\b")


def _may_break(segment: str) -> bool:
    """Whether _CLAUSE_BREAK may match in ``segment``: each of its branches needs one of
    these marks or words with whitespace beside it, and most sentences have none (plain
    string tests, much cheaper than the pattern's search from every position)."""
    return (
        (";" in segment and _spaced(segment, ";", after=True))
        or (":" in segment and _spaced(segment, ":", after=True))
        or ("-" in segment and _spaced(segment, "-", before=True))
        or ("but" in segment and _spaced(segment, "but", before=True, after=True))
        or ("while" in segment and _spaced(segment, "while", before=True, after=True))
        or ("whereas" in segment and _spaced(segment, "whereas", before=True, after=True))
        or ("," in segment and _COMMA_BREAK.search(segment) is not None)
    )


def _spaced(segment: str, mark: str, *, before: bool = False, after: bool = False) -> bool:
    """Whether ``mark`` occurs in ``segment`` with whitespace before and/or after it."""
    at = segment.find(mark)
    while at >= 0:
        stop = at + len(mark)
        if (not before or (at > 0 and segment[at - 1].isspace())) and (
            not after or (stop < len(segment) and segment[stop].isspace())
        ):
            return True
        at = segment.find(mark, at + 1)
    return False


class _Unknown:
    """Not computed yet (None is an answer)."""


_UNKNOWN = _Unknown()


class Doc:
    """A text with its folded copy and lazily computed sentences, shared by the scanners.

    ``memo`` keeps what a scanner derived from the text for others that need the same
    (see _gates.starts), under a key naming its module.
    """

    __slots__ = (
        "_dateline",
        "_sentence_starts",
        "_sentences",
        "folded",
        "lowercase",
        "memo",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = check_text(text)
        self.folded = fold(text)
        # Letters and no capital among them (a lowercased feed): capitals tell nothing here.
        self.lowercase = is_lowercase(text)
        self._sentences: tuple[Span, ...] | None = None
        self._sentence_starts: list[int] = []
        self._dateline: Span | _Unknown | None = _UNKNOWN
        self.memo: dict[str, object] = {}

    def prefix(self, length: int) -> Doc:
        """The Doc of the first ``length`` characters, sharing this one's folding.

        fold() maps each character alone, so the folded prefix is the prefix of the folded
        text; only the sentences are split anew.

        >>> Doc("Five died. Two fled.").prefix(10).folded
        'five died.'
        """
        doc = Doc.__new__(Doc)
        doc.text = self.text[:length]
        doc.folded = self.folded[:length]
        doc.lowercase = is_lowercase(doc.text)
        doc._sentences = None
        doc._sentence_starts = []
        # dateline_span reads only the first characters: a long enough prefix has the same.
        doc._dateline = self._dateline if length >= _DATELINE_READ else _UNKNOWN
        doc.memo = {}
        return doc

    @property
    def dateline(self) -> Span | None:
        """``dateline_span(self.text)``, computed once: the sentences, the summary and the
        article's dateline place all ask for it."""
        found = self._dateline
        if isinstance(found, _Unknown):
            found = self._dateline = dateline_span(self.text)
        return found

    @property
    def sentences(self) -> tuple[Span, ...]:
        if self._sentences is None:
            self._sentences = _split_sentences(
                self.text, self.folded, self.dateline, self.lowercase
            )
            self._sentence_starts = [s.start for s in self._sentences]
        return self._sentences

    def sentence_index(self) -> tuple[tuple[Span, ...], list[int]]:
        """The sentences and their starts, for callers that look up many offsets in one
        go (``bisect_right(starts, offset) - 1`` is the index sentence_at reads)."""
        return self.sentences, self._sentence_starts

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence containing ``offset``, or None when it falls between sentences."""
        sentences = self.sentences
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and sentences[i].start <= offset < sentences[i].end:
            return sentences[i]
        return None

    def clauses(self, sentence: Span) -> tuple[Span, ...]:
        return split_clauses(self.text, sentence, self.folded)
