"""A short, deterministic meeting summary line (no model needed)."""

from __future__ import annotations

from collections import Counter

from assistant.skills.actions import Extraction


def meeting_summary(result: Extraction) -> str:
    """One line: who spoke, how much, how many action items for whom, the first due date."""
    people, items, n_lines = result.speakers, result.action_items, result.turns
    owners = Counter(i.owner or "unassigned" for i in items)
    who = ", ".join(f"{name} {n}" for name, n in owners.most_common())
    dated = sorted(i.due for i in items if i.due)
    parts = [
        f"{len(people)} speaker{'s' if len(people) != 1 else ''}, {n_lines} lines",
        f"{len(items)} action item{'s' if len(items) != 1 else ''}" + (f" ({who})" if items else ""),
    ]
    if dated:
        parts.append(f"{len(dated)} with a due date, the first on {dated[0]}")
    return "; ".join(parts) + "."
