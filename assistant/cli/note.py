"""``daybreak note add|search|show|edit|delete``."""

from __future__ import annotations

import argparse
import sys
from typing import Any

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

    nsh = nsub.add_parser("show", help="print a note in full")
    nsh.add_argument("id", type=int)
    nsh.add_argument("--json", action="store_true")
    nsh.set_defaults(handler=show)

    ne = nsub.add_parser("edit", help="replace a note's text (or its tags)")
    ne.add_argument("id", type=int)
    ne.add_argument("text", nargs="*", help="the new text; - reads it from standard input")
    ne.add_argument("--tag", action="append", default=None, help="replace the tags (repeatable)")
    ne.set_defaults(handler=edit)

    nd = nsub.add_parser("delete", help="delete a note")
    nd.add_argument("id", type=int)
    nd.set_defaults(handler=delete)


def add(store: Store, args: argparse.Namespace) -> int:
    from assistant.store import records

    note_id = records.add_note(store, " ".join(args.text), tags=args.tag)
    print(f"Saved note #{note_id}.")
    return 0


def search(store: Store, args: argparse.Namespace) -> int:
    from assistant.store import records

    rows = records.find_notes(store, " ".join(args.query), limit=20)
    if args.json:
        print_json({"notes": rows})
        return 0
    if not rows:
        print("No matching notes.")
    for r in rows:
        print(f"#{r['id']} {r['snippet']}")
    return 0


def _get(store: Store, note_id: int) -> dict[str, Any]:
    from assistant.errors import InputError
    from assistant.store import records

    row = records.get_note(store, note_id)
    if row is None:
        raise InputError(f"There is no note #{note_id}.", "See them with: daybreak note search WORD")
    return row


def show(store: Store, args: argparse.Namespace) -> int:
    row = _get(store, args.id)
    if args.json:
        print_json({"note": row})
        return 0
    head = f"#{row['id']}" + (f" {row['title']}" if row["title"] else "")
    tags = f"  #{' #'.join(str(row['tags']).split())}" if row["tags"] else ""
    print(f"{head}  (updated {row['updated']}){tags}")
    print(row["body"])
    return 0


def edit(store: Store, args: argparse.Namespace) -> int:
    from assistant.errors import InputError
    from assistant.store import records

    _get(store, args.id)
    if args.text == ["-"]:
        body: str | None = sys.stdin.read()
    elif args.text:
        body = " ".join(args.text)
    else:
        body = None
    if body is None and args.tag is None:
        raise InputError("Nothing to change.", "Give the new text (or - for standard input) or --tag.")
    current = _get(store, args.id)
    records.update_note(store, args.id, current["body"] if body is None else body, tags=args.tag)
    print(f"Saved note #{args.id}.")
    return 0


def delete(store: Store, args: argparse.Namespace) -> int:
    from assistant.store import records

    row = records.delete_note(store, args.id)
    first = " ".join(str(row["body"]).split())[:60]
    print(f"Deleted note #{row['id']}: {first}")
    return 0
