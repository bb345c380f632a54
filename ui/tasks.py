"""Background work that is not the model: one helper, results on the main thread.

After Anki's ``taskman.py``: ``run_in_background(fn, on_done, on_error)`` runs
``fn`` on Qt's thread pool and calls back on the main thread.  No ad-hoc
threads anywhere else in the UI.

Database writes go through :func:`run_write`: one writer thread, so writes
land in the order the user made them (delete, then undo) and the UI thread
never waits on SQLite's lock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from assistant.store import Store

log = logging.getLogger("daybreak.ui.tasks")


class _Relay(QObject):
    done = Signal(object)
    error = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            out = self.fn()
        except Exception as exc:  # delivered to on_error on the main thread
            self.relay.error.emit(exc)
        else:
            self.relay.done.emit(out)


_live: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
) -> None:
    """Run ``fn`` off the UI thread; ``on_done``/``on_error`` run on the UI thread."""
    relay = _Relay()  # created on the main thread, so its signals are delivered there
    _live.add(relay)

    def finish_ok(out: Any) -> None:
        _live.discard(relay)
        on_done(out)

    def finish_err(exc: BaseException) -> None:
        _live.discard(relay)
        on_error(exc)

    relay.done.connect(finish_ok)
    relay.error.connect(finish_err)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, relay))


_writer: QThreadPool | None = None
_pending_writes = 0


def _writer_pool() -> QThreadPool:
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)  # one at a time, in order
    return _writer


def run_write(
    store: Store,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    """Run a database write on the writer thread, in submission order."""

    global _pending_writes

    def work() -> Any:
        try:
            return fn()
        finally:
            store.close_thread()  # pool threads must not keep connections open

    def done(out: Any) -> None:
        global _pending_writes
        _pending_writes -= 1
        on_done(out)

    def failed(exc: BaseException) -> None:
        global _pending_writes
        _pending_writes -= 1
        on_error(exc)

    _pending_writes += 1
    run_in_background(work, done, failed, _writer_pool())


def pending_writes() -> int:
    """Writes queued or running whose callback has not run yet (main thread only)."""
    return _pending_writes


def wait_for_writes(timeout_ms: int = 10_000) -> bool:
    """Let queued writes finish (before the database is closed)."""
    return _writer is None or _writer.waitForDone(timeout_ms)
