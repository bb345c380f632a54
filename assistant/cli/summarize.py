"""``daybreak summarize``: a cited summary of a meeting, article, email thread or group chat."""

from __future__ import annotations

import argparse
import sys

from assistant import settings
from assistant.cli.common import Subparsers, date_arg, optional_engine, print_json, read_input, server_options
from assistant.store import Store


def register(sub: Subparsers) -> None:
    s = sub.add_parser(
        "summarize", help="summarise a meeting, article, email thread (.eml, .mbox) or chat export"
    )
    s.add_argument("path", help="text file (.txt, .md, .vtt, .srt, .eml, .mbox), or - for standard input")
    s.add_argument(
        "--kind",
        choices=("auto", "meeting", "article", "email", "chat"),
        default="auto",
        help="what the text is (default: detect it)",
    )
    s.add_argument(
        "--date",
        type=date_arg,
        help="meeting date for resolving 'by Friday' (default: the date the transcript states, else today)",
    )
    s.add_argument(
        "--me",
        metavar="NAME",
        help="who 'you' is in an email thread or chat (default: the name saved in the app's Email pane)",
    )
    s.add_argument("--model", help="GGUF model file to use")
    s.add_argument("--no-model", action="store_true", help="extractive only, do not load a model")
    server_options(s, argparse.SUPPRESS)
    s.add_argument("--json", action="store_true", help="print one JSON object")
    s.set_defaults(handler=summarize)


def summarize(store: Store, args: argparse.Namespace) -> int:
    from assistant.skills.summarize import summarize as run

    text = read_input(args.path)
    engine = optional_engine(store, args, "Summarising without a model.")
    try:
        summary = run(
            text,
            kind=args.kind,
            meeting_date=args.date,
            generator=engine,
            reader=args.me or settings.USER_NAME.get(store),
        )
    finally:
        if engine is not None:
            engine.close()
    for note in summary.notes:
        print(f"daybreak: {note}", file=sys.stderr)
    if args.json:
        print_json(summary.as_json())
        return 0
    print(summary.title)
    print()
    print(summary.tldr)
    for name, points in (
        ("Key points", summary.key_points),
        ("Decisions", summary.decisions),
        (summary.questions_heading, summary.open_questions),
    ):
        if points:
            print(f"\n{name}:")
            for p in points:
                label = ", ".join(str(n) for n in p.lines)
                print(f"- {p.text}  [line{'s' if len(p.lines) > 1 else ''} {label}]")
    if summary.action_items:
        print("\nAction items:")
        for i in summary.action_items:
            due = f" (due {i.due})" if i.due else ""
            print(f"- [{i.owner or 'unassigned'}] {i.task}{due}  [line {i.source_line}]")
    return 0
