"""``daybreak backup`` and ``daybreak restore``."""

from __future__ import annotations

import argparse

from assistant.cli.common import Subparsers
from assistant.store import Store


def register(sub: Subparsers) -> None:
    b = sub.add_parser("backup", help="a consistent copy of your data (SQLite backup API)")
    b.add_argument("path", help="file or folder to write the backup to")
    b.add_argument("--force", action="store_true", help="replace an existing backup file")
    b.set_defaults(handler=backup)

    rs = sub.add_parser("restore", help="replace your data with a backup (the current data is kept aside)")
    rs.add_argument("path", help="a backup made by daybreak backup")
    rs.set_defaults(handler=restore)


def backup(store: Store, args: argparse.Namespace) -> int:
    from assistant.store import backup as backups

    print(f"Backed up to {backups.backup(store, args.path, force=args.force)}.")
    return 0


def restore(store: Store, args: argparse.Namespace) -> int:
    from assistant.llm.backend import get_backend, redact
    from assistant.store import backup as backups

    safety = backups.restore(store, args.path)
    print(f"Restored from {args.path}. Your previous data is in {safety}.")
    server = get_backend(store)
    if server.remote and not server.confirmed:
        print(
            f"The backup names a model server ({redact(server.base_url)}); it stays off and the local "
            "model is used until you check it: daybreak server show, then daybreak server confirm."
        )
    return 0
