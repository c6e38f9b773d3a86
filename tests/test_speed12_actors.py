"""Session 10 (act12): the actor matcher's records are shared and hold no lists."""

from __future__ import annotations

import gc

import attrs

from syriaevents import _actors as ac


def test_shared_records_keep_what_each_name_means() -> None:
    """_shared only replaces a name's record by an equal one: every field reads the same."""
    a = ac._Key(targets=(1,), mode=ac._MODE_NAME, masks=None, plain=True)
    b = ac._Key(targets=(1,), mode=ac._MODE_NAME, masks=None, plain=True)
    c = ac._Key(targets=(1,), mode=ac._MODE_DESCRIPTOR, masks=((0, 1),))
    d = ac._Key(targets=(1,), mode=ac._MODE_DESCRIPTOR, masks=((0, 1),))
    keys = {"x": a, "y": b, "z": c}
    owners = {"w": d}
    want = {k: attrs.astuple(v) for k, v in [*keys.items(), *owners.items()]}
    ac._shared(keys, owners)
    assert {k: attrs.astuple(v) for k, v in [*keys.items(), *owners.items()]} == want
    assert keys["x"] is keys["y"]
    assert owners["w"] is keys["z"]
    assert keys["x"] is not keys["z"]


def test_matcher_records_are_few_and_hold_no_tracked_objects() -> None:
    m = ac._matcher()
    records = {id(info): info for info in [*m.keys.values(), *m.owners.values()]}
    assert len(records) * 5 < len(m.keys)
    gc.collect()  # a tuple of untracked items is untracked at its first collection
    for info in records.values():
        assert isinstance(info.targets, tuple)
        assert not gc.is_tracked(info.targets)
        assert info.masks is None or not gc.is_tracked(info.masks)
