"""What the command groups share: the handler type, argument types, JSON output, the model server flags."""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

if TYPE_CHECKING:
    from assistant.llm.backend import BackendChoice
    from assistant.llm.base import Engine
    from assistant.store import Store

#: A leaf command: gets the open store and its parsed arguments, returns the exit code.
Handler: TypeAlias = Callable[["Store", argparse.Namespace], int]
#: What ``register`` functions receive: the ``add_subparsers`` result of the parent parser.
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

EXIT_KNOWN_ERROR = 2


def date_arg(text: str) -> date:
    """An ``argparse`` type for ``YYYY-MM-DD``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (use YYYY-MM-DD): {text!r}") from None


#: Longest to-do title or note the CLI accepts (a 1.5 MB title was accepted and printed whole).
MAX_TEXT_CHARS = 2000
#: SQLite's INTEGER is 64-bit; a larger id used to end in OverflowError.
_MAX_ID = 2**63 - 1


class Parser(argparse.ArgumentParser):
    """An argument error is one plain line on stderr and exit 2 (no usage block)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_KNOWN_ERROR, f"{self.prog}: {message}\n")


def row_id(text: str) -> int:
    """An ``argparse`` type for a to-do/note number: a positive 64-bit integer."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not 1 <= value <= _MAX_ID:
        raise argparse.ArgumentTypeError(f"no such number: {text} (numbers start at 1)")
    return value


def seconds(text: str) -> float:
    """An ``argparse`` type for a time limit: a finite number of seconds, 0 < s <= 3600."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or not 0 < value <= 3600:
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most 3600 seconds, not {text}")
    return value


def hh_mm(text: str) -> str:
    """An ``argparse`` type for a time of day ``HH:MM`` (an empty value was silently ignored)."""
    if not _HH_MM.match(text):
        raise argparse.ArgumentTypeError(f"not a time of day (use HH:MM, e.g. 07:00): {text!r}")
    return text.strip()


def user_text(text: str) -> str:
    """An ``argparse`` type for free text: valid UTF-8 and at most MAX_TEXT_CHARS long."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise argparse.ArgumentTypeError(
            "the text is not valid UTF-8 (check the terminal's encoding)"
        ) from None
    if len(text) > MAX_TEXT_CHARS:
        raise argparse.ArgumentTypeError(
            f"the text is too long ({len(text):,} characters; at most {MAX_TEXT_CHARS:,})"
        )
    return text


_HH_MM = re.compile(r"^\s*([01]?\d|2[0-3]):[0-5]\d\s*$")


def print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def server_options(p: argparse.ArgumentParser, default: Any) -> None:
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


def backend_override(args: argparse.Namespace) -> BackendChoice | None:
    """The model server named by this run's flags, or ``None`` for the saved setting."""
    from assistant.llm.backend import backend_from_args

    return backend_from_args(
        getattr(args, "backend", None),
        getattr(args, "base_url", None),
        getattr(args, "api_key_env", None),
        getattr(args, "server_model", None),
    )


def read_input(path: str) -> str:
    """The text of ``path``, or of standard input for ``-`` (bounded, checked, decoded)."""
    from assistant.skills.transcript import decode, read_file, read_limited

    return decode(read_limited(sys.stdin.buffer)) if path == "-" else read_file(path)


def optional_engine(store: Store, args: argparse.Namespace, without: str) -> Engine | None:
    """The model for ``--model``/``--no-model``/the server flags, or ``None`` to go on without it.

    A model or server the user named that cannot be used is an error; the default model
    that cannot load is not: the command says so (``without``: what it does instead).
    """
    if getattr(args, "no_model", False):
        return None
    from assistant.errors import KnownError
    from assistant.llm.loader import load_engine

    override = backend_override(args)
    try:
        return load_engine(store, getattr(args, "model", None), override)
    except KnownError as exc:
        if getattr(args, "model", None) or override is not None:
            raise  # the user asked for this model or server: say it is unusable
        print(f"daybreak: {exc} {without}", file=sys.stderr)
        return None
