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


def _server_options(p: argparse.ArgumentParser, default: Any) -> None:
    """For this run only: use a model server (saved settings: ``daybreak server set``).

    Given on the main parser and again on ``actions``; the subcommand's copy
    defaults to SUPPRESS so it does not overwrite what came before the subcommand.
    """
    g = p.add_argument_group("model server (this run only)")
    g.add_argument(
        "--backend",
        choices=("local", "openai"),
        default=default,
        help="local llama.cpp, or an OpenAI-compatible server (default: the saved setting, else local)",
    )
    g.add_argument("--base-url", default=default, help="the server, e.g. http://127.0.0.1:8080/v1")
    g.add_argument(
        "--api-key-env",
        metavar="VAR",
        default=default,
        help="environment variable holding the server's API key",
    )
    g.add_argument("--server-model", metavar="NAME", default=default, help="model name to ask the server for")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="daybreak", description="Daybreak, a local-first desktop assistant.")
    p.add_argument("--verbose", "-v", action="store_true", help="log what happens to stderr")
    p.add_argument(
        "--background", action="store_true", help="start the app hidden in the tray (log-in autostart)"
    )
    _server_options(p, None)
    sub = p.add_subparsers(dest="command")

    a = sub.add_parser("actions", help="action items from a meeting transcript")
    a.add_argument("path", help="transcript file (.txt, .vtt, .srt, .md), or - for standard input")
    a.add_argument("--date", type=_date, help="meeting date for resolving 'by Friday' (default: today)")
    a.add_argument("--model", help="GGUF model file to use")
    a.add_argument("--no-model", action="store_true", help="rules only, do not load a model")
    _server_options(a, argparse.SUPPRESS)
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

    m = sub.add_parser("model", help="the model: which one, list, add, verify, use, remove")
    msub = m.add_subparsers(dest="model_command", required=True)
    mi = msub.add_parser("info", help="which model, where, on which device (loads it)")
    mi.add_argument("--model", help="GGUF model file to inspect")
    mi.add_argument("--json", action="store_true")
    ml = msub.add_parser(
        "list", help="GGUF files Daybreak can use, with their metadata, and recommended ones"
    )
    ml.add_argument("--json", action="store_true")
    ma = msub.add_parser(
        "add",
        help="add a model: a .gguf file, a recommended model's id, or a Hugging Face repo",
        description="Examples: daybreak model add ~/Downloads/model.gguf | daybreak model add qwen2.5-1.5b | "
        "daybreak model add Qwen/Qwen2.5-1.5B-Instruct-GGUF --file qwen2.5-1.5b-instruct-q4_k_m.gguf. "
        "An interrupted download resumes when you run the same command again.",
    )
    ma.add_argument("source", help="path to a .gguf, a registry id, owner/repo, or owner/repo/file.gguf")
    ma.add_argument("--file", help="the .gguf file inside the repo")
    ma.add_argument("--revision", help="a branch, tag or commit of the repo")
    ma.add_argument("--use", action="store_true", help="make it the model Daybreak loads")
    ma.add_argument("--quiet", action="store_true", help="no progress bar")
    mv = msub.add_parser("verify", help="re-hash model files and check them against the registry")
    mv.add_argument("name", nargs="?", help="file name or registry id (default: every model)")
    mv.add_argument("--json", action="store_true")
    mu = msub.add_parser("use", help="make a listed model the one Daybreak loads")
    mu.add_argument("name", help="file name or registry id")
    mr = msub.add_parser("remove", help="delete a model from your models folder")
    mr.add_argument("name", help="file name or registry id")

    sv = sub.add_parser(
        "server", help="use a model server (llama-server, vLLM, Ollama…) instead of the local model"
    )
    ssub = sv.add_subparsers(dest="server_command", required=True)
    ss = ssub.add_parser("set", help="save the server setting")
    ss.add_argument("base_url", help="e.g. http://192.168.1.20:8080/v1")
    ss.add_argument("--model", default="", help="model name to ask for (default: the server's)")
    key = ss.add_mutually_exclusive_group()
    key.add_argument("--api-key-env", metavar="VAR", default="", help="environment variable holding the key")
    key.add_argument(
        "--api-key-stdin", action="store_true", help="read the key from standard input into the OS keyring"
    )
    ss.add_argument(
        "--no-fallback",
        action="store_true",
        help="do not fall back to the local model when the server is down",
    )
    ss.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the server (default 60)")
    ssub.add_parser("off", help="back to the local model (the keyring entry is deleted)")
    ssub.add_parser("show", help="the saved setting")
    ssub.add_parser("test", help="ask the server which models it serves")
    return p


def main(argv: list[str] | None = None, gui: Callable[[bool, Any], int] | None = None) -> int:
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
        try:
            override = _backend_override(args)  # `daybreak --backend openai --base-url URL`: this run only
        except KnownError as exc:
            print(f"daybreak: {exc}", file=sys.stderr)
            return EXIT_KNOWN_ERROR
        return gui(args.background, override)
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
            if args.model_command == "info":
                return _model_info(store, args)
            return _model_manage(store, args)
        if args.command == "server":
            return _server(store, args)
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
    if not args.no_model:
        from assistant.llm.loader import load_engine

        override = _backend_override(args)
        try:
            engine = load_engine(store, args.model, override)
        except KnownError as exc:
            if args.model or override is not None:
                raise  # the user asked for this model or server: say it is unusable
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
            engine = load_engine(store, None, _backend_override(args))
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


def _backend_override(args: argparse.Namespace) -> Any:
    from assistant.llm.backend import backend_from_args

    return backend_from_args(
        getattr(args, "backend", None),
        getattr(args, "base_url", None),
        getattr(args, "api_key_env", None),
        getattr(args, "server_model", None),
    )


def _model_info(store: Any, args: argparse.Namespace) -> int:
    from assistant.llm.loader import load_engine
    from assistant.paths import data_dir

    engine = load_engine(store, args.model, _backend_override(args))
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


def _model_manage(store: Any, args: argparse.Namespace) -> int:
    from assistant.llm import manager
    from assistant.llm.registry import load_registry

    cmd = args.model_command
    if cmd == "list":
        models = manager.list_models(store)
        have = {m.sha256 for m in models}
        recommended = [e for e in load_registry() if e.downloadable]
        if args.json:
            _print_json(
                {
                    "models": [m.as_dict() for m in models],
                    "recommended": [
                        {"id": e.id, "name": e.name, "file": e.file, "repo": e.repo, "revision": e.revision,
                         "sha256": e.sha256, "size_bytes": e.size_bytes, "license": e.license,
                         "installed": e.sha256 in have}
                        for e in recommended
                    ],
                }
            )  # fmt: skip
            return 0
        for m in models:
            mark = "*" if m.active else " "
            if m.meta is None:
                print(f"{mark} {m.name}  [{m.where}]  UNREADABLE: {m.error}")
                continue
            meta = m.meta
            print(
                f"{mark} {m.name}  [{m.where}]  {meta.architecture} {meta.params_label} {meta.quantization}  "
                f"ctx {meta.context_length}  {manager.size_label(meta.size_bytes)}  "
                f"{'chat template' if meta.chat_template else 'NO chat template'}  {m.status}"
            )
            print(f"    sha256 {m.sha256}")
            if m.error:
                print(f"    {m.error}")
        print("* = the model Daybreak loads.")
        missing = [e for e in recommended if e.sha256 not in have]
        if missing:
            print("\nRecommended (daybreak model add ID):")
            for e in missing:
                print(f"  {e.id:16} {e.name}, {manager.size_label(e.size_bytes)}, {e.license} — {e.note}")
        return 0
    if cmd == "add":
        entry = manager.add_model(
            store, args.source, filename=args.file, revision=args.revision, quiet=args.quiet
        )
        print(f"Added {entry.name} ({entry.status}) to {entry.path.parent}.")
        if args.use:
            manager.use_model(store, str(entry.path))
            print("Daybreak will load it from now on.")
        return 0
    if cmd == "verify":
        targets = (
            [manager.verify_model(store, args.name)]
            if args.name
            else manager.list_models(store, fresh_hash=True)
        )
        if args.json:
            _print_json({"models": [t.as_dict() for t in targets]})
        else:
            for t in targets:
                print(f"{t.status:10} {t.name}  sha256 {t.sha256 or '-'}")
                if t.error:
                    print(f"           {t.error}")
        return 1 if any(t.status in ("mismatch", "unreadable") for t in targets) else 0
    if cmd == "use":
        entry = manager.use_model(store, args.name)
        print(f"Daybreak will load {entry.name} from now on (restart the app, or choose it in Models).")
        return 0
    if cmd == "remove":
        path = manager.remove_model(store, args.name)
        print(f"Removed {path}.")
        return 0
    raise AssertionError(cmd)


def _server(store: Any, args: argparse.Namespace) -> int:
    from assistant.llm.backend import (
        OPENAI,
        BackendChoice,
        delete_api_key,
        get_backend,
        make_remote,
        save_api_key,
        set_backend,
    )

    cmd = args.server_command
    current = get_backend(store)
    if cmd == "set":
        choice = BackendChoice(
            OPENAI,
            base_url=args.base_url,
            model=args.model,
            api_key_env=args.api_key_env,
            key_in_keyring=args.api_key_stdin,
            fallback_local=not args.no_fallback,
            timeout_s=args.timeout,
        ).validate()
        if args.api_key_stdin:
            key = sys.stdin.readline().strip()
            if not key:
                raise InputError("No API key on standard input.")
            save_api_key(choice.base_url, key)
        set_backend(store, choice)
        print(
            f"Daybreak will use {choice.describe()}"
            + (", falling back to the local model." if choice.fallback_local else ".")
        )
        return 0
    if cmd == "off":
        if current.key_in_keyring:
            delete_api_key(current.base_url)
        set_backend(store, BackendChoice())
        print("Daybreak will use the local model.")
        return 0
    if cmd == "show":
        if not current.remote:
            print("Local model (no server configured; Daybreak opens no network connection).")
            return 0
        key = (
            f"env ${current.api_key_env}"
            if current.api_key_env
            else "OS keyring"
            if current.key_in_keyring
            else "none"
        )
        print(f"Server:   {current.base_url}\nModel:    {current.model or '(the server default)'}")
        print(f"API key:  {key}\nFallback: {'local model' if current.fallback_local else 'off'}")
        return 0
    if cmd == "test":
        if not current.remote:
            raise InputError("No server is configured.", "daybreak server set URL")
        ids = make_remote(current).probe()
        print(f"{current.base_url} answers; it serves: {', '.join(ids) or '(no models listed)'}")
        return 0
    raise AssertionError(cmd)
