"""Notes: quick capture, search as you type, open/edit/delete with undo, Ask my notes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
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
        self.results.setWordWrap(True)
        self.results.setToolTip("Double-click or Enter opens a note")
        self.results.itemActivated.connect(
            lambda item: self.open_note(int(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.open_button = QPushButton("Open")
        self.open_button.clicked.connect(self._open_current)
        self.delete_button = QPushButton("Delete")
        self.delete_button.setAccessibleName("Delete the selected note")
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button = QPushButton("Undo delete")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self.results)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.undo_shortcut.activated.connect(self.undo)
        self.deleted: list[dict[str, Any]] = []
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
        note_buttons = QHBoxLayout()
        note_buttons.addWidget(self.search, 1)
        for b in (self.open_button, self.delete_button, self.undo_button):
            note_buttons.addWidget(b)
        layout.addLayout(note_buttons)
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

    def showEvent(self, event: QShowEvent) -> None:
        # Other panes (Email, Recipes) save notes too: the list is fresh whenever it is shown.
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        q = self.search.text().strip()
        rows: list[dict[str, Any]] = (
            records.find_notes(self.ctx.store, q) if q else records.list_notes(self.ctx.store)
        )
        self.results.clear()
        for r in rows:
            # Matches are bracketed in the snippet: plain text, so a note can never inject markup.
            text = r.get("snippet") or r["body"]
            tags = "".join(f"  #{t}" for t in str(r.get("tags") or "").split())
            title = f"{r['title']} — " if r.get("title") else ""
            item = QListWidgetItem(f"#{r['id']}  {title}{' '.join(str(text).split())[:200]}{tags}")
            item.setData(Qt.ItemDataRole.UserRole, int(r["id"]))
            item.setToolTip(str(r["body"])[:2000])
            self.results.addItem(item)

    def _current_id(self) -> int | None:
        item = self.results.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _open_current(self) -> None:
        note_id = self._current_id()
        if note_id is None:
            self.ctx.messages.info("Select a note first.")
            return
        self.open_note(note_id)

    @classmethod
    def run_editor(cls, editor: Any) -> None:
        """Show the note editor modally (tests patch this classmethod)."""
        editor.exec()

    def open_note(self, note_id: int) -> None:
        from ui.note_editor import NoteEditor

        note = records.get_note(self.ctx.store, note_id)
        if note is None:
            self.ctx.messages.error(f"Note #{note_id} is gone.")
            self.refresh()
            return
        editor = NoteEditor(self.ctx.store, note, self)
        self.run_editor(editor)
        if editor.result_action == "deleted" and editor.deleted_row is not None:
            self._deleted(editor.deleted_row)
        elif editor.result_action == "saved":
            self.ctx.messages.info(f"Saved note #{note_id}.")
        editor.deleteLater()
        self.refresh()

    def delete_current(self) -> None:
        note_id = self._current_id()
        if note_id is None:
            self.ctx.messages.info("Select a note first.")
            return
        self._deleted(records.delete_note(self.ctx.store, note_id))
        self.refresh()

    def _deleted(self, row: dict[str, Any]) -> None:
        self.deleted.append(row)
        self.undo_button.setEnabled(True)
        self.ctx.messages.info(f"Deleted note #{row['id']}. Undo (Ctrl+Z) brings it back.")

    def undo(self) -> None:
        if not self.deleted:
            return
        row = self.deleted.pop()
        records.restore_note(self.ctx.store, row)
        self.undo_button.setEnabled(bool(self.deleted))
        self.refresh()

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
