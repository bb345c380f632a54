"""To-do views: grouping by when they are due, and "Plan my day".

The plan is deterministic first (deadlines, then times, then priority), so it
works without a model; a model may reorder with a one-line reason each, but
only among today's items, and a user's own ordering always wins.
"""

from __future__ import annotations

import calendar
import re
import threading
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from assistant.llm.base import Engine, Request, TokenCallback
from assistant.skills.dates import parse_quick_add, strip_span

Row = dict[str, Any]

GROUPS = ("Overdue", "Today", "Upcoming", "Someday", "Waiting for")


def due_date(row: Row) -> date | None:
    due = row.get("due")
    if not due:
        return None
    try:
        return date.fromisoformat(str(due)[:10])
    except ValueError:
        return None


def is_mine(owner: str | None, me: Collection[str] = ()) -> bool:
    """Whether a to-do's owner is the user: no owner, "me"/"I", or one of the user's names."""
    if not owner or not owner.strip():
        return True
    name = " ".join(owner.split()).casefold()
    return name in {"me", "i", "myself"} or name in {" ".join(m.split()).casefold() for m in me}


def group_todos(rows: list[Row], today: date, me: Collection[str] = ()) -> dict[str, list[Row]]:
    """Open to-dos by Overdue / Today / Upcoming / Someday, each in due order; items owned by
    someone else (from meetings) go to "Waiting for" whatever their date."""
    groups: dict[str, list[Row]] = {g: [] for g in GROUPS}
    for row in rows:
        day = due_date(row)
        if not is_mine(row.get("owner"), me):
            groups["Waiting for"].append(row)
        elif day is None:
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
    generator: Engine, rows: list[Row], today: date, cancel: threading.Event | None = None
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
    generator: Engine | None,
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


# -- quick-add: priority, recurrence, tags on top of the date phrases --------------------------

#: 1 is the most urgent; 4 means "no priority given" (Todoist's p1-p4).
DEFAULT_PRIORITY = 4

_PRIORITY = re.compile(r"(?<![\w!])(?:p(?P<p>[1-4])|(?P<bang>!{1,3}))(?![\w!])", re.I)
_WD_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EVERY = re.compile(
    r"\b(?:every|each)\s+(?:"
    r"(?P<weekday>weekday|work\s*day|business\s+day)s?"
    r"|(?P<wd>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?"
    r"(?:\s*(?:,|and|&)\s*(?P<wd2>mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?)*"
    r"|(?:(?P<n>\d{1,3}|other|two|three|four)\s+)?(?P<unit>day|week|month|year)s?"
    r"(?:\s+on\s+the\s+(?P<dom>\d{1,2})(?:st|nd|rd|th)?)?"
    r")\b"
    r"|\b(?P<adverb>daily|weekly|monthly|yearly|annually)\b"
    r"(?:\s+on\s+the\s+(?P<dom2>\d{1,2})(?:st|nd|rd|th)?)?",
    re.I,
)
_WORD_N = {"other": 2, "two": 2, "three": 3, "four": 4}
_WD_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


@dataclass(frozen=True)
class Recurrence:
    """How a to-do repeats: ``unit`` in days/weeks/months/years/weekdays, every ``interval``.

    ``weekdays`` is a tuple of Monday=0 days for weekly rules ("every Sunday", "every Mon and
    Thu"); ``day_of_month`` pins monthly rules ("every month on the 1st").
    Stored as a short rule string (:meth:`rule`), e.g. ``weeks:1:6``, ``months:1:d1``, ``weekdays``.
    """

    unit: str
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    day_of_month: int | None = None

    def rule(self) -> str:
        if self.unit == "weekdays":
            return "weekdays"
        parts = [self.unit, str(self.interval)]
        if self.weekdays:
            parts.append(",".join(str(d) for d in self.weekdays))
        if self.day_of_month:
            parts.append(f"d{self.day_of_month}")
        return ":".join(parts)

    @classmethod
    def parse_rule(cls, rule: str | None) -> Recurrence | None:
        """The stored rule back; None for no rule or one this build cannot read."""
        if not rule:
            return None
        if rule == "weekdays":
            return cls("weekdays")
        bits = rule.split(":")
        try:
            unit, interval = bits[0], int(bits[1])
            weekdays: tuple[int, ...] = ()
            dom: int | None = None
            for extra in bits[2:]:
                if extra.startswith("d"):
                    dom = int(extra[1:])
                else:
                    weekdays = tuple(int(d) for d in extra.split(","))
        except (IndexError, ValueError):
            return None
        if unit not in ("days", "weeks", "months", "years") or interval < 1:
            return None
        return cls(unit, interval, weekdays, dom)

    def describe(self) -> str:
        """Words for the list and the preview: "every Sunday", "every 2 weeks"."""
        if self.unit == "weekdays":
            return "every weekday"
        if self.weekdays and self.interval == 1:
            return "every " + " and ".join(_WD_NAMES[d] for d in self.weekdays)
        unit = self.unit[:-1]
        head = f"every {unit}" if self.interval == 1 else f"every {self.interval} {self.unit}"
        if self.weekdays:
            head += " on " + " and ".join(_WD_NAMES[d] for d in self.weekdays)
        if self.day_of_month:
            head += f" on the {_ordinal(self.day_of_month)}"
        return head

    def first(self, today: date) -> date:
        """The first occurrence on or after ``today``."""
        if self.unit == "weekdays":
            day = today
            while day.weekday() >= 5:
                day += timedelta(days=1)
            return day
        if self.weekdays:
            return min(today + timedelta(days=(d - today.weekday()) % 7) for d in self.weekdays)
        if self.day_of_month:
            found = _clamped(today.year, today.month, self.day_of_month)
            return found if found >= today else _add_months(found, 1, self.day_of_month)
        return today

    def next_after(self, due: date) -> date:
        """The occurrence after ``due`` (the one created when ``due``'s to-do is checked off)."""
        if self.unit == "weekdays":
            day = due + timedelta(days=1)
            while day.weekday() >= 5:
                day += timedelta(days=1)
            return day
        if self.unit == "days":
            return due + timedelta(days=self.interval)
        if self.unit == "weeks":
            if self.weekdays:
                later = [d for d in self.weekdays if d > due.weekday()]
                if later:  # the next listed day in the same week
                    return due + timedelta(days=later[0] - due.weekday())
                monday = due - timedelta(days=due.weekday()) + timedelta(weeks=self.interval)
                return monday + timedelta(days=self.weekdays[0])
            return due + timedelta(weeks=self.interval)
        if self.unit == "months":
            return _add_months(due, self.interval, self.day_of_month or due.day)
        return _add_months(due, 12 * self.interval, self.day_of_month or due.day)


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _add_months(day: date, months: int, day_of_month: int) -> date:
    index = day.month - 1 + months
    return _clamped(day.year + index // 12, index % 12 + 1, day_of_month)


def find_recurrence(text: str) -> tuple[Recurrence, int, int] | None:
    """The first "every ..." phrase in ``text``, with its span."""
    m = _EVERY.search(text)
    if m is None:
        return None
    g = m.groupdict()
    if g["weekday"]:
        return Recurrence("weekdays"), m.start(), m.end()
    if g["wd"]:
        found = re.findall(r"\b(mon|tue|wed|thu|fri|sat|sun)", m.group(0)[len("every") :], re.I)
        days = tuple(sorted({_WD_INDEX[d.lower()[:3]] for d in found}))
        return Recurrence("weeks", 1, days), m.start(), m.end()
    if g["adverb"]:
        unit = {"daily": "days", "weekly": "weeks", "monthly": "months"}.get(g["adverb"].lower(), "years")
        dom = int(g["dom2"]) if g["dom2"] and unit == "months" else None
        return Recurrence(unit, 1, (), dom if dom and 1 <= dom <= 31 else None), m.start(), m.end()
    raw = (g["n"] or "1").lower()
    n = int(raw) if raw.isdigit() else _WORD_N[raw]
    if n < 1:
        return None
    unit = g["unit"].lower() + "s"
    dom = int(g["dom"]) if g["dom"] and unit == "months" else None
    return Recurrence(unit, n, (), dom if dom and 1 <= dom <= 31 else None), m.start(), m.end()


@dataclass(frozen=True)
class QuickAdd:
    """What a typed to-do means: title, due (ISO date or date+time), priority, recurrence, tags."""

    title: str
    due: str | None
    priority: int = DEFAULT_PRIORITY
    recurrence: Recurrence | None = None
    tags: tuple[str, ...] = ()

    def preview(self, now: datetime) -> str:
        """The chip shown while typing: "Tomorrow 17:00 · every Sunday · p1"."""
        parts: list[str] = []
        if self.due:
            parts.append(describe_due(self.due, now.date()))
        if self.recurrence is not None:
            parts.append(self.recurrence.describe())
        if self.priority < DEFAULT_PRIORITY:
            parts.append(f"p{self.priority}")
        parts.extend(f"#{t}" for t in self.tags)
        return " · ".join(parts)


def describe_due(due: str, today: date) -> str:
    """ "Today", "Tomorrow 17:00", "Sun 29 Nov", "Mon 4 Jan 2027 09:00"."""
    try:
        when = datetime.fromisoformat(due)
    except ValueError:
        return due
    day = when.date()
    if day == today:
        label = "Today"
    elif day == today + timedelta(days=1):
        label = "Tomorrow"
    elif day == today - timedelta(days=1):
        label = "Yesterday"
    else:
        label = f"{day.strftime('%a')} {day.day} {day.strftime('%b')}"
        if day.year != today.year:
            label += f" {day.year}"
    if "T" in due:
        label += f" {when.strftime('%H:%M')}"
    return label


def parse_todo(text: str, now: datetime) -> QuickAdd:
    """Quick-add syntax: "water the plants every Sunday p2 #home", "call mom tomorrow 5pm !".

    The recurrence, priority and tags are taken out of the title first; the date phrases
    are then found as before (:func:`assistant.skills.dates.parse_quick_add`). A recurring
    to-do without a date is due at its first occurrence from today.
    """
    words = text.split()
    tags = tuple(dict.fromkeys(w[1:] for w in words if w.startswith("#") and len(w) > 1))
    rest = " ".join(w for w in words if not (w.startswith("#") and len(w) > 1))
    priority = DEFAULT_PRIORITY
    pm = _PRIORITY.search(rest)
    if pm is not None:
        priority = int(pm.group("p")) if pm.group("p") else 1
        rest = strip_span(rest, pm.start(), pm.end())
    recurrence: Recurrence | None = None
    found = find_recurrence(rest)
    if found is not None:
        recurrence, start, end = found
        rest = strip_span(rest, start, end)
    title, due = parse_quick_add(rest, now)
    if recurrence is not None and due is None:
        due = recurrence.first(now.date()).isoformat()
    elif recurrence is not None and due is not None and "T" in due and found is not None:
        # "every Sunday 9am": the time belongs to the rule's first day, not to today/tomorrow.
        at = datetime.fromisoformat(due)
        if not _has_explicit_date(rest, now):
            first = recurrence.first(now.date())
            if datetime.combine(first, at.time()) <= now:  # today's time has passed
                first = recurrence.next_after(first)
            due = datetime.combine(first, at.time()).isoformat(timespec="minutes")
    return QuickAdd(title.strip(" ,;-"), due, priority, recurrence, tags)


def _has_explicit_date(text: str, now: datetime) -> bool:
    from assistant.skills.dates import find_due

    return find_due(text, now.date()) is not None


def next_occurrence(row: Row) -> str | None:
    """The due of the to-do that follows ``row`` when it is checked off; None if it does not repeat."""
    rule = Recurrence.parse_rule(row.get("recurrence"))
    if rule is None:
        return None
    due = str(row.get("due") or "")
    try:
        when = datetime.fromisoformat(due) if due else None
    except ValueError:
        when = None
    base = when.date() if when is not None else date.today()
    day = rule.next_after(base)
    if when is not None and "T" in due:
        return datetime.combine(day, when.time()).isoformat(timespec="minutes")
    return day.isoformat()
