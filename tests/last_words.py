"""The oracle of the searches that start from a window's last chunks (``_last_words`` in
_casualties): texts of words and gaps ending with a run of words each followed by whitespace,
and the check that such a search finds what a search of the whole window finds."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from hypothesis import strategies as st

from syriaevents import _casualties as cas

GAPS = [" ", "  ", "\n", " \n", ",", ", ", "(", "'", "-", ".", "\t", "\u00a0"]
SPACES = [" ", "  ", "\n", "\t", "\u00a0"]


def texts(
    words: Sequence[str], parts: int, run: int, tails: Sequence[str] = ("",)
) -> st.SearchStrategy[str]:
    """Up to ``parts`` words with any gaps, then up to ``run`` words each followed by
    whitespace, then one of ``tails``; led by nothing, a space or a bracket."""
    return st.builds(
        lambda lead, head, body, tail: lead + "".join(w + g for w, g in head + body) + tail,
        st.sampled_from(["", " ", "("]),
        st.lists(st.tuples(st.sampled_from(words), st.sampled_from(GAPS)), max_size=parts),
        st.lists(st.tuples(st.sampled_from(words), st.sampled_from(SPACES)), max_size=run),
        st.sampled_from(list(tails)),
    )


def check_narrowed_search(
    search: Callable[[str, int, int], re.Match[str] | None],
    text: str,
    pos: int,
    end: int,
    chunks: int,
) -> None:
    """``search`` (a pattern's, by text, start and end) from the whitespace before the last
    ``chunks`` chunks of ``text[pos:end]`` finds the match (span and groups) a search of the
    whole window finds."""
    lo = cas._last_words(text, pos, end, chunks)
    assert pos <= lo <= end
    whole = search(text, pos, end)
    narrowed = search(text, lo, end)
    assert (whole and (whole.span(), whole.groups())) == (
        narrowed and (narrowed.span(), narrowed.groups())
    )
