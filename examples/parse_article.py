"""Parse the example article and print what syriaevents read, with the words behind it.

Run from the repository root: python examples/parse_article.py
"""

from __future__ import annotations

from pathlib import Path

import syriaevents as se

text = (Path(__file__).parent / "article.txt").read_text(encoding="utf-8")
article = se.parse_article(text, published="2018-02-05")

summary = article.summary
print("main place:", summary.location.place.name if summary.location else None, summary.governorate)
print("perpetrator:", summary.perpetrator.name if summary.perpetrator else None)
print("cause:", summary.cause, "date:", summary.date.start if summary.date else None)
print(
    f"killed: {summary.civilians_killed} civilians ({summary.children_killed} children, "
    f"{summary.women_killed} women), {summary.combatants_killed} combatants; "
    f"{summary.wounded} wounded"
)
for report in article.casualties:
    assert text[report.span.start : report.span.end] == report.surface
    print(f"  {report.status}: {report.count.surface!r} {report.victims} <- {report.surface!r}")
