"""A short, deterministic meeting summary line (no model needed)."""

from __future__ import annotations

from collections import Counter

from assistant.skills.actions import ActionItem
from assistant.skills.transcript import Turn, speakers


def meeting_summary(turns: list[Turn], items: list[ActionItem]) -> str:
    people = speakers(turns)
    owners = Counter(i.owner or "unassigned" for i in items)
    who = ", ".join(f"{name} {n}" for name, n in owners.most_common())
    dated = sorted(i.due for i in items if i.due)
    parts = [
        f"{len(people)} speaker{'s' if len(people) != 1 else ''}, {len(turns)} lines",
        f"{len(items)} action item{'s' if len(items) != 1 else ''}" + (f" ({who})" if items else ""),
    ]
    if dated:
        parts.append(f"{len(dated)} with a due date, the first on {dated[0]}")
    return "; ".join(parts) + "."
