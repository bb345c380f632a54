"""Digest history (rendered Markdown), a Refresh of today's content, the digest time, and reminders with snooze."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from assistant import autostart, scheduler
from assistant.scheduler import digest_time
from assistant.store import records
from ui.context import AppContext
from ui.scheduled_jobs import Scheduling
from ui.time_field import TimeField


class DigestPane(QWidget):
    def __init__(self, ctx: AppContext, scheduling: Scheduling) -> None:
        super().__init__()
        self.ctx = ctx
        self.scheduling = scheduling
        self.list = QListWidget()
        self.list.setAccessibleName("Digests")
        self.list.currentItemChanged.connect(self._show)
        self.body = QTextBrowser()  # the digest is Markdown: shown rendered, exported as written
        self.body.setOpenLinks(False)
        self.body.setAccessibleName("Digest")
        self.markdown = ""
        self.refresh_button = QPushButton("Refresh today")
        self.refresh_button.setAccessibleName("Rebuild today's digest content from the current to-dos")
        self.refresh_button.setToolTip(
            "Rebuild today's content from your to-dos and reminders as they are now"
        )
        self.refresh_button.clicked.connect(self.refresh_today)
        self.empty = QLabel("No digests yet. Your first arrives at the digest time.")
        t = digest_time(ctx.store)
        self.time = TimeField(QTime(t.hour, t.minute))
        self.time.setAccessibleName("Digest time")
        self.time.setToolTip("Type a time (7:30, 0730, 7pm) and press Enter")
        self.time.time_entered.connect(lambda _t: self._set_time())
        self.time.invalid.connect(
            lambda text: self.ctx.messages.error(f"Not a time: {text!r}. Type it like 07:30, 0730 or 7:30pm.")
        )
        self.save_time = QPushButton("Set digest time")
        self.save_time.clicked.connect(self._set_time)
        self.autostart = QCheckBox("Start Daybreak when I log in, so the digest arrives on time")
        self.autostart.setChecked(autostart.is_enabled())
        self.autostart.toggled.connect(self._set_autostart)
        self.export_button = QPushButton("Export Markdown…")
        self.export_button.clicked.connect(self.export_markdown)
        self.reminders = QListWidget()
        self.reminders.setAccessibleName("Reminders")
        snooze_row = QHBoxLayout()
        for choice in ("10 min", "1 h", "tomorrow"):
            b = QPushButton(f"Snooze {choice}")
            b.clicked.connect(lambda _=False, c=choice: self.snooze(c))
            snooze_row.addWidget(b)
        top = QHBoxLayout()
        top.addWidget(QLabel("Daily digest at"))
        top.addWidget(self.time)
        top.addWidget(self.save_time)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.body)
        split.setSizes([240, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.autostart)
        layout.addWidget(self.empty)
        layout.addWidget(split, 3)
        layout.addWidget(QLabel("Reminders"))
        layout.addWidget(self.reminders, 1)
        layout.addLayout(snooze_row)
        ctx.events.digest_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        rows = records.list_digests(self.ctx.store)
        self.empty.setVisible(not rows)
        self.list.clear()
        for r in rows:
            item = QListWidgetItem(f"{r['run_date']}" + ("  (catch-up)" if r["catch_up"] else ""))
            item.setData(Qt.ItemDataRole.UserRole, r["body"])
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)
        self.reminders.clear()
        recent = list(self.ctx.store.db.query("select * from reminders order by at desc limit 50"))
        for r in recent:
            state = "fired" if r["fired_at"] else "upcoming"
            item = QListWidgetItem(f"{records.local_time(r['at']):%Y-%m-%d %H:%M}  {r['text']}  ({state})")
            item.setData(Qt.ItemDataRole.UserRole, int(r["id"]))
            self.reminders.addItem(item)

    def _show(self, item: QListWidgetItem | None) -> None:
        self.show_markdown(item.data(Qt.ItemDataRole.UserRole) if item else "")

    def show_markdown(self, text: str) -> None:
        self.markdown = text
        self.body.setMarkdown(text)

    def refresh_today(self) -> None:
        """Today's content rebuilt from the store as it is now (to-dos added or done since the
        digest was made). Shown, not saved: the day's digest stays as it was sent."""
        from assistant.skills.digest import collect, render

        today = date.today()
        data = collect(
            self.ctx.store, today, since=records.last_digest_created(self.ctx.store), catch_up=False
        )
        data.opening = f"*Refreshed at {datetime.now().strftime('%H:%M')} from your to-dos and reminders as they are now.*"
        self.list.blockSignals(True)
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.list.blockSignals(False)
        self.show_markdown(render(data))

    @classmethod
    def ask_save_path(cls, parent: QWidget) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, "Export digest", "daybreak-digest.md", "Markdown (*.md)"
        )
        return path or None

    def export_markdown(self) -> None:
        text = self.markdown
        if not text:
            self.ctx.messages.info("No digest to export yet.")
            return
        path = self.ask_save_path(self)
        if not path:
            return
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        except OSError as exc:
            self.ctx.messages.error(f"Could not save {path}: {exc.strerror}")

    def _set_autostart(self, on: bool) -> None:
        try:
            if on:
                autostart.enable()
            else:
                autostart.disable()
        except OSError as exc:
            self.ctx.messages.error(f"Could not change the log-in start: {exc.strerror}")

    def _set_time(self) -> None:
        text = self.time.time().toString("HH:mm")

        def done(_: object) -> None:
            self.scheduling.time_changed()
            self.ctx.messages.info(f"The digest now arrives daily at {text}.")

        # A bad time raises InputError in the write and keeps the old one (the error path says why).
        self.ctx.write(lambda: scheduler.set_digest_time(self.ctx.store, text), done)

    def snooze(self, choice: str) -> None:
        item = self.reminders.currentItem()
        if item is None:
            self.ctx.messages.info("Pick a reminder to snooze.")
            return
        reminder_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.ctx.write(lambda: self.scheduling.snooze(reminder_id, choice), lambda _: self.refresh())
