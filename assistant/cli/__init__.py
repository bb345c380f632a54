"""The ``daybreak`` command (also ``python -m assistant``).

With no arguments it opens the desktop app.  Known errors (missing file, bad
model, locked database) print a plain message to stderr and exit 2; anything
else is a bug and keeps its traceback.

One module per command group keeps each command beside its options (as
``sqlite_utils/cli.py`` does): its ``register(sub)`` adds the parsers and sets
``handler`` on every leaf command; :func:`main` opens the store and calls it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, TextIO, cast

from assistant.cli import actions, data, digest, email, model, note, plan, recipe, server, summarize, todo
from assistant.cli.common import EXIT_KNOWN_ERROR, Handler, Parser, backend_override, server_options
from assistant.errors import KnownError, to_known_error
from assistant.textsafe import TerminalSafe

if TYPE_CHECKING:
    from assistant.llm.backend import BackendChoice

__all__ = ["EXIT_KNOWN_ERROR", "build_parser", "main"]

log = logging.getLogger("daybreak.cli")

#: The command groups, in the order ``daybreak --help`` lists them.
GROUPS: tuple[ModuleType, ...] = (
    actions,
    summarize,
    todo,
    plan,
    digest,
    email,
    recipe,
    data,
    note,
    model,
    server,
)


def build_parser() -> argparse.ArgumentParser:
    p = Parser(prog="daybreak", description="Daybreak, a local-first desktop assistant.")
    p.add_argument("--verbose", "-v", action="store_true", help="log what happens to stderr")
    p.add_argument(
        "--background", action="store_true", help="start the app hidden in the tray (log-in autostart)"
    )
    server_options(p, None)
    sub = p.add_subparsers(dest="command")
    for group in GROUPS:
        group.register(sub)
    return p


def main(
    argv: list[str] | None = None, gui: Callable[[bool, BackendChoice | None], int] | None = None
) -> int:
    """Run the command line; ``gui`` starts the desktop app (given by ``ui.launch``, so
    the core never imports the UI)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(name)s: %(message)s",
        stream=sys.stderr,
    )
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if gui is None:
            parser.print_help()
            print("\nThe desktop app starts with `daybreak` (or `python -m ui`).")
            return 0
        try:
            override = backend_override(args)  # `daybreak --backend openai --base-url URL`: this run only
        except KnownError as exc:
            print(f"daybreak: {exc}", file=sys.stderr)
            return EXIT_KNOWN_ERROR
        return gui(args.background, override)
    # Every human-readable line (and every error message, which may quote a file name or a
    # title) goes through one filter for terminal escapes; --json output stays as it is.
    out, err = sys.stdout, sys.stderr
    if not (getattr(args, "json", False) or getattr(args, "raw_output", False)):
        sys.stdout = cast(TextIO, TerminalSafe(out))
    sys.stderr = cast(TextIO, TerminalSafe(err))
    try:
        return _guarded(handler, args)
    finally:
        sys.stdout.flush()
        sys.stdout, sys.stderr = out, err


def _guarded(handler: Handler, args: argparse.Namespace) -> int:
    try:
        return _run(handler, args)
    except KeyboardInterrupt:
        print("daybreak: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # "daybreak actions x.txt | head": the reader has gone.  Later flushes go nowhere instead
        # of raising again, and the exit status is the shell's for SIGPIPE.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return 141
    except Exception as exc:
        known = to_known_error(exc)
        if known is None:
            raise
        print(f"daybreak: {known.message}", file=sys.stderr)
        if known.hint:
            print(f"  {known.hint}", file=sys.stderr)
        return EXIT_KNOWN_ERROR


def _run(handler: Handler, args: argparse.Namespace) -> int:
    from assistant.store import Store

    store = Store()
    try:
        return handler(store, args)
    finally:
        store.close()
