"""Background work that is not the model: one helper, results on the main thread.

After Anki's ``taskman.py``: ``run_in_background(fn, on_done, on_error)`` runs
``fn`` on Qt's thread pool and calls back on the main thread.  No ad-hoc
threads anywhere else in the UI.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
    QThreadPool.globalInstance().start(_Task(fn, relay))
