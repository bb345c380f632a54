"""Error classes and the one place that maps environment errors to them.

A :class:`KnownError` is something about the user's environment or input
(model missing, database locked, disk full, bad file): it is shown plainly
with what to do, never as a traceback.  Anything else is a bug.
"""

from __future__ import annotations

import errno
import sqlite3


class DaybreakError(Exception):
    """Base class of every error Daybreak raises on purpose."""


class KnownError(DaybreakError):
    """An error the user can act on.

    Attributes:
        message: What happened, in plain words.
        hint: What to do about it (may be empty).
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class ModelError(KnownError):
    """The model file is missing, unreadable or not a usable GGUF."""


class StorageError(KnownError):
    """The database cannot be read or written (locked, read-only, full, newer)."""


class InputError(KnownError):
    """The user's input cannot be used (empty, binary, not UTF-8, bad date…)."""


class ContextOverflowError(KnownError):
    """A prompt does not fit the model's context window."""


# SQLite primary result codes (https://www.sqlite.org/rescode.html).
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_CORRUPT = 11
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26


def to_known_error(exc: BaseException) -> KnownError | None:
    """Map an environment exception to a :class:`KnownError`, or ``None`` for bugs.

    Decided by exception type and error code, never by message text.
    """
    if isinstance(exc, KnownError):
        return exc
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
            return StorageError(
                "The Daybreak database is locked by another program.",
                "Close other Daybreak windows or commands and try again; nothing was saved by this attempt.",
            )
        if primary == _SQLITE_READONLY:
            return StorageError(
                "The Daybreak database is read-only.",
                "Check the permissions of the data folder (daybreak model info shows it).",
            )
        if primary == _SQLITE_FULL:
            return StorageError(
                "The disk is full, so Daybreak could not save.",
                "Free some space and try again; what you typed is still here.",
            )
        if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return StorageError(
                "The Daybreak database file is damaged or is not a Daybreak database.",
                "Restore it from a backup, or move it aside to start fresh.",
            )
        if primary in (_SQLITE_CANTOPEN, _SQLITE_IOERR):
            return StorageError(
                "Daybreak could not open or write its database file.",
                "Check that the data folder exists and is writable.",
            )
        return None
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return StorageError("The disk is full.", "Free some space and try again.")
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return StorageError(
                f"Permission denied: {exc.filename or ''}".strip(),
                "Check the file's permissions.",
            )
        if exc.errno == errno.ENOENT:
            return InputError(f"No such file: {exc.filename}")
        if exc.errno == errno.EISDIR:
            return InputError(f"That is a folder, not a file: {exc.filename}")
        return None
    return None
