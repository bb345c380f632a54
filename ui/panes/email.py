"""Email: facts shown as editable fields first, then a streamed draft in a chosen tone."""

from __future__ import annotations

import urllib.parse
from datetime import date
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.errors import KnownError
from assistant.skills import email as skill
from assistant.store import records
from ui.context import AppContext
from ui.engine_worker import EngineState, Job
from ui.flow_layout import FlowLayout
from ui.widgets import StreamBuffer


class EmailPane(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.job_id: int | None = None
        self.request = QLineEdit(
            placeholderText="Reschedule my 10 AM with Sarah to tomorrow, polite, mention I'll send the notes in advance"
        )
        self.request.setAccessibleName("What the email is for")
        self.template = QComboBox()
        self.template.addItems(["Template…", *skill.TEMPLATES])
        self.template.currentTextChanged.connect(self._template)
        self.facts_button = QPushButton("Get facts")
        self.facts_button.clicked.connect(self.get_facts)
        self.recipient = QLineEdit()
        self.purpose = QLineEdit()
        self.old_time = QLineEdit()
        self.new_time = QLineEdit()
        self.points = QLineEdit()
        self.points.setPlaceholderText("points to mention, separated by ;")
        self.tone = QComboBox()
        self.tone.addItems(list(skill.TONES))
        self.length = QComboBox()
        self.length.addItems(list(skill.LENGTHS))
        self.draft_button = QPushButton("Draft")
        self.draft_button.clicked.connect(self.draft)
        self.draft_box = QPlainTextEdit()
        self.draft_box.setAccessibleName("Draft")
        self.stream = StreamBuffer(self.draft_box)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(lambda: self.ctx.engine.stop(self.job_id))
        revise = FlowLayout()  # wraps at 800x600 instead of cutting "Open in mail app" off
        self.revise_buttons = []
        for how in ("rewrite", "shorten", "proofread"):
            b = QPushButton(how.capitalize())
            b.clicked.connect(lambda _=False, h=how: self.revise(h))
            self.revise_buttons.append(b)
            revise.addWidget(b)
        for label, fn in (
            ("Copy", self.copy),
            ("Save as note", self.save_note),
            ("Open in mail app", self.mailto),
        ):
            b = QPushButton(label)
            b.clicked.connect(fn)
            revise.addWidget(b)
        revise.addWidget(self.stop_button)
        top = QHBoxLayout()
        top.addWidget(self.request, 1)
        top.addWidget(self.template)
        top.addWidget(self.facts_button)
        form = QFormLayout()
        for name, w in (
            ("To", self.recipient),
            ("About", self.purpose),
            ("Original time", self.old_time),
            ("New time", self.new_time),
            ("Mention", self.points),
            ("Tone", self.tone),
            ("Length", self.length),
        ):
            w.setAccessibleName(name)
            form.addRow(name, w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.draft_button)
        layout.addWidget(self.draft_box, 1)
        layout.addLayout(revise)
        e = ctx.engine
        e.token.connect(self._on_token)
        e.finished.connect(self._on_done)
        e.failed.connect(self._on_failed)
        e.cancelled.connect(self._on_cancelled)

    def _template(self, name: str) -> None:
        if name in skill.TEMPLATES:
            self.request.setText(skill.TEMPLATES[name])

    def get_facts(self) -> None:
        facts = skill.extract_facts(self.request.text(), date.today())
        self.recipient.setText(facts.recipient)
        self.purpose.setText(facts.purpose)
        self.old_time.setText(facts.old_time)
        self.new_time.setText(facts.new_time)
        self.points.setText("; ".join(facts.points))

    def facts(self) -> skill.EmailFacts:
        if not self.purpose.text().strip():
            self.get_facts()
        return skill.EmailFacts(
            recipient=self.recipient.text().strip(),
            purpose=self.purpose.text().strip(),
            old_time=self.old_time.text().strip(),
            new_time=self.new_time.text().strip(),
            points=[p.strip() for p in self.points.text().split(";") if p.strip()],
        )

    def draft(self) -> None:
        facts = self.facts()
        if not facts.purpose:
            self.ctx.messages.info("Say what the email is for first.")
            return
        if self.ctx.engine.state not in (EngineState.READY, EngineState.GENERATING):
            self.draft_box.setPlainText(skill.template_draft(facts, self.tone.currentText()))
            self.ctx.messages.info("No model is loaded: this is a plain template draft.")
            return
        self._run(skill.draft_request(facts, self.tone.currentText(), self.length.currentText()))

    def revise(self, how: str) -> None:
        text = self.draft_box.toPlainText().strip()
        if text:
            self._run(skill.revise_request(text, how))

    def _run(self, request: Any) -> None:
        if self.job_id is not None:
            return
        self.previous = self.draft_box.toPlainText()
        self.draft_box.clear()
        self.stop_button.setEnabled(True)
        self.job_id = self.ctx.engine.submit(
            Job(
                "email",
                lambda gen, ctx: (
                    gen.generate(request, on_token=ctx.on_token, cancel=ctx.cancel) if gen else None
                ),
            )
        )

    def _on_token(self, job_id: int, piece: str) -> None:
        if job_id == self.job_id:
            self.stream.add(piece)

    def _on_done(self, job_id: int, out: object) -> None:
        if job_id == self.job_id:
            self.job_id = None
            self.stream.flush()
            self.stop_button.setEnabled(False)
            sender = str(records.get_setting(self.ctx.store, "user_name", "") or "")
            filled = skill.fill_placeholders(self.draft_box.toPlainText(), self.facts(), sender)
            if filled != self.draft_box.toPlainText():
                self.draft_box.setPlainText(filled)

    def _on_cancelled(self, job_id: int) -> None:
        if job_id == self.job_id:
            self.job_id = None
            self.stream.flush()
            self.stop_button.setEnabled(False)

    def _on_failed(self, job_id: int, message: str) -> None:
        if job_id == self.job_id:
            self.job_id = None
            self.stream.pending.clear()
            self.draft_box.setPlainText(self.previous)  # nothing the user had is lost
            self.stop_button.setEnabled(False)
            self.ctx.messages.error(message)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.draft_box.toPlainText())

    def save_note(self) -> None:
        try:
            records.add_note(
                self.ctx.store, self.draft_box.toPlainText(), title="Email draft", tags=["email"]
            )
        except KnownError as exc:
            self.ctx.messages.error(str(exc))
            return
        self.ctx.messages.info("Saved the draft as a note.")

    def mailto_url(self) -> str:
        body = self.draft_box.toPlainText()
        subject = self.purpose.text().strip()[:80]
        return "mailto:?" + urllib.parse.urlencode(
            {"subject": subject, "body": body}, quote_via=urllib.parse.quote
        )

    def mailto(self) -> None:
        QDesktopServices.openUrl(QUrl(self.mailto_url()))
