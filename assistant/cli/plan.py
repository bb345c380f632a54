"""``daybreak plan``: today's to-dos in order (overdue, due today by time, priority, age)."""

from __future__ import annotations

import argparse

from assistant.cli.common import print_json
from assistant.cli.writing_common import Subparsers, model_options, open_model
from assistant.store import Store


def register(sub: Subparsers) -> None:
    p = sub.add_parser("plan", help="plan my day: today's to-dos in order")
    p.add_argument("--json", action="store_true")
    p.add_argument("--reasons", action="store_true", help="let the model add one-line reasons (checked)")
    model_options(p)
    p.set_defaults(handler=plan_day)


def plan_day(store: Store, args: argparse.Namespace) -> int:
    from assistant.skills import plan
    from assistant.store import records

    rows = records.list_todos(store)
    engine = open_model(store, args) if args.reasons else None
    try:
        items = plan.plan(engine, rows)
    finally:
        if engine is not None:
            engine.close()
    if args.json:
        print_json({"plan": [p.as_dict() for p in items]})
        return 0
    if not items:
        print("Nothing to do today.")
    for n, p in enumerate(items, 1):
        print(f"{n}. #{p.todo_id} {p.title} — {p.reason or p.why}")
    return 0
