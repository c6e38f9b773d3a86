"""Shared test setup: hypothesis profiles and the optional path to the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# CI draws the same examples on every run (derandomize): a run that fails can be run
# again to the same failure, and CI's verdict is the tree's, not the draw's. Local runs
# keep drawing new examples, and benchmarks/fuzz.py keeps mutating texts.
settings.register_profile(
    "ci",
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
settings.load_profile("ci" if os.environ.get("CI") else "default")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SYRIAEVENTS_SHARED", ROOT.parent / "shared"))
