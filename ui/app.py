"""The desktop app's entry point: wiring only.

Builds one :class:`AppContext` (store, engine, message bridge), the window and
the tray, starts the model loading in the background, and shuts down in order:
cancel → unload → quit the engine thread → wait → close the database.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QSystemTrayIcon

from assistant import settings
from assistant.clock import Clock
from assistant.errors import to_known_error
from assistant.llm.backend import BackendChoice
from assistant.llm.base import Engine
from assistant.paths import data_dir
from assistant.scheduler import DigestOutcome
from assistant.store import Store
from ui.context import AppContext
from ui.engine_worker import EngineHandle
from ui.errors import ErrorHandler
from ui.main_window import MainWindow
from ui.messages import MessageBridge
from ui.scheduled_jobs import Scheduling
from ui.single_instance import SingleInstance
from ui.tasks import wait_for_writes
from ui.theme import SchemeFollower

log = logging.getLogger("daybreak.ui")


def model_factory(store: Store, backend: BackendChoice | None = None) -> Engine:
    """Runs on the engine thread: the model belongs to it.  Reads the settings when
    called, so a switch after the user changed them loads what they chose."""
    from assistant.llm.loader import load_engine

    return load_engine(store, None, backend)


def build(
    store: Store,
    factory: Callable[[], Engine] | None = None,
    backend: BackendChoice | None = None,
    *,
    clock: Clock | None = None,
) -> tuple[AppContext, MainWindow]:
    engine = EngineHandle(factory or (lambda: model_factory(store, backend)))
    messages = MessageBridge()
    ctx = AppContext(
        store=store,
        engine=engine,
        messages=messages,
        model_factory=lambda: model_factory(store),
        errors=ErrorHandler(messages),
    )
    window = MainWindow(ctx, Scheduling(ctx, clock=clock))
    return ctx, window


def wire_scheduling(ctx: AppContext, window: MainWindow, tray: QSystemTrayIcon | None) -> Scheduling:
    """Digest and reminders: notifications through the tray (if any) and the message bar."""
    sched = window.scheduling
    from ui.notify import Notifier

    notifier = Notifier(tray, ctx.messages.info)  # desktop notification, else tray, plus the message bar

    def digest_made(outcome: DigestOutcome) -> None:
        ctx.events.digest_changed.emit()
        first = next((ln for ln in outcome.body.splitlines()[2:] if ln.strip()), "")
        title = "Your Daybreak digest" + (" (catch-up)" if outcome.catch_up else "")
        if outcome.rebuilt:
            title += " (updated)"
        notifier.notify(title, f"{first} (see Digest)")

    def reminder(row: dict[str, object], missed: bool) -> None:
        notifier.notify(f"Reminder{' (missed)' if missed else ''}", str(row["text"]))
        ctx.events.digest_changed.emit()

    sched.digest_made.connect(digest_made)
    sched.reminder.connect(reminder)
    return sched


def shutdown(ctx: AppContext, sched: Scheduling | None = None) -> bool:
    """cancel → unload → quit the engine thread → wait → scheduler → writes → database.

    Returns whether the engine thread stopped (see :meth:`EngineHandle.shutdown`).
    """
    stopped = ctx.engine.shutdown()
    if sched is not None:
        sched.shutdown()
    if not wait_for_writes():
        log.error("database writes were still running at shutdown")
    # Reads off the UI thread (a to-dos page, a search) finish before the database closes;
    # one still running at exit would call back into a deleted object.
    if not QThreadPool.globalInstance().waitForDone(5000):
        log.error("background reads were still running at shutdown")
    ctx.store.close()
    return stopped


def _exit_now(code: int) -> None:
    """End the process without destroying a QThread that is still running.

    llama.cpp busy in native code (a model still loading, a long prompt) cannot be
    interrupted, and destroying its running QThread makes Qt abort the process
    ("QThread: Destroyed while thread is still running", SIGABRT).  Everything
    worth keeping is written and closed by now (the database, the lock), so the
    process ends here with the app's own exit code instead.
    """
    log.warning("the model was still busy at quit; exiting without waiting for it")
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _tray(window: MainWindow, app: QApplication) -> QSystemTrayIcon | None:
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    icon = QIcon.fromTheme("appointment-new")
    tray = QSystemTrayIcon(icon, app)
    menu = QMenu()
    menu.addAction("Show Daybreak", window.raise_window)
    menu.addAction("Quit", window.quit)
    tray.setContextMenu(menu)
    tray.activated.connect(lambda _reason: window.raise_window())
    tray.setToolTip("Daybreak")
    tray.show()
    window.hide_to_tray = True
    return tray


def main(
    argv: list[str] | None = None, *, background: bool = False, backend: BackendChoice | None = None
) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Daybreak")
    app.setDesktopFileName("daybreak")
    SchemeFollower(app)  # light or dark as the system is, switching live
    try:
        home = data_dir()
        single = SingleInstance(home)
        if not single.acquire():
            if single.raised:
                print("Daybreak is already running; its window was raised.", file=sys.stderr)
                return 0
            # Contention, but the other instance did not answer: say so, and do not
            # claim success (a log-in start must not look fine when it did nothing).
            print(
                "daybreak: Daybreak is already running for this data folder but did not answer "
                "(it may be starting or stuck); this launch did nothing.",
                file=sys.stderr,
            )
            return 1
        store = Store()
    except Exception as exc:  # no window yet: the one error path, shown in a message box
        known = to_known_error(exc)
        # stderr too: a start at log-in (--background) has nobody looking at a dialog.
        print(
            f"daybreak: {known if known is not None else f'Daybreak could not start: {exc}'}", file=sys.stderr
        )
        ErrorHandler(MessageBridge()).handle(
            exc, show=lambda text: QMessageBox.critical(None, "Daybreak", text)
        )
        return 2
    ctx, window = build(store, backend=backend)
    ctx.errors.install()  # from here on, every uncaught error takes the one path
    single.raise_requested.connect(window.raise_window)
    tray = _tray(window, app)
    if not (background and tray is not None):  # hidden only where the tray can bring it back
        window.show()
    ctx.engine.load()  # after the window is up: the model loads in the background
    sched = wire_scheduling(ctx, window, tray)
    sched.start()  # queued behind the load: today's digest gets the model's opening if it loads
    app.setQuitOnLastWindowClosed(tray is None)
    window.ask_on_close = tray is None  # no tray: closing asks once whether to keep running
    quit_after = settings.QUIT_AFTER_MS.get()  # smoke runs of a packaged build
    if quit_after:
        QTimer.singleShot(quit_after, window.quit)
    if tray is not None:
        app.aboutToQuit.connect(tray.hide)
        window.destroyed.connect(app.quit)
    code = 1  # if exec() itself raises
    try:
        code = int(app.exec())
        return code
    finally:
        stopped = shutdown(ctx, sched)
        ctx.errors.uninstall()
        single.release()
        if not stopped:
            _exit_now(code)
