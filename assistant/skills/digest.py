"""The morning digest: decided by plain queries, so it arrives even with no model.

The model (when there is one, and within a time limit) only writes a short
friendly opening; everything else is facts from the store.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from assistant.llm.base import Engine, Request
from assistant.skills.todos import due_date, plan_day
from assistant.store import Store, records

Row = dict[str, Any]
OPENING_TIME_LIMIT_S = 20.0


@dataclass
class DigestData:
    run_date: str
    catch_up: bool
    overdue: list[Row] = field(default_factory=list)
    due_today: list[Row] = field(default_factory=list)
    priorities: list[dict[str, Any]] = field(default_factory=list)
    new_action_items: list[Row] = field(default_factory=list)
    reminders_today: list[Row] = field(default_factory=list)
    next_three_days: list[Row] = field(default_factory=list)
    overdue_total: int = 0
    opening: str = ""
    #: "Good morning" / "Good afternoon" / "Good evening": the time of day it is made.
    greeting: str = "Good morning"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _slim(row: Row, *keys: str) -> Row:
    return {k: row.get(k) for k in ("id", "title", "due", "priority", "tags", *keys)}


#: Long lists are cut in the digest; the count of the rest is shown.
MAX_LISTED = 20


def collect(
    store: Store,
    today: date,
    *,
    since: str | None,
    catch_up: bool,
    after_id: int | None = None,
    tz: tzinfo | None = None,
) -> DigestData:
    """Everything the digest says, from indexed queries alone (fast at 100k to-dos)."""
    day = today.isoformat()
    tomorrow = (today + timedelta(days=1)).isoformat()
    horizon = (today + timedelta(days=4)).isoformat()
    data = DigestData(run_date=day, catch_up=catch_up)
    overdue = records.open_todos_due_between(store, None, day, limit=MAX_LISTED)
    data.overdue_total = records.count_open_todos_due_before(store, day)
    data.overdue = [{**_slim(r), "days_overdue": (today - d).days} for r in overdue if (d := due_date(r))]
    due_today = records.open_todos_due_between(store, day, tomorrow)
    data.due_today = [_slim(r) for r in due_today]
    data.next_three_days = [_slim(r) for r in records.open_todos_due_between(store, tomorrow, horizon)]
    # Time-bound first, then by time, then the rest of today.
    data.due_today.sort(key=lambda r: ("T" not in str(r["due"]), str(r["due"]), r["priority"] or 2))
    candidates = overdue + due_today + records.open_undated_todos(store, 5)
    data.priorities = [
        {"id": p.todo_id, "title": p.title, "reason": p.reason} for p in plan_day(candidates, today)[:5]
    ]
    data.new_action_items = records.action_items_since(store, since, after_id)
    # The day and the times shown are those of the zone the digest is made in (``tz``,
    # default this computer's), whatever zone each reminder was set in.
    naive = datetime.combine(today, datetime.min.time())
    start = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    reminders = records.reminders_between(store, start, start + timedelta(days=1))
    data.reminders_today = [
        {**r, "local": datetime.fromisoformat(r["at"]).astimezone(start.tzinfo).strftime("%H:%M")}
        for r in reminders
    ]
    return data


def greeting_for(hour: int) -> str:
    """The greeting for the local hour the digest is made at (a digest may be set for 18:00)."""
    if 5 <= hour < 12:
        return "Good morning"
    if 12 <= hour < 18:
        return "Good afternoon"
    return "Good evening"


def default_opening(data: DigestData) -> str:
    n_today, n_over = len(data.due_today), max(data.overdue_total, len(data.overdue))
    hello = data.greeting or "Good morning"
    if not n_today and not n_over:
        return f"{hello}! Nothing is due today — a good day to get ahead."
    parts = []
    if n_today:
        parts.append(f"{n_today} thing{'s' if n_today != 1 else ''} due today")
    if n_over:
        parts.append(f"{n_over} overdue")
    return f"{hello}! You have {' and '.join(parts)}."


# What a model's opening may say beyond the digest's own words: greetings, the counting
# words of the plain opening, and plain encouragement.  Anything else must come from the
# digest (its to-do titles and the plain opening), so a to-do title or a model's template
# cannot make the opening say something the digest does not ("call +1-555…", "your
# account is locked", "send me your password").
_STOCK_WORDS = frozenset(
    """
    a an the and or but so to of for on in at by with as is are be it its it's this that these
    those there here you you're your yours we we're our let's lets get got go going ready set
    good morning afternoon evening day today today's tonight hello hi hey
    have has had having thing things item items task tasks to-do to-dos todo todos list due
    overdue waiting left remaining plus also just only one two three four five six seven eight
    nine ten no nothing none all every some few many more most much lot lots of plenty first
    next then start started starting time ahead keep up catch catching focus focused tackle
    tackling work working handle handling finish finishing done wrap great nice wonderful
    happy productive smooth busy full light easy calm fresh bright new big small quick
    make it's make let do doing can will would could should might may need needs take
    hope enjoy luck best warm wishes cheers ☀️ !
    """.split()
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_LINK = re.compile(r"(?i)\b(?:https?://|www\.|[a-z0-9-]+\.(?:com|org|net|io|ly|co|me|info|biz|app|dev)\b)|@")
_PHONE = re.compile(r"\+?\d[\d\s().-]{5,}\d")
_GREETINGS = {
    "morning": "Good morning",
    "afternoon": "Good afternoon",
    "evening": "Good evening",
    "night": "-",
}


def _words(text: str) -> set[str]:
    return {w.lower().strip("'’-") for w in _WORD.findall(text)}


def grounded_opening(text: str, data: DigestData) -> str | None:
    """``text`` if it only restates the digest, else ``None`` (then the plain opening is used).

    Refused: links, e-mail addresses, phone numbers and long digit runs; a number that is
    not one of the digest's counts; a greeting for another time of day; any word that is
    neither in the digest (titles, the plain opening) nor plain encouragement.
    """
    if _LINK.search(text) or _PHONE.search(text):
        return None
    rows = data.overdue + data.due_today + data.next_three_days + data.new_action_items
    # Numbers: the counts, and the digits of the due dates and times the digest lists.
    numbers = {str(len(data.due_today)), str(max(data.overdue_total, len(data.overdue)))}
    numbers |= set(re.findall(r"\d+", " ".join(str(r.get("due") or "") for r in rows)))
    numbers |= {n.lstrip("0") or "0" for n in numbers}
    if any(n not in numbers for n in re.findall(r"\d+", text)):
        return None
    words = _words(text)
    for word, greeting in _GREETINGS.items():
        if word in words and greeting != data.greeting:
            return None
    titles = " ".join(str(r.get("title") or r.get("task") or "") for r in rows)
    allowed = _STOCK_WORDS | _words(titles) | _words(default_opening(data))
    if words - allowed:
        return None
    return text


def model_opening(generator: Engine, data: DigestData, time_limit_s: float | None = None) -> str | None:
    """One or two friendly sentences from the model, or ``None`` if it is slow, fails, or
    says anything the digest does not (:func:`grounded_opening`)."""
    if time_limit_s is None:
        time_limit_s = OPENING_TIME_LIMIT_S
    facts = default_opening(data)
    titles = ", ".join(t["title"] for t in (data.overdue + data.due_today)[:5])
    cancel = threading.Event()
    timer = threading.Timer(time_limit_s, cancel.set)
    timer.start()
    try:
        res = generator.generate(
            Request.chat(
                [
                    {
                        "role": "system",
                        "content": "Write a short, warm line (max 2 sentences) for a to-do digest, "
                        f"starting with '{data.greeting}'. Use only the facts given.",
                    },
                    {"role": "user", "content": f"{facts} Items: {titles or 'none'}."},
                ],
                max_tokens=60,
                temperature=0.5,
                skill="digest_opening",
                time_limit_s=time_limit_s + 5,
            ),
            cancel=cancel,
        )
    finally:
        timer.cancel()
    text = " ".join(res.text.split())
    if not res.ok or len(text) < 10 or len(text) > 300:
        return None
    return grounded_opening(text, data)


def render(data: DigestData) -> str:
    """The digest as Markdown (also what the notification and the pane show)."""
    d = date.fromisoformat(data.run_date)
    title = f"# Daybreak digest — {d.strftime('%A %d %B %Y')}"
    lines = [title, ""]
    if data.catch_up:
        lines += ["*Catch-up digest: Daybreak was not running at the digest time.*", ""]
    lines += [data.opening or default_opening(data), ""]

    def when(row: Row) -> str:
        due = str(row.get("due") or "")
        return f" at {due[11:16]}" if "T" in due else ""

    def capped(lines: list[str]) -> list[str]:
        if len(lines) <= MAX_LISTED:
            return lines
        return [*lines[:MAX_LISTED], f"- … and {len(lines) - MAX_LISTED} more (see To-dos)"]

    sections: list[tuple[str, list[str]]] = [
        (
            "Overdue",
            [
                f"- {r['title']} — {r['days_overdue']} day{'s' if r['days_overdue'] != 1 else ''} overdue"
                for r in data.overdue
            ]
            + (
                [f"- … and {data.overdue_total - len(data.overdue)} more overdue (see To-dos)"]
                if data.overdue_total > len(data.overdue)
                else []
            ),
        ),
        ("Due today", [f"- {r['title']}{when(r)}" for r in data.due_today]),
        ("Top priorities", [f"{n}. {p['title']} — {p['reason']}" for n, p in enumerate(data.priorities, 1)]),
        (
            "Reminders today",
            [
                f"- {r.get('local') or records.local_time(r['at']).strftime('%H:%M')} {r['text']}"
                for r in data.reminders_today
            ],
        ),
        (
            "New from meetings",
            [
                f"- {a['task']}"
                + (f" ({a['owner']})" if a.get("owner") else "")
                + (f", due {a['due']}" if a.get("due") else "")
                for a in data.new_action_items
            ],
        ),
        ("Next 3 days", [f"- {r['due'][:10]} {r['title']}{when(r)}" for r in data.next_three_days]),
    ]
    for name, items in sections:
        if items:
            lines += [f"## {name}", "", *capped(items), ""]
    return "\n".join(lines).rstrip() + "\n"


def to_json(data: DigestData) -> str:
    return json.dumps(data.as_dict(), ensure_ascii=False)
