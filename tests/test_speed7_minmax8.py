"""Fast paths of session 7 (minmax8) give what the plain code gives.

The place scanner hands the walk after an article the words the capital-word pass already
read (``ahead`` of ``Gazetteer._run``); without them the walk reads the same words with its
pattern. Both ways must find the same places, with the memos cold and warm.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from syriaevents import _gazetteer as gz
from syriaevents import find_places

_PHRASES = [
    "Jets struck al-Bab and Deir ez-Zor on Monday.",
    "Shelling hit Ras al-Ain, Tal Abyad and al Mayadin countryside.",
    "Clashes in Kafr al-Sous and as-Suwayda left five dead.",
    "Fighters entered Jisr al-Shughur's centre near Al Qusayr.",
    "The army took al-Tabqa, Al-Raqqa and el-Hasakeh.",
    "Rebels shelled Ain al-Arab - Kobani from ash-Shaddadi.",
]
_WORDS = [
    "al",
    "Al",
    "el",
    "as",
    "ash",
    "Bab",
    "Raqqa",
    "Shughur",
    "Jisr",
    "Ain",
    "Arab",
    "Ras",
    "Deir",
    "ez",
    "Zor",
    "Hasakeh",
    "village",
    "town",
    "the",
    "Tal",
    "Abyad",
]
_SEPARATORS = [" ", "-", " -", " - ", "'s ", ", ", ". ", "  "]


def _plain(monkeypatch: pytest.MonkeyPatch, text: str) -> Any:
    run = gz.Gazetteer._run

    def without_ahead(self: gz.Gazetteer, *args: Any) -> Any:
        return run(self, *args[:4])  # the words after the article read by the pattern

    with monkeypatch.context() as m:
        m.setattr(gz.Gazetteer, "_run", without_ahead)
        return find_places(text)


def _check(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    gz.gazetteer()._runs.clear()
    cold = find_places(text)
    assert cold == find_places(text) == _plain(monkeypatch, text)


@pytest.mark.parametrize("text", _PHRASES)
def test_article_walk_with_words_ahead(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    _check(monkeypatch, text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=8))
def test_article_walk_with_words_ahead_generated(parts: list[tuple[str, str]]) -> None:
    text = "".join(w + s for w, s in parts)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _check(monkeypatch, text)
