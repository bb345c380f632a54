"""``daybreak todo add|list|done|export``."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from datetime import datetime
from typing import Any

from assistant.cli.common import MAX_TEXT_CHARS, Subparsers, print_json, row_id, user_text
from assistant.errors import InputError
from assistant.store import Store


def register(sub: Subparsers) -> None:
    t = sub.add_parser("todo", help="to-dos")
    tsub = t.add_subparsers(dest="todo_command", required=True)

    ta = tsub.add_parser("add", help='add a to-do: "call mom tomorrow 5pm"')
    ta.add_argument("text", nargs="+", type=user_text)
    ta.add_argument("--tag", action="append", default=[], help="tag (repeatable), e.g. shopping")
    ta.add_argument("--remind", metavar="WHEN", help='a reminder, e.g. "tomorrow 9am" or "17:30"')
    ta.set_defaults(handler=add)

    tl = tsub.add_parser("list", help="open to-dos")
    tl.add_argument("--all", action="store_true", help="include done ones")
    tl.add_argument("--json", action="store_true")
    tl.set_defaults(handler=list_)

    td = tsub.add_parser("done", help="check off a to-do")
    td.add_argument("id", type=row_id)
    td.set_defaults(handler=done)

    te = tsub.add_parser("export", help="to-dos with due dates as iCalendar (.ics)")
    te.add_argument("path", help="file to write, or - for standard output")
    te.set_defaults(handler=export, raw_output=True)  # iCalendar data, CRLF kept


def add(store: Store, args: argparse.Namespace) -> int:
    from assistant.skills.todos import parse_todo
    from assistant.store import records

    text = " ".join(args.text)
    if len(text) > MAX_TEXT_CHARS:  # checked before any parsing; nothing is saved
        raise InputError(f"The to-do is too long ({len(text):,} characters; at most {MAX_TEXT_CHARS:,}).")
    q = parse_todo(text, datetime.now())
    if not q.title:
        raise InputError("A to-do needs a title, not only a date.")
    remind_at = when(args.remind) if args.remind else None
    todo_id = records.add_todo(
        store,
        q.title,
        due=q.due,
        tags=list(dict.fromkeys([*q.tags, *args.tag])),
        priority=q.priority,
        recurrence=q.recurrence.rule() if q.recurrence else None,
    )
    notes = [f"due {q.due}"] if q.due else []
    notes += [q.recurrence.describe()] if q.recurrence else []
    notes += [f"p{q.priority}"] if q.priority < 4 else []
    print(f"Added #{todo_id}: {q.title}" + (f" ({', '.join(notes)})" if notes else ""))
    if remind_at is not None:
        records.add_reminder(store, q.title, remind_at, todo_id=todo_id)
        print(f"Reminder at {remind_at.strftime('%Y-%m-%d %H:%M')}.")
    return 0


def _json_row(row: dict[str, Any]) -> dict[str, Any]:
    from assistant.skills.todos import Recurrence

    rule = Recurrence.parse_rule(row.get("recurrence"))
    return {
        **row,
        "priority": int(row.get("priority") or 4),
        "recurrence": row.get("recurrence"),
        "repeats": rule.describe() if rule else None,
        "owner": row.get("owner"),
    }


def list_(store: Store, args: argparse.Namespace) -> int:
    from assistant.skills.todos import Recurrence
    from assistant.store import records

    rows = records.list_todos(store, include_done=args.all)
    if args.json:
        print_json({"todos": [_json_row(r) for r in rows]})
        return 0
    if not rows:
        print("No open to-dos.")
    for r in rows:
        mark = "x" if r["status"] == "done" else " "
        due = f"  due {r['due']}" if r["due"] else ""
        tags = f"  #{' #'.join(r['tags'].split())}" if r["tags"] else ""
        prio = f"  p{r['priority']}" if r.get("priority") and int(r["priority"]) < 4 else ""
        rule = Recurrence.parse_rule(r.get("recurrence"))
        repeats = f"  ({rule.describe()})" if rule else ""
        owner = f"  waiting for {r['owner']}" if r.get("owner") else ""
        print(f"[{mark}] #{r['id']} {r['title']}{due}{repeats}{prio}{owner}{tags}")
    return 0


def done(store: Store, args: argparse.Namespace) -> int:
    from assistant.store import records

    row = records.complete_todo(store, args.id)
    print(f"Done: #{row['id']} {row['title']}")
    if row.get("next_id"):
        following = records.get_todo(store, int(row["next_id"]))
        if following is not None:
            print(f"Next: #{following['id']} due {following['due']}.")
    return 0


def export(store: Store, args: argparse.Namespace) -> int:
    from assistant.skills.ics import todos_to_ics
    from assistant.store import records

    ics = todos_to_ics(records.list_todos(store, include_done=True))
    if args.path == "-":
        sys.stdout.write(ics)
    else:
        # To-do titles are private: the file is 0600 like the database (it was 0644).
        fd = os.open(args.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            if stat.S_ISREG(os.fstat(fd).st_mode):
                os.fchmod(fd, 0o600)
            f.write(ics)
        print(f"Wrote {args.path}.")
    return 0


def when(text: str) -> datetime:
    """A reminder time from words ("tomorrow 9am", "17:30"), local and timezone-aware."""
    from assistant.skills.dates import parse_quick_add

    _, due = parse_quick_add(text, datetime.now())
    if due is None or "T" not in due:
        raise InputError(f"Not a reminder time: {text!r}.", 'Give a time, e.g. "tomorrow 9am" or "17:30".')
    return datetime.fromisoformat(due).astimezone()
