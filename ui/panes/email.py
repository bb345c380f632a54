"""Email: facts shown as editable fields first, then a streamed draft in a chosen tone."""

from __future__ import annotations

import dataclasses
import threading
import urllib.parse
from collections.abc import Callable
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

from assistant import settings
from assistant.llm.base import Engine
from assistant.skills import email as skill
from assistant.store import records
from ui.context import AppContext
from ui.engine_worker import Job, JobContext, JobHandle
from ui.flow_layout import FlowLayout
from ui.panes.fact_list import FactList
from ui.widgets import StreamBuffer


def _ignore(*_: object) -> None:
    """A token or progress sink for a skill run without the engine."""


class EmailPane(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.job: JobHandle | None = None
        self.previous = ""
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
        self.sender_box = QLineEdit(settings.USER_NAME.get(ctx.store))
        self.sender_box.setPlaceholderText("your name, to sign drafts")
        self.sender_box.editingFinished.connect(self.save_sender)
        self.draft_button = QPushButton("Draft")
        self.draft_button.clicked.connect(self.draft)
        self.reply_to = QPlainTextEdit()
        self.reply_to.setPlaceholderText("To reply, paste the email here (optional)")
        self.reply_to.setAccessibleName("Email to reply to")
        self.reply_to.setMaximumHeight(90)
        self.extracted: skill.EmailFacts | None = None
        self.fact_list = FactList()
        self.draft_box = QPlainTextEdit()
        self.draft_box.setAccessibleName("Draft")
        self.stream = StreamBuffer(self.draft_box)
        self.stop_button = QPushButton("Stop")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(lambda: self.job.stop() if self.job else None)
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
            ("Your name", self.sender_box),
        ):
            w.setAccessibleName(name)
            form.addRow(name, w)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.reply_to)
        layout.addWidget(self.draft_button)
        side = QHBoxLayout()
        side.addWidget(self.draft_box, 3)
        side.addWidget(self.fact_list, 1)
        layout.addLayout(side, 1)
        layout.addLayout(revise)

    def _template(self, name: str) -> None:
        if name in skill.TEMPLATES:
            self.request.setText(skill.TEMPLATES[name])

    def get_facts(self) -> None:
        pasted = self.reply_to.toPlainText().strip()
        if pasted:
            facts = skill.reply_facts(
                pasted, self.request.text() or "Reply", date.today(), self.sender_name()
            )
        else:
            facts = skill.extract_facts(self.request.text(), date.today(), sender=self.sender_name())
        self.extracted = facts
        self.fact_list.show_facts([], "", [f"Their question: {q}" for q in facts.questions])
        self.recipient.setText(facts.recipient)
        self.purpose.setText(facts.purpose)
        self.old_time.setText(facts.old_time)
        self.new_time.setText(facts.new_time)
        self.points.setText("; ".join(facts.points))

    def follow_up_from_meeting(
        self,
        participants: list[str],
        decisions: list[str],
        actions: list[dict[str, Any]],
        topic: str = "our meeting",
    ) -> None:
        """What the Summaries pane hands over: a follow-up after a meeting, facts filled in.

        The decisions and action items are facts of the draft (checked like every
        other), listed beside it before drafting so the user sees what it will carry.
        """
        facts = skill.meeting_follow_up_facts(
            participants, decisions, actions, self.sender_name(), topic=topic
        )
        self.extracted = facts
        self.reply_to.clear()
        self.request.setText(facts.purpose)
        self.recipient.setText(facts.recipient)
        self.purpose.setText(facts.purpose)
        self.old_time.clear()
        self.new_time.clear()
        self.points.clear()
        self.fact_list.show_facts(
            [], "", [f"{f.label}: {f.value}" for f in facts.required() if f.label != "To"]
        )

    def facts(self) -> skill.EmailFacts:
        if not self.purpose.text().strip():
            self.get_facts()
        base = self.extracted or skill.EmailFacts(kind=skill.detect_kind(self.request.text()))
        return dataclasses.replace(
            base,
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
        tone, length, request = self.tone.currentText(), self.length.currentText(), self.request.text()
        self._run(
            lambda gen, c, sender: skill.draft(
                gen, facts, tone, length, c.on_token, c.cancel, sender=sender, request=request
            )
        )

    def revise(self, how: str) -> None:
        text = self.draft_box.toPlainText().strip()
        if text:
            facts = self.facts()
            tone, length, request = self.tone.currentText(), self.length.currentText(), self.request.text()
            self._run(
                lambda gen, c, sender: skill.revise(
                    gen,
                    text,
                    how,
                    facts,
                    c.on_token,
                    c.cancel,
                    sender=sender,
                    tone=tone,
                    length=length,
                    request=request,
                )
            )

    def _run(self, run_skill: Callable[[Engine | None, JobContext, str], object]) -> None:
        """The skill picks the model or its template; with no model loaded it answers at once."""
        if self.job is not None:
            return
        sender = self.sender_name()
        if not self.ctx.engine.model_ready:
            self._on_done(run_skill(None, JobContext(threading.Event(), _ignore, _ignore), sender))
            return
        self.previous = self.draft_box.toPlainText()
        self.draft_box.clear()
        self.stop_button.setEnabled(True)
        self.job = self.ctx.engine.submit(
            Job("email", lambda gen, c: run_skill(gen, c, sender)),
            success=self._on_done,
            failure=self._on_failed,
            cancelled=self._on_cancelled,
            on_token=self.stream.add,
        )

    def sender_name(self) -> str:
        return self.sender_box.text().strip()

    def save_sender(self) -> None:
        """The sender name is a setting: kept for the next drafts and the next start."""
        name, store = self.sender_box.text().strip(), self.ctx.store
        if name != settings.USER_NAME.get(store):
            self.ctx.write(lambda: settings.USER_NAME.set(store, name))

    def _on_done(self, out: object) -> None:
        self.job = None
        self.stream.flush()
        self.stop_button.setEnabled(False)
        if isinstance(out, skill.Draft):  # the checked text replaces what streamed
            if out.text != self.draft_box.toPlainText():
                self.draft_box.setPlainText(out.text)
            self.fact_list.show_facts(out.check.as_list(), out.note)
            if out.note:
                self.ctx.messages.info(out.note)

    def _on_cancelled(self) -> None:
        self.job = None
        self.stream.flush()
        self.stop_button.setEnabled(False)

    def _on_failed(self, message: str) -> None:
        self.job = None
        self.stream.pending.clear()
        self.draft_box.setPlainText(self.previous)  # nothing the user had is lost
        self.stop_button.setEnabled(False)
        self.ctx.messages.error(message)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.draft_box.toPlainText())

    def save_note(self) -> None:
        body, store = self.draft_box.toPlainText(), self.ctx.store

        def saved(_: object) -> None:
            self.ctx.messages.info("Saved the draft as a note.")
            self.ctx.events.notes_changed.emit()

        self.ctx.write(lambda: records.add_note(store, body, title="Email draft", tags=["email"]), saved)

    def mailto_url(self) -> str:
        body = self.draft_box.toPlainText()
        subject = self.purpose.text().strip()[:80]
        return "mailto:?" + urllib.parse.urlencode(
            {"subject": subject, "body": body}, quote_via=urllib.parse.quote
        )

    def mailto(self) -> None:
        QDesktopServices.openUrl(QUrl(self.mailto_url()))
