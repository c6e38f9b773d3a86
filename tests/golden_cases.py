"""Golden cases: JSON Lines files under tests/golden/, one case a line.

A key written twice in one case is an error, not a silent overwrite (as quantulum3 does).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    if repeated:
        raise ValueError(f"duplicate keys {repeated} in a golden case")
    return dict(pairs)


def load_golden(name: str) -> list[dict[str, Any]]:
    """The cases of tests/golden/``name``, in file order."""
    with (GOLDEN_DIR / name).open(encoding="utf-8") as handle:
        return [
            json.loads(line, object_pairs_hook=_refuse_duplicates)
            for line in handle
            if line.strip()
        ]
