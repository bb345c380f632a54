"""``daybreak digest`` and ``daybreak reminders``: the scheduled parts, for cron/systemd too."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from assistant.cli.common import Subparsers, backend_override, hh_mm, print_json
from assistant.errors import KnownError
from assistant.store import Store


def register(sub: Subparsers) -> None:
    d = sub.add_parser("digest", help="the morning to-do digest (for cron/systemd too)")
    d.add_argument("--now", action="store_true", help="make today's digest now, even before the digest time")
    d.add_argument("--print", action="store_true", dest="print_", help="print today's digest")
    d.add_argument("--json", action="store_true", help="print today's digest data as JSON")
    d.add_argument("--at", metavar="HH:MM", type=hh_mm, help="set the daily digest time (local)")
    d.add_argument("--no-model", action="store_true", help="do not load the model for the opening line")
    d.set_defaults(handler=digest)

    r = sub.add_parser("reminders", help="upcoming reminders; fire the ones that are due")
    r.add_argument("--json", action="store_true")
    r.set_defaults(handler=reminders)


def digest(store: Store, args: argparse.Namespace) -> int:
    from assistant import scheduler
    from assistant.clock import SystemClock
    from assistant.store import records

    if args.at is not None:
        at = scheduler.set_digest_time(store, args.at)
        print(f"The digest now arrives daily at {at.strftime('%H:%M')}.")
        if not (args.now or args.print_ or args.json):
            return 0
    engine = None
    if not args.no_model:
        from assistant.llm.loader import load_engine

        try:
            engine = load_engine(store, None, backend_override(args))
        except KnownError as exc:
            print(f"daybreak: {exc} The digest goes out without the model's opening line.", file=sys.stderr)
    clock = SystemClock()
    try:
        made = scheduler.ensure_todays_digest(store, clock, engine, force=args.now)
    finally:
        if engine is not None:
            engine.close()
    today = clock.now().date().isoformat()
    row = records.get_digest(store, today)
    if args.json:
        print_json(json.loads(row["data"]) if row else {"run_date": today, "digest": None})
    elif row is not None and (args.print_ or made is not None):
        sys.stdout.write(row["body"])
    else:
        print(scheduler.digest_status(store, clock, made_today=row is not None))
    return 0


def reminders(store: Store, args: argparse.Namespace) -> int:
    from assistant import scheduler
    from assistant.clock import SystemClock
    from assistant.store import records

    fired: list[dict[str, Any]] = []
    scheduler.fire_due_reminders(
        store, SystemClock(), lambda r, missed: fired.append({**r, "missed": missed})
    )
    upcoming = records.upcoming_reminders(store)
    if args.json:
        print_json({"fired": fired, "upcoming": upcoming})
        return 0
    for r in fired:
        when = records.local_time(r["at"])
        print(f"Reminder{' (missed)' if r['missed'] else ''}: {r['text']} — {when:%Y-%m-%d %H:%M}")
    for r in upcoming:
        print(f"{records.local_time(r['at']):%Y-%m-%d %H:%M}  {r['text']}")
    if not fired and not upcoming:
        print("No reminders.")
    return 0
