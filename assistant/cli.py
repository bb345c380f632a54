"""The ``daybreak`` command (also ``python -m assistant``).

With no arguments it opens the desktop app.  Known errors (missing file, bad
model, locked database) print a plain message to stderr and exit 2; anything
else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from assistant.errors import InputError, KnownError, to_known_error

log = logging.getLogger("daybreak.cli")

EXIT_KNOWN_ERROR = 2


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="daybreak", description="Daybreak, a local-first desktop assistant.")
    p.add_argument("--verbose", "-v", action="store_true", help="log what happens to stderr")
    p.add_argument(
        "--background", action="store_true", help="start the app hidden in the tray (log-in autostart)"
    )
    sub = p.add_subparsers(dest="command")

    a = sub.add_parser("actions", help="action items from a meeting transcript")
    a.add_argument("path", help="transcript file (.txt, .vtt, .srt, .md), or - for standard input")
    a.add_argument("--date", type=_date, help="meeting date for resolving 'by Friday' (default: today)")
    a.add_argument("--model", help="GGUF model file to use")
    a.add_argument("--no-model", action="store_true", help="rules only, do not load a model")
    a.add_argument(
        "--backend",
        choices=("local", "openai"),
        default="local",
        help="local llama.cpp (default) or an OpenAI-compatible server",
    )
    a.add_argument("--base-url", help="the server, e.g. http://127.0.0.1:8080/v1 (with --backend openai)")
    a.add_argument(
        "--api-key-env", metavar="VAR", help="environment variable that holds the server's API key"
    )
    a.add_argument("--json", action="store_true", help="print one JSON object")
    a.add_argument("--add-todos", action="store_true", help="add every action item as a to-do")

    t = sub.add_parser("todo", help="to-dos")
    tsub = t.add_subparsers(dest="todo_command", required=True)
    ta = tsub.add_parser("add", help='add a to-do: "call mom tomorrow 5pm"')
    ta.add_argument("text", nargs="+")
    ta.add_argument("--tag", action="append", default=[], help="tag (repeatable), e.g. shopping")
    ta.add_argument("--remind", metavar="WHEN", help='a reminder, e.g. "tomorrow 9am" or "17:30"')
    tl = tsub.add_parser("list", help="open to-dos")
    tl.add_argument("--all", action="store_true", help="include done ones")
    tl.add_argument("--json", action="store_true")
    td = tsub.add_parser("done", help="check off a to-do")
    td.add_argument("id", type=int)
    te = tsub.add_parser("export", help="to-dos with due dates as iCalendar (.ics)")
    te.add_argument("path", help="file to write, or - for standard output")

    d = sub.add_parser("digest", help="the morning to-do digest (for cron/systemd too)")
    d.add_argument("--now", action="store_true", help="make today's digest now, even before the digest time")
    d.add_argument("--print", action="store_true", dest="print_", help="print today's digest")
    d.add_argument("--json", action="store_true", help="print today's digest data as JSON")
    d.add_argument("--at", metavar="HH:MM", help="set the daily digest time (local)")
    d.add_argument("--no-model", action="store_true", help="do not load the model for the opening line")

    b = sub.add_parser("backup", help="a consistent copy of your data (SQLite backup API)")
    b.add_argument("path", help="file or folder to write the backup to")
    rs = sub.add_parser("restore", help="replace your data with a backup (the current data is kept aside)")
    rs.add_argument("path", help="a backup made by daybreak backup")

    r = sub.add_parser("reminders", help="upcoming reminders; fire the ones that are due")
    r.add_argument("--json", action="store_true")

    n = sub.add_parser("note", help="notes")
    nsub = n.add_subparsers(dest="note_command", required=True)
    na = nsub.add_parser("add", help="add a note")
    na.add_argument("text", nargs="+")
    na.add_argument("--tag", action="append", default=[])
    ns = nsub.add_parser("search", help="full-text search")
    ns.add_argument("query", nargs="+")
    ns.add_argument("--json", action="store_true")

    m = sub.add_parser("model", help="the local model")
    msub = m.add_subparsers(dest="model_command", required=True)
    mi = msub.add_parser("info", help="which model, where, on which device")
    mi.add_argument("--model", help="GGUF model file to inspect")
    mi.add_argument("--json", action="store_true")
    return p


def main(argv: list[str] | None = None, gui: Callable[[bool], int] | None = None) -> int:
    """Run the command line; ``gui`` starts the desktop app (given by ``ui.launch``, so
    the core never imports the UI)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(name)s: %(message)s",
        stream=sys.stderr,
    )
    if args.command is None:
        if gui is None:
            parser.print_help()
            print("\nThe desktop app starts with `daybreak` (or `python -m ui`).")
            return 0
        return gui(args.background)
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("daybreak: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        known = to_known_error(exc)
        if known is None:
            raise
        print(f"daybreak: {known.message}", file=sys.stderr)
        if known.hint:
            print(f"  {known.hint}", file=sys.stderr)
        return EXIT_KNOWN_ERROR


def _run(args: argparse.Namespace) -> int:
    from assistant.store import Store

    store = Store()
    try:
        if args.command == "actions":
            return _actions(store, args)
        if args.command == "todo":
            return _todo(store, args)
        if args.command == "note":
            return _note(store, args)
        if args.command == "model":
            return _model_info(store, args)
        if args.command == "digest":
            return _digest(store, args)
        if args.command == "reminders":
            return _reminders(store, args)
        if args.command == "backup":
            from assistant.store.backup import backup

            print(f"Backed up to {backup(store, args.path)}.")
            return 0
        if args.command == "restore":
            from assistant.store.backup import restore

            safety = restore(store, args.path)
            print(f"Restored from {args.path}. Your previous data is in {safety}.")
            return 0
    finally:
        store.close()
    raise AssertionError(args.command)


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _actions(store: Any, args: argparse.Namespace) -> int:
    from assistant.llm.base import Generator
    from assistant.skills.actions import ActionExtractor, extraction_json
    from assistant.skills.summary import meeting_summary
    from assistant.skills.transcript import decode, read_file
    from assistant.store import records

    if args.path == "-":
        text = decode(sys.stdin.buffer.read())
        source = None
    else:
        text = read_file(args.path)
        source = args.path
    meeting_date = args.date or date.today()
    transcript_id = records.save_transcript(
        store,
        text,
        meeting_date=meeting_date.isoformat(),
        source_path=source,
        title=(source or "pasted transcript").rsplit("/", 1)[-1],
    )
    engine: Generator | None = None
    if args.backend == "openai" and not args.no_model:
        from assistant.llm.remote import RemoteEngine

        if not args.base_url:
            raise InputError("--backend openai needs --base-url, e.g. http://127.0.0.1:8080/v1")
        engine = RemoteEngine.from_env(args.base_url, args.api_key_env, call_log=None)
    elif not args.no_model:
        from assistant.llm.loader import load_engine

        try:
            engine = load_engine(store, args.model)
        except KnownError as exc:
            if args.model:
                raise  # the user asked for this model: say it is unusable
            print(f"daybreak: {exc} Using the rules only.", file=sys.stderr)
    try:
        result = ActionExtractor(engine).extract(text, meeting_date)
    finally:
        if engine is not None:
            engine.close()
    result.summary = meeting_summary(result)
    ids = records.save_action_items(
        store, transcript_id, [i.as_json() for i in result.action_items], result.summary
    )
    todo_ids = records.add_todos_from_action_items(store, ids) if args.add_todos else []
    if result.model_error:
        print(f"daybreak: the model step failed ({result.model_error}); rules were used.", file=sys.stderr)
    if args.json:
        model = (
            {"path": engine.info.path, "sha256": engine.info.sha256, "device": engine.info.device}
            if engine is not None
            else None
        )
        sys.stdout.write(extraction_json(result, model) + "\n")
        return 0
    print(f"Meeting of {result.meeting_date}: {result.summary}")
    for n, item in enumerate(result.action_items, 1):
        due = f" (due {item.due})" if item.due else ""
        print(f"{n}. [{item.owner or 'unassigned'}] {item.task}{due}")
        print(f"   line {item.source_line}: {item.quote.strip()}")
    if not result.action_items:
        print("No action items found.")
    if todo_ids:
        print(f"Added {len(todo_ids)} to-do(s).")
    return 0


def _todo(store: Any, args: argparse.Namespace) -> int:
    from assistant.skills.dates import parse_quick_add
    from assistant.store import records

    if args.todo_command == "add":
        title, due = parse_quick_add(" ".join(args.text), datetime.now())
        if not title:
            raise InputError("A to-do needs a title, not only a date.")
        remind_at = None
        if args.remind:
            remind_at = _when(args.remind)
        todo_id = records.add_todo(store, title, due=due, tags=args.tag)
        print(f"Added #{todo_id}: {title}" + (f" (due {due})" if due else ""))
        if remind_at is not None:
            records.add_reminder(store, title, remind_at, todo_id=todo_id)
            print(f"Reminder at {remind_at.strftime('%Y-%m-%d %H:%M')}.")
        return 0
    if args.todo_command == "export":
        from assistant.skills.ics import todos_to_ics

        ics = todos_to_ics(records.list_todos(store, include_done=True))
        if args.path == "-":
            sys.stdout.write(ics)
        else:
            with open(args.path, "w", encoding="utf-8", newline="") as f:
                f.write(ics)
            print(f"Wrote {args.path}.")
        return 0
    if args.todo_command == "list":
        rows = records.list_todos(store, include_done=args.all)
        if args.json:
            _print_json({"todos": rows})
            return 0
        if not rows:
            print("No open to-dos.")
        for r in rows:
            mark = "x" if r["status"] == "done" else " "
            due = f"  due {r['due']}" if r["due"] else ""
            tags = f"  #{' #'.join(r['tags'].split())}" if r["tags"] else ""
            print(f"[{mark}] #{r['id']} {r['title']}{due}{tags}")
        return 0
    if args.todo_command == "done":
        row = records.complete_todo(store, args.id)
        print(f"Done: #{row['id']} {row['title']}")
        return 0
    raise AssertionError(args.todo_command)


def _when(text: str) -> datetime:
    """A reminder time from words ("tomorrow 9am", "17:30"), local and timezone-aware."""
    from assistant.skills.dates import parse_quick_add

    _, due = parse_quick_add(text, datetime.now())
    if due is None or "T" not in due:
        raise InputError(f"Not a reminder time: {text!r}.", 'Give a time, e.g. "tomorrow 9am" or "17:30".')
    return datetime.fromisoformat(due).astimezone()


def _digest(store: Any, args: argparse.Namespace) -> int:
    from assistant import scheduler
    from assistant.clock import SystemClock
    from assistant.store import records

    if args.at:
        at = scheduler.set_digest_time(store, args.at)
        print(f"The digest now arrives daily at {at.strftime('%H:%M')}.")
        if not (args.now or args.print_ or args.json):
            return 0
    engine = None
    if not args.no_model:
        from assistant.llm.loader import load_engine

        try:
            engine = load_engine(store)
        except KnownError as exc:
            print(f"daybreak: {exc} The digest goes out without the model's opening line.", file=sys.stderr)
    try:
        made = scheduler.ensure_todays_digest(store, SystemClock(), engine, force=args.now)
    finally:
        if engine is not None:
            engine.close()
    today = date.today().isoformat()
    row = records.get_digest(store, today)
    if args.json:
        _print_json(json.loads(row["data"]) if row else {"run_date": today, "digest": None})
    elif row is not None and (args.print_ or made is not None):
        sys.stdout.write(row["body"])
    elif row is None:
        when = scheduler.digest_time(store).strftime("%H:%M")
        print(f"No digest yet today; it arrives at {when} (use --now to make it now).")
    else:
        print("Today's digest was already made (daybreak digest --print shows it).")
    return 0


def _reminders(store: Any, args: argparse.Namespace) -> int:
    from assistant import scheduler
    from assistant.clock import SystemClock
    from assistant.store import records

    fired: list[dict[str, Any]] = []
    scheduler.fire_due_reminders(
        store, SystemClock(), lambda r, missed: fired.append({**r, "missed": missed})
    )
    upcoming = records.upcoming_reminders(store)
    if args.json:
        _print_json({"fired": fired, "upcoming": upcoming})
        return 0
    for r in fired:
        print(f"Reminder{' (missed)' if r['missed'] else ''}: {r['text']} — {r['at'][:16].replace('T', ' ')}")
    for r in upcoming:
        print(f"{r['at'][:16].replace('T', ' ')}  {r['text']}")
    if not fired and not upcoming:
        print("No reminders.")
    return 0


def _note(store: Any, args: argparse.Namespace) -> int:
    from assistant.store import records

    if args.note_command == "add":
        note_id = records.add_note(store, " ".join(args.text), tags=args.tag)
        print(f"Saved note #{note_id}.")
        return 0
    if args.note_command == "search":
        rows = records.search_notes(store, " ".join(args.query))
        if args.json:
            _print_json({"notes": rows})
            return 0
        if not rows:
            print("No matching notes.")
        for r in rows:
            print(f"#{r['id']} {r['snippet']}")
        return 0
    raise AssertionError(args.note_command)


def _model_info(store: Any, args: argparse.Namespace) -> int:
    from assistant.llm.loader import load_engine
    from assistant.paths import data_dir

    engine = load_engine(store, args.model)
    try:
        info = engine.info.as_dict()
    finally:
        engine.close()
    info["data_dir"] = str(data_dir())
    if args.json:
        _print_json(info)
        return 0
    print(f"Model:    {info['name']}")
    print(f"File:     {info['path']} ({info['size_bytes'] / 1e6:.0f} MB)")
    print(f"sha256:   {info['sha256']}")
    print(
        f"Params:   {info['n_params'] / 1e6:.0f}M   context {info['n_ctx']} (trained {info['n_ctx_train']})"
    )
    print(f"Chat:     {info['chat_format']}")
    where = f"GPU, {info['gpu_layers']}/{info['n_layers']} layers" if info["device"] == "GPU" else "CPU"
    print(f"Device:   {where}" + (f" ({info['device_reason']})" if info["device_reason"] else ""))
    print(f"Data:     {info['data_dir']}")
    return 0
