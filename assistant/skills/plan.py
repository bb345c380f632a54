"""Plan my day: a deterministic ranking; the model may only add one-line reasons.

Order: overdue (oldest deadline first), due today (timed ones by time, then
untimed), then the rest (undated); inside each group by priority (1 = high),
then age (oldest first).  Future-dated to-dos are left out.  A reason the model
writes is shown only when it names its own task and no other one.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from assistant.llm.base import Engine, Request, TokenCallback
from assistant.skills.factcheck import content_words

log = logging.getLogger("daybreak.plan")

Row = dict[str, Any]

OVERDUE, TODAY, ANYTIME = 0, 1, 2
BUCKET_NAMES = {OVERDUE: "overdue", TODAY: "today", ANYTIME: "anytime"}


@dataclass
class Planned:
    todo_id: int
    title: str
    bucket: int
    why: str  # the deterministic reason ("overdue by 2 days", "due today at 14:00", …)
    reason: str = ""  # a checked model reason, or ""

    def as_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["bucket"] = BUCKET_NAMES[self.bucket]
        return d


def _due(row: Row) -> tuple[date | None, str]:
    raw = str(row.get("due") or "")
    if not raw:
        return None, ""
    try:
        day = date.fromisoformat(raw[:10])
    except ValueError:
        return None, ""
    clock = ""
    if "T" in raw or " " in raw.strip():
        try:
            clock = datetime.fromisoformat(raw).strftime("%H:%M")
        except ValueError:
            clock = ""
    return day, clock


def _priority(row: Row) -> int:
    try:
        return int(row.get("priority") or 2)
    except (TypeError, ValueError):
        return 2


def sort_key(row: Row, today: date) -> tuple[Any, ...]:
    day, clock = _due(row)
    if day is not None and day < today:
        bucket = OVERDUE
    elif day == today:
        bucket = TODAY
    else:
        bucket = ANYTIME
    inner: tuple[Any, ...] = ()
    if bucket == OVERDUE:
        inner = (day.isoformat() if day else "", clock or "99:99")
    elif bucket == TODAY:
        inner = ("", clock or "99:99")
    else:
        inner = ("", "")
    return (bucket, *inner, _priority(row), str(row.get("created") or ""), int(row.get("id") or 0))


def _why(row: Row, today: date) -> tuple[int, str]:
    day, clock = _due(row)
    if day is not None and day < today:
        n = (today - day).days
        return OVERDUE, f"overdue by {n} day{'s' if n != 1 else ''}"
    if day == today:
        return TODAY, f"due today at {clock}" if clock else "due today"
    p = _priority(row)
    return ANYTIME, "high priority" if p <= 1 else "no deadline"


def rank(rows: list[Row], today: date) -> list[Planned]:
    """Open to-dos for today, in plan order (see the module docstring)."""
    open_rows = [r for r in rows if str(r.get("status") or "open") == "open"]
    candidates = [r for r in open_rows if (d := _due(r)[0]) is None or d <= today]
    out = []
    for r in sorted(candidates, key=lambda r: sort_key(r, today)):
        bucket, why = _why(r, today)
        out.append(Planned(int(r["id"]), str(r["title"]), bucket, why))
    return out


REASON_SYSTEM = "For each to-do, write one short line (under 12 words) saying why it matters today."


def reason_ok(reason: str, own: str, others: list[str]) -> bool:
    """One line that names its own task (a content word of its title) and no other task's words."""
    if not reason.strip() or "\n" in reason.strip() or len(reason) > 100:
        return False
    words = set(content_words(reason))
    own_words = set(content_words(own))
    if not own_words & words:
        return False
    other_words = set().union(*(set(content_words(o)) for o in others)) - own_words if others else set()
    return not (other_words & words)


def plan(
    generator: Engine | None,
    rows: list[Row],
    on_token: TokenCallback | None = None,
    cancel: threading.Event | None = None,
    *,
    today: date | None = None,
) -> list[Planned]:
    """The ranking, with model reasons where they pass :func:`reason_ok`."""
    today = today or date.today()
    items = rank(rows, today)
    if generator is None or not items:
        return items
    shown = items[:12]
    ids = [p.todo_id for p in shown]
    schema = {
        "type": "object",
        "properties": {
            "reasons": {
                "type": "array",
                "maxItems": len(ids),
                "items": {
                    "type": "object",
                    "properties": {"id": {"enum": ids}, "reason": {"type": "string", "maxLength": 100}},
                    "required": ["id", "reason"],
                },
            }
        },
        "required": ["reasons"],
    }
    listing = "\n".join(f"{p.todo_id}: {p.title} ({p.why})" for p in shown)
    res = generator.generate(
        Request.chat(
            [{"role": "system", "content": REASON_SYSTEM}, {"role": "user", "content": listing}],
            schema=schema,
            max_tokens=30 * len(ids) + 20,
            temperature=0.2,
            skill="plan_reasons",
        ),
        on_token=on_token,
        cancel=cancel,
    )
    if not res.ok:
        log.info("plan reasons: %s", res.error)
        return items
    titles = {p.todo_id: p.title for p in shown}
    for entry in res.data["reasons"]:
        item = next((p for p in shown if p.todo_id == entry["id"]), None)
        if item is None or item.reason:
            continue
        others = [t for i, t in titles.items() if i != item.todo_id]
        text = " ".join(str(entry["reason"]).split())
        if reason_ok(text, item.title, others):
            item.reason = text
    return items
