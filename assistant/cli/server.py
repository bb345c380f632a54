"""``daybreak server set|off|show|test``: a model server instead of the local model."""

from __future__ import annotations

import argparse
import sys

from assistant.cli.common import Subparsers, seconds
from assistant.errors import InputError
from assistant.store import Store


def register(sub: Subparsers) -> None:
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
    ss.add_argument(
        "--timeout", type=seconds, default=60.0, help="seconds to wait for the server (default 60)"
    )
    ss.set_defaults(handler=set_)

    ssub.add_parser("off", help="back to the local model (the keyring entry is deleted)").set_defaults(
        handler=off
    )
    ssub.add_parser("show", help="the saved setting").set_defaults(handler=show)
    ssub.add_parser(
        "confirm", help="use the saved server (needed after a restore brought one in)"
    ).set_defaults(handler=confirm)
    ssub.add_parser("test", help="ask the server which models it serves").set_defaults(handler=probe)


def set_(store: Store, args: argparse.Namespace) -> int:
    from assistant.llm.backend import OPENAI, BackendChoice, save_api_key, set_backend

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


def off(store: Store, args: argparse.Namespace) -> int:
    from assistant.llm.backend import BackendChoice, delete_api_key, get_backend, set_backend

    current = get_backend(store)
    if current.key_in_keyring:
        delete_api_key(current.base_url)
    set_backend(store, BackendChoice())
    print("Daybreak will use the local model.")
    return 0


def show(store: Store, args: argparse.Namespace) -> int:
    from assistant.llm.backend import get_backend

    current = get_backend(store)
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
    if not current.confirmed:
        print("Status:   OFF until confirmed (it came with a restored backup): daybreak server confirm")
    return 0


def confirm(store: Store, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from assistant.llm.backend import get_backend, set_backend

    current = get_backend(store)
    if not current.remote:
        raise InputError("No server is configured.", "daybreak server set URL")
    set_backend(store, replace(current, confirmed=True))
    print(f"Daybreak will use {current.describe()}.")
    return 0


def probe(store: Store, args: argparse.Namespace) -> int:
    from assistant.llm.backend import get_backend, make_remote

    current = get_backend(store)
    if not current.remote:
        raise InputError("No server is configured.", "daybreak server set URL")
    if not current.confirmed:  # probing would send the key to a server the user never chose
        raise InputError(
            f"The saved server {current.base_url} came with a restored backup and is not confirmed.",
            "Check it with daybreak server show, then daybreak server confirm.",
        )
    ids = make_remote(current).probe()
    print(f"{current.base_url} answers; it serves: {', '.join(ids) or '(no models listed)'}")
    return 0
