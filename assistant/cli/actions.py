"""``daybreak actions``: action items from a meeting transcript."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from assistant.cli.common import Subparsers, backend_override, date_arg, server_options
from assistant.errors import KnownError
from assistant.store import Store


def register(sub: Subparsers) -> None:
    a = sub.add_parser("actions", help="action items from a meeting transcript")
    a.add_argument("path", help="transcript file (.txt, .vtt, .srt, .md), or - for standard input")
    a.add_argument("--date", type=date_arg, help="meeting date for resolving 'by Friday' (default: today)")
    a.add_argument("--model", help="GGUF model file to use")
    a.add_argument("--no-model", action="store_true", help="rules only, do not load a model")
    server_options(a, argparse.SUPPRESS)
    a.add_argument("--json", action="store_true", help="print one JSON object")
    a.add_argument("--add-todos", action="store_true", help="add every action item as a to-do")
    a.set_defaults(handler=actions)


def actions(store: Store, args: argparse.Namespace) -> int:
    from assistant.llm.base import Generator
    from assistant.meetings import process_transcript
    from assistant.skills.actions import extraction_json
    from assistant.skills.transcript import decode, read_file

    if args.path == "-":
        text = decode(sys.stdin.buffer.read())
        source = None
    else:
        text = read_file(args.path)
        source = args.path
    meeting_date = args.date or date.today()
    engine: Generator | None = None
    if not args.no_model:
        from assistant.llm.loader import load_engine

        override = backend_override(args)
        try:
            engine = load_engine(store, args.model, override)
        except KnownError as exc:
            if args.model or override is not None:
                raise  # the user asked for this model or server: say it is unusable
            print(f"daybreak: {exc} Using the rules only.", file=sys.stderr)
    try:
        done = process_transcript(
            store,
            text,
            meeting_date,
            engine,
            source_path=source,
            title=(source or "pasted transcript").rsplit("/", 1)[-1],
            add_todos=args.add_todos,
        )
    finally:
        if engine is not None:
            engine.close()
    result, todo_ids = done.extraction, done.todo_ids
    if done.model_error:
        print(f"daybreak: the model step failed ({done.model_error}); rules were used.", file=sys.stderr)
    if args.json:
        model = (
            {"path": engine.info.path, "sha256": engine.info.sha256, "device": engine.info.device}
            if engine is not None
            else None
        )
        sys.stdout.write(extraction_json(result, model) + "\n")
        return 0
    print(f"Meeting of {result.meeting_date}: {done.summary}")
    for n, item in enumerate(result.action_items, 1):
        due = f" (due {item.due})" if item.due else ""
        print(f"{n}. [{item.owner or 'unassigned'}] {item.task}{due}")
        print(f"   line {item.source_line}: {item.quote.strip()}")
    if not result.action_items:
        print("No action items found.")
    if todo_ids:
        print(f"Added {len(todo_ids)} to-do(s).")
    return 0
