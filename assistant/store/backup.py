"""Backups with SQLite's online backup API (never a file copy: a copy taken while
the app writes can be torn), and a restore that refuses anything that is not a
sound Daybreak database."""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
from datetime import datetime
from pathlib import Path

from assistant.errors import InputError, StorageError, to_known_error
from assistant.store.db import Store, guard
from assistant.store.migrations import migrations


def _ro_uri(path: Path) -> str:
    """A read-only SQLite URI for ``path``, escaped (``#``, ``?`` and ``%`` are legal in
    file names) and ``immutable``: nothing is written beside the file (no ``-shm`` or
    ``-wal``), so a backup on read-only media opens too."""
    return Path(path).resolve().as_uri() + "?mode=ro&immutable=1"


def _remove_debris(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def backup(store: Store, dest: Path, *, force: bool = False) -> Path:
    """Write a consistent copy of the live database to ``dest`` (0600).

    The copy is one self-contained file (rollback journal, not WAL: nothing beside it
    is needed to read it).  An existing ``dest`` is replaced only with ``force``, and
    only if it is a regular file: never a device, a link or anything else.
    """
    dest = Path(dest).expanduser()
    if dest.is_dir():
        dest = dest / f"daybreak-{datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
    if dest.exists() and dest.resolve() == store.path.resolve():
        raise InputError("The backup must not overwrite the live database.")
    if os.path.lexists(dest):
        if not stat.S_ISREG(os.lstat(dest).st_mode):
            raise InputError(f"{dest} exists and is not a regular file; the backup is not written there.")
        if not force:
            raise InputError(f"{dest} already exists.", "Use --force to replace it, or choose another name.")
    if not dest.parent.is_dir():
        raise InputError(f"No such folder: {dest.parent}")
    old_umask = os.umask(0o077)
    try:
        # A fresh name beside the destination: a half-written backup never carries
        # the final name, and an existing ".partial" file is never reused.
        fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".partial", dir=dest.parent)
        os.close(fd)
    except OSError as exc:
        known = to_known_error(exc)
        raise known if known is not None else exc from exc
    finally:
        os.umask(old_umask)
    tmp = Path(tmp_name)
    try:
        target = guard(lambda: sqlite3.connect(tmp))
        try:
            guard(lambda: store.db.conn.backup(target, pages=256))
            # The backup copies the live file's WAL flag; a backup is one file.
            guard(lambda: target.execute("pragma journal_mode = delete").fetchone())
        finally:
            target.close()
        check(tmp)
        os.replace(tmp, dest)
    except BaseException:
        _remove_debris(tmp)
        raise
    _remove_debris(Path(str(tmp)))  # the journal of the temporary name, if any
    return dest


def check(path: Path) -> None:
    """Raise unless ``path`` is an intact Daybreak database this version can open."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"No such file: {path}")
    with path.open("rb") as f:
        if f.read(16) != b"SQLite format 3\x00":
            raise InputError(f"{path.name} is not a Daybreak database (not an SQLite file).")
    conn = sqlite3.connect(_ro_uri(path), uri=True)
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
    first saved beside it as ``daybreak.db.before-restore-<time>``.

    A model server named in the backup is not used until the user confirms it
    (:func:`assistant.llm.backend.require_confirmation`): a backup from someone else
    could otherwise send this computer's API key to their server.
    """
    src = Path(src).expanduser()
    check(src)
    safety = store.path.with_name(
        f"{store.path.name}.before-restore-{datetime.now().strftime('%Y%m%d-%H%M%S')}"
    )
    backup(store, safety)
    source = sqlite3.connect(_ro_uri(src), uri=True)
    try:
        guard(lambda: source.backup(store.db.conn))
        # The copied header says "rollback journal": the live database goes back to WAL.
        guard(lambda: store.db.conn.execute("pragma journal_mode = wal").fetchone())
    finally:
        source.close()
    from assistant.llm.backend import require_confirmation

    require_confirmation(store)
    return safety
