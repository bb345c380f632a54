"""The one error path of the desktop app (after qutebrowser's ``misc/crashsignal.py``).

Every exception that reaches the top — an uncaught one on the main thread
(``sys.excepthook``), on another thread (``threading.excepthook``), or one a
background write or job hands back — goes to :meth:`ErrorHandler.handle`:

- a known error (:func:`assistant.errors.to_known_error`: locked or full
  database, bad input, missing model…) becomes one plain line in the message
  bar, and nothing the user typed is lost (the caller's "done" step never ran);
- anything else is a bug: logged with its traceback and shown in a crash
  dialog.  Tests replace :meth:`ErrorHandler.show_crash` (a classmethod), so a
  bug fails the test instead of opening a dialog.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from assistant.errors import to_known_error
from ui.messages import MessageBridge

log = logging.getLogger("daybreak.ui.errors")


class ErrorHandler(QObject):
    """Signals: crashed(str): a bug's traceback, delivered on the main thread."""

    crashed = Signal(str)

    def __init__(self, messages: MessageBridge) -> None:
        super().__init__()
        self.messages = messages
        self._saved: tuple[object, object] | None = None
        # Looked up when called, so a test's replacement of the classmethod is used.
        self.crashed.connect(lambda text: type(self).show_crash(text))

    def handle(self, exc: BaseException, show: Callable[[str], object] | None = None) -> None:
        """Known error → the message bar (or ``show``, e.g. a dialog's own status line);
        a bug → the log and the crash dialog."""
        known = to_known_error(exc)
        if known is not None:
            (show or self.messages.error)(str(known))
            return
        text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        log.error("unexpected error\n%s", text)
        self.crashed.emit(text)  # queued to the main thread when raised elsewhere

    # -- hooks -------------------------------------------------------------------

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.handle(exc.with_traceback(tb))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_value)

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook`` (the app does this once)."""
        if self._saved is None:
            self._saved = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._saved is not None:
            sys.excepthook, threading.excepthook = self._saved  # type: ignore[assignment]
            self._saved = None

    @classmethod
    def show_crash(cls, text: str) -> None:
        """The crash dialog (tests replace this classmethod so a bug fails the test)."""
        box = QMessageBox(QMessageBox.Icon.Critical, "Daybreak", "Something went wrong inside Daybreak.")
        box.setInformativeText(
            "Your data is saved. The details below are also in the log; please include them "
            "when you report this."
        )
        box.setDetailedText(text)
        box.exec()
