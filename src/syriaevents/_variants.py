"""Spelling variants of Arabic place names written in Latin letters.

One idea serves both sides of the match: a *skeleton key*. A name (a gazetteer alias or a
run of words in the text) is cut into word tokens, Arabic articles are dropped, and each
token is reduced to a canonical spelling in which every transliteration choice news
writers make collapses to one form:

- vowels and vowel runs (a e i o u, ou/oo/u, ee/ie/i, ei/ai/ay/ey, aa) become one ``a``;
  ``y`` and ``w`` inside a word count as vowels next to a vowel (Suwayda / Sweida);
- doubled letters are single (Raqqa / Raqa), ``q`` is ``k`` (Raqqa / Rakka), ``kh`` is
  ``k``, ``dj`` is ``j``, ``ch`` is ``sh``;
- a final ``h`` after a vowel goes (Hamah / Hama, Hasakeh / Hasaka);
- apostrophes and ayn marks go (Ma'arat / Maarat, Dar'a / Daraa);
- whole-word spellings of common name parts are unified first (Dayr/Der/Dair -> deir,
  Tal/Tel/Tall -> tell, Jbel/Jebel -> jabal, Kfar/Kafar -> kafr, Ayn/Ein -> ain).

Articles (al-, el-, ad-, ar-, as-, ash-, az-, ez-, at-, an-, es-, ...) are dropped whether
spaced, hyphenated or absent; an article written onto the word ("Alraqqa", "Ezzor") is an
*alternative* reading of the token (:func:`token_keys`), tried when the plain one fails.

So "Deir al-Zor", "Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr" and "Deir el-Zour" all have
the key ``dar zar``; matching is a dictionary lookup, never a search over generated
spellings. :func:`variants` generates spellings (for tests and docs); :func:`skeleton`
is what the matcher uses.

>>> skeleton("Deir ez-Zor") == skeleton("Dayr az Zawr") == skeleton("Deir el-Zour")
True
>>> skeleton("Hamas") == skeleton("Hama")
False
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator

import regex

from ._text import fold

__all__ = [
    "ARTICLES",
    "is_article",
    "skeleton",
    "skeleton_of_core",
    "skeleton_of_tokens",
    "token_key",
    "token_keys",
    "tokens",
    "variants",
]

# NOTE: keep in sync with _gazetteer's tokeniser: a token is letters/digits, with inner
# apostrophes ("ma'arat") kept inside it.
_TOKEN = regex.compile(r"[^\W_]+(?:'[^\W_]+)*")

ARTICLES = frozenset(
    "al el il ul l ad ed ar er as es ash esh az ez at et an en ath eth adh edh".split()
)

# Whole-token spellings of frequent name parts, unified before the letter rules.
_WORD_MAP: dict[str, str] = {}
for _canon, _spellings in (
    ("deir", "dayr der dair deyr dier deir dēr"),
    ("tell", "tal tel tall tell til"),
    ("jabal", "jabal jebel jbel jabel jebal djebel jbal jabl"),
    ("kafr", "kafr kfar kafar kafer kefr kfr kufr kefer"),
    ("ain", "ain ein ayn ayin aeen ein"),
    ("maarat", "maarat marat maarrat marrat maaret maret mearat"),
    ("ras", "ras raas rass"),
    ("abu", "abu abou abo"),
    ("sheikh", "sheikh shaykh sheik shaikh shekh cheikh chaikh sheykh"),
    ("rif", "rif reef rief"),
    ("bab", "bab"),
    ("wadi", "wadi wady ouadi"),
    ("khan", "khan kan"),
):
    for _s in _spellings.split():
        _WORD_MAP[_s] = _canon

_DIGRAPHS = (("dj", "j"), ("ch", "sh"), ("kh", "k"), ("ph", "f"), ("q", "k"), ("ck", "k"))
_VOWELS = frozenset("aeiou")
_IY = re.compile(r"(?<=i)y(?=[aeiou])")
# What token_key makes of "y" and "w" after a word's first letter, decided by the letters
# around them in the token, as one substitution by "a": "y" or "w" not between vowels reads
# as "a", except a "w" after a consonant and before a vowel, which stays and has an "a"
# written before it (the empty branch: Sweida / Suwayda).
_YW = re.compile(r"(?<=[^aeiou])(?:y|w(?![aeiou])|(?=w[aeiou]))|(?<=[aeiou])[yw](?![aeiou])")
# A character the next one repeats: removed, each run of one letter is one letter.
_REPEATED = re.compile(r"(.)(?=\1)", re.DOTALL)
_TO_A = str.maketrans("eiou", "aaaa")
# An article written onto its word: "alraqqa", "elbab", or assimilated "arraqqa", "ezzor".
_ATTACHED = regex.compile(r"^(?:[ae]l(?=[^\W\d_]{3})|[ae](sh|th|dh|[tdrszn])(?=\1[^\W\d_]{2}))")


def tokens(text: str) -> list[str]:
    """The word tokens of ``text``, folded, possessive ``'s`` and apostrophes removed.

    >>> tokens("Deir ez-Zor's Ma'arat")
    ['deir', 'ez', 'zor', 'maarat']
    """
    folded = fold(text)
    if "'" not in folded:
        return _TOKEN.findall(folded)
    out = []
    for tok in _TOKEN.findall(folded):
        if tok.endswith("'s") and len(tok) > 4:  # "Aleppo's", not "Ra's"
            tok = tok[:-2]
        out.append(tok.replace("'", ""))
    return out


def is_article(token: str) -> bool:
    """Whether a folded token is an Arabic article ("al", "ez", "ash", ...)."""
    return token in ARTICLES


@functools.lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """The canonical spelling of one folded, apostrophe-free token.

    >>> token_key("sweida"), token_key("suwayda"), token_key("hamah"), token_key("raqqa")
    ('sawada', 'sawada', 'hama', 'raka')
    """
    t = _WORD_MAP.get(token, token)
    for old, new in _DIGRAPHS:
        if old in t:
            t = t.replace(old, new)
    if "y" in t:
        t = _IY.sub("i", t)  # Salamiyeh / Salamieh / Salamia
        t = _YW.sub("a", t)
    elif "w" in t:
        t = _YW.sub("a", t)
    # Vowels and vowel runs are one "a", doubled letters one letter.
    t = _REPEATED.sub("", t.translate(_TO_A))
    if len(t) > 2 and t[-1] == "h" and t[-2] == "a":
        t = t[:-1]
    return t


@functools.lru_cache(maxsize=65536)
def token_keys(token: str) -> tuple[str, ...]:
    """The readings of one token: its key, then (if it has one) the key without an article
    written onto it, then the key without a possessive ``s`` that lost its apostrophe.

    >>> token_keys("ezzor")
    ('azar', 'zar')
    >>> token_keys("alraqqa")
    ('alraka', 'raka')
    """
    keys = [token_key(token)]
    m = _ATTACHED.match(token)
    if m is not None:
        rest = token_key(token[m.end() :])
        if rest not in keys:
            keys.append(rest)
    if len(token) >= 5 and token.endswith("s") and not token.endswith("ss"):
        bare = token_key(token[:-1])
        if bare not in keys:
            keys.append(bare)
    return tuple(keys)


def skeleton(name: str) -> str:
    """The skeleton key of a name: article-free token keys joined by spaces.

    >>> skeleton("Deir Ezzor") == skeleton("Deir ez-Zor") == skeleton("Deir al-Zor")
    True
    >>> skeleton("Al-Bab"), skeleton("Tal Abyad"), skeleton("Tell Abiad")
    ('bab', 'tal abad', 'tal abad')
    """
    return skeleton_of_tokens(tokens(name))


def skeleton_of_tokens(toks: list[str]) -> str:
    """:func:`skeleton` of a name already cut by :func:`tokens`."""
    return skeleton_of_core([t for t in toks if t not in ARTICLES])


def skeleton_of_core(parts: list[str]) -> str:
    """:func:`skeleton_of_tokens` of tokens with no article among them."""
    if len(parts) == 1:
        return token_key(parts[0])
    keys = []
    for i, t in enumerate(parts):
        # An article written onto a later word ("Deir Ezzor", "Tell Alabyad") is dropped; on
        # the first word only "al"/"el" in a longer name ("Alraqqa Gate"); "Aleppo" stays.
        m = None
        if i > 0 or (len(parts) > 1 and t.startswith(("al", "el"))):
            m = _ATTACHED.match(t)
        keys.append(token_key(t[m.end() :]) if m is not None else token_key(t))
    return " ".join(keys)


# Spelling alternatives for generating variants (tests, docs); each tuple is one choice.
_VARIANT_WORDS: dict[str, tuple[str, ...]] = {
    "deir": ("Deir", "Dayr", "Der", "Dair"),
    "tell": ("Tell", "Tal", "Tel"),
    "jabal": ("Jabal", "Jebel", "Jbel"),
    "ain": ("Ain", "Ein", "Ayn"),
    "kafr": ("Kafr", "Kfar", "Kafar"),
    "maarat": ("Maarat", "Marat", "Ma'arat"),
}
_VARIANT_LETTERS = (
    ("ou", "u"),
    ("u", "ou"),
    ("oo", "u"),
    ("ee", "i"),
    ("ie", "i"),
    ("i", "ee"),
    ("ei", "ai"),
    ("ai", "ay"),
    ("ay", "ey"),
    ("aa", "a"),
    ("q", "k"),
    ("kh", "kh"),
    ("eh", "a"),
    ("ah", "a"),
    ("a", "ah"),
    ("e", "eh"),
)
_ARTICLE_FORMS = ("al-{w}", "el-{w}", "al {w}", "Al{w}", "{w}")


def _letter_variants(word: str) -> Iterator[str]:
    yield word
    low = word.lower()
    for old, new in _VARIANT_LETTERS:
        i = low.find(old)
        if len(old) == 1 and old in "iu":
            # A lone long vowel between consonants: "Mayadin" / "Mayadeen", not "Cairo".
            near = low[max(0, i - 1) : i] + low[i + 1 : i + 2]
            if any(c in "aeiouy" for c in near):
                continue
        if i >= 0:
            changed = word[:i] + new + word[i + len(old) :]
            if old in ("eh", "ah", "a", "e") and i + len(old) != len(word):
                continue  # final-letter rules only at the end
            yield changed[0].upper() + changed[1:] if word[:1].isupper() else changed
    doubled = regex.sub(r"([bcdfgjklmnprstvz])\1", r"\1", word)
    if doubled != word:
        yield doubled


def variants(name: str, limit: int = 64) -> tuple[str, ...]:
    """Spellings of ``name`` a news writer might use, all with the same :func:`skeleton`.

    Used by tests to check the matcher; the matcher itself never explodes spellings.

    >>> v = variants("Deir ez-Zor")
    >>> "Dayr ez-Zor" in v and "Deir el-Zor" in v and "Der Zor" in v
    True
    >>> all(skeleton(x) == skeleton("Deir ez-Zor") for x in v)
    True
    """
    words = regex.split(r"[\s\-]+", name.strip())
    choices: list[list[str]] = []
    for i, w in enumerate(words):
        low = fold(w).replace("'", "")
        if low in ARTICLES:
            # An article before a name part: keep it, respell it, or drop it.
            choices.append([w + "-", w + " ", "al-", "el-", ""] if i + 1 < len(words) else [w])
            continue
        opts = list(_VARIANT_WORDS.get(_WORD_MAP.get(low, ""), ()))
        opts += [v for v in _letter_variants(w) if v not in opts]
        choices.append(opts)
    out: list[str] = []
    seen: set[str] = set()
    target = skeleton(name)
    for combo in itertools.product(*choices):
        text = ""
        for part in combo:
            if part:
                text += part if not text or text.endswith(("-", " ")) else " " + part
        if text and text not in seen and skeleton(text) == target:
            seen.add(text)
            out.append(text)
            if len(out) >= limit:
                break
    return tuple(out)
