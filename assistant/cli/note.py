"""``daybreak note add|search``."""

from __future__ import annotations

import argparse

from assistant.cli.common import Subparsers, print_json
from assistant.store import Store


def register(sub: Subparsers) -> None:
    n = sub.add_parser("note", help="notes")
    nsub = n.add_subparsers(dest="note_command", required=True)

    na = nsub.add_parser("add", help="add a note")
    na.add_argument("text", nargs="+")
    na.add_argument("--tag", action="append", default=[])
    na.set_defaults(handler=add)

    ns = nsub.add_parser("search", help="full-text search")
    ns.add_argument("query", nargs="+")
    ns.add_argument("--json", action="store_true")
    ns.set_defaults(handler=search)


def add(store: Store, args: argparse.Namespace) -> int:
    from assistant.store import records

    note_id = records.add_note(store, " ".join(args.text), tags=args.tag)
    print(f"Saved note #{note_id}.")
    return 0


def search(store: Store, args: argparse.Namespace) -> int:
    from assistant.store import records

    rows = records.search_notes(store, " ".join(args.query))
    if args.json:
        print_json({"notes": rows})
        return 0
    if not rows:
        print("No matching notes.")
    for r in rows:
        print(f"#{r['id']} {r['snippet']}")
    return 0
