"""What the writing commands (email, recipe, plan) share: the optional model."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from assistant.cli.common import Subparsers, optional_engine, server_options

if TYPE_CHECKING:
    from assistant.llm.base import Engine
    from assistant.store import Store

__all__ = ["Subparsers", "model_options", "open_model"]


def model_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", help="GGUF model file to use")
    p.add_argument("--no-model", action="store_true", help="do not load a model (templates and rules only)")
    server_options(p, argparse.SUPPRESS)


def open_model(store: Store, args: argparse.Namespace) -> Engine | None:
    """The engine, or ``None`` with one line on stderr when there is none and none was asked for."""
    return optional_engine(store, args, "Using the templates.")
