"""To-do views: grouping by when they are due, and "Plan my day".

The plan is deterministic first (deadlines, then times, then priority), so it
works without a model; a model may reorder with a one-line reason each, but
only among today's items, and a user's own ordering always wins.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from assistant.llm.base import Generator, Request, TokenCallback

Row = dict[str, Any]

GROUPS = ("Overdue", "Today", "Upcoming", "Someday")


def due_date(row: Row) -> date | None:
    due = row.get("due")
    if not due:
        return None
    try:
        return date.fromisoformat(str(due)[:10])
    except ValueError:
        return None


def group_todos(rows: list[Row], today: date) -> dict[str, list[Row]]:
    """Open to-dos by Overdue / Today / Upcoming / Someday, each in due order."""
    groups: dict[str, list[Row]] = {g: [] for g in GROUPS}
    for row in rows:
        day = due_date(row)
        if day is None:
            groups["Someday"].append(row)
        elif day < today:
            groups["Overdue"].append(row)
        elif day == today:
            groups["Today"].append(row)
        else:
            groups["Upcoming"].append(row)
    return groups


@dataclass
class PlanItem:
    todo_id: int
    title: str
    reason: str


def _reason(row: Row, today: date) -> str:
    day = due_date(row)
    due = str(row.get("due") or "")
    if day is not None and day < today:
        n = (today - day).days
        return f"overdue by {n} day{'s' if n != 1 else ''} — catch up first"
    if "T" in due:
        return f"deadline at {datetime.fromisoformat(due).strftime('%H:%M')} — deadline first"
    if day == today:
        return "due today"
    if int(row.get("priority") or 2) <= 1:
        return "high priority"
    return "no deadline today — fit it in"


def plan_day(rows: list[Row], today: date) -> list[PlanItem]:
    """Today's plan without a model: overdue, then timed deadlines, then due today, then priority.

    Rows with a user-set ``position`` keep that order (a drag in the app wins).
    """
    candidates = [r for r in rows if (d := due_date(r)) is None or d <= today]

    def key(r: Row) -> tuple[Any, ...]:
        day = due_date(r)
        due = str(r.get("due") or "")
        has_time = "T" in due
        if r.get("position") is not None:
            return (0, float(r["position"]), 0, "", 0)
        bucket = 1 if day is not None and day < today else 2 if has_time else 3 if day == today else 4
        return (bucket, 0.0, int(r.get("priority") or 2), due, int(r["id"]))

    return [PlanItem(int(r["id"]), str(r["title"]), _reason(r, today)) for r in sorted(candidates, key=key)]


PLAN_SYSTEM = (
    "You order a person's to-dos for today. Deadlines come first, then what is overdue, then the "
    "rest by importance. For each item give its id and a short reason (under 10 words)."
)


def plan_day_with_model(
    generator: Generator, rows: list[Row], today: date, cancel: threading.Event | None = None
) -> list[PlanItem]:
    """Let the model reorder today's plan; any invalid answer falls back to :func:`plan_day`."""
    base = plan_day(rows, today)
    if len(base) < 2 or any(r.get("position") is not None for r in rows):
        return base
    ids = [p.todo_id for p in base]
    listing = "\n".join(f"{p.todo_id}: {p.title} ({p.reason})" for p in base)
    schema = {
        "type": "object",
        "properties": {
            "plan": {
                "type": "array",
                "minItems": len(ids),
                "maxItems": len(ids),
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer", "enum": ids},
                        "reason": {"type": "string", "maxLength": 60},
                    },
                    "required": ["id", "reason"],
                },
            }
        },
        "required": ["plan"],
    }
    res = generator.generate(
        Request.chat(
            [
                {"role": "system", "content": PLAN_SYSTEM},
                {"role": "user", "content": f"Today's to-dos:\n{listing}"},
            ],
            schema=schema,
            max_tokens=40 * len(ids) + 20,
            temperature=0.0,
            skill="plan",
        ),
        cancel=cancel,
    )
    if not res.ok:
        return base
    order = [item["id"] for item in res.data["plan"]]
    if sorted(order) != sorted(ids):
        return base  # a duplicate or a missing item: not a plan
    titles = {p.todo_id: p.title for p in base}
    reasons = {item["id"]: item["reason"].strip() or "" for item in res.data["plan"]}
    fallback = {p.todo_id: p.reason for p in base}
    # Deadlines stay first whatever the model says: only the untimed rest may be reordered.
    fixed = [p for p in base if "deadline" in p.reason or "overdue" in p.reason]
    rest = [i for i in order if i not in {p.todo_id for p in fixed}]
    return fixed + [PlanItem(i, titles[i], reasons[i] or fallback[i]) for i in rest]


@dataclass
class Plan:
    """Today's plan and the line that says how it was made."""

    items: list[PlanItem]
    label: str


def plan_today(
    generator: Generator | None,
    rows: list[Row],
    today: date,
    on_token: TokenCallback | None = None,
    cancel: threading.Event | None = None,
) -> Plan:
    """The one entry point for "Plan my day": the model's order where there is one, else
    deadlines first (an invalid model answer also falls back, inside :func:`plan_day_with_model`)."""
    del on_token  # the plan is one JSON answer: nothing worth streaming
    if generator is None:
        return Plan(plan_day(rows, today), "Today's plan (no model: deadlines first)")
    return Plan(plan_day_with_model(generator, rows, today, cancel), "Today's plan")


def plan_after_failure(rows: list[Row], today: date) -> Plan:
    """What "Plan my day" shows when the model job failed or was stopped."""
    return Plan(plan_day(rows, today), "Today's plan (the model was unavailable: deadlines first)")
