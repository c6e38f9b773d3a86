"""Snapshot every record parse_article gives over the corpus, and compare with a saved one.

python benchmarks/snapshot.py save FILE [--corpus DIR]
python benchmarks/snapshot.py compare FILE [--corpus DIR]

For speed work, whose output must not change: save a snapshot before, compare after each
step ("differences: 0"). The inputs are the fakes-dev articles with and without their
titles, the ACLED notes and the seed articles, then for every third of them a lower-case,
an upper-case and a comma-and-apostrophe-stripped copy and a random 700-character window
(fixed seed); the first 300 also go through parse_articles in one call.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

from _corpus import DEFAULT_CORPUS, load_csv

import syriaevents as se

Input = tuple[str, str | None]


def inputs(corpus: Path) -> list[Input] | None:
    fakes = load_csv(corpus, "fakes-dev.csv")
    acled = load_csv(corpus, "acled-dev.csv")
    if fakes is None or acled is None:
        return None
    items: list[Input] = []
    for row in fakes:
        items.append((row["article_content"], None))
        items.append((row["article_content"], row["article_title"]))
    items.extend((row["notes"], None) for row in acled)
    items.extend((p.read_text(encoding="utf-8"), None) for p in sorted(corpus.glob("seeds/*.txt")))
    rng = random.Random(11)
    for text, _ in items[::3]:
        at = rng.randint(0, len(text))
        items.extend(
            (variant, None)
            for variant in (
                text.lower(),
                text.upper(),
                text.replace(",", "").replace("'", ""),
                text[at : at + 700],
            )
        )
    return items


def snapshot(items: list[Input]) -> dict[str, list[Any]]:
    single = [se.parse_article(text, title=title).to_dict() for text, title in items]
    batch = [
        a.to_dict() for a in se.parse_articles([{"text": t, "title": ti} for t, ti in items[:300]])
    ]
    # Through JSON, so that a snapshot read back compares equal to a fresh one.
    loaded: dict[str, list[Any]] = json.loads(
        json.dumps({"single": single, "batch": batch}, default=str)
    )
    return loaded


def compare(old: dict[str, list[Any]], new: dict[str, list[Any]], shown: int = 5) -> int:
    """Print the first differing records; return how many articles differ."""
    bad = 0
    for key in ("single", "batch"):
        if len(old[key]) != len(new[key]):
            print(f"{key}: {len(old[key])} articles saved, {len(new[key])} now")
            bad += 1
        for i, (a, b) in enumerate(zip(old[key], new[key], strict=False)):
            if a == b:
                continue
            bad += 1
            if bad <= shown:
                print(f"DIFF {key} #{i}: {str(a.get('text'))[:80]!r}")
                for field in a:
                    if a[field] != b.get(field):
                        print(f"  {field}")
                        print(f"    old {str(a[field])[:300]}\n    new {str(b[field])[:300]}")
    total = len(old["single"]) + len(old["batch"])
    print(f"differences: {bad} of {total}")
    return bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("save", "compare"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    items = inputs(args.corpus)
    if items is None:
        return 0
    now = snapshot(items)
    if args.command == "save":
        args.file.write_text(json.dumps(now), encoding="utf-8")
        print(f"{len(now['single'])} + {len(now['batch'])} articles saved to {args.file}")
        return 0
    old = json.loads(args.file.read_text(encoding="utf-8"))
    return 1 if compare(old, now) else 0


if __name__ == "__main__":
    sys.exit(main())
