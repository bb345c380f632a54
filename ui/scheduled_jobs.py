"""The digest and reminders in the desktop app.

APScheduler's jobs run on its pool thread: they only emit this bridge's
signals.  The main thread then queues the digest on the engine (so the model,
if loaded, can write the opening line) and fires reminders as notifications.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from assistant import scheduler
from assistant.clock import Clock, SystemClock
from assistant.store import records
from ui.context import AppContext
from ui.engine_worker import Job, JobHandle

log = logging.getLogger("daybreak.ui.scheduled_jobs")


class SchedulerBridge(QObject):
    """Signals: digest_due(), reminders_due() — emitted from APScheduler's pool thread."""

    digest_due = Signal()
    reminders_due = Signal()


class Scheduling(QObject):
    """Signals: digest_made(object), reminder(dict, bool)."""

    digest_made = Signal(object)
    reminder = Signal(object, bool)

    def __init__(self, ctx: AppContext, clock: Clock | None = None, qt_scheduler: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.clock = clock or SystemClock()
        self.bridge = SchedulerBridge()
        self.bridge.digest_due.connect(self.check_digest)
        self.bridge.reminders_due.connect(self.check_reminders)
        aps: Any = None
        if qt_scheduler:
            from apscheduler.schedulers.qt import QtScheduler

            aps = QtScheduler()
        self.jobs = scheduler.DigestScheduler(
            ctx.store, self.bridge.digest_due.emit, self.bridge.reminders_due.emit, scheduler=aps
        )
        self._digest_job: JobHandle | None = None

    def start(self) -> None:
        self.jobs.start()
        self.check_digest()  # start-up: a catch-up if 7:00 passed while we were closed
        self.check_reminders()  # missed reminders, shown once

    def shutdown(self) -> None:
        self.jobs.shutdown()

    def set_time(self, text: str) -> None:
        scheduler.set_digest_time(self.ctx.store, text)  # raises InputError, keeping the old time
        self.time_changed()

    def time_changed(self) -> None:
        """The saved digest time changed: move the daily job, and make today's if now due."""
        self.jobs.reschedule()
        self.check_digest()

    def check_digest(self) -> None:
        if self._digest_job is not None:
            return  # one in the queue already
        store, clock, engine = self.ctx.store, self.clock, self.ctx.engine

        def waiting() -> bool:
            # Read on the engine thread when the digest starts: a request queued behind
            # it (this job is one of the handles) gets the model; the digest takes the template.
            return engine.queued > 1

        make: Callable[[Any, Any], Any] = lambda gen, _ctx: scheduler.ensure_todays_digest(  # noqa: E731
            store, clock, gen, busy=waiting
        )
        self._digest_job = self.ctx.engine.submit(
            Job("digest", make, needs_model=False),
            success=self._on_finished,
            failure=self._on_failed,
            cancelled=self._on_failed,
        )

    def _on_finished(self, out: object) -> None:
        self._digest_job = None
        if out is not None:
            self.digest_made.emit(out)

    def _on_failed(self, *_: object) -> None:
        self._digest_job = None  # the periodic check retries

    def check_reminders(self) -> None:
        """Mark due reminders fired (a write, so off the UI thread), then notify."""
        fired: list[tuple[dict[str, Any], bool]] = []
        store, clock = self.ctx.store, self.clock

        def notify(_: object) -> None:
            for row, missed in fired:
                self.reminder.emit(row, missed)

        self.ctx.write(
            lambda: scheduler.fire_due_reminders(store, clock, lambda r, missed: fired.append((r, missed))),
            notify,
        )

    def snooze(self, reminder_id: int, choice: str) -> None:
        records.snooze_reminder(self.ctx.store, reminder_id, scheduler.snooze_until(choice, self.clock.now()))
