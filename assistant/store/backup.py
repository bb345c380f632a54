"""Backups with SQLite's online backup API (never a file copy: a copy taken while
the app writes can be torn), and a restore that refuses anything that is not a
sound Daybreak database."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from assistant.errors import InputError, StorageError
from assistant.store.db import Store, guard
from assistant.store.migrations import migrations


def backup(store: Store, dest: Path) -> Path:
    """Write a consistent copy of the live database to ``dest`` (0600)."""
    dest = Path(dest).expanduser()
    if dest.is_dir():
        dest = dest / f"daybreak-{datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
    if dest.resolve() == store.path.resolve():
        raise InputError("The backup must not overwrite the live database.")
    tmp = dest.with_name(dest.name + ".partial")
    old_umask = os.umask(0o077)
    try:
        target = guard(lambda: sqlite3.connect(tmp))
        try:
            guard(lambda: store.db.conn.backup(target, pages=256))
        finally:
            target.close()
    finally:
        os.umask(old_umask)
    check(tmp)
    os.replace(tmp, dest)  # a half-written backup never carries the final name
    return dest


def check(path: Path) -> None:
    """Raise unless ``path`` is an intact Daybreak database this version can open."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"No such file: {path}")
    with path.open("rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise InputError(f"{path.name} is not a Daybreak database (not an SQLite file).")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = conn.execute("pragma integrity_check").fetchone()[0]
        if result != "ok":
            raise StorageError(f"{path.name} is damaged: {result}")
        try:
            names = {
                r[0]
                for r in conn.execute("select name from _sqlite_migrations where migration_set = 'daybreak'")
            }
        except sqlite3.DatabaseError:
            names = set()
        if not names:
            raise InputError(f"{path.name} is an SQLite file but not a Daybreak database.")
        unknown = names - {m.name for m in migrations._migrations}
        if unknown:
            raise StorageError(f"{path.name} was written by a newer Daybreak.", "Update Daybreak first.")
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path.name} is not a Daybreak database ({exc}).") from exc
    finally:
        conn.close()


def restore(store: Store, src: Path) -> Path:
    """Replace the live database with ``src`` after checking it; the current data is
    first saved beside it as ``daybreak.db.before-restore-<time>``."""
    src = Path(src).expanduser()
    check(src)
    safety = store.path.with_name(
        f"{store.path.name}.before-restore-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
    )
    backup(store, safety)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        guard(lambda: source.backup(store.db.conn))
    finally:
        source.close()
    return safety
