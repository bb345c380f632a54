"""Opening the database: location, pragmas, migrations, one connection per thread."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from assistant import settings
from assistant.errors import StorageError, to_known_error
from assistant.paths import data_dir, ensure_private_dir, ensure_private_file
from assistant.store.migrations import migrations

log = logging.getLogger("daybreak.store")

#: How long a write waits for another Daybreak process before saying "locked".
BUSY_TIMEOUT_MS = settings.BUSY_TIMEOUT_MS.get()
T = TypeVar("T")


def default_db_path() -> Path:
    return data_dir() / "daybreak.db"


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # FULL: a to-do the user saw saved survives a power cut, not only a crash.
    conn.execute("PRAGMA synchronous = FULL")


def _connect(path: Path) -> Database:
    ensure_private_dir(path.parent, tighten_existing=False)  # a folder Daybreak did not create keeps its mode
    old_umask = os.umask(0o077)  # the DB and its -wal/-shm are created 0600
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    finally:
        os.umask(old_umask)
    _configure(conn)
    return Database(conn, execute_plugins=False)


def migrate(db: Database) -> None:
    """Apply pending migrations; refuse a DB written by a newer Daybreak."""
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    unknown = sorted(applied - known)
    if unknown:
        raise StorageError(
            "This database was written by a newer version of Daybreak "
            f"(it has schema steps {', '.join(unknown)}).",
            "Update Daybreak, or point DAYBREAK_HOME at another folder.",
        )
    if not applied:
        # A database with tables but none of Daybreak's history belongs to another
        # program: adding our tables to it would damage it.
        foreign = [t for t in db.table_names() if not t.startswith("sqlite_")]
        if foreign:
            raise StorageError(
                f"This database is not Daybreak's: it already has other tables ({', '.join(foreign[:5])}).",
                "Give Daybreak its own file, or point DAYBREAK_HOME at another folder.",
            )
    if migrations.pending(db):
        migrations.apply(db)


class Store:
    """The app's SQLite database, with one connection per thread that uses it.

    ``store.db`` returns the calling thread's connection, opened on first use.
    The first connection in a process applies migrations.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else default_db_path()
        self._local = threading.local()
        self._lock = threading.Lock()
        self._migrated = False
        self.db  # open now, so a bad file is reported at start, not later  # noqa: B018

    @property
    def db(self) -> Database:
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            db = guard(lambda: self._open())
            self._local.db = db
        return db

    def _open(self) -> Database:
        db = _connect(self.path)
        try:
            with self._lock:
                if not self._migrated:
                    migrate(db)
                    self._migrated = True
        except BaseException:
            # A failed open must not leave a half-configured connection behind.
            db.close()
            raise
        for suffix in ("", "-wal", "-shm"):
            ensure_private_file(Path(str(self.path) + suffix))
        return db

    def close_thread(self) -> None:
        """Close the calling thread's connection (call from worker threads at exit)."""
        db = getattr(self._local, "db", None)
        if db is not None:
            self._local.db = None
            db.close()

    def close(self) -> None:
        """Close this thread's connection; other threads must close their own."""
        self.close_thread()

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """A write transaction on this thread's connection, with errors mapped.

        ``BEGIN IMMEDIATE`` takes the write lock up front: a deferred transaction that
        reads first and writes later gets SQLITE_BUSY at once (no waiting) when another
        process wrote in between, which is what several Daybreak processes would hit.
        """
        db = self.db
        try:
            if db.conn.in_transaction:
                with db.atomic():  # nested: a savepoint
                    yield db
                return
            db.conn.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                if db.conn.in_transaction:
                    db.conn.execute("ROLLBACK")
                raise
            db.conn.execute("COMMIT")
        except Exception as exc:
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            known = to_known_error(exc)
            if known is not None and known is not exc:
                raise known from exc
            raise


def guard(fn: Callable[[], T]) -> T:
    """Run ``fn``, turning environment errors into :class:`KnownError`."""
    try:
        return fn()
    except Exception as exc:
        known = to_known_error(exc)
        if known is not None and known is not exc:
            raise known from exc
        raise
