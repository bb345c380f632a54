"""One running Daybreak per data folder: a second launch raises the first window.

Two parts, kept apart on purpose:

- the **lock** (``daybreak.lock`` in the data folder, a ``QLockFile``) decides who
  runs.  Only *contention* (a live process holds it) means "already running"; a lock
  that cannot be written (read-only or full folder) is an I/O error with its real
  reason (:class:`StorageError`), never mistaken for another instance;
- the **socket** only carries "raise your window".  It lives in a folder only this
  user can enter (``$XDG_RUNTIME_DIR``, else the private data folder, else a 0700
  folder of ours in the temp folder), never at a predictable name in the shared temp
  folder where another local user could bind it first; both ends check that the other
  belongs to this user.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import socket
import stat
import struct
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from assistant.errors import StorageError, to_known_error
from assistant.paths import ensure_private_file

log = logging.getLogger("daybreak.ui.single")

#: Longest path a Unix socket address holds (108 on Linux, 104 on macOS, with its NUL).
_MAX_SOCKET_PATH = 100


def _uid() -> int:
    return os.getuid() if hasattr(os, "getuid") else 0


def _private_dir_of_mine(path: Path) -> bool:
    """A real folder (not a link), owned by this user, that nobody else can enter."""
    try:
        st = path.lstat()
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == _uid() and not st.st_mode & 0o077


def socket_path(data_dir: Path) -> str:
    """Where this data folder's instance listens (a path on Unix, a pipe name on Windows)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
    name = f"daybreak-{digest}.sock"
    if os.name != "posix":  # a named pipe, private to the user's session
        return f"daybreak-{_uid()}-{digest}"
    candidates = []
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime:
        candidates.append(Path(runtime) / name)
    candidates.append(data_dir / "daybreak.sock")
    own_tmp = Path(tempfile.gettempdir()) / f"daybreak-{_uid()}"
    candidates.append(own_tmp / name)
    for candidate in candidates:
        if len(str(candidate).encode()) > _MAX_SOCKET_PATH:
            continue
        if candidate.parent == own_tmp:
            with contextlib.suppress(FileExistsError, OSError):
                own_tmp.mkdir(mode=0o700)
        if _private_dir_of_mine(candidate.parent):
            return str(candidate)
    return ""  # nowhere safe: no raising, the lock alone still keeps one instance


def _peer_uid(fd: int) -> int | None:
    """The uid of the process at the other end of a Unix socket (Linux), else ``None``."""
    if not hasattr(socket, "SO_PEERCRED"):
        return None
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, fileno=os.dup(fd))
    try:
        creds = sock.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return None
    finally:
        sock.close()
    return int(struct.unpack("3i", creds)[1])


def _lock_io_error(lock_path: Path, code: object) -> StorageError:
    """The real reason a lock file could not be written, found by writing beside it."""
    probe = lock_path.parent / f".daybreak-probe-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            os.write(fd, b"\0" * 4096)
            os.fsync(fd)
        finally:
            os.close(fd)
            probe.unlink(missing_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(to_known_error(exc) or exc)
    else:
        reason = f"the lock could not be created ({code})"
    return StorageError(
        f"Daybreak cannot write to its data folder {lock_path.parent}: {reason}.",
        "Free some space or make the folder writable (or set DAYBREAK_HOME to another folder).",
    )


class SingleInstance(QObject):
    """Signals: raise_requested() when another launch asks this one to show itself."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.name = socket_path(data_dir)
        self.lock_path = data_dir / "daybreak.lock"
        self.lock = QLockFile(str(self.lock_path))
        self.lock.setStaleLockTime(0)  # a crashed owner's lock is stale as soon as its pid is gone
        self.server: QLocalServer | None = None
        #: After a failed :meth:`acquire`: whether the running instance was asked to raise.
        self.raised = False

    def acquire(self) -> bool:
        """True if this is the first instance; otherwise the first one is asked to raise.

        Raises:
            StorageError: the lock file cannot be written (read-only or full folder).
        """
        if self.lock.tryLock(100):
            ensure_private_file(self.lock_path)
            self._listen()
            return True
        code = self.lock.error()
        if code != QLockFile.LockError.LockFailedError:  # not contention: an I/O error
            raise _lock_io_error(self.lock_path, code)
        self.raised = self._ask_to_raise()
        return False

    def _listen(self) -> None:
        if not self.name:
            return
        if os.name == "posix" and os.path.lexists(self.name):
            os.unlink(self.name)  # a socket left by a crash (the lock says nobody runs)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if not server.listen(self.name):
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
            return
        self.server = server

    def _ask_to_raise(self) -> bool:
        if not self.name:
            return False
        if os.name == "posix":
            try:
                st = os.lstat(self.name)
            except OSError:
                return False
            if not stat.S_ISSOCK(st.st_mode) or st.st_uid != _uid():
                log.warning("%s is not this user's socket; not connecting", self.name)
                return False
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(1000):
            return False
        sock.write(b"raise\n")
        ok = sock.waitForBytesWritten(1000)
        sock.disconnectFromServer()
        return ok

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.disconnected.connect(conn.deleteLater)
            uid = _peer_uid(int(conn.socketDescriptor())) if os.name == "posix" else None
            if uid is not None and uid != _uid():
                log.warning("refused a raise request from uid %s", uid)
                conn.abort()
                continue
            conn.readyRead.connect(lambda c=conn: c.readAll())
            self.raise_requested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
