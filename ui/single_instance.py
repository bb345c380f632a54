"""One running Daybreak per data folder: a second launch raises the first window."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from assistant.paths import ensure_private_file


def _server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:12]
    return f"daybreak-{os.getuid() if hasattr(os, 'getuid') else 0}-{digest}"


class SingleInstance(QObject):
    """Signals: raise_requested() when another launch asks this one to show itself."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.name = _server_name(data_dir)
        self.lock_path = data_dir / "daybreak.lock"
        self.lock = QLockFile(str(self.lock_path))
        self.lock.setStaleLockTime(0)  # a crashed owner's lock is stale as soon as its pid is gone
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True if this is the first instance; otherwise the first one is asked to raise."""
        if self.lock.tryLock(100):
            ensure_private_file(self.lock_path)
            QLocalServer.removeServer(self.name)  # a socket left by a crash
            self.server = QLocalServer(self)
            self.server.newConnection.connect(self._on_connection)
            self.server.listen(self.name)
            return True
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if sock.waitForConnected(1000):
            sock.write(b"raise\n")
            sock.waitForBytesWritten(1000)
            sock.disconnectFromServer()
        return False

    def _on_connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: c.readAll())
            conn.disconnected.connect(conn.deleteLater)
            self.raise_requested.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()
