"""What the writing commands (email, recipe, plan) share: the optional model."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from assistant.cli.common import Subparsers, backend_override, server_options
from assistant.errors import KnownError

if TYPE_CHECKING:
    from assistant.llm.base import Generator
    from assistant.store import Store

__all__ = ["Subparsers", "model_options", "open_model"]


def model_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", help="GGUF model file to use")
    p.add_argument("--no-model", action="store_true", help="do not load a model (templates and rules only)")
    server_options(p, argparse.SUPPRESS)


def open_model(store: Store, args: argparse.Namespace) -> Generator | None:
    """The engine, or ``None`` with one line on stderr when there is none and none was asked for."""
    if getattr(args, "no_model", False):
        return None
    from assistant.llm.loader import load_engine

    override = backend_override(args)
    try:
        return load_engine(store, getattr(args, "model", None), override)
    except KnownError as exc:
        if getattr(args, "model", None) or override is not None:
            raise
        print(f"daybreak: {exc} Using the templates.", file=sys.stderr)
        return None
