"""``daybreak actions``: action items from a meeting transcript."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from assistant.cli.common import Subparsers, date_arg, optional_engine, read_input, server_options
from assistant.store import Store


def register(sub: Subparsers) -> None:
    a = sub.add_parser("actions", help="action items from a meeting transcript")
    a.add_argument(
        "path", help="transcript file (.txt, .vtt, .srt, .md, an IRC .log), or - for standard input"
    )
    a.add_argument(
        "--date",
        type=date_arg,
        help="meeting date for resolving 'by Friday' (default: the date the transcript states, else today)",
    )
    a.add_argument("--model", help="GGUF model file to use")
    a.add_argument("--no-model", action="store_true", help="rules only, do not load a model")
    server_options(a, argparse.SUPPRESS)
    a.add_argument("--json", action="store_true", help="print one JSON object")
    a.add_argument(
        "--add-todos",
        action="store_true",
        help="add the action items as to-dos (once per transcript; items that need review are skipped)",
    )
    a.set_defaults(handler=actions)


def actions(store: Store, args: argparse.Namespace) -> int:
    from assistant.meetings import process_transcript
    from assistant.skills.actions import extraction_json
    from assistant.skills.dates import stated_date
    from assistant.skills.summarize import detect_kind

    text = read_input(args.path)
    source = None if args.path == "-" else args.path
    # A log that states its own date (MeetBot's "Meeting started…", "Date: …") reads
    # "by Friday" from that day, not from today.
    meeting_date = args.date or stated_date(text) or date.today()
    # A group chat's export gets a chat's summary line, an email an email's; anything else is
    # read as a meeting (the action items are extracted from each).
    kind = detected if (detected := detect_kind(text)) in ("chat", "email") else "meeting"
    engine = optional_engine(store, args, "Using the rules only.")
    try:
        done = process_transcript(
            store,
            text,
            meeting_date,
            engine,
            source_path=source,
            title=(source or "pasted transcript").rsplit("/", 1)[-1],
            add_todos=args.add_todos,
            kind=kind,
            extract=True,
        )
    finally:
        if engine is not None:
            engine.close()
    result, added = done.extraction, done.todos
    for warning in result.warnings:
        print(f"daybreak: warning: {warning}", file=sys.stderr)
    for row in added.needs_review:
        print(
            f"daybreak: not added as a to-do (needs review: {row['review_reason']}): "
            f"line {row['source_line']}: {row['task']}",
            file=sys.stderr,
        )
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
    print(f"{kind.capitalize()} of {result.meeting_date}: {done.summary}")
    for n, item in enumerate(result.action_items, 1):
        due = f" (due {item.due})" if item.due else ""
        review = f"  [needs review: {item.review_reason}]" if item.needs_review else ""
        print(f"{n}. [{item.owner or 'unassigned'}] {item.task}{due}{review}")
        print(f"   line {item.source_line}: {item.quote.strip()}")
    if not result.action_items:
        print("No action items found.")
    if args.add_todos:
        print(f"Added {len(added.added)} to-do(s).", end="")
        if added.existing:
            print(f" {len(added.existing)} already added from this transcript earlier.", end="")
        if added.needs_review:
            print(f" {len(added.needs_review)} skipped: they need your review first.", end="")
        print()
    return 0
