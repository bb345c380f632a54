"""What the command groups share: the handler type, argument types, JSON output, the model server flags."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from assistant.llm.backend import BackendChoice
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
