"""Shared corpus access for the benchmarks: paths, CSV loading, the absent-corpus message."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def load_csv(corpus: Path, name: str) -> list[dict[str, str]] | None:
    """The rows of corpus/name, or None (after saying so) when the file is absent."""
    path = corpus / name
    if not path.is_file():
        print(f"corpus file {path} is absent: nothing to measure (pass --corpus DIR)")
        return None
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
