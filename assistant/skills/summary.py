"""Meeting summary lines for ``actions --json``'s ``summary`` field.

:func:`meeting_tldr` is the TL;DR of :mod:`assistant.skills.summarize` (key
points chosen from the transcript, the action items by owner);
:func:`meeting_summary` is the older one-line count, kept for callers that
want only the numbers.
"""

from __future__ import annotations

from collections import Counter

from assistant.errors import InputError
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


def meeting_tldr(text: str, extraction: Extraction) -> str:
    """The 2-3 sentence TL;DR of a meeting, reusing ``extraction``'s action items (no second run).

    Falls back to :func:`meeting_summary` when the text has too little to summarise.
    """
    from assistant.skills.summarize import summarize

    try:
        summary = summarize(text, kind="meeting", action_items=extraction.action_items)
    except InputError:
        return meeting_summary(extraction)
    return summary.tldr or meeting_summary(extraction)
