"""Notes: quick capture, full-text search with highlighted matches, Ask my notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.skills.notes import Answer, ask
from assistant.store import records
from ui.context import AppContext
from ui.engine_worker import Job, JobContext, JobHandle
from ui.widgets import StreamBuffer


class NotesPane(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText("Write a note…")
        self.editor.setAccessibleName("New note")
        self.tags = QLineEdit(placeholderText="tags, space separated")
        self.save_button = QPushButton("Save note")
        self.save_button.clicked.connect(self.save)
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.setToolTip("Save note (Ctrl+S)")
        self.search = QLineEdit(placeholderText="Search notes")
        self.search.setAccessibleName("Search notes")
        self.search.textChanged.connect(self.refresh)
        self.results = QListWidget()
        self.results.setAccessibleName("Notes")
        self.question = QLineEdit(placeholderText="Ask my notes: what is the wifi password?")
        self.question.setAccessibleName("Question for my notes")
        self.question.returnPressed.connect(self.ask)
        self.ask_button = QPushButton("Ask")
        self.ask_button.clicked.connect(self.ask)
        self.answer = QPlainTextEdit()
        self.answer.setReadOnly(True)
        self.answer.setAccessibleName("Answer")
        self.stream = StreamBuffer(self.answer)
        self.job: JobHandle | None = None
        row = QHBoxLayout()
        row.addWidget(self.tags)
        row.addWidget(self.save_button)
        ask_row = QHBoxLayout()
        ask_row.addWidget(self.question)
        ask_row.addWidget(self.ask_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 2)
        layout.addLayout(row)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 3)
        layout.addWidget(QLabel("Ask my notes"))
        layout.addLayout(ask_row)
        layout.addWidget(self.answer, 2)
        ctx.events.notes_changed.connect(self.refresh)
        self.refresh()

    def save(self) -> None:
        body, tags, store = self.editor.toPlainText(), self.tags.text().split(), self.ctx.store

        def saved(_: object) -> None:  # a failed save never gets here: the text stays in the editor
            if self.editor.toPlainText() == body:
                self.editor.clear()
                self.tags.clear()
            self.ctx.events.notes_changed.emit()

        self.ctx.write(lambda: records.add_note(store, body, tags=tags), saved)

    def refresh(self) -> None:
        q = self.search.text().strip()
        rows: list[dict[str, Any]] = (
            records.search_notes(self.ctx.store, q) if q else records.list_notes(self.ctx.store)
        )
        self.results.clear()
        for r in rows:
            # Matches are bracketed in the snippet: plain text, so a note can never inject markup.
            text = r.get("snippet") or r["body"]
            self.results.addItem(f"#{r['id']}  {' '.join(str(text).split())[:200]}")

    def ask(self) -> None:
        question = self.question.text().strip()
        if not question or self.job is not None:
            return
        self.answer.clear()
        store = self.ctx.store
        use_model = self.ctx.engine.model_ready

        def run(generator: Any, ctx: JobContext) -> Answer:
            return ask(generator if use_model else None, store, question, ctx.on_token, ctx.cancel)

        self.job = self.ctx.engine.submit(
            Job("ask_notes", run, needs_model=False),
            success=self._on_finished,
            failure=self._on_failed,
            cancelled=self._on_failed,
            on_token=self.stream.add,
        )

    def _on_finished(self, out: object) -> None:
        self.job = None
        self.stream.pending.clear()
        assert isinstance(out, Answer)
        cited = ", ".join(f"#{c}" for c in out.cited) or "none"
        self.answer.setPlainText(f"{out.text}\n\nNotes used: {cited}")

    def _on_failed(self, *_: object) -> None:
        self.job = None
        self.stream.flush()
