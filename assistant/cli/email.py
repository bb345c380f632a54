"""``daybreak email draft|reply``: fact-checked drafts (template fallback with a note)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from assistant.cli.common import print_json
from assistant.cli.writing_common import Subparsers, model_options, open_model
from assistant.errors import InputError
from assistant.store import Store


def _style(p: argparse.ArgumentParser) -> None:
    from assistant.skills.email import KINDS, LENGTHS, TONES

    p.add_argument("--tone", choices=TONES, default="friendly")
    p.add_argument("--length", choices=list(LENGTHS), default="≤ 3 sentences")
    p.add_argument("--kind", choices=KINDS, help="what is written (default: guessed from the request)")
    p.add_argument("--sender", help="your name, for the sign-off")
    p.add_argument("--seed", type=int, help="sampling seed (default: a new one each run)")
    p.add_argument("--json", action="store_true", help="print one JSON object (draft, facts, checks)")
    model_options(p)


def register(sub: Subparsers) -> None:
    e = sub.add_parser("email", help="fact-checked email and message drafts")
    esub = e.add_subparsers(dest="email_command", required=True)
    d = esub.add_parser("draft", help='draft from a request: "Reschedule my 10 AM with Sarah to Thursday"')
    d.add_argument("request")
    _style(d)
    d.set_defaults(handler=draft)
    r = esub.add_parser("reply", help="reply to an email in FILE (or - for standard input)")
    r.add_argument("path")
    r.add_argument("--say", default="Reply and thank them", help='what to answer, e.g. "yes, Tuesday works"')
    _style(r)
    r.set_defaults(handler=reply)


def _show(result: object, facts: object, as_json: bool) -> int:
    from assistant.skills.email import DraftResult, EmailFacts

    assert isinstance(result, DraftResult) and isinstance(facts, EmailFacts)
    if as_json:
        print_json({**result.as_dict(), "kind": facts.kind, "questions": facts.questions})
        return 0
    print(result.text.rstrip())
    print()
    for item in result.check.as_list():
        print(f"{'✓' if item['ok'] else '✗'} {item['label']}: {item['value']}")
    if result.note:
        print(f"Note: {result.note}", file=sys.stderr)
    return 0


def _run(store: Store, args: argparse.Namespace, facts: object, request: str) -> int:
    from assistant.skills import email

    assert isinstance(facts, email.EmailFacts)
    engine = open_model(store, args)
    try:
        result = email.draft(
            engine,
            facts,
            tone=args.tone,
            length=args.length,
            request=request,
            seed=args.seed,
        )
    finally:
        if engine is not None:
            engine.close()
    return _show(result, facts, args.json)


def draft(store: Store, args: argparse.Namespace) -> int:
    from assistant.skills import email

    request = " ".join(args.request.split())
    if not request:
        raise InputError('Say what the email is for, e.g. "Thank Emma for dinner last night".')
    facts = email.extract_facts(request, date.today(), kind=args.kind, sender=args.sender)
    return _run(store, args, facts, request)


def reply(store: Store, args: argparse.Namespace) -> int:
    from assistant.skills import email
    from assistant.skills.transcript import decode, read_file

    text = decode(sys.stdin.buffer.read()) if args.path == "-" else read_file(args.path)
    if not text.strip():
        raise InputError("The email to reply to is empty.")
    request = f"Reply: {args.say}"
    facts = email.reply_facts(text, request, date.today(), args.sender)
    return _run(store, args, facts, request)
